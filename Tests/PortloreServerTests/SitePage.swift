import Dispatch
import FoundationEssentials
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PortRegistry
@testable import PortloreServer

/// Fetches site pages from an application under test, and reads them the way the language and
/// SEO tests need: attributes, elements, the text a reader sees.
enum SitePage {
    /// The public site over the fixture host (whose listeners it must never show).
    static func publicConfiguration() -> ServerConfiguration {
        var configuration = Fixtures.configuration()
        configuration.isPublic = true
        return configuration
    }

    struct Fetched {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String
    }

    static func get(_ uri: String, _ configuration: ServerConfiguration = publicConfiguration(), headers: HTTPFields = [.accept: "text/html"]) async throws -> Fetched {
        try await Fixtures.application(configuration).test(.router) { client in
            try await client.execute(uri: uri, method: .get, headers: headers) { response in
                Fetched(status: response.status, headers: response.headers, body: String(buffer: response.body))
            }
        }
    }

    /// The first value of `attribute` on a tag that contains `marker` (e.g. `rel="canonical"`).
    static func attribute(_ attribute: String, ofTagWith marker: String, in page: String) -> String? {
        guard let markerRange = page.firstRange(of: marker) else { return nil }
        let tagStart = page[..<markerRange.lowerBound].lastIndex(of: "<") ?? page.startIndex
        guard let tagEnd = page[markerRange.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = page[tagStart..<tagEnd]
        guard let start = tag.firstRange(of: "\(attribute)=\"") else { return nil }
        return String(tag[start.upperBound...].prefix { $0 != "\"" })
    }

    /// Every substring between `open` and `close`.
    static func between(_ open: String, _ close: String, in text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let start = rest.firstRange(of: open), let end = rest[start.upperBound...].firstRange(of: close) {
            found.append(String(rest[start.upperBound..<end.lowerBound]))
            rest = rest[end.upperBound...]
        }
        return found
    }

    /// `text` without everything from each `open` to the next `close`.
    static func removing(_ open: String, _ close: String, from text: String) -> String {
        var result = ""
        var rest = text[...]
        while let start = rest.firstRange(of: open) {
            guard let end = rest[start.upperBound...].firstRange(of: close) else { break }
            result += rest[..<start.lowerBound]
            rest = rest[end.upperBound...]
        }
        return result + rest
    }

    /// What a reader sees: tags dropped, entities undone.
    static func visibleText(_ page: String) -> String {
        var text = ""
        var inTag = false
        for character in page {
            if character == "<" { inTag = true; text.append(" "); continue }
            if character == ">" { inTag = false; continue }
            if !inTag { text.append(character) }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacing(entity, with: character)
        }
        return text
    }

    /// Runs CPU-heavy checking on a Dispatch thread, off the concurrency pool that the servers
    /// under test (in this and other suites) answer from.
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }

    static func containsThai(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) }
    }
}
