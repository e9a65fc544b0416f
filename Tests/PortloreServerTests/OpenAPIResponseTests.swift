import FoundationEssentials
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PortRegistry
import Testing
@testable import PortloreServer

#if canImport(Glibc)
import Glibc
#endif

/// Real answers of `/api/v1` checked against the schemas of the served openapi.json, with every
/// object schema closed (`additionalProperties: false`): a field the server sends must be
/// declared, of the declared type, and every status it answers with must be documented.
struct OpenAPIResponseTests {
    /// Answers from the literal host of `Fixtures` (a redacted command line, a process named
    /// like markup, a wildcard MySQL) and the embedded registry.
    static let fixtureRequests: [(uri: String, template: String)] = [
        ("/api/v1/ports/1302", "/api/v1/ports/{port}"),
        ("/api/v1/ports/1302?history=true", "/api/v1/ports/{port}"),
        ("/api/v1/ports/3306", "/api/v1/ports/{port}"),
        ("/api/v1/ports/8005", "/api/v1/ports/{port}"),
        ("/api/v1/ports/1300-1310", "/api/v1/ports/{port}"),
        ("/api/v1/ports/49152", "/api/v1/ports/{port}"),
        ("/api/v1/ports/53/udp", "/api/v1/ports/{port}/{protocol}"),
        ("/api/v1/history/1302", "/api/v1/history/{port}"),
        ("/api/v1/history/1302/tcp", "/api/v1/history/{port}/{protocol}"),
        ("/api/v1/services/postgresql", "/api/v1/services/{name}"),
        ("/api/v1/services/http", "/api/v1/services/{name}"),
        ("/api/v1/search?q=postgres", "/api/v1/search"),
        ("/api/v1/search?q=ci3-software", "/api/v1/search"),
        ("/api/v1/listeners", "/api/v1/listeners"),
        ("/api/v1/findings", "/api/v1/findings"),
        // Errors.
        ("/api/v1/ports/65536", "/api/v1/ports/{port}"),
        ("/api/v1/ports/1-65535", "/api/v1/ports/{port}"),
        ("/api/v1/ports/80/xyz", "/api/v1/ports/{port}/{protocol}"),
        ("/api/v1/history/http", "/api/v1/history/{port}"),
        ("/api/v1/services/no-such-service-here", "/api/v1/services/{name}"),
        ("/api/v1/search", "/api/v1/search"),
    ]

    @Test(arguments: fixtureRequests)
    func fixtureAnswersMatchTheSchema(_ uri: String, _ template: String) async throws {
        try await Fixtures.application().test(.router) { client in
            let validator = try await Self.validator(client)
            try await client.execute(uri: uri, method: .get) { response in
                Self.check(response, uri: uri, template: template, validator)
            }
        }
    }

    /// The real host: a child listening on loopback TCP with a password on its command line, a
    /// UDP socket and a connected TCP pair of this test process; sock_diag and /proc, no literal.
    @Test func liveHostAnswersMatchTheSchema() async throws {
        let child = try ListeningChild.start(name: "schema-child", secret: "hunter2-schema")
        defer { child.stop() }
        let sockets = try LoopbackSockets()
        defer { sockets.close() }
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0, cacheSeconds: 0, registry: Registry.embedded)
        configuration.requestTimeLimitSeconds = Fixtures.requestTimeLimitSeconds
        try await buildApplication(configuration).test(.router) { client in
            let validator = try await Self.validator(client)
            let requests = [
                ("/api/v1/ports/\(child.port)", "/api/v1/ports/{port}"),
                ("/api/v1/ports/\(child.port)/tcp", "/api/v1/ports/{port}/{protocol}"),
                ("/api/v1/ports/\(sockets.udpPort)/udp", "/api/v1/ports/{port}/{protocol}"),
                ("/api/v1/ports/\(sockets.listenerPort)", "/api/v1/ports/{port}"),
                ("/api/v1/listeners", "/api/v1/listeners"),
                ("/api/v1/findings", "/api/v1/findings"),
            ]
            for (uri, template) in requests {
                try await client.execute(uri: uri, method: .get) { response in
                    Self.check(response, uri: uri, template: template, validator)
                    if uri == "/api/v1/listeners" {
                        let compact = response.text.filter { $0 != " " && $0 != "\n" }
                        #expect(compact.contains("\"pid\":\(child.pid),"), "the child is listed")
                        #expect(!response.text.contains("hunter2-schema"))
                    }
                }
            }
        }
    }

    /// With a token configured, host data without it is 401, documented as such.
    @Test(arguments: [("/api/v1/listeners", "/api/v1/listeners"), ("/api/v1/findings", "/api/v1/findings")])
    func unauthorizedAnswersMatchTheSchema(_ uri: String, _ template: String) async throws {
        let app = try Fixtures.application(Fixtures.configuration(host: "0.0.0.0", token: Fixtures.token))
        try await app.test(.router) { client in
            let validator = try await Self.validator(client)
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .unauthorized)
                Self.check(response, uri: uri, template: template, validator)
            }
        }
    }

    /// The validator refuses what the closed schemas forbid (so the tests above can fail).
    @Test func validatorRefusesUndeclaredAndMistypedMembers() throws {
        let document = try JSONValue.parse(Array(#"""
            {"components": {"schemas": {
              "Thing": {"type": "object", "required": ["name"], "properties": {
                "name": {"type": "string"}, "state": {"type": "string", "enum": ["listen", "time_wait"]},
                "count": {"type": "integer"}, "tags": {"type": "array", "items": {"type": "string"}}}},
              "Both": {"allOf": [{"$ref": "#/components/schemas/Thing"}, {"type": "object", "properties": {"extra": {"type": "boolean"}}}]}
            }}}
            """#.utf8))
        let validator = OpenAPISchemaValidator(document: document)
        let thing = JSONValue.object(["$ref": .string("#/components/schemas/Thing")])
        let both = JSONValue.object(["$ref": .string("#/components/schemas/Both")])
        func check(_ json: String, _ schema: JSONValue) throws -> [String] {
            validator.violations(of: try JSONValue.parse(Array(json.utf8)), against: schema)
        }
        #expect(try check(#"{"name": "a", "state": "listen", "count": 2, "tags": ["x"]}"#, thing) == [])
        #expect(try check(#"{"name": "a", "inode": 5}"#, thing) == ["$: 'inode' is sent but not declared"])
        #expect(try check(#"{"name": "a", "state": "timeWait"}"#, thing).count == 1)
        #expect(try check(#"{"name": "a", "count": 1.5}"#, thing).count == 1)
        #expect(try check(#"{"state": "listen"}"#, thing) == ["$: the required member 'name' is missing"])
        #expect(try check(#"{"name": "a", "tags": [1]}"#, thing) == ["$.tags[0]: 1 where the schema wants string"])
        #expect(try check(#"{"name": "a", "extra": true}"#, both) == [])
        #expect(try check(#"{"name": "a", "extra": true, "more": 1}"#, both) == ["$: 'more' is sent but not declared"])
        #expect(validator.violations(of: .null, against: .object(["minimum": .integer(1)])).count == 1, "unknown keywords are not skipped")
    }

    static func validator(_ client: some TestClientProtocol) async throws -> OpenAPISchemaValidator {
        try await client.execute(uri: "/api/v1/openapi.json", method: .get) { response in
            OpenAPISchemaValidator(document: try JSONValue.parse(Array(response.body.readableBytesView)))
        }
    }

    static func check(_ response: TestResponse, uri: String, template: String, _ validator: OpenAPISchemaValidator) {
        let status = Int(response.status.code)
        guard let schema = validator.responseSchema(template: template, status: status) else {
            Issue.record("\(uri) answered \(status), which openapi.json does not declare for \(template)")
            return
        }
        let body: JSONValue
        do { body = try JSONValue.parse(Array(response.body.readableBytesView)) } catch {
            Issue.record("\(uri) answered \(status) with a body that is not JSON: \(response.text.prefix(200))")
            return
        }
        let violations = validator.violations(of: body, against: schema)
        #expect(violations.isEmpty, "\(uri) (\(status)):\n\(violations.joined(separator: "\n"))")
    }
}
