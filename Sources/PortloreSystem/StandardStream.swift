#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
package import SystemPackage

/// Descriptors 0, 1 and 2, through swift-system's `FileDescriptor`.
package enum StandardStream: Sendable {
    case input, output, error

    var descriptor: FileDescriptor {
        switch self {
        case .input: .standardInput
        case .output: .standardOutput
        case .error: .standardError
        }
    }

    /// Writes every byte (swift-system's `writeAll`, retried on EINTR); the error of the write
    /// that failed, nil when all went.
    @discardableResult
    package func writeAll(_ bytes: UnsafeRawBufferPointer) -> Errno? {
        do {
            _ = try descriptor.writeAll(bytes)
            return nil
        } catch {
            return error as? Errno ?? .ioError
        }
    }

    /// One byte, nil at the end of the input or on an error.
    package func readByte() -> UInt8? {
        var byte: UInt8 = 0
        let count = try? withUnsafeMutableBytes(of: &byte) { try descriptor.read(into: $0, retryOnInterrupt: true) }
        return count == 1 ? byte : nil
    }

    package var isTerminal: Bool { isatty(descriptor.rawValue) == 1 }

    /// Run first in a command-line program: SIGPIPE becomes EPIPE (so a closed pipe is a write
    /// error the program decides about), and descriptors 0-2, if the caller closed them
    /// (`portlore 1302 >&-`), are taken by /dev/null opened read-only. The first file the
    /// program opens would otherwise become "stdout" and take the page, and writes to the
    /// read-only stand-in fail (EBADF) as writes to a closed stdout should.
    package static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        for stream in [StandardStream.input, .output, .error] where fcntl(stream.descriptor.rawValue, F_GETFD) == -1 && errno == EBADF {
            // Without O_CLOEXEC: when the stand-in gets the very number it stands in for, it is kept.
            let standIn = open("/dev/null", O_RDONLY)
            if standIn >= 0 && standIn != stream.descriptor.rawValue {
                _ = dup2(standIn, stream.descriptor.rawValue)
                _ = close(standIn)
            }
        }
    }
}
