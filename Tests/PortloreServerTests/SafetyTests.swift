import FoundationEssentials
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import HostInventory
import PortRegistry
import PortReport
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import PortloreServer

struct TokenRuleTests {
    @Test(arguments: ["0.0.0.0", "::", "192.0.2.10", "example.com"])
    func exposedBindWithoutTokenIsRefused(_ host: String) {
        #expect(throws: ServerError.exposedWithoutToken(host: host)) {
            _ = try buildApplication(Fixtures.configuration(host: host))
        }
    }

    @Test(arguments: ["127.0.0.1", "127.1.2.3", "localhost", "::1"])
    func loopbackNeedsNoToken(_ host: String) throws {
        _ = try buildApplication(Fixtures.configuration(host: host))
    }

    @Test func exposedBindWithTokenIsAllowed() throws {
        _ = try buildApplication(Fixtures.configuration(host: "0.0.0.0", token: Fixtures.token))
    }

    @Test(arguments: ["/api/v1/listeners", "/api/v1/findings", "/metrics", "/listening"])
    func hostEndpointsNeedTheToken(_ uri: String) async throws {
        let app = try Fixtures.application(Fixtures.configuration(host: "0.0.0.0", token: Fixtures.token))
        try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .unauthorized, "\(uri) without a token")
                #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            }
            try await client.execute(uri: uri, method: .get, headers: [.authorization: "Bearer not-the-token-at-all-nope"]) { response in
                #expect(response.status == .unauthorized, "\(uri) with a wrong token")
            }
            try await client.execute(uri: uri, method: .get, headers: [.authorization: "Bearer a-test-token-of-32-characters-xx"]) { response in
                #expect(response.status == .ok, "\(uri) with the token")
            }
        }
    }

    @Test func publicDataNeedsNoTokenButHidesTheHost() async throws {
        let app = try Fixtures.application(Fixtures.configuration(host: "0.0.0.0", token: Fixtures.token))
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/ports/1302", method: .get) { response in
                #expect(response.status == .ok)
                let decoded = try response.json(AnswerDocument.self)
                #expect(decoded.ports.first?.listeners == nil)
            }
            try await client.execute(uri: "/ports/1302", method: .get) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains("legacy-export"))
                #expect(response.text.contains("needs its token"))
            }
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
        }
    }

    @Test func tokenComesFromFileOrEnvironment() throws {
        #expect(try BearerToken.load(path: nil, environment: [:]) == nil)
        #expect(try BearerToken.load(path: nil, environment: ["PORTLORE_TOKEN": "0123456789abcdef"]) == BearerToken("0123456789abcdef"))
        #expect(throws: ServerError.self) { try BearerToken.load(path: nil, environment: ["PORTLORE_TOKEN": "short"]) }
        #expect(throws: ServerError.self) { try BearerToken.load(path: "/nonexistent/token", environment: [:]) }
        let path = "/tmp/portlore-token-test-\(getpid())"
        try Data("0123456789abcdefXYZ\nsecond line\n".utf8).write(to: URL(filePath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let token = try #require(try BearerToken.load(path: path, environment: ["PORTLORE_TOKEN": "ignored-because-file-wins"]))
        #expect(token.accepts(authorization: "Bearer 0123456789abcdefXYZ"))
        #expect(token.accepts(authorization: "bearer 0123456789abcdefXYZ"))
        #expect(!token.accepts(authorization: "Bearer 0123456789abcdefXY"))
        #expect(!token.accepts(authorization: "Basic 0123456789abcdefXYZ"))
    }
}

struct RedactionAndEscapingTests {
    @Test(arguments: ["/api/v1/listeners", "/api/v1/findings", "/api/v1/ports/1302", "/ports/1302", "/listening", "/", "/metrics"])
    func commandLinesAreRedactedEverywhere(_ uri: String) async throws {
        try await Fixtures.application().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains("hunter2"), "\(uri)")
                #expect(!response.text.contains("s3cret"), "\(uri)")
            }
        }
    }

    @Test func redactedValuesAreMarked() async throws {
        try await Fixtures.application().test(.router) { client in
            try await client.execute(uri: "/api/v1/listeners", method: .get) { response in
                #expect(response.text.contains("--password=[REDACTED]"))
                #expect(response.text.contains("postgres://app:[REDACTED]@db/app"))
            }
        }
    }

    @Test(arguments: ["/", "/listening", "/ports/8005", "/ports/8000-8010"])
    func markupInProcessNamesIsEscaped(_ uri: String) async throws {
        try await Fixtures.application().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                let page = response.text
                #expect(!page.contains("<b>x</b>"), "\(uri)")
                #expect(!page.contains("<script>"), "\(uri)")
                if uri != "/ports/8000-8010" {
                    #expect(page.contains("&lt;b&gt;x&lt;/b&gt;&quot;&#39;&amp;"), "\(uri)")
                    #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(uri)")
                }
            }
        }
    }

    @Test func searchTextIsEscaped() async throws {
        try await Fixtures.application().test(.router) { client in
            try await client.execute(uri: "/search?q=%3Cimg+src%3Dx%3E%22", method: .get) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains("<img src=x>"))
                #expect(response.text.contains("&lt;img src=x&gt;&quot;"))
            }
        }
    }

    @Test func templatesEscapeEveryInterpolation() {
        let name = "<a href='x'>&\"</a>"
        let fragment: HTML = "<td title=\"\(name)\">\(name)</td>"
        #expect(fragment.markup == "<td title=\"&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;\">&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;</td>")
        let link: HTML = "<a href=\"\(url: "javascript:alert(1)")\">x</a><a href=\"\(url: "https://www.rfc-editor.org/rfc/rfc9110")\">y</a>"
        #expect(link.markup == "<a href=\"#\">x</a><a href=\"https://www.rfc-editor.org/rfc/rfc9110\">y</a>")
        let segment: HTML = "/services/\(pathSegment: "a b/../c")"
        #expect(segment.markup == "/services/a%20b%2F..%2Fc")
    }

    @Test func securityHeadersOnEveryAnswer() async throws {
        try await Fixtures.application().test(.router) { client in
            for uri in ["/", "/ports/1302", "/api/v1/ports/1302", "/nope", "/static/portlore.css"] {
                try await client.execute(uri: uri, method: .get) { response in
                    let policy = response.headers[.contentSecurityPolicy] ?? ""
                    #expect(policy.contains("default-src 'none'"), "\(uri)")
                    #expect(policy.contains("style-src 'self'"), "\(uri)")
                    #expect(!policy.contains("script-src"), "\(uri)")
                    #expect(response.headers[.xContentTypeOptions] == "nosniff")
                }
            }
        }
    }
}

struct MetricsTests {
    @Test func listenersFindingsScanAndRegistry() async throws {
        try await Fixtures.application().test(.router) { client in
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                let text = response.text
                #expect(text.contains("# TYPE portlore_listener gauge"))
                // Sockets with a notice-or-worse finding have their own series, with their worst severity.
                #expect(text.contains(#"portlore_listener{port="1302",protocol="tcp",address="127.0.0.1",process="legacy-export",user="svc",iana_status="deassigned",severity="warning"} 1"#))
                #expect(text.contains(#"portlore_listener{port="3306",protocol="tcp",address="0.0.0.0",process="mysqld",user="mysql",iana_status="assigned",severity="warning"} 1"#))
                // The quiet one (8005, nothing found) is only counted in the aggregates.
                #expect(!text.contains(#"portlore_listener{port="8005""#))
                #expect(text.contains(#"portlore_listeners_by_protocol{protocol="tcp"} 3"#))
                #expect(text.contains(#"portlore_listeners_by_iana_status{iana_status="deassigned"} 1"#))
                #expect(text.contains(#"portlore_listeners_by_iana_status{iana_status="reserved"} 0"#))
                // Label values escape quotes and backslashes.
                #expect(text.contains(#"portlore_listeners_by_process{process="<b>x</b>\"'&"} 1"#))
                #expect(text.contains(#"portlore_findings{rule="port-deassigned",severity="warning"} 1"#))
                #expect(text.contains(#"portlore_findings_by_severity{severity="alert"} "#))
                #expect(text.contains(#"portlore_findings_by_severity{severity="info"} "#))
                #expect(text.contains("portlore_scan_duration_seconds "))
                #expect(text.contains("portlore_registry_date_seconds "))
                #expect(text.contains(#"portlore_registry_info{date=""#))
                #expect(text.contains(#"portlore_build_info{version="unknown"} 1"#))
                #expect(text.contains("portlore_listeners 3"))
                #expect(text.contains(#"portlore_omitted_series{metric="portlore_listener"} 0"#))
                #expect(text.contains(#"portlore_finding{rule="executable-writable-dir",severity="warning",port="1302",protocol="tcp",address="127.0.0.1",process="legacy-export"} 1"#))
            }
        }
    }

    @Test func registryDateBecomesEpochSeconds() {
        #expect(PrometheusRenderer.epochSeconds(ofDate: "1970-01-01") == 0)
        #expect(PrometheusRenderer.epochSeconds(ofDate: "2019-10-30") == 1_572_393_600)
        #expect(PrometheusRenderer.epochSeconds(ofDate: "junk") == nil)
    }

    @Test func labelEscaping() {
        let name = "a\"b\\c\nd"
        let listener = Fixtures.listener(port: 8005, owner: .processes([Fixtures.process(pid: 1, name: name, commandLine: [])]))
        let entry = ListingEntry(listener: listener, registry: PortSummary(Registry.embedded.stories(of: Port(rawValue: 8005), transport: .tcp)[0]))
        let text = PrometheusRenderer(version: "1", registryDate: "2026-01-01")
            .render(listing: [entry], scan: .init(isRoot: true, seconds: nil, finishedAt: 0))
        #expect(text.contains(#"portlore_listeners_by_process{process="a\"b\\c\nd"} 1"#))
    }
}

struct BindAddressPolicyTests {
    @Test(arguments: [("127.0.0.1", true), ("127.255.0.9", true), ("localhost", true), ("::1", true),
                      ("0.0.0.0", false), ("::", false), ("10.0.0.1", false), ("127.0.0", false), ("127.0.0.256", false), ("1270.0.0.1", false)])
    func loopback(_ host: String, _ expected: Bool) {
        #expect(BindAddressPolicy.isLoopback(host) == expected)
    }
}
