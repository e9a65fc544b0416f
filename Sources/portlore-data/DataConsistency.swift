import PortRegistry

/// Proves the history and the newest registry agree: the XML's records, read by the same reader
/// `portlore registry update` uses, are exactly record-history.tsv's current rows.
enum DataConsistency {
    static func verify(latest: [RegistryRecord], xmlPath: String, history: [RegistryRecord], historyPath: String) throws {
        // The TSV writes identical duplicates once and carries first_seen; compare versions only.
        func version(_ record: RegistryRecord) -> RegistryRecord {
            var version = record
            version.firstSeen = ""
            version.lastSeen = nil
            return version
        }
        let fromXML = Set(latest.map(version))
        let fromTSV = Set(history.filter(\.isCurrent).map(version))
        let onlyXML = fromXML.subtracting(fromTSV), onlyTSV = fromTSV.subtracting(fromXML)
        guard onlyXML.isEmpty, onlyTSV.isEmpty else {
            let example = (onlyXML.first.map { "XML only: \($0)" } ?? "") + (onlyTSV.first.map { " TSV only: \($0)" } ?? "")
            throw ToolFailure("\(xmlPath) and the current rows of \(historyPath) differ: \(onlyXML.count) records only in the XML, \(onlyTSV.count) only in the TSV. \(example)")
        }
    }
}
