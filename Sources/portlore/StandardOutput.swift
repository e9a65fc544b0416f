import PortReport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writes to stdout. A closed pipe (`portlore ls | head`) ends the program quietly
/// with 0; any other failed write (`> /dev/full`, a closed stdout) ends it with 4 and one
/// sentence on stderr, so output is never lost without a word.
enum StandardOutput {
    nonisolated(unsafe) private static var buffer: [UInt8] = []
    // Safe: the CLI writes from its main thread only; `watch` writes through `write` too. Under
    // `serve`, StandardError.write flushes from a concurrency thread while the main task is
    // suspended in `serve` and writes nothing, so accesses still never overlap.

    /// Run first: SIGPIPE becomes EPIPE (handled in `writeOrExit`), and descriptors 0-2, if the
    /// caller closed them (`portlore 1302 >&-`), are taken by /dev/null opened read-only. The
    /// first file portlore opens would otherwise become "stdout" and take the page, and writes
    /// to the read-only stand-in fail (EBADF) as writes to a closed stdout should.
    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let standIn = open("/dev/null", O_RDONLY)
            if standIn >= 0 && standIn != descriptor {
                _ = dup2(standIn, descriptor)
                _ = close(standIn)
            }
        }
    }

    static func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 64 * 1024 { flush() }
    }

    /// A big piece (a slice of `ls --json`) goes out as it is, without a copy.
    static func write(raw bytes: UnsafeRawBufferPointer) {
        if buffer.count + bytes.count < 64 * 1024 {
            buffer.append(contentsOf: bytes)
            return
        }
        flush()
        if bytes.count >= 64 * 1024 {
            writeOrExit(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    static func flush() {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        buffer.withUnsafeBytes(writeOrExit)
    }

    private static func writeOrExit(_ bytes: UnsafeRawBufferPointer) {
        guard let error = FileDescriptorWriter.writeAll(bytes, to: STDOUT_FILENO) else { return }
        // The reader went away: nothing left to say to anyone.
        if error == EPIPE { Glibc.exit(0) }
        let reason = String(cString: strerror(error))
        _ = Array("portlore: Could not write the output (\(reason)); what was printed is incomplete.\n".utf8)
            .withUnsafeBytes { FileDescriptorWriter.writeAll($0, to: STDERR_FILENO) }
        Glibc.exit(4)
    }

    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}

enum StandardError {
    /// Writes `text` with the control characters inside each line escapes (`TerminalText`):
    /// messages quote what the user typed and what the host holds.
    static func write(_ text: String) {
        StandardOutput.flush()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.escaped(String($0)) }
        _ = Array(lines.joined(separator: "\n").utf8).withUnsafeBytes { FileDescriptorWriter.writeAll($0, to: STDERR_FILENO) }
    }
}

enum FileDescriptorWriter {
    /// Writes every byte, retrying on EINTR; the `errno` of the write that failed, nil when all went.
    @discardableResult
    static func writeAll(_ raw: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < raw.count {
            let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }
}

func processExit(_ code: Int32) -> Never {
    StandardOutput.flush()
    Glibc.exit(code)
}
