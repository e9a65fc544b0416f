#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writes to stdout; a closed pipe (`portlore ls | head`) ends the program quietly with 0.
enum StandardOutput {
    nonisolated(unsafe) private static var buffer: [UInt8] = []
    // Safe: the CLI writes from its main thread only; `watch` and `serve` write through `write` too.

    static func ignoreBrokenPipeSignal() {
        signal(SIGPIPE, SIG_IGN)
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
        if !FileDescriptorWriter.writeAll(bytes, to: STDOUT_FILENO) {
            // The reader went away: nothing left to say to anyone.
            Glibc.exit(0)
        }
    }

    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}

enum StandardError {
    static func write(_ text: String) {
        StandardOutput.flush()
        _ = Array(text.utf8).withUnsafeBytes { FileDescriptorWriter.writeAll($0, to: STDERR_FILENO) }
    }
}

enum FileDescriptorWriter {
    /// Writes every byte, retrying on EINTR; `false` when the descriptor no longer takes data.
    static func writeAll(_ raw: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < raw.count {
            let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }
}

func processExit(_ code: Int32) -> Never {
    StandardOutput.flush()
    Glibc.exit(code)
}
