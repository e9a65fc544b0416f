import Foundation
import Glibc
import Testing

/// `portlore serve --public` as a user starts it: a real child process on loopback, asked
/// with real requests.
struct PublicServeCommandTests {
    /// A running `portlore serve`, stopped by `stop()`.
    final class Server {
        let process = Process()
        let port: Int

        init(_ arguments: [String]) throws {
            process.executableURL = Portlore.executable
            process.arguments = ["serve"] + arguments
            var environment = ProcessInfo.processInfo.environment
            environment["XDG_DATA_HOME"] = Portlore.emptyDataHome.path
            environment.removeValue(forKey: "PORTLORE_TOKEN")
            process.environment = environment
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            // "portlore: serving http://127.0.0.1:PORT/ (public site, no host data)"
            let line = ReadyLine.read(from: errors) ?? ""
            guard let address = line.split(separator: " ").first(where: { $0.hasPrefix("http://") }),
                  let port = Int(address.split(separator: ":").last?.filter(\.isNumber) ?? "") else {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "serve did not start: \(line)"])
            }
            self.port = port
            #expect(line.contains("public site, no host data"), "\(line)")
        }

        func stop() {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }

        /// One GET on a fresh connection; the status code and the body.
        func get(_ path: String, headers: String = "") throws -> (status: Int, body: String) {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard descriptor >= 0 else { throw POSIXError(.EIO) }
            defer { close(descriptor) }
            var timeout = timeval(tv_sec: 60, tv_usec: 0)
            setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
            let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n\(headers)Connection: close\r\n\r\n".utf8)
            guard request.withUnsafeBytes({ send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == request.count else {
                throw POSIXError(.EIO)
            }
            var answer: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { break }
                answer += buffer[..<count]
            }
            let text = String(decoding: answer, as: UTF8.self)
            let status = Int(text.split(separator: " ").dropFirst().first ?? "") ?? 0
            let body = text.split(separator: "\r\n\r\n", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
            return (status, body)
        }
    }

    @Test func publicSiteServesPagesAndNoHostData() throws {
        // Something listens on this host; the public site must not say so.
        let child = try ListeningChild()
        defer { child.stop() }
        let server = try Server(["--public", "--host", "127.0.0.1", "--port", "0"])
        defer { server.stop() }

        let thai = try server.get("/th/ports/1302")
        #expect(thai.status == 200)
        #expect(thai.body.contains("<html lang=\"th\">"))
        #expect(thai.body.contains("หน้านี้") || thai.body.contains("พอร์ต 1302"))

        let own = try server.get("/ports/\(child.port)")
        #expect(own.status == 200)
        #expect(!own.body.contains("python3"), "the public page shows the host's listener")
        #expect(!own.body.contains("pid \(child.pid)"))

        for path in ["/listening", "/th/listening", "/metrics", "/api/v1/listeners", "/api/v1/findings"] {
            #expect(try server.get(path).status == 404, "\(path)")
        }
        let negotiated = try server.get("/", headers: "Accept-Language: th-TH,th;q=0.9,en;q=0.4\r\n")
        #expect(negotiated.body.contains("<html lang=\"th\">"))
    }

    @Test func publicTakesNoToken() throws {
        let run = try Portlore.run(["serve", "--public", "--token-file", "/nonexistent"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--public serves no host data"), "\(run.stderr)")
    }

    /// Host mode still refuses a non-loopback address without a token.
    @Test func hostModeStillNeedsATokenOffLoopback() throws {
        let run = try Portlore.run(["serve", "--host", "0.0.0.0", "--port", "0"])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("without a token"))
    }
}
