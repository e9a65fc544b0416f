import HTTPTypes
import Hummingbird
import NIOCore

/// Answers registry pages from `PageCache`: each page is rendered once per (path, language,
/// registry version) and then sent from its cached bytes, with a strong `ETag`, the registry's
/// date as `Last-Modified`, `Cache-Control: public` so that browsers and CDNs keep it, and 304
/// to a client that already holds it (`If-None-Match`, else `If-Modified-Since`).
///
/// Only what is the same for every reader is cached: a request that may see host data (a
/// port page then lists this host's listeners) passes through untouched and keeps `no-store`,
/// as does any path or query not listed in `cacheablePath`, and any answer a route marked
/// with its own `Cache-Control` (a page thanking a reader for feedback, say).
struct PageCacheMiddleware: RouterMiddleware {
    typealias Context = PortloreRequestContext

    /// Browsers keep a page an hour; shared caches (a CDN) a day, and are purged when the
    /// registry changes (docs/server.md). IANA changes the registry a few times a month.
    static let cacheControl = "public, max-age=3600, s-maxage=86400"

    let cache: PageCache
    let version: RegistryVersion
    /// Midnight UTC of the registry's date.
    let lastModifiedSeconds: Int
    let lastModified: String
    /// `--site-url`: the sitemaps and robots.txt carry absolute URLs (`SiteOrigin`).
    let siteURL: String?

    init(cache: PageCache, version: RegistryVersion, siteURL: String?) {
        self.cache = cache
        self.version = version
        self.siteURL = siteURL
        lastModifiedSeconds = HTTPDate.seconds(ofDay: version.date) ?? 0
        lastModified = HTTPDate.format(lastModifiedSeconds)
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head,
              let path = Self.cacheablePath(path: request.uri.path, query: request.uri.query, mayReadHost: context.mayReadHost)
        else {
            return try await next(request, context)
        }
        let negotiated = path == "/"
        let language = negotiated ? Language.preferred(acceptLanguage: request.headers[.acceptLanguage]) : Language(path: path)
        var key = PageCacheKey(path: path, language: language)
        if path == "/robots.txt" || path.hasPrefix("/sitemap") {
            key.path += " " + SiteOrigin.of(request, configured: siteURL)
        }
        if let entry = cache.entry(for: key, version: version) {
            return respond(with: entry, to: request)
        }
        let response = try await next(request, context)
        guard response.status == .ok, response.headers[.cacheControl] == nil else { return response }
        if let contentLanguage = response.headers[.contentLanguage], contentLanguage != language.rawValue {
            // The page chose another language than the key says: never file it under the wrong one.
            return response
        }
        let body = try await ResponseBodyCollector.collect(response.body)
        let entry = PageCache.Entry(
            body: body,
            gzipBody: nil,
            contentType: response.headers[.contentType] ?? "application/octet-stream",
            contentLanguage: response.headers[.contentLanguage],
            entityTag: EntityTag.of(body.readableBytesView),
            variesByLanguage: negotiated
        )
        cache.store(entry, for: key, version: version)
        return respond(with: entry, to: request)
    }

    /// The cached answer, or 304 when the client's copy is this one.
    func respond(with entry: PageCache.Entry, to request: Request) -> Response {
        var headers = HTTPFields()
        headers.reserveCapacity(8)
        headers[.eTag] = entry.entityTag
        headers[.lastModified] = lastModified
        headers[.cacheControl] = Self.cacheControl
        if entry.variesByLanguage { headers[.vary] = "Accept-Language" }
        if isNotModified(entry, request) {
            var response = Response(status: .notModified, headers: headers)
            response.headers[.contentLength] = nil
            return response
        }
        headers[.contentType] = entry.contentType
        if let language = entry.contentLanguage { headers[.contentLanguage] = language }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: entry.body))
    }

    /// RFC 9110 §13.2.2: `If-None-Match` decides when present; `If-Modified-Since` only otherwise.
    func isNotModified(_ entry: PageCache.Entry, _ request: Request) -> Bool {
        if let tags = request.headers[.ifNoneMatch] {
            return EntityTag.header(tags, matches: entry.entityTag)
        }
        if let since = request.headers[.ifModifiedSince], let seconds = HTTPDate.parse(since) {
            return lastModifiedSeconds <= seconds
        }
        return false
    }

    /// The key path of a request whose answer is the same for every reader, or `nil`.
    ///
    /// Always: service pages, `/map`, `/robots.txt`, the sitemaps, `/search` without a query.
    /// When the request may not see host data (a public server, or no token sent): `/`, port and
    /// range pages, and the `/api/v1` port, history and service documents, whose only query
    /// (`history`) is part of the key. Anything else, any other query (`?thanks=1`), and every
    /// `/feedback` path (its counts change with each vote) is not cached.
    static func cacheablePath(path: String, query: String?, mayReadHost: Bool) -> String? {
        guard !path.hasSuffix("/feedback") else { return nil }
        let hasQuery = !(query ?? "").isEmpty
        let page = path.hasPrefix("/th/") ? String(path.dropFirst(3)) : (path == "/th" ? "/" : path)
        if !hasQuery {
            if page.hasPrefix("/services/") || page == "/map" || page == "/search" { return path }
            if path == "/robots.txt" || (path.hasPrefix("/sitemap") && path.hasSuffix(".xml")) { return path }
        }
        guard !mayReadHost else { return nil }
        let isDocument = path.hasPrefix("/api/v1/ports/") || path.hasPrefix("/api/v1/history/") || path.hasPrefix("/api/v1/services/")
        if isDocument {
            guard let query, !query.isEmpty else { return path }
            guard let value = Self.historyValue(query) else { return nil }
            return path + "?history=" + value
        }
        guard !hasQuery else { return nil }
        if page == "/" || page.hasPrefix("/ports/") { return path }
        return nil
    }

    /// The one query of the API documents: `history=...` alone, normalized to `true`/`false`.
    private static func historyValue(_ query: String) -> String? {
        guard query.hasPrefix("history"), !query.contains("&") else { return nil }
        let value = query.dropFirst("history".count)
        if value.isEmpty { return "true" }
        guard value.hasPrefix("=") else { return nil }
        return ["true", "1", "yes", ""].contains(value.dropFirst().lowercased()) ? "true" : "false"
    }
}

/// Reads a response body, however a route wrote it, into one buffer of exactly its size (a
/// buffer grown by appending has a power-of-two capacity: up to twice what the cache counts).
enum ResponseBodyCollector {
    static func collect(_ body: ResponseBody) async throws -> ByteBuffer {
        let sink = Sink()
        try await body.write(Writer(sink: sink))
        if sink.buffers.count == 1, sink.buffers[0].capacity == sink.buffers[0].readableBytes { return sink.buffers[0] }
        var exact = ByteBufferAllocator().buffer(capacity: sink.buffers.reduce(0) { $0 + $1.readableBytes })
        for buffer in sink.buffers { exact.writeImmutableBuffer(buffer) }
        return exact
    }

    /// Used by one task only, while `collect` awaits the write.
    private final class Sink {
        var buffers: [ByteBuffer] = []
    }

    private struct Writer: ResponseBodyWriter {
        let sink: Sink

        mutating func write(_ buffer: ByteBuffer) async throws {
            sink.buffers.append(buffer)
        }

        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
