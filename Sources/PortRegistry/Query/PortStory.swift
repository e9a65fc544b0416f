/// What one port is and was, for one transport protocol: today's records, its status, and
/// every earlier version the history holds.
public struct PortStory: Hashable, Sendable {
    public var port: Port
    /// `nil` only when IANA's record for the port names no protocol (most Unassigned ranges).
    public var transport: TransportProtocol?
    public var status: RegistryStatus
    /// How the port lost its service name, when `status == .deassigned`.
    public var deassignment: Deassignment?
    /// Today's records covering the port; several when IANA lists aliases (80/tcp: http, www, www-http).
    public var current: [RegistryRecord]
    /// The last version of each service name that used to be here and is gone, oldest first.
    public var formerAssignments: [RegistryRecord]
    /// When each of those names was in the registry, in the same order.
    public var formerNames: [NameTenure]
    /// When each of today's service names was in the registry, in `current`'s order.
    public var currentNames: [NameTenure]
    /// Every version covering the port, current ones included, oldest first.
    public var versions: [RegistryRecord]
    /// The oldest and the newest copy of the registry the history was built from.
    public var earliestCopy: RegistryCopy?
    public var newestCopy: RegistryCopy?

    public var tier: PortTier { port.tier }

    /// The date IANA stated for the de-assignment (`deassignment?.statedDate`); `nil` when
    /// IANA gives none, even if our copies bound it (`deassignment?.lastNamedIn` ...).
    public var deassignedOn: String? { deassignment?.statedDate }

    public init(
        port: Port, transport: TransportProtocol?, status: RegistryStatus, deassignment: Deassignment?,
        current: [RegistryRecord], formerAssignments: [RegistryRecord], formerNames: [NameTenure] = [],
        currentNames: [NameTenure] = [], versions: [RegistryRecord], earliestCopy: RegistryCopy? = nil,
        newestCopy: RegistryCopy? = nil
    ) {
        self.port = port
        self.transport = transport
        self.status = status
        self.deassignment = deassignment
        self.current = current
        self.formerAssignments = formerAssignments
        self.formerNames = formerNames
        self.currentNames = currentNames
        self.versions = versions
        self.earliestCopy = earliestCopy
        self.newestCopy = newestCopy
    }
}

/// How a port lost its service name: what IANA says, and what our copies show.
public struct Deassignment: Hashable, Sendable {
    /// A date IANA stated, a fact: from its note ("De-Assigned on 2019-10-30", "removed on
    /// 2014-05-23") or the unnamed entry's modification date when that falls in the window.
    public var statedDate: String?
    public var statedIn: StatedDateSource?
    /// The last copy of the registry that lists a service name here, and the first copy after
    /// it: the name went away between the two. `nil` when no copy we hold names a service here
    /// (IANA's own words or note are then all we know).
    public var lastNamedIn: RegistryCopy?
    public var firstUnnamedIn: RegistryCopy?
    /// IANA's own word in today's entry, when it is not Reserved or Unassigned: "De-registered",
    /// "Removed", "Decommissioned", "Deprecated".
    public var ianaWords: String?

    public init(statedDate: String?, statedIn: StatedDateSource?, lastNamedIn: RegistryCopy?, firstUnnamedIn: RegistryCopy?, ianaWords: String?) {
        self.statedDate = statedDate
        self.statedIn = statedIn
        self.lastNamedIn = lastNamedIn
        self.firstUnnamedIn = firstUnnamedIn
        self.ianaWords = ianaWords
    }

    public enum StatedDateSource: String, Hashable, Sendable {
        /// IANA's note on today's entry.
        case ianaNote = "iana-note"
        /// The `updated` date of today's unnamed entry, inside the window our copies give.
        case ianaModificationDate = "iana-modification-date"
    }
}

/// When one service name was in the registry for a port, as our copies show it.
public struct NameTenure: Hashable, Sendable {
    public var serviceName: String
    /// The name's newest version here.
    public var latest: RegistryRecord
    /// The first and last copy listing the name here; `lastSeen` is `nil` while it is current.
    public var firstSeen: RegistryCopy
    public var lastSeen: RegistryCopy?
    /// Whether every copy from `firstSeen` to `lastSeen` lists it (no gap in between).
    public var inEveryCopy: Bool
    /// The copy before `firstSeen`, which does not list the name here; `nil` when `firstSeen` is
    /// our earliest copy, so the name may be older ("seen since").
    public var absentBefore: RegistryCopy?
    /// The copy after `lastSeen`, which no longer lists it; `nil` while it is current.
    public var goneBy: RegistryCopy?

    public init(serviceName: String, latest: RegistryRecord, firstSeen: RegistryCopy, lastSeen: RegistryCopy?, inEveryCopy: Bool, absentBefore: RegistryCopy?, goneBy: RegistryCopy?) {
        self.serviceName = serviceName
        self.latest = latest
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.inEveryCopy = inEveryCopy
        self.absentBefore = absentBefore
        self.goneBy = goneBy
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
            return [story(of: port, transport: transport, versions: versions)]
        }
        return transports.sorted().map { wanted in
            story(
                of: port, transport: wanted,
                versions: versions.filter { $0.transport == wanted || $0.transport == nil }
            )
        }
    }

    /// IANA's words for a withdrawn entry, as today's unnamed record's description.
    static let withdrawalWords: Set<String> = ["de-registered", "deregistered", "removed", "decommissioned", "deprecated", "de-assigned"]

    /// Builds a story from every version covering the port for one protocol, sorted by `firstSeen`.
    func story(of port: Port, transport: TransportProtocol?, versions: [RegistryRecord]) -> PortStory {
        let versions = versions.sorted { ($0.firstSeen, $0.serviceName) < ($1.firstSeen, $1.serviceName) }
        let current = versions.filter(\.isCurrent)
        let currentNames = Set(current.map { $0.serviceName.lowercased() })

        var formerByName: [String: RegistryRecord] = [:]
        var versionsByName: [String: [RegistryRecord]] = [:]
        for version in versions where !version.serviceName.isEmpty {
            let key = version.serviceName.lowercased()
            versionsByName[key, default: []].append(version)
            guard !version.isCurrent, !currentNames.contains(key) else { continue }
            if let known = formerByName[key], (known.lastSeen ?? "") >= (version.lastSeen ?? "") { continue }
            formerByName[key] = version
        }
        let former = formerByName.values.sorted { ($0.lastSeen ?? "", $0.serviceName) < ($1.lastSeen ?? "", $1.serviceName) }
        let formerNames = former.compactMap { tenure(of: $0.serviceName, versions: versionsByName[$0.serviceName.lowercased()] ?? []) }
        var seenCurrent = Set<String>()
        let currentTenures = current.compactMap { record -> NameTenure? in
            let key = record.serviceName.lowercased()
            guard !key.isEmpty, seenCurrent.insert(key).inserted else { return nil }
            return tenure(of: record.serviceName, versions: versionsByName[key] ?? [])
        }

        let named = current.contains { !$0.serviceName.isEmpty }
        let unnamed = current.filter { $0.serviceName.isEmpty }
        let noteDate = unnamed.lazy.compactMap { Self.withdrawalDate(inNote: $0.note) }.first
        let words = unnamed.first { Self.withdrawalWords.contains($0.description.lowercased()) }?.description
        let status: RegistryStatus
        var deassignment: Deassignment?
        if named {
            status = .assigned
        } else if noteDate != nil || words != nil || !former.isEmpty {
            status = .deassigned
            let lastNamed = former.compactMap(\.lastSeen).max()
            let lastNamedCopy = lastNamed.flatMap { copy(on: $0) }
            let firstUnnamedCopy = lastNamed.flatMap { copy(after: $0) }
            var stated = noteDate.map { ($0, Deassignment.StatedDateSource.ianaNote) }
            if stated == nil, let lastNamed {
                // The unnamed entry's modification date is the de-assignment's only when it falls
                // between the last copy with the name and the first without.
                let end = firstUnnamedCopy?.date ?? registryDate
                if let modified = unnamed.map(\.modificationDate).filter({ !$0.isEmpty && $0 > lastNamed && $0 <= end }).min() {
                    stated = (modified, .ianaModificationDate)
                }
            }
            deassignment = Deassignment(
                statedDate: stated?.0, statedIn: stated?.1, lastNamedIn: lastNamedCopy,
                firstUnnamedIn: firstUnnamedCopy, ianaWords: words
            )
        } else if current.contains(where: { $0.description.lowercased().hasPrefix("reserved") }) {
            status = .reserved
        } else if current.isEmpty && port.tier == .dynamic {
            status = .dynamic
        } else {
            status = .unassigned
        }
        return PortStory(
            port: port, transport: transport ?? current.first?.transport, status: status,
            deassignment: deassignment, current: current, formerAssignments: former, formerNames: formerNames,
            currentNames: currentTenures, versions: versions, earliestCopy: compiled.copyCount > 0 ? compiled.copy(0) : nil,
            newestCopy: compiled.copyCount > 0 ? compiled.copy(compiled.copyCount - 1) : nil
        )
    }

    /// When `name` was here, from its versions (sorted by `firstSeen`).
    func tenure(of name: String, versions: [RegistryRecord]) -> NameTenure? {
        guard let first = versions.first else { return nil }
        // A registry installed by `registry update` knows every copy; the fallback is for
        // hand-made registries (tests) whose copies table lacks a date.
        let firstCopy = copy(on: first.firstSeen) ?? RegistryCopy(date: first.firstSeen, format: .xml)
        var reached: String? = first.lastSeen  // nil: still current
        var continuous = true
        for version in versions.dropFirst() {
            guard let end = reached else { break }
            if version.firstSeen > end, version.firstSeen != copy(after: end)?.date { continuous = false }
            if let last = version.lastSeen { reached = max(end, last) } else { reached = nil }
        }
        let latest = versions.max { ($0.lastSeen ?? "~") < ($1.lastSeen ?? "~") } ?? first
        return NameTenure(
            serviceName: latest.serviceName, latest: latest, firstSeen: firstCopy,
            lastSeen: reached.map { copy(on: $0) ?? RegistryCopy(date: $0, format: .xml) }, inEveryCopy: continuous,
            absentBefore: copy(before: first.firstSeen), goneBy: reached.flatMap { copy(after: $0) }
        )
    }

    /// The date in IANA's notes like "De-Assigned on 2019-10-30", "This entry has been removed on
    /// 2014-05-23" or "De-registered on ...".
    static func withdrawalDate(inNote note: String) -> String? {
        let bytes = Array(note.utf8)
        let lowered = bytes.map(UTF8Bytes.lowercased)
        for word in ["de-assigned on ", "removed on ", "de-registered on ", "deregistered on ", "decommissioned on "] {
            let marker = Array(word.utf8)
            guard lowered.count >= marker.count + 10 else { continue }
            for start in 0...(lowered.count - marker.count - 10) where lowered[start..<(start + marker.count)].elementsEqual(marker) {
                let date = bytes[(start + marker.count)..<(start + marker.count + 10)]
                if RegistryDate.isValid(date) { return String(decoding: date, as: UTF8.self) }
            }
        }
        return nil
    }
}
