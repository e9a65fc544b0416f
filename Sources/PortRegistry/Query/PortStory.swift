/// What one port is and was, for one transport protocol: today's records, its status, and
/// every earlier version the history holds.
public struct PortStory: Hashable, Sendable {
    public var port: Port
    /// `nil` only when IANA's record for the port names no protocol (most Unassigned ranges).
    public var transport: TransportProtocol?
    public var status: RegistryStatus
    /// The date the assignment was withdrawn, when `status == .deassigned`: from IANA's note
    /// ("De-Assigned on 2019-10-30") when it says so, else when the unnamed entry appeared.
    public var deassignedOn: String?
    /// Today's records covering the port; several when IANA lists aliases (80/tcp: http, www, www-http).
    public var current: [RegistryRecord]
    /// The last version of each service name that used to be here and is gone, oldest first.
    public var formerAssignments: [RegistryRecord]
    /// Every version covering the port, current ones included, oldest first.
    public var versions: [RegistryRecord]

    public var tier: PortTier { port.tier }

    public init(
        port: Port, transport: TransportProtocol?, status: RegistryStatus, deassignedOn: String?,
        current: [RegistryRecord], formerAssignments: [RegistryRecord], versions: [RegistryRecord]
    ) {
        self.port = port
        self.transport = transport
        self.status = status
        self.deassignedOn = deassignedOn
        self.current = current
        self.formerAssignments = formerAssignments
        self.versions = versions
    }
}

extension Registry {
    /// The stories of `port`: one per transport protocol IANA has ever listed for it, or only
    /// `transport`'s when one is given. A port no record covers still gets one story (its tier
    /// tells what it is), for `transport` or for TCP.
    public func stories(of port: Port, transport: TransportProtocol? = nil) -> [PortStory] {
        let versions = history(covering: port, transport: transport)
        var transports = Set(versions.compactMap(\.transport))
        if let transport { transports = [transport] }
        if transports.isEmpty {
            // Protocol-less range records (272-279 Unassigned) or nothing at all.
            return [Self.story(of: port, transport: transport, versions: versions)]
        }
        return transports.sorted().map { wanted in
            Self.story(
                of: port, transport: wanted,
                versions: versions.filter { $0.transport == wanted || $0.transport == nil }
            )
        }
    }

    /// Builds a story from every version covering the port for one protocol, sorted by `firstSeen`.
    static func story(of port: Port, transport: TransportProtocol?, versions: [RegistryRecord]) -> PortStory {
        let versions = versions.sorted { ($0.firstSeen, $0.serviceName) < ($1.firstSeen, $1.serviceName) }
        let current = versions.filter(\.isCurrent)
        let currentNames = Set(current.map { $0.serviceName.lowercased() })

        var formerByName: [String: RegistryRecord] = [:]
        for version in versions where !version.serviceName.isEmpty && !version.isCurrent {
            let key = version.serviceName.lowercased()
            guard !currentNames.contains(key) else { continue }
            if let known = formerByName[key], (known.lastSeen ?? "") >= (version.lastSeen ?? "") { continue }
            formerByName[key] = version
        }
        let former = formerByName.values.sorted { ($0.lastSeen ?? "", $0.serviceName) < ($1.lastSeen ?? "", $1.serviceName) }

        let named = current.contains { !$0.serviceName.isEmpty }
        let noteDate = current.lazy.compactMap { Self.deassignmentDate(inNote: $0.note) }.first
        let status: RegistryStatus
        var deassignedOn: String?
        if named {
            status = .assigned
        } else if noteDate != nil || !former.isEmpty {
            status = .deassigned
            deassignedOn = noteDate ?? Self.dateUnnamedEntryAppeared(current: current, former: former)
        } else if current.contains(where: { $0.description.lowercased().hasPrefix("reserved") }) {
            status = .reserved
        } else if current.isEmpty && port.tier == .dynamic {
            status = .dynamic
        } else {
            status = .unassigned
        }
        return PortStory(
            port: port, transport: transport ?? current.first?.transport, status: status,
            deassignedOn: deassignedOn, current: current, formerAssignments: former, versions: versions
        )
    }

    /// The date in notes like "De-Assigned on 2019-10-30" or "De-assigned on 2025-02-13, previously ...".
    static func deassignmentDate(inNote note: String) -> String? {
        let bytes = Array(note.utf8)
        let lowered = bytes.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        let marker = Array("de-assigned on ".utf8)
        guard lowered.count >= marker.count + 10 else { return nil }
        for start in 0...(lowered.count - marker.count - 10) where lowered[start..<(start + marker.count)].elementsEqual(marker) {
            let date = bytes[(start + marker.count)..<(start + marker.count + 10)]
            if Self.isISODate(date) { return String(decoding: date, as: UTF8.self) }
        }
        return nil
    }

    /// When no note says, the withdrawal happened when the unnamed entry replaced the last name:
    /// the entry's modification date if IANA gives one after that name, else when it was first seen.
    private static func dateUnnamedEntryAppeared(current: [RegistryRecord], former: [RegistryRecord]) -> String? {
        let lastNamed = former.compactMap(\.lastSeen).max() ?? ""
        let unnamed = current.filter { $0.serviceName.isEmpty }
        if let modified = unnamed.map(\.modificationDate).filter({ !$0.isEmpty && $0 > lastNamed }).min() {
            return modified
        }
        return unnamed.map(\.firstSeen).filter { $0 > lastNamed }.min()
    }

    private static func isISODate(_ bytes: some Collection<UInt8>) -> Bool {
        guard bytes.count == 10 else { return false }
        for (offset, byte) in bytes.enumerated() {
            let isDash = offset == 4 || offset == 7
            if isDash ? byte != UInt8(ascii: "-") : !(0x30...0x39).contains(byte) { return false }
        }
        return true
    }
}
