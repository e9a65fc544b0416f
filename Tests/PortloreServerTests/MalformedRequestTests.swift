import FoundationEssentials
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing
@testable import PortloreServer

#if canImport(Glibc)
import Glibc
#endif

/// A request whose body cannot be framed is the client's error: 400, and a line in the log
/// (never a silent 500). Sent byte for byte over a raw TCP connection to a live server on
/// loopback, because an HTTP client library would refuse to send them.
struct MalformedRequestTests {
    static let requests: [(String, String)] = [
        ("a chunk size that is not hex",
         "POST /api/v1/ports/1302 HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n"),
        ("a chunk longer than its size",
         "POST /api/v1/ports/1302 HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhello\r\n0\r\n\r\n"),
        ("an unknown transfer coding",
         "POST /api/v1/ports/1302 HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: gzip\r\n\r\nhello"),
        ("an unknown coding before chunked",
         "POST /api/v1/ports/1302 HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: bogus, chunked\r\n\r\n5\r\nhello\r\nzz\r\n"),
    ]

    @Test(arguments: requests)
    func malformedBodiesAreBadRequests(_ what: String, _ request: String) async throws {
        let log = CapturedLog()
        let application = try buildApplication(Fixtures.configuration(), logger: Logger(label: "test") { _ in log })
        try await application.test(.live) { client in
            let port = try #require(client.port)
            let answer = try await RawHTTP.exchange(request, port: port)
            let statusLine = answer.split(separator: "\r\n").first.map(String.init) ?? ""
            #expect(statusLine.hasPrefix("HTTP/1.1 400"), "\(what): \(answer)")
            // A well-formed request on a new connection still works.
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
        }
        #expect(log.lines.contains { $0.contains("malformed request body") }, "\(what): the refusal is logged: \(log.lines)")
    }
}

/// A log handler that keeps every message.
final class CapturedLog: LogHandler, Sendable {
    private let stored = Mutex<[String]>([])
    var lines: [String] { stored.withLock { $0 } }

    func log(event: LogEvent) {
        stored.withLock { $0.append("\(event.level) \(event.message) \(event.metadata ?? [:])") }
    }

    subscript(metadataKey _: String) -> Logger.Metadata.Value? {
        get { nil }
        set {}
    }

    var metadata: Logger.Metadata {
        get { [:] }
        set {}
    }

    var logLevel: Logger.Level {
        get { .trace }
        set {}
    }
}
