/// One result of `Registry.search`: a record (its current version when it has one), how well it
/// matched, and which of the query's terms it matched.
public struct SearchHit: Sendable, Hashable {
    public var record: RegistryRecord
    public var score: Double
    public var matchedTerms: [String]

    public init(record: RegistryRecord, score: Double, matchedTerms: [String]) {
        self.record = record
        self.score = score
        self.matchedTerms = matchedTerms
    }
}

extension Registry {
    /// Ranked keyword search over service names, descriptions and notes of every version,
    /// current and former; one hit per record identity (ports, protocol, name), showing its
    /// current version when there is one. Common names IANA's text doesn't use ("remote
    /// desktop", "postgres") also match through `ServiceAliases`.
    public func search(_ text: String, limit: Int) -> [SearchHit] {
        let query = SearchQuery(text)
        guard limit > 0, !query.terms.isEmpty else { return [] }
        let aliasNames = ServiceAliases.serviceNames(for: query)

        var best: [RegistryRecord.Identity: (record: RegistryRecord, score: Double, terms: [String])] = [:]
        for index in 0..<compiled.versionCount {
            let line = UnsafeRawBufferPointer(rebasing: compiled.bytes[compiled.lineRange(index)])
            let fields = CompiledRecordLine.fieldRanges(line)
            guard fields.count >= CompiledRecordLine.fixedFieldCount else { continue }
            let name = UnsafeRawBufferPointer(rebasing: line[fields[CompiledRecordLine.serviceNameField]])
            var match = query.score(
                name: name,
                description: UnsafeRawBufferPointer(rebasing: line[fields[CompiledRecordLine.descriptionField]]),
                note: UnsafeRawBufferPointer(rebasing: line[fields[9]])
            )
            if let alias = aliasNames.first(where: { SearchQuery.equalsIgnoringCase(name, $0.serviceName) }) {
                match.score += 20
                match.terms.append(contentsOf: alias.terms.filter { !match.terms.contains($0) })
            }
            guard match.score > 0 else { continue }
            let record = compiled.record(index)
            let score = match.score * (record.isCurrent ? 1 : 0.8)
            let key = record.identity
            if let existing = best[key] {
                let keepRecord = existing.record.isCurrent || !record.isCurrent ? existing.record : record
                let terms = existing.terms + match.terms.filter { !existing.terms.contains($0) }
                best[key] = (keepRecord, max(existing.score, score), terms)
            } else {
                best[key] = (record, score, match.terms)
            }
        }
        let termOrder = query.terms.map { String(decoding: $0, as: UTF8.self) }
        let hits = best.values.map { entry in
            SearchHit(record: entry.record, score: entry.score,
                      matchedTerms: termOrder.filter(entry.terms.contains) + entry.terms.filter { !termOrder.contains($0) })
        }
        return hits.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.record.isCurrent != b.record.isCurrent { return a.record.isCurrent }
            if RecordOrdering.portKey(a.record) != RecordOrdering.portKey(b.record) {
                return RecordOrdering.portKey(a.record) < RecordOrdering.portKey(b.record)
            }
            if a.record.serviceName != b.record.serviceName { return a.record.serviceName < b.record.serviceName }
            return RecordOrdering.transportRank(a.record.transport) < RecordOrdering.transportRank(b.record.transport)
        }.prefix(limit).map { $0 }
    }
}

/// A search's terms, lower-cased, and how one record's text scores against them.
struct SearchQuery {
    /// Lower-cased words of the query (letters, digits and `-_.+*` kept together).
    let terms: [[UInt8]]
    /// The query's words joined by single spaces, for phrase matches.
    let phrase: [UInt8]

    init(_ text: String) {
        var terms: [[UInt8]] = []
        var word: [UInt8] = []
        for byte in text.utf8 {
            if Self.isWordByte(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "*") {
                word.append(UTF8Bytes.lowercased(byte))
            } else if !word.isEmpty {
                if !terms.contains(word) { terms.append(word) }
                word = []
            }
        }
        if !word.isEmpty, !terms.contains(word) { terms.append(word) }
        self.terms = terms
        self.phrase = Array(terms.joined(separator: [UTF8Bytes.space]))
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        UTF8Bytes.isAlphanumeric(byte) || byte >= 0x80
    }

    static func equalsIgnoringCase(_ bytes: UnsafeRawBufferPointer, _ text: String) -> Bool {
        bytes.count == text.utf8.count && zip(bytes, text.utf8).allSatisfy { UTF8Bytes.lowercased($0) == $1 }
    }

    struct Match {
        var score: Double
        var terms: [String]
    }

    /// Per term, the best of: the whole service name (10), a word of the name (6), part of the
    /// name (3), a word of the description (4), a word of the description starting with it (2),
    /// a word of the note (1). Records missing some terms score less; a phrase match adds 5.
    func score(name: UnsafeRawBufferPointer, description: UnsafeRawBufferPointer, note: UnsafeRawBufferPointer) -> Match {
        let lowerName = name.map(UTF8Bytes.lowercased)
        let nameWords = Self.words(lowerName[...])
        let lowerDescription = description.map(UTF8Bytes.lowercased)
        let descriptionWords = Self.words(lowerDescription[...])
        var noteWords: [ArraySlice<UInt8>]?

        var total = 0.0
        var matched: [String] = []
        for term in terms {
            var best = 0.0
            if lowerName == term { best = 10 }
            else if nameWords.contains(where: { $0.elementsEqual(term) }) { best = 6 }
            else if term.count >= 3, Self.contains(lowerName[...], term) { best = 3 }
            if best < 4, descriptionWords.contains(where: { $0.elementsEqual(term) }) { best = 4 }
            if best < 2, term.count >= 3, descriptionWords.contains(where: { $0.starts(with: term) }) { best = 2 }
            if best < 1 {
                if noteWords == nil { noteWords = Self.words(note.map(UTF8Bytes.lowercased)[...]) }
                if noteWords!.contains(where: { $0.elementsEqual(term) }) { best = 1 }
            }
            if best > 0 {
                total += best
                matched.append(String(decoding: term, as: UTF8.self))
            }
        }
        guard total > 0 else { return Match(score: 0, terms: []) }
        let coverage = Double(matched.count) / Double(terms.count)
        total *= coverage * coverage
        if terms.count > 1, Self.contains(Array(Self.words(lowerDescription[...]).joined(separator: [UTF8Bytes.space]))[...], phrase) {
            total += 5
        }
        return Match(score: total, terms: matched)
    }

    /// Runs of letters and digits (non-ASCII bytes count as letters).
    static func words(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var words: [ArraySlice<UInt8>] = []
        var start: Int?
        for index in bytes.indices {
            if isWordByte(bytes[index]) {
                if start == nil { start = index }
            } else if let wordStart = start {
                words.append(bytes[wordStart..<index])
                start = nil
            }
        }
        if let wordStart = start { words.append(bytes[wordStart..<bytes.endIndex]) }
        return words
    }

    static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        var index = haystack.startIndex
        while index + needle.count <= haystack.endIndex {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
