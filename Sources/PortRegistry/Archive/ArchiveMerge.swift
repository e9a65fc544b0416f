/// Puts the registry's older copies (1992-2015) in front of the 2017+ history, so that every
/// record version says in which copy it was first and last seen.
///
/// The copies are read in date order. A record continues a version seen in the copy before
/// when they agree on everything the copy's format can say: all fields for XML; name, ports,
/// protocol, and the pieces of description, assignee and contact it shows for IANA's text
/// rendering (which leaves the rest out, so it confirms an XML version rather than replacing it); name, ports, protocol,
/// description and contact for the port-numbers files and RFC 1340. Otherwise it starts a
/// new version. A version from a text format never continues into an XML copy: the XML says
/// more, and that more was not seen before. Finally a version of the newest old copy that
/// is exactly a 2017+ row first seen in the history's first snapshot becomes that row, whose
/// `firstSeen` moves back to the older copy.
public enum ArchiveMerge {
    public static func merge(
        older copies: [(copy: RegistryCopy, records: [RegistryRecord])], history: [RegistryRecord]
    ) -> [RegistryRecord] {
        var versions: [RegistryRecord] = []
        var bornAs: [RegistryCopy.Format] = []
        var open: [RegistryRecord.Identity: [Int]] = [:]
        for (copy, records) in copies.sorted(by: { $0.copy < $1.copy }) {
            var seen: [RegistryRecord.Identity: [Int]] = [:]
            var claimed = Set<Int>()
            for record in records {
                let identity = record.identity
                if let repeated = seen[identity]?.first(where: { versions[$0].undated == record.undated }) {
                    _ = repeated  // an identical duplicate within one copy is written once
                    continue
                }
                let candidate = open[identity]?.first { index in
                    !claimed.contains(index) && agree(versions[index], bornAs[index], with: record, in: copy.format)
                }
                if let index = candidate {
                    versions[index].lastSeen = copy.date
                    claimed.insert(index)
                    seen[identity, default: []].append(index)
                } else {
                    var version = record.undated
                    version.firstSeen = copy.date
                    version.lastSeen = copy.date
                    versions.append(version)
                    bornAs.append(copy.format)
                    claimed.insert(versions.count - 1)
                    seen[identity, default: []].append(versions.count - 1)
                }
            }
            open = seen
        }

        // Join the 2017+ history where its first snapshot continues the newest old copy.
        var merged = history
        var joined = Set<Int>()
        if let historyStart = history.map(\.firstSeen).min() {
            for index in merged.indices where merged[index].firstSeen == historyStart {
                let row = merged[index]
                guard let older = open[row.identity]?.first(where: { candidate in
                    !joined.contains(candidate) && bornAs[candidate] == .xml && versions[candidate].undated == row.undated
                }) else { continue }
                merged[index].firstSeen = versions[older].firstSeen
                joined.insert(older)
            }
        }
        for index in versions.indices where !joined.contains(index) {
            merged.append(versions[index])
        }
        return merged.sorted(by: historyOrder)
    }

    /// Whether `record`, read from a copy in `format`, shows the same version as `version`.
    static func agree(_ version: RegistryRecord, _ versionFormat: RegistryCopy.Format, with record: RegistryRecord, in format: RegistryCopy.Format) -> Bool {
        switch format {
        case .xml:
            return versionFormat == .xml && version.undated == record.undated
        case .plainText:
            // The text rendering shows only the record's own line of each cell: its pieces
            // must be found in the version (all of each field when nothing wrapped).
            return contains(version.description, record.description)
                && record.assignee.split(separator: ";").allSatisfy { contains(version.assignee, String($0)) }
                && record.contact.split(separator: ";").allSatisfy { contains(version.contact, String($0)) }
        case .portNumbersText, .rfc1340:
            return versionFormat == format && version.description == record.description && version.contact == record.contact
        }
    }

    /// Whether `piece` occurs in `whole` (byte-wise; an empty piece always does).
    static func contains(_ whole: String, _ piece: String) -> Bool {
        let (w, p) = (Array(whole.utf8), Array(piece.utf8))
        guard !p.isEmpty else { return true }
        guard w.count >= p.count else { return false }
        for start in 0...(w.count - p.count) where w[start..<(start + p.count)].elementsEqual(p) { return true }
        return false
    }

    /// record-history.tsv's order: port_low, port_high, protocol, first_seen; records without a
    /// port number last, by service name.
    public static func historyOrder(_ a: RegistryRecord, _ b: RegistryRecord) -> Bool {
        switch (a.ports, b.ports) {
        case (nil, .some): return false
        case (.some, nil): return true
        case (let pa?, let pb?):
            if pa.lower != pb.lower { return pa.lower.rawValue < pb.lower.rawValue }
            if pa.upper != pb.upper { return pa.upper.rawValue < pb.upper.rawValue }
            let (ta, tb) = (a.transport?.rawValue ?? "", b.transport?.rawValue ?? "")
            if ta != tb { return ta < tb }
            if a.firstSeen != b.firstSeen { return a.firstSeen < b.firstSeen }
            return a.serviceName < b.serviceName
        case (nil, nil):
            if a.serviceName != b.serviceName { return a.serviceName < b.serviceName }
            if (a.transport?.rawValue ?? "") != (b.transport?.rawValue ?? "") { return (a.transport?.rawValue ?? "") < (b.transport?.rawValue ?? "") }
            return a.firstSeen < b.firstSeen
        }
    }
}
