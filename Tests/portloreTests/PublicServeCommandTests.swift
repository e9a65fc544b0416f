import Foundation
import Glibc
import Testing

/// `portlore serve --public` as a user starts it: a real child process on loopback, asked
/// with real requests.
struct PublicServeCommandTests {
    /// One GET for a page, as a browser asks; the status code and the body.
    static func get(_ server: ServeChild, _ path: String, headers: [String: String] = [:]) throws -> (status: Int, body: String) {
        let answer = try server.request("GET", path, headers: headers.merging(["Accept": "text/html"]) { mine, _ in mine })
        return (answer.status, answer.body)
    }

    @Test func publicSiteServesPagesAndNoHostData() throws {
        // Something listens on this host; the public site must not say so.
        let child = try ListeningChild()
        defer { child.stop() }
        let server = try ServeChild(arguments: ["--public", "--host", "127.0.0.1"])
        defer { server.stop() }
        #expect(server.readyLine.contains("public site, no host data"), "\(server.readyLine)")

        let thai = try Self.get(server, "/th/ports/1302")
        #expect(thai.status == 200)
        #expect(thai.body.contains("<html lang=\"th\">"))
        #expect(thai.body.contains("หน้านี้") || thai.body.contains("พอร์ต 1302"))

        let own = try Self.get(server, "/ports/\(child.port)")
        #expect(own.status == 200)
        #expect(!own.body.contains("python3"), "the public page shows the host's listener")
        #expect(!own.body.contains("pid \(child.pid)"))

        for path in ["/listening", "/th/listening", "/metrics", "/api/v1/listeners", "/api/v1/findings"] {
            #expect(try Self.get(server, path).status == 404, "\(path)")
        }
        let negotiated = try Self.get(server, "/", headers: ["Accept-Language": "th-TH,th;q=0.9,en;q=0.4"])
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
