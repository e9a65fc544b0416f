import Foundation
import Glibc

/// The first line a child process prints when it is ready (usually the port it bound).
enum ReadyLine {
    /// Reads up to the first newline with plain read(2): it returns as soon as the child has
    /// written, whatever Foundation's buffering would do. `nil` when the child exits first.
    static func read(from pipe: Pipe) -> String? {
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while Glibc.read(pipe.fileHandleForReading.fileDescriptor, &byte, 1) == 1 {
            if byte == UInt8(ascii: "\n") { return String(decoding: line, as: UTF8.self) }
            line.append(byte)
        }
        return nil
    }

    /// Starts `process` with its output piped, its input held open (the children wait for it to
    /// close) and its errors discarded, then reads its ready line as a port number.
    static func start(_ process: Process, what: String) throws -> Int {
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = Pipe()
        process.standardError = FileHandle.nullDevice
        try process.run()
        return try port(from: output, of: process, what: what)
    }

    /// Reads the ready line as a port number, or kills the child and throws.
    static func port(from pipe: Pipe, of process: Process, what: String) throws -> Int {
        guard let port = read(from: pipe).flatMap({ Int($0) }) else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "\(what) did not start"])
        }
        return port
    }
}
