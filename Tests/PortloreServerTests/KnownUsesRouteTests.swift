import FoundationEssentials
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import PortloreServer

/// The port page and the port document show the known uses of a port.
struct KnownUsesRouteTests {
    struct Document: Decodable {
        struct Entry: Decodable {
            var knownUses: [Use]
        }
        struct Use: Decodable, Equatable {
            var software: String
            var kind: String
            var source: String
            var protocols: [String]
        }
        var ports: [Entry]
    }

    @Test func portPageHasAKnownUsesSection() async throws {
        try await Fixtures.application().test(.router) { client in
            try await client.execute(uri: "/ports/9090", method: .get, headers: [.accept: "text/html"]) { response in
                #expect(response.status == .ok)
                let page = response.text
                #expect(page.contains("<h2 id=\"known-uses\">Known uses</h2>"))
                #expect(page.contains("<td data-label=\"Software\">Prometheus</td>"))
                #expect(page.contains("href=\"https://prometheus.io/docs/prometheus/latest/getting_started/\""))
                #expect(page.contains("not IANA"))
                #expect(page.contains("Outside IANA's registry, documentation names it for Cockpit web console (its default), Prometheus (its default)"),
                    "the FAQ's 'used for' answer names the documented uses")
            }
            try await client.execute(uri: "/ports/1302", method: .get, headers: [.accept: "text/html"]) { response in
                #expect(!response.text.contains("id=\"known-uses\""), "1302 is known for nothing")
            }
        }
    }

    @Test func portDocumentHasKnownUses() async throws {
        try await Fixtures.application().test(.router) { client in
            try await client.execute(uri: "/api/v1/ports/6443", method: .get) { response in
                #expect(response.status == .ok)
                let document = try response.json(Document.self)
                let uses = try #require(document.ports.first?.knownUses)
                #expect(uses.contains(Document.Use(
                    software: "Kubernetes API server", kind: "default",
                    source: "https://kubernetes.io/docs/reference/networking/ports-and-protocols/", protocols: ["tcp"]
                )))
            }
        }
    }
}
