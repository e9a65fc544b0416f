import PortReport
import PortloreSystem
import SystemPackage

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

    /// Run first: SIGPIPE becomes EPIPE (handled in `writeOrExit`), and closed descriptors 0-2
    /// get /dev/null stand-ins (see `StandardStream.prepare`).
    static func prepare() {
        StandardStream.prepare()
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
        guard let error = StandardStream.output.writeAll(bytes) else { return }
        // The reader went away: nothing left to say to anyone.
        if error == .brokenPipe { Glibc.exit(0) }
        _ = Array("portlore: Could not write the output (\(error)); what was printed is incomplete.\n".utf8)
            .withUnsafeBytes { StandardStream.error.writeAll($0) }
        Glibc.exit(4)
    }

    static var isTerminal: Bool { StandardStream.output.isTerminal }
}

enum StandardError {
    /// Writes `text` with the control characters inside each line escapes (`TerminalText`):
    /// messages quote what the user typed and what the host holds.
    static func write(_ text: String) {
        StandardOutput.flush()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.escaped(String($0)) }
        _ = Array(lines.joined(separator: "\n").utf8).withUnsafeBytes { StandardStream.error.writeAll($0) }
    }
}

func processExit(_ code: Int32) -> Never {
    StandardOutput.flush()
    Glibc.exit(code)
}
