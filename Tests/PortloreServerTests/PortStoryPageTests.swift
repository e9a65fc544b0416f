import FoundationEssentials
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import PortloreServer

/// The port page and its FAQ say only what the registry's copies support.
struct PortStoryPageTests {
    func page(_ uri: String) async throws -> String {
        try await Fixtures.application().test(.router) { client in
            try await client.execute(uri: uri, method: .get, headers: [.accept: "text/html"]) { response in
                #expect(response.status == .ok, "\(uri)")
                return response.text
            }
        }
    }

    @Test func whoRegisteredNamesTheAssigneeAndTheContactApart() async throws {
        let page = try await page("/ports/443/tcp")
        #expect(page.contains("Who registered port 443/tcp?"))
        #expect(page.contains("The assignee: IESG"))
        #expect(page.contains("Contact: IETF Chair."))
        #expect(page.contains("<li>Assignee: IESG</li>"))
        #expect(page.contains("<li>Contact: IETF Chair</li>"))
    }

    @Test func deassignedPortTellsItsCopiesNotGuesses() async throws {
        let page = try await page("/ports/1302/tcp")
        #expect(page.contains("on 2019-10-30 (IANA&#39;s note)"))
        #expect(page.contains("in every copy we hold from 2004-01-08 to 2019-10-17; not in RFC 1340 (1992-07)"))
        for claim in ["usually because the assignee gave it up", "hiding", "legacy, unofficial", "tombstone", "has always been"] {
            #expect(!page.contains(claim), "over-strong claim: \(claim)")
        }
    }

    @Test func aDeassignmentWithoutADateIsAWindow() async throws {
        // 114/tcp was audionews in RFC 1340 and the first 2004 file; IANA states no date.
        let page = try await page("/ports/114/tcp")
        #expect(page.contains("audionews"))
        #expect(page.contains("between 2004-03-17 and 2004-09-09 (IANA gives no date)"))
    }

    @Test func reservedPortsAreNotOfferedForPrivateUse() async throws {
        let page = try await page("/ports/1024/tcp")
        #expect(page.contains("Reserved"))
        #expect(!page.contains("you may use it privately"))
    }

    @Test func aPortNoCopyListsSaysSo() async throws {
        let page = try await page("/ports/50000/tcp")
        #expect(page.contains("No copy of IANA&#39;s registry we hold (1992-07 to 2026-08-17) lists this port"))
        #expect(!page.contains("always been"))
    }
}
