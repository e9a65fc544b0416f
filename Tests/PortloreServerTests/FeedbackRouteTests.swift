import FeedbackStore
import FoundationEssentials
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import PortloreServer

#if canImport(Glibc)
import Glibc
#endif

/// "Was this page helpful?" through real HTTP on loopback, with a real SQLite store.
struct FeedbackRouteTests {
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .origin: "http://localhost"]

    /// A server with a fresh SQLite store in a temporary directory.
    static func withServer(
        token: BearerToken? = nil, trustsForwardedFor: Bool = false, store: Bool = true,
        _ body: @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let directory = "/tmp/portlore-feedback-routes-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        defer { _ = system_remove(directory) }
        var configuration = Fixtures.configuration(token: token)
        configuration.trustsForwardedFor = trustsForwardedFor
        let opened: (any FeedbackStore)? = store ? try await SQLiteFeedbackStore.open(directory: directory) : nil
        configuration.feedbackStore = opened
        // Closed on every path: sqlite-nio asserts (and ends the whole test process) when a
        // connection is dropped unclosed, as it would be after a failed request here.
        do {
            try await buildApplication(configuration).test(.live) { client in
                try await body(client)
            }
        } catch {
            await opened?.close()
            throw error
        }
        await opened?.close()
    }

    static func post(_ client: any TestClientProtocol, _ uri: String, _ body: String, headers: HTTPFields = form) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    static func tally(_ client: any TestClientProtocol, _ port: Int) async throws -> [String: Int] {
        try await client.execute(uri: "/api/v1/ports/\(port)/feedback", method: .get) { response in
            #expect(response.status == .ok)
            return try JSONDecoder().decode([String: Int].self, from: Data(String(buffer: response.body).utf8))
        }
    }

    @Test func voteRedirectsToThanksAndCountsOncePerDay() async throws {
        try await Self.withServer { client in
            #expect(try await Self.tally(client, 1302) == ["yes": 0, "no": 0])
            let first = try await Self.post(client, "/ports/1302/feedback", "helpful=yes&comment=Clear+and+useful")
            #expect(first.status == .seeOther)
            #expect(first.headers[.location] == "/ports/1302?thanks=1#feedback")
            // The same reader again today: still thanked, not counted again.
            let second = try await Self.post(client, "/ports/1302/feedback", "helpful=no")
            #expect(second.status == .seeOther)
            #expect(try await Self.tally(client, 1302) == ["yes": 1, "no": 0])
            #expect(try await Self.tally(client, 1301) == ["yes": 0, "no": 0])

            let thai = try await Self.post(client, "/th/ports/22/feedback", "helpful=no&comment=%E0%B8%82%E0%B8%AD%E0%B8%9A%E0%B8%84%E0%B8%B8%E0%B8%93")
            #expect(thai.status == .seeOther)
            #expect(thai.headers[.location] == "/th/ports/22?thanks=1#feedback")
            #expect(try await Self.tally(client, 22) == ["yes": 0, "no": 1])
        }
    }

    @Test func portPageCarriesTheFormAndThanksAfterAVote() async throws {
        try await Self.withServer { client in
            try await client.execute(uri: "/ports/1302", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("Was this page helpful?"))
                #expect(page.contains("<form method=\"post\" action=\"/ports/1302/feedback\""))
                #expect(page.contains("name=\"helpful\" value=\"yes\""))
                #expect(page.contains("name=\"helpful\" value=\"no\""))
                #expect(page.contains("maxlength=\"500\""))
                #expect(!page.contains("Thank you for your answer."))
            }
            try await client.execute(uri: "/ports/1302?thanks=1", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("Thank you for your answer."))
                #expect(!page.contains("<form method=\"post\""))
                // The thanks is for this reader: no shared cache may keep it.
                #expect(response.headers[.cacheControl] == "no-store, private")
            }
        }
    }

    @Test func refusesCrossSitePosts() async throws {
        try await Self.withServer { client in
            let cases: [HTTPFields] = [
                [.contentType: "application/x-www-form-urlencoded", .origin: "https://evil.example"],
                [.contentType: "application/x-www-form-urlencoded", .origin: "null"],
                [.contentType: "application/x-www-form-urlencoded", .referer: "https://evil.example/ports/1302"],
                [.contentType: "application/x-www-form-urlencoded", .origin: "http://localhost.evil.example"],
            ]
            for headers in cases {
                let response = try await Self.post(client, "/ports/1302/feedback", "helpful=yes", headers: headers)
                #expect(response.status == .forbidden, "\(headers)")
            }
            let sameSiteReferer = try await Self.post(client, "/ports/1302/feedback", "helpful=no",
                headers: [.contentType: "application/x-www-form-urlencoded", .referer: "http://localhost/ports/1302"])
            #expect(sameSiteReferer.status == .seeOther)
            #expect(try await Self.tally(client, 1302) == ["yes": 0, "no": 1])
        }
    }

    @Test func refusesMalformedAndOversizedBodies() async throws {
        try await Self.withServer { client in
            for body in ["", "helpful=maybe", "comment=hi", "helpful=yes&helpful=no", "helpful=yes&comment=%zz", "helpful=yes&comment=%ff", "helpful=yes&comment=a%00b"] {
                let response = try await Self.post(client, "/ports/1302/feedback", body)
                #expect(response.status == .badRequest, "\(body)")
            }
            let json = try await Self.post(client, "/ports/1302/feedback", "{\"helpful\":\"yes\"}",
                headers: [.contentType: "application/json", .origin: "http://localhost"])
            #expect(json.status == .badRequest)
            let longComment = try await Self.post(client, "/ports/1302/feedback", "helpful=yes&comment=" + String(repeating: "x", count: 501))
            #expect(longComment.status == .badRequest)
            #expect(String(buffer: longComment.body).contains("501 characters"))
            let huge = try await Self.post(client, "/ports/1302/feedback", "helpful=yes&comment=" + String(repeating: "x", count: 9000))
            #expect(huge.status == .contentTooLarge)
            for uri in ["/ports/70000/feedback", "/ports/8000-8010/feedback", "/ports/abc/feedback"] {
                let response = try await Self.post(client, uri, "helpful=yes")
                #expect(response.status == .badRequest, "\(uri)")
            }
            #expect(try await Self.tally(client, 1302) == ["yes": 0, "no": 0])
            // 500 Thai characters are fine (4,500 bytes once percent-encoded).
            let thai = String(repeating: "%E0%B8%81", count: 500)
            #expect(try await Self.post(client, "/ports/1302/feedback", "helpful=yes&comment=" + thai).status == .seeOther)
        }
    }

    @Test func commentsNeedTheToken() async throws {
        try await Self.withServer { client in
            // Loopback without a token: the tally is public, the comments are not.
            try await client.execute(uri: "/api/v1/feedback", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
        }
        try await Self.withServer(token: Fixtures.token) { client in
            _ = try await Self.post(client, "/ports/1302/feedback", "helpful=yes&comment=%3Cb%3Ebold%3C%2Fb%3E")
            try await client.execute(uri: "/api/v1/feedback", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/api/v1/feedback", method: .get, headers: [.authorization: "Bearer a-test-token-of-32-characters-xx"]) { response in
                #expect(response.status == .ok)
                let text = String(buffer: response.body)
                #expect(text.contains("\"comment\":\"<b>bold</b>\""))
                #expect(text.contains("\"port\":1302"))
                #expect(!text.contains("127.0.0.1"))
            }
            #expect(try await Self.tally(client, 1302) == ["yes": 1, "no": 0])
        }
    }

    @Test(arguments: [false, true])
    func forwardedForCountsOnlyWhenTheProxyIsTrusted(trusted: Bool) async throws {
        try await Self.withServer(trustsForwardedFor: trusted) { client in
            for address in ["198.51.100.1", "198.51.100.2", "198.51.100.3"] {
                var headers = Self.form
                headers[HTTPField.Name("X-Forwarded-For")!] = "203.0.113.77, \(address)"
                let response = try await Self.post(client, "/ports/1302/feedback", "helpful=yes", headers: headers)
                #expect(response.status == .seeOther)
            }
            let tally = try await Self.tally(client, 1302)
            #expect(tally == ["yes": trusted ? 3 : 1, "no": 0])
        }
    }

    @Test func withoutAStoreTheRoutesSaySo() async throws {
        try await Self.withServer(store: false) { client in
            let response = try await Self.post(client, "/ports/1302/feedback", "helpful=yes")
            #expect(response.status == .serviceUnavailable)
        }
    }

    @Test func feedbackTextSpeaksBothLanguages() {
        for phrase in FeedbackText.all {
            #expect(!phrase.english.isEmpty)
            #expect(!phrase.thai.isEmpty)
            #expect(phrase.thai != phrase.english)
            #expect(phrase.thai.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) })
        }
        let thai = FeedbackSection.render(port: 1302, language: .thai, thanked: false).markup
        #expect(thai.contains("หน้านี้มีประโยชน์หรือไม่?"))
        #expect(thai.contains("action=\"/th/ports/1302/feedback\""))
        #expect(FeedbackSection.render(port: 1302, language: .thai, thanked: true).markup.contains("ขอบคุณสำหรับคำตอบของคุณ"))
    }
}

private func system_remove(_ path: String) -> Int32 {
    // Test cleanup: the store's directory and its WAL files.
    var status: Int32 = 0
    for name in ["feedback.sqlite-wal", "feedback.sqlite-shm", "feedback.sqlite"] {
        status |= unlink(path + "/" + name)
    }
    return rmdir(path)
}
