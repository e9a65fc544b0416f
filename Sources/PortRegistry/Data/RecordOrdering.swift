/// The orders lookups return records in.
enum RecordOrdering {
    /// Protocol-less records (IANA's Unassigned ranges) first, then tcp, udp, sctp, dccp.
    static func transportRank(_ transport: TransportProtocol?) -> Int {
        transport?.rank ?? -1
    }

    static func portKey(_ record: RegistryRecord) -> (Int, Int) {
        guard let ports = record.ports else { return (65536, 65536) }
        return (Int(ports.lower.rawValue), Int(ports.upper.rawValue))
    }

    /// Transport, then ports, then first_seen: `currentRecords(covering:)`'s order.
    static func byTransportThenPorts(_ a: RegistryRecord, _ b: RegistryRecord) -> Bool {
        let (ta, tb) = (transportRank(a.transport), transportRank(b.transport))
        if ta != tb { return ta < tb }
        let (pa, pb) = (portKey(a), portKey(b))
        if pa != pb { return pa < pb }
        return a.firstSeen < b.firstSeen
    }

    /// Transport, then first_seen, then ports: `history(covering:)`'s order.
    static func byTransportThenFirstSeen(_ a: RegistryRecord, _ b: RegistryRecord) -> Bool {
        let (ta, tb) = (transportRank(a.transport), transportRank(b.transport))
        if ta != tb { return ta < tb }
        if a.firstSeen != b.firstSeen { return a.firstSeen < b.firstSeen }
        return portKey(a) < portKey(b)
    }
}
