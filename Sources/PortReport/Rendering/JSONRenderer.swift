public import HostInventory
public import PortRegistry
import FoundationEssentials

/// Renders answers as `portlore/1` JSON documents (docs/json-schema.md).
public struct JSONRenderer: Sendable {
    public var includesHistory: Bool
    public var registry: JSONDocument.Registry

    public init(includesHistory: Bool, registryDate: String, registrySource: String) {
        self.includesHistory = includesHistory
        self.registry = JSONDocument.Registry(date: registryDate, source: registrySource)
    }

    public func render(_ answer: QueryAnswer, query: String) -> String {
        let document: JSONDocument.Answer
        switch answer {
        case .port(let portrait):
            document = .init(kind: "port", query: query, registry: registry, ports: [entry(portrait)])
        case .range(_, let portraits):
            document = .init(kind: "range", query: query, registry: registry, ports: portraits.map(entry))
        case .service(let name, let records, let portraits):
            document = .init(
                kind: "service", query: query, registry: registry, service: name,
                records: records.map(JSONDocument.Record.init), ports: portraits.map(entry)
            )
        }
        return Self.encode(document)
    }

    public func render(search hits: [SearchHit], for text: String) -> String {
        Self.encode(JSONDocument.SearchResult(
            query: text, registry: registry,
            matches: hits.map { .init(score: $0.score, matchedTerms: $0.matchedTerms, record: .init($0.record)) }
        ))
    }

    private func entry(_ portrait: PortPortrait) -> JSONDocument.PortEntry {
        JSONDocument.PortEntry(portrait, includeHistory: includesHistory)
    }

    /// Pretty (or one line), snake_case keys in alphabetical order, `/` unescaped: a document
    /// of a few KB through FoundationEssentials' `JSONEncoder`. (`ls --json` and `--ndjson`,
    /// 20,000 sockets, go through `ListingJSONWriter` instead, held to these same types.)
    public static func encode(_ value: some Encodable, pretty: Bool = true) -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        // Encoding our own plain structs cannot fail: every number is finite.
        let bytes = try! encoder.encode(value)
        return String(decoding: bytes, as: UTF8.self)
    }
}
