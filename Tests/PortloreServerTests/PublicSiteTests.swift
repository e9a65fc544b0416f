import FoundationEssentials
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PortRegistry
import Testing
@testable import PortloreServer

/// `serve --public`: registry pages only, no host data anywhere, any address without a token.
// Serialized: each case renders whole pages in a debug build, and the host-mode suites
// beside it answer from the same two-thread concurrency pool within a 10 s limit.
@Suite(.serialized)
struct PublicSiteTests {
    @Test(arguments: ["/listening", "/th/listening", "/metrics", "/api/v1/listeners", "/api/v1/findings"])
    func hostRoutesAreAbsent(_ path: String) async throws {
        let inventory = FixedInventory(snapshot: Fixtures.snapshot)
        var configuration = Fixtures.configuration(inventory: inventory)
        configuration.isPublic = true
        for headers: HTTPFields in [[.accept: "text/html"], [.accept: "application/json"], [.authorization: "Bearer a-test-token-of-32-characters-xx"]] {
            let fetched = try await SitePage.get(path, configuration, headers: headers)
            #expect(fetched.status == .notFound, "\(path) answered \(fetched.status)")
            #expect(!fetched.body.contains("legacy-export"))
        }
        #expect(inventory.scans.count == 0, "the public site never scans the host")
    }

    @Test(arguments: ["/", "/th/", "/ports/1302", "/th/ports/1302", "/ports/3306", "/ports/8000-8010", "/th/ports/8000-8010", "/api/v1/ports/1302", "/api/v1/ports/3306"])
    func pagesCarryNoHostData(_ path: String) async throws {
        let inventory = FixedInventory(snapshot: Fixtures.snapshot)
        var configuration = Fixtures.configuration(inventory: inventory)
        configuration.isPublic = true
        let fetched = try await SitePage.get(path, configuration)
        #expect(fetched.status == .ok, "\(path)")
        for hostText in ["legacy-export", "mysqld", "hunter2", "pid 4242", "/listening", "id=\"here\"", "On this host", "needs the token"] {
            #expect(!fetched.body.contains(hostText), "\(path) shows \(hostText)")
        }
        if path.hasPrefix("/api/") {
            #expect(!fetched.body.contains("\"listeners\""))
        }
        #expect(inventory.scans.count == 0, "the public site never scans the host")
    }

    @Test func anyAddressWithoutAToken() throws {
        var configuration = Fixtures.configuration(host: "0.0.0.0")
        configuration.isPublic = true
        #expect(throws: Never.self) { try configuration.validate() }
        // Host mode is unchanged: off loopback it still needs a token.
        #expect(throws: ServerError.exposedWithoutToken(host: "0.0.0.0")) { try Fixtures.configuration(host: "0.0.0.0").validate() }
    }

    /// Host mode keeps its host sections and routes.
    @Test func hostModeIsUnchanged() async throws {
        let page = try await SitePage.get("/ports/1302", Fixtures.configuration())
        #expect(page.body.contains("id=\"here\""))
        #expect(page.body.contains("legacy-export"))
        let listening = try await SitePage.get("/th/listening", Fixtures.configuration())
        #expect(listening.status == .ok)
        #expect(listening.body.contains("<html lang=\"th\">"))
        #expect(listening.body.contains("legacy-export"))
    }
}
