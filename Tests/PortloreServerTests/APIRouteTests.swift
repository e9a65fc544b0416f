import FoundationEssentials
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import PortloreServer

struct APIRouteTests {
    @Test func portDocumentMirrorsTheCLI() async throws {
        try await Fixtures.application().test(.router) { client in
            try await client.execute(uri: "/api/v1/ports/1302", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                let document = try response.json(AnswerDocument.self)
                #expect(document.schema == "portlore/1")
                #expect(document.kind == "port")
                let tcp = try #require(document.ports.first?.protocols.first { $0.protocol == "tcp" })
                #expect(tcp.status == "deassigned")
                #expect(tcp.former.map(\.serviceName).contains("ci3-software-2"))
                #expect(tcp.history == nil)
                let listeners = try #require(document.ports.first?.listeners)
                #expect(listeners.map(\.port) == [1302])
            }
        }
    }

    @Test func protocolRangeAndHistory() async throws {
        try await Fixtures.application().test(.router) { client in
            try await client.execute(uri: "/api/v1/ports/1302/udp", method: .get) { response in
                let document = try response.json(AnswerDocument.self)
                #expect(document.ports.first?.protocols.map(\.protocol) == ["udp"])
            }
            try await client.execute(uri: "/api/v1/ports/8000-8010", method: .get) { response in
                let document = try response.json(AnswerDocument.self)
                #expect(document.kind == "range")
                #expect(document.ports.map(\.port) == Array(8000...8010))
            }
            try await client.execute(uri: "/api/v1/history/1302", method: .get) { response in
                let document = try response.json(AnswerDocument.self)
                #expect(document.ports.first?.protocols.first?.history?.isEmpty == false)
            }
            try await client.execute(uri: "/api/v1/ports/1302?history=true", method: .get) { response in
                let document = try response.json(AnswerDocument.self)
                #expect(document.ports.first?.protocols.first?.history != nil)
            }
        }
    }

    @Test func servicesAndSearch() async throws {
        try await Fixtures.application().test(.router) { client in
            try await client.execute(uri: "/api/v1/services/mysql", method: .get) { response in
                let document = try response.json(AnswerDocument.self)
                #expect(document.kind == "service")
                #expect(document.ports.contains { $0.port == 3306 })
            }
            try await client.execute(uri: "/api/v1/services/no-such-service-here", method: .get) { response in
                #expect(response.status == .notFound)
                let decoded = try response.json(ErrorDocument.self)
                #expect(decoded.error == "unknown-service")
            }
            try await client.execute(uri: "/api/v1/search?q=remote+desktop&limit=5", method: .get) { response in
                struct Search: Decodable { var kind: String; var query: String; var matches: [Match] }
                struct Match: Decodable { var record: AnswerDocument.Record }
                let document = try response.json(Search.self)
                #expect(document.kind == "search")
                #expect(document.query == "remote desktop")
                #expect((1...5).contains(document.matches.count))
            }
        }
    }

    @Test(arguments: [
        "/api/v1/ports/65536", "/api/v1/ports/-1", "/api/v1/ports/99999999999999999999", "/api/v1/ports/abc",
        "/api/v1/ports/10-5", "/api/v1/ports/1-70000", "/api/v1/ports/1-5000", "/api/v1/ports/1302/xyz",
        "/api/v1/ports/1302%00", "/api/v1/history/65536/udp",
        "/api/v1/search", "/api/v1/search?q=", "/api/v1/search?q=x&limit=0", "/api/v1/search?q=x&limit=abc",
        "/api/v1/search?q=%01%02", "/api/v1/search?limit=5",
    ])
    func badParametersAre400WithAJSONBody(_ uri: String) async throws {
        try await Fixtures.application().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .badRequest, "\(uri)")
                let error = try response.json(ErrorDocument.self)
                #expect(error.schema == "portlore/1")
                #expect(error.kind == "error")
                #expect(error.status == 400)
                #expect(!error.message.isEmpty)
            }
        }
    }

    @Test(arguments: ["/nope", "/api/v1/nope", "/api/v2/ports/1302", "/ports/1302/tcp/extra", "/static/nope.js", "/api/v1/ports"])
    func unknownPathsAre404(_ uri: String) async throws {
        try await Fixtures.application().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .notFound, "\(uri)")
                let decoded = try response.json(ErrorDocument.self)
                #expect(decoded.error == "not-found")
            }
        }
    }

    @Test func junkQueryStringsDoNotBreakRoutes() async throws {
        try await Fixtures.application().test(.router) { client in
            for uri in ["/api/v1/ports/1302?%ZZ=&&&==&history=%", "/healthz?a=b=c&&"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                }
            }
            try await client.execute(uri: "/api/v1/search?q=%ZZ%&limit=3", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func oversizedRequestsAreRefused() async throws {
        try await Fixtures.application().test(.router) { client in
            let body = ByteBuffer(repeating: UInt8(ascii: "x"), count: 64 * 1024)
            try await client.execute(uri: "/api/v1/ports/1302", method: .get, headers: [.contentLength: "65536"], body: body) { response in
                #expect(response.status == .contentTooLarge)
                let decoded = try response.json(ErrorDocument.self)
                #expect(decoded.error == "request-too-large")
            }
            let longQuery = String(repeating: "a", count: 8 * 1024)
            try await client.execute(uri: "/api/v1/search?q=\(longQuery)", method: .get) { response in
                #expect(response.status == .contentTooLarge)
            }
            var headers = HTTPFields()
            for index in 0..<40 { headers[HTTPField.Name("x-filler-\(index)")!] = String(repeating: "y", count: 1000) }
            try await client.execute(uri: "/healthz", method: .get, headers: headers) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
    }

    @Test func listenersAndFindings() async throws {
        try await Fixtures.application().test(.router) { client in
            try await client.execute(uri: "/api/v1/listeners", method: .get) { response in
                struct Listing: Decodable { var kind: String; var listeners: [Socket] }
                struct Socket: Decodable { var port: Int; var iana: IANA }
                struct IANA: Decodable { var status: String }
                let listing = try response.json(Listing.self)
                #expect(listing.kind == "listing")
                #expect(listing.listeners.first { $0.port == 1302 }?.iana.status == "deassigned")
            }
            try await client.execute(uri: "/api/v1/findings", method: .get) { response in
                struct Findings: Decodable { var kind: String; var findings: [Entry] }
                struct Entry: Decodable { var rule: String; var severity: String; var reason: String; var port: Int; var pid: Int32? }
                let document = try response.json(Findings.self)
                #expect(document.kind == "findings")
                #expect(document.findings.contains { $0.port == 1302 && $0.rule == "port-deassigned" && $0.severity == "warning" })
                #expect(document.findings.contains { $0.port == 1302 && $0.rule == "executable-writable-dir" && $0.pid == 4242 })
            }
        }
    }

    @Test func healthAndOpenAPI() async throws {
        try await Fixtures.application().test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("\"status\":\"ok\""))
            }
            try await client.execute(uri: "/api/v1/openapi.json", method: .get) { response in
                struct OpenAPI: Decodable { var openapi: String; var paths: [String: [String: Operation]] }
                struct Operation: Decodable { var summary: String }
                let document = try JSONDecoder().decode(OpenAPI.self, from: Data(response.text.utf8))
                #expect(document.openapi.hasPrefix("3."))
                for path in ["/ports/{port}", "/ports/{port}/{protocol}", "/history/{port}", "/services/{name}", "/search", "/listeners", "/findings"] {
                    #expect(document.paths["/api/v1" + path]?["get"] != nil, "\(path)")
                }
            }
        }
    }

    /// The documents served are the files in Sources/PortloreServer/Resources/, byte for byte:
    /// one copy of each, compiled in with `.embedInCode`.
    @Test(arguments: [
        ("/api/v1/openapi.json", "openapi.json", "application/json; charset=utf-8"),
        ("/static/portlore.css", "portlore.css", "text/css; charset=utf-8"),
        ("/static/favicon.svg", "favicon.svg", "image/svg+xml"),
    ])
    func servedDocumentsAreTheFilesInResources(_ uri: String, _ file: String, _ type: String) async throws {
        let path = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../Sources/PortloreServer/Resources/" + file)
        let kept = try Data(contentsOf: path)
        try await Fixtures.application().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == type)
                #expect(Array(response.body.readableBytesView) == Array(kept), "\(uri) serves \(file)")
            }
        }
    }

    @Test func hostIsScannedOncePerCachePeriod() async throws {
        let inventory = FixedInventory(snapshot: Fixtures.snapshot)
        try await Fixtures.application(Fixtures.configuration(inventory: inventory, cacheSeconds: 3600)).test(.router) { client in
            for _ in 0..<20 {
                try await client.execute(uri: "/api/v1/ports/1302", method: .get) { #expect($0.status == .ok) }
            }
            try await client.execute(uri: "/metrics", method: .get) { #expect($0.status == .ok) }
        }
        #expect(inventory.scans.count == 1)
    }
}
