/// Folds a newer registry into the history, the way Data/iana/record-history.tsv was built:
/// a version still present keeps its `firstSeen`; a version that disappeared is closed with
/// the previous registry's date as its `lastSeen`; a new version starts at the new date.
public enum HistoryMerge {
    /// - Parameters:
    ///   - history: every version known so far (current ones have `lastSeen == nil`).
    ///   - previousDate: the registry date of the current versions in `history`.
    ///   - newer: the records of the newer registry (their `firstSeen`/`lastSeen` are ignored).
    ///   - newerDate: the newer registry's date; must be later than `previousDate`.
    public static func merge(
        history: [RegistryRecord], previousDate: String, newer: [RegistryRecord], newerDate: String
    ) throws(RegistryError) -> [RegistryRecord] {
        guard newerDate > previousDate else {
            throw .notNewer(candidate: newerDate, installed: previousDate)
        }
        var openVersions: [RegistryRecord: Int] = [:]  // version without dates → index in `merged`
        var merged = history
        for (index, record) in history.enumerated() where record.isCurrent {
            openVersions[record.undated] = index
        }
        var stillPresent = Set<Int>()
        var added = Set<RegistryRecord>()
        for record in newer {
            let key = record.undated
            if let index = openVersions[key] {
                stillPresent.insert(index)
            } else if added.insert(key).inserted {
                var version = key
                version.firstSeen = newerDate
                version.lastSeen = nil
                merged.append(version)
            }
        }
        for index in openVersions.values where !stillPresent.contains(index) {
            merged[index].lastSeen = previousDate
        }
        return merged
    }
}

extension RegistryRecord {
    /// This version with its snapshot dates cleared: two records are the same version when these are equal.
    var undated: RegistryRecord {
        var copy = self
        copy.firstSeen = ""
        copy.lastSeen = nil
        return copy
    }
}
