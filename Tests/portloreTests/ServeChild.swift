import Foundation
import Glibc

/// A real `portlore serve` child on a loopback port the kernel chose, and a blocking HTTP/1.1
/// client for it (the server is another process, so blocking here starves nothing).
final class ServeChild {
    let process = Process()
    let port: Int
    /// What serve printed once it listened: `portlore: serving http://127.0.0.1:PORT/ (...)`.
    let readyLine: String

    init(arguments: [String], environment extra: [String: String] = [:]) throws {
        process.executableURL = Portlore.executable
        process.arguments = ["serve", "--port", "0"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = Portlore.emptyDataHome.path
        environment.removeValue(forKey: "PORTLORE_TOKEN")  // a token only where a test passes one
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // "portlore: serving http://127.0.0.1:PORT/ (...)"
        guard let line = ReadyLine.read(from: errors), let range = line.range(of: "127.0.0.1:"),
              let port = Int(line[range.upperBound...].prefix { $0.isNumber }) else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw ServeChildError.didNotStart
        }
        self.port = port
        readyLine = line
    }

    /// Ends the child with SIGKILL: no shutdown, no flush, no chance to finish anything.
    func killHard() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
        }
    }

    /// Status and body of one request.
    func request(_ method: String, _ path: String, headers: [String: String] = [:], body: String = "") throws -> (status: Int, headers: String, body: String) {
        try Self.exchange(port: port, method: method, path: path, headers: headers, body: body)
    }

    /// A vote as the page's form sends it, from `address` (the proxy's X-Forwarded-For).
    func vote(port target: Int, helpful: Bool, from address: String) throws -> Int {
        try request("POST", "/ports/\(target)/feedback", headers: [
            "Content-Type": "application/x-www-form-urlencoded", "Origin": "http://127.0.0.1:\(port)", "X-Forwarded-For": address,
        ], body: "helpful=\(helpful ? "yes" : "no")").status
    }

    func tally(port target: Int) throws -> [String: Int] {
        let answer = try request("GET", "/api/v1/ports/\(target)/feedback")
        return (try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Int]) ?? [:]
    }

    static func exchange(port: Int, method: String, path: String, headers: [String: String], body: String) throws -> (status: Int, headers: String, body: String) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ServeChildError.io("socket") }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw ServeChildError.io("connect") }
        var text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        if method == "POST" { text += "Content-Length: \(body.utf8.count)\r\n" }
        text += "\r\n" + body
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBytes({ send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == bytes.count else {
            throw ServeChildError.io("send")
        }
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16384)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            answer += buffer[..<count]
        }
        let response = String(decoding: answer, as: UTF8.self)
        guard let statusText = response.split(separator: " ", maxSplits: 2).dropFirst().first, let status = Int(statusText) else {
            throw ServeChildError.io("no status line in '\(response.prefix(80))'")
        }
        let parts = response.components(separatedBy: "\r\n\r\n")
        return (status, parts.first ?? "", parts.dropFirst().joined(separator: "\r\n\r\n"))
    }

    enum ServeChildError: Error { case didNotStart, io(String) }
}
