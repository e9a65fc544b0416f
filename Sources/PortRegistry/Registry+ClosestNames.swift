extension Registry {
    /// Service names close to `name`, best first, for "unknown service name; did you mean ...":
    /// names within a small edit distance (insertions, deletions, substitutions, swaps of
    /// neighbours) and names that start with it. Spelled as the registry spells them.
    public func closestServiceNames(to name: String, limit: Int) -> [String] {
        let query = UTF8Bytes.lowercasedBytes(name)
        guard limit > 0, !query.isEmpty else { return [] }
        let threshold = max(1, min(3, query.count / 3))

        var candidates: [(distance: Int, isPrefix: Bool, lengthGap: Int, name: String)] = []
        var position = 0
        var previous: [UInt8] = []
        var distanceRow = EditDistance()
        while position < compiled.nameCount {
            let index = compiled.nameIndexEntry(position)
            position += 1
            let range = compiled.serviceNameRange(index)
            var lowered = compiled.bytes[range].map(UTF8Bytes.lowercased)
            if lowered.contains(CompiledRecordLine.backslash) { lowered = UTF8Bytes.lowercasedBytes(compiled.serviceName(index)) }
            if lowered == previous { continue }
            previous = lowered
            let isPrefix = query.count >= 3 && lowered.starts(with: query)
            guard let distance = distanceRow.distance(query, lowered, limit: threshold) ?? (isPrefix ? threshold + 1 : nil) else {
                continue
            }
            candidates.append((distance, isPrefix, abs(lowered.count - query.count),
                               compiled.serviceName(index)))
        }
        candidates.sort { a, b in
            if a.distance != b.distance { return a.distance < b.distance }
            if a.isPrefix != b.isPrefix { return a.isPrefix }
            if a.lengthGap != b.lengthGap { return a.lengthGap < b.lengthGap }
            return a.name < b.name
        }
        return candidates.prefix(limit).map(\.name)
    }
}

/// Optimal-string-alignment distance (Levenshtein plus swaps of neighbours), abandoned as soon
/// as it must exceed `limit`. Reuses its rows across calls.
struct EditDistance {
    private var beforePrevious: [Int] = []
    private var previous: [Int] = []
    private var current: [Int] = []

    mutating func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let width = b.count + 1
        beforePrevious = [Int](repeating: 0, count: width)
        previous = Array(0..<width)
        current = [Int](repeating: 0, count: width)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, beforePrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
