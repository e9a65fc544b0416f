import FoundationEssentials
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PortRegistry
import Synchronization
import Testing
@testable import PortloreServer

/// The page cache and the HTTP caching semantics of registry pages, over real connections.
@Suite(.serialized)
struct PageCacheTests {
    /// A token is configured and the requests send none: the pages carry no host data, as on a
    /// public server, and are cached.
    static func publicConfiguration() -> ServerConfiguration {
        var configuration = Fixtures.configuration(token: Fixtures.token)
        configuration.siteURL = "https://ports.example.org"
        return configuration
    }

    static let lastModified = HTTPDate.format(HTTPDate.seconds(ofDay: Fixtures.registry.registryDate)!)

    @Test(arguments: ["/ports/1302", "/ports/1302/udp", "/ports/8000-8010", "/services/mysql", "/api/v1/ports/1302", "/api/v1/history/53", "/robots.txt", "/sitemap.xml", "/search"])
    func registryPagesCarryValidatorsAndArePublic(_ path: String) async throws {
        try await Fixtures.application(Self.publicConfiguration()).test(.live) { client in
            let first = try await client.execute(uri: path, method: .get)
            #expect(first.status == .ok, "\(path)")
            let tag = try #require(first.headers[.eTag], "\(path) has an ETag")
            #expect(tag.hasPrefix("\"") && tag.hasSuffix("\"") && !tag.hasPrefix("W/"), "a strong tag: \(tag)")
            #expect(first.headers[.lastModified] == Self.lastModified)
            #expect(first.headers[.cacheControl] == "public, max-age=3600, s-maxage=86400")
            // The second answer is the cached one: the same bytes and tag.
            let second = try await client.execute(uri: path, method: .get)
            #expect(second.headers[.eTag] == tag)
            #expect(second.body == first.body)
            #expect(second.headers[.contentType] == first.headers[.contentType])

            let revalidated = try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: "\"0000000000000000\", \(tag)"])
            #expect(revalidated.status == .notModified)
            #expect(revalidated.body.readableBytes == 0)
            #expect(revalidated.headers[.eTag] == tag)
            #expect(revalidated.headers[.cacheControl] == "public, max-age=3600, s-maxage=86400")

            let weak = try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: "W/\(tag)"])
            #expect(weak.status == .notModified, "If-None-Match compares weakly")

            let changed = try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: "\"0123456789abcdef\""])
            #expect(changed.status == .ok)
            #expect(changed.body == first.body)
        }
    }

    @Test func ifModifiedSinceComparesWithTheRegistryDate() async throws {
        let registryDay = HTTPDate.seconds(ofDay: Fixtures.registry.registryDate)!
        try await Fixtures.application(Self.publicConfiguration()).test(.live) { client in
            let same = try await client.execute(uri: "/ports/1302", method: .get, headers: [.ifModifiedSince: HTTPDate.format(registryDay)])
            #expect(same.status == .notModified)
            let later = try await client.execute(uri: "/ports/1302", method: .get, headers: [.ifModifiedSince: HTTPDate.format(registryDay + 86_400 * 40)])
            #expect(later.status == .notModified)
            let earlier = try await client.execute(uri: "/ports/1302", method: .get, headers: [.ifModifiedSince: HTTPDate.format(registryDay - 1)])
            #expect(earlier.status == .ok)
            #expect(String(buffer: earlier.body).contains("What port 1302 is"))
            // If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2).
            let both = try await client.execute(uri: "/ports/1302", method: .get, headers: [
                .ifNoneMatch: "\"0123456789abcdef\"", .ifModifiedSince: HTTPDate.format(registryDay),
            ])
            #expect(both.status == .ok)
            let garbage = try await client.execute(uri: "/ports/1302", method: .get, headers: [.ifModifiedSince: "yesterday"])
            #expect(garbage.status == .ok)
        }
    }

    /// Pages that show this host's listeners, searches and other queries, feedback counts: never shared.
    @Test(arguments: [
        ("/ports/1302", true), ("/api/v1/ports/1302", true), ("/", true),
        ("/search?q=remote+desktop", false), ("/ports/1302?thanks=1", false), ("/healthz", false), ("/api/v1/openapi.json", false),
    ])
    func hostDataAndQueriesStayPrivate(_ path: String, _ withToken: Bool) async throws {
        try await Fixtures.application(Self.publicConfiguration()).test(.live) { client in
            let headers: HTTPFields = withToken ? [.authorization: "Bearer a-test-token-of-32-characters-xx"] : [:]
            let response = try await client.execute(uri: path, method: .get, headers: headers)
            #expect(response.status == .ok, "\(path)")
            let directives = (response.headers[.cacheControl] ?? "").split(separator: ",").map { String($0).trimmingWhitespace }
            #expect(directives.contains("no-store") && !directives.contains("public"), "\(path): \(directives)")
            #expect(response.headers[.eTag] == nil, "\(path)")
            if path == "/ports/1302" { #expect(String(buffer: response.body).contains("legacy-export"), "the host's listener is on the page") }
        }
    }

    @Test func apiHistoryQueryIsItsOwnPage() async throws {
        try await Fixtures.application(Self.publicConfiguration()).test(.live) { client in
            let plain = try await client.execute(uri: "/api/v1/ports/1302", method: .get)
            let history = try await client.execute(uri: "/api/v1/ports/1302?history=true", method: .get)
            #expect(plain.headers[.eTag] != nil && history.headers[.eTag] != nil)
            #expect(plain.headers[.eTag] != history.headers[.eTag])
            #expect(String(buffer: history.body).contains("\"history\""))
            #expect(!String(buffer: plain.body).contains("\"history\""))
        }
    }

    @Test func homeVariesByAcceptLanguage() async throws {
        try await Fixtures.application(Self.publicConfiguration()).test(.live) { client in
            let response = try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: "th-TH,th;q=0.9,en;q=0.5"])
            #expect(response.status == .ok)
            #expect(response.headers[.vary] == "Accept-Language")
            let port = try await client.execute(uri: "/ports/1302", method: .get)
            #expect(port.headers[.vary] == nil, "a port page's language is its path")
        }
    }

    /// HEAD over a raw socket: the GET's status and headers, Content-Length included, and no body.
    @Test(arguments: ["/ports/1302", "/healthz", "/api/v1/openapi.json", "/static/portlore.css", "/sitemap.xml", "/nowhere"])
    func headAnswersEveryGetRoute(_ path: String) async throws {
        try await Fixtures.application(Self.publicConfiguration()).test(.live) { client in
            let get = try await client.execute(uri: path, method: .get)
            let port = try #require(client.port)
            let raw = try await RawHTTP.exchange("HEAD \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", port: port)
            let parts = raw.split(separator: "\r\n\r\n", maxSplits: 1, omittingEmptySubsequences: false)
            let head = String(parts[0])
            #expect(head.hasPrefix("HTTP/1.1 \(get.status.code) "), "\(path): \(head.prefix(40))")
            #expect(parts.count == 2 && parts[1].isEmpty, "\(path): a HEAD answer has no body")
            let length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
            #expect(length.map { $0.split(separator: ":")[1].filter { $0 != " " } } == String(get.body.readableBytes), "\(path)")
            if let tag = get.headers[.eTag] {
                #expect(head.lowercased().contains("etag: \(tag)".lowercased()))
            }
        }
    }

    @Test(arguments: [
        ("POST", "/ports/1302", "GET, HEAD"), ("DELETE", "/healthz", "GET, HEAD"), ("PUT", "/api/v1/ports/1302", "GET, HEAD"),
        ("POST", "/map", "GET, HEAD"), ("PATCH", "/static/portlore.css", "GET, HEAD"),
    ])
    func wrongMethodIs405WithAllow(_ method: String, _ path: String, _ allow: String) async throws {
        try await Fixtures.application(Self.publicConfiguration()).test(.live) { client in
            let response = try await client.execute(uri: path, method: HTTPRequest.Method(method)!)
            #expect(response.status == .methodNotAllowed, "\(method) \(path)")
            #expect(response.headers[.allow] == allow)
            #expect(String(buffer: response.body).contains("method-not-allowed"))
            let unknown = try await client.execute(uri: "/no/such/page", method: HTTPRequest.Method(method)!)
            #expect(unknown.status == .notFound, "an unknown path stays 404")
        }
    }

    /// The middleware alone around a route that counts its renders.
    @Test func eachPageIsRenderedOncePerPathAndLanguage() async throws {
        let renders = Mutex(0)
        let cache = PageCache(capacityBytes: 1 << 20)
        let router = Router(context: PortloreRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: PageCacheMiddleware(cache: cache, version: RegistryVersion(Self.publicConfiguration()), siteURL: nil))
        router.get("/") { request, _ in
            renders.withLock { $0 += 1 }
            return Response.text("home in " + Language.preferred(acceptLanguage: request.headers[.acceptLanguage]).rawValue, contentType: "text/plain")
        }
        router.get("/ports/:port") { request, _ in
            renders.withLock { $0 += 1 }
            return Response.text("page " + request.uri.path, contentType: "text/plain")
        }
        try await Application(router: router).test(.router) { client in
            for _ in 0..<3 {
                for language in ["en-GB", "th", "fr, th;q=0.2"] {
                    let response = try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: language])
                    #expect(String(buffer: response.body) == "home in " + Language.preferred(acceptLanguage: language).rawValue)
                }
                for port in [1, 2, 1302] {
                    let response = try await client.execute(uri: "/ports/\(port)", method: .head)
                    #expect(response.status == .ok)
                }
            }
        }
        #expect(renders.withLock { $0 } == 2 + 3, "home in two languages and three port pages")
        #expect(cache.statistics.entries == 5)
    }

    @Test func cacheStaysWithinItsBytesAndKeepsWhatIsRead() {
        let cache = PageCache(capacityBytes: 64 * 1024)
        let version = RegistryVersion(date: "2026-11-27", versionCount: 1, currentRecordCount: 1, source: "test")
        func entry(_ size: Int) -> PageCache.Entry {
            PageCache.Entry(body: ByteBuffer(repeating: 0x61, count: size), gzipBody: nil, contentType: "text/html", entityTag: "\"x\"", variesByLanguage: false)
        }
        let hot = PageCacheKey(path: "/ports/1302", language: .thai)
        cache.store(entry(4000), for: hot, version: version)
        for port in 0..<200 {
            cache.store(entry(4000), for: PageCacheKey(path: "/ports/\(port)", language: .english), version: version)
            #expect(cache.entry(for: hot, version: version) != nil, "read after every insert, the hot page stays")
            #expect(cache.statistics.bytes <= cache.capacityBytes)
        }
        #expect(cache.statistics.entries < 20)
        #expect(cache.statistics.evictions > 180)
        #expect(cache.entry(for: PageCacheKey(path: "/ports/0", language: .english), version: version) == nil, "the oldest went first")
        #expect(cache.entry(for: PageCacheKey(path: "/ports/199", language: .english), version: version) != nil)
        #expect(cache.entry(for: PageCacheKey(path: "/ports/1302", language: .english), version: version) == nil, "languages are apart")

        // A page larger than a quarter of the cache is served but not kept.
        cache.store(entry(20_000), for: PageCacheKey(path: "/map", language: .english), version: version)
        #expect(cache.entry(for: PageCacheKey(path: "/map", language: .english), version: version) == nil)

        // A new registry: nothing of the old one is served.
        var newer = version
        newer.date = "2026-12-01"
        #expect(cache.entry(for: hot, version: newer) == nil)
        #expect(cache.statistics.entries == 0 && cache.statistics.bytes == 0)
        #expect(cache.entry(for: hot, version: version) == nil, "and the old version does not come back")
    }

    @Test(arguments: [
        ("1970-01-01", 0, "Thu, 01 Jan 1970 00:00:00 GMT"),
        ("2026-12-01", 1_796_083_200, "Tue, 01 Dec 2026 00:00:00 GMT"),
        ("2000-02-29", 951_782_400, "Tue, 29 Feb 2000 00:00:00 GMT"),
    ])
    func httpDates(_ day: String, _ seconds: Int, _ text: String) {
        #expect(HTTPDate.seconds(ofDay: day) == seconds)
        #expect(HTTPDate.format(seconds) == text)
        #expect(HTTPDate.parse(text) == seconds)
        #expect(HTTPDate.parse(HTTPDate.format(seconds + 3_723)) == seconds + 3_723)
        #expect(HTTPDate.format(seconds + 3_723).hasSuffix(" 01:02:03 GMT"))
    }

    @Test(arguments: [
        (nil, Language.english), ("th", .thai), ("th-TH,th;q=0.9,en;q=0.8", .thai), ("en-US,en;q=0.9,th;q=0.8", .english),
        ("fr-FR, th;q=0.3", .thai), ("fr", .english), ("th;q=0, en", .english), ("*", .english), ("en;q=0.2, th;q=0.7", .thai),
    ] as [(String?, Language)])
    func acceptLanguage(_ header: String?, _ expected: Language) {
        #expect(Language.preferred(acceptLanguage: header) == expected)
    }
}
