import FoundationEssentials
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import PortloreServer

struct PageRouteTests {
    /// Each page type with text it must contain.
    @Test(arguments: [
        ("/", ["What is on that port?", "action=\"/search\"", "legacy-export", "port-deassigned"]),
        ("/ports/1302", [
            "What port 1302 is", "ci3-software-2", "de-assigned", "2019-10-30", "Why that matters",
            "sudo ss -ltnp &#39;sport = :1302&#39;", "sudo lsof -nP -iTCP:1302 -sTCP:LISTEN", "Get-NetTCPConnection -State Listen -LocalPort 1302",
            "netstat -ano | findstr :1302", "portlore 1302", "What is port 1302 used for?", "Is port 1302 TCP or UDP?",
            "Is anything listening on port 1302 on this machine?", "legacy-export", "--password=[REDACTED]",
        ]),
        ("/ports/1302/udp", ["What port 1302/udp is", "sudo ss -lunp", "Get-NetUDPEndpoint", "Nothing listens on 1302/udp"]),
        ("/ports/443", ["https", "RFC", "href=\"https://www.rfc-editor.org/rfc/rfc"]),
        ("/ports/8000-8010", ["Ports 8000-8010", "href=\"/ports/8005\"", "sport &gt;= :8000"]),
        ("/services/mysql", ["Service mysql", "href=\"/ports/3306/tcp\""]),
        ("/search?q=remote+desktop", ["Ports matching “remote desktop”", "<table>"]),
        ("/search", ["Search ports"]),
        ("/listening", ["Listening on this host", "legacy-export", "mysqld"]),
    ])
    func pagesShowTheirContent(_ uri: String, _ expected: [String]) async throws {
        try await Fixtures.application().test(.router) { client in
            try await client.execute(uri: uri, method: .get, headers: [.accept: "text/html"]) { response in
                #expect(response.status == .ok, "\(uri)")
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let page = response.text
                #expect(page.hasPrefix("<!doctype html>"))
                #expect(page.contains("<meta name=\"viewport\""))
                #expect(page.contains("href=\"/static/portlore.css\""))
                // Structured data (JSON-LD) is the only script element, and browsers never run it.
                #expect(page.replacing("<script type=\"application/ld+json\">", with: "").contains("<script") == false, "no JavaScript")
                #expect(!page.contains("style=\""), "no inline styles (the CSP forbids them)")
                for text in expected {
                    #expect(page.contains(text), "\(uri) should contain \(text)")
                }
            }
        }
    }

    @Test(arguments: [("/search?q=1302", "/ports/1302"), ("/search?q=53%2Fudp", "/ports/53/udp"), ("/search?q=8000-8010", "/ports/8000-8010"), ("/ports/mysql", "/services/mysql")])
    func lookupsRedirectToTheirPage(_ uri: String, _ location: String) async throws {
        try await Fixtures.application().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == location)
            }
        }
    }

    @Test func browsersGetHTMLErrors() async throws {
        try await Fixtures.application().test(.router) { client in
            try await client.execute(uri: "/ports/70000", method: .get, headers: [.accept: "text/html,application/xhtml+xml"]) { response in
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.text.contains("400 Bad Request"))
            }
            try await client.execute(uri: "/no/such/page", method: .get, headers: [.accept: "text/html"]) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("404"))
            }
        }
    }

    @Test func stylesheetAndIcon() async throws {
        try await Fixtures.application().test(.router) { client in
            try await client.execute(uri: "/static/portlore.css", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
                #expect(response.text.contains("@media (max-width: 40rem)"))
            }
            try await client.execute(uri: "/favicon.ico", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/svg+xml")
            }
        }
    }
}
