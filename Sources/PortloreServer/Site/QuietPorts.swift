import PortRegistry

/// A port's kin and neighbours, from the registry and its history (never a list written by
/// hand): the ports whose records name the same assignee or contact or a service name of the
/// same family, with their status today, and the nearest ports assigned today on either side.
struct QuietPorts: Sendable {
    struct Kin: Sendable, Hashable {
        var port: Int
        /// Every service name the port's records ever carried, oldest first.
        var names: [String]
        var status: RegistryStatus
        var deassignedOn: String?
        /// People shared, as IANA wrote them, with the roles they share.
        var people: [SharedPerson]
        var family: String?
    }

    struct SharedPerson: Sendable, Hashable {
        var name: String
        var asAssignee: Bool
        var asContact: Bool
    }

    struct Neighbour: Sendable, Hashable {
        var port: Int
        var names: [String]
    }

    var port: Int
    var kin: [Kin]
    /// Kin beyond the ones shown.
    var moreKin: Int
    var below: Neighbour?
    var above: Neighbour?
    /// The date IANA stated for this port's own de-assignment, to match kin against.
    var deassignedOn: String?

    init(port: Int, tables: RegistryKinIndex.Tables, registry: Registry, shown: Int = 8) {
        self.port = port
        deassignedOn = Self.headline(registry.stories(of: Port(rawValue: UInt16(port))))?.deassignedOn

        let ownPeople = tables.peopleByPort[port] ?? []
        let ownFamilies = tables.familiesByPort[port] ?? []
        var candidates = Set<Int>()
        for key in ownPeople { candidates.formUnion(tables.portsByPerson[key] ?? []) }
        for family in ownFamilies { candidates.formUnion(tables.portsByFamily[family] ?? []) }
        candidates.remove(port)
        let nearest = candidates.sorted { (abs($0 - port), $0) < (abs($1 - port), $1) }
        moreKin = max(0, nearest.count - shown)
        kin = nearest.prefix(shown).map { other in
            let theirs = tables.peopleByPort[other] ?? []
            let shared = ownPeople.intersection(theirs)
            var roles: [String: (assignee: Bool, contact: Bool)] = [:]
            for key in shared {
                let parts = key.split(separator: ":", maxSplits: 1)
                let person = String(parts[1])
                var role = roles[person] ?? (false, false)
                if parts[0] == "assignee" { role.assignee = true } else { role.contact = true }
                roles[person] = role
            }
            let people = roles.keys.sorted().map { person in
                SharedPerson(name: tables.personSpelling[person] ?? person, asAssignee: roles[person]!.assignee, asContact: roles[person]!.contact)
            }
            let family = ownFamilies.intersection(tables.familiesByPort[other] ?? []).sorted().first
            let stories = registry.stories(of: Port(rawValue: UInt16(other)))
            let story = Self.headline(stories)
            var names: [String] = []
            for version in stories.flatMap(\.versions).sorted(by: { $0.firstSeen < $1.firstSeen }) where !version.serviceName.isEmpty && !names.contains(version.serviceName) {
                names.append(version.serviceName)
            }
            return Kin(port: other, names: names, status: story?.status ?? .unassigned, deassignedOn: story?.deassignedOn, people: people, family: family)
        }

        let assigned = tables.assignedPorts
        // The first assigned port above `port`, and the last one below it.
        var low = 0, high = assigned.count
        while low < high {
            let middle = (low + high) / 2
            if assigned[middle] <= port { low = middle + 1 } else { high = middle }
        }
        let aboveIndex = low
        var belowIndex = low - 1
        isAssignedItself = belowIndex >= 0 && assigned[belowIndex] == port
        if isAssignedItself { belowIndex -= 1 }
        below = belowIndex >= 0 ? Self.neighbour(assigned[belowIndex], registry) : nil
        above = aboveIndex < assigned.count ? Self.neighbour(assigned[aboveIndex], registry) : nil
    }

    /// Ports strictly between the two neighbours with no service assigned today (the port
    /// itself, when it has one, is the only assigned port between them).
    var unassignedBetween: Int? {
        guard let below, let above else { return nil }
        return above.port - below.port - 1 - (isAssignedItself ? 1 : 0)
    }

    /// Whether this port has a service today.
    var isAssignedItself: Bool

    static func neighbour(_ port: Int, _ registry: Registry) -> Neighbour {
        let records = registry.currentRecords(covering: Port(rawValue: UInt16(port)), transport: nil)
        var names: [String] = []
        for record in records where !record.serviceName.isEmpty && !names.contains(record.serviceName) {
            names.append(record.serviceName)
        }
        return Neighbour(port: port, names: names)
    }

    /// The story that speaks for a port: a de-assigned one first, then an assigned one.
    static func headline(_ stories: [PortStory]) -> PortStory? {
        stories.first { $0.status == .deassigned } ?? stories.first { $0.status == .assigned } ?? stories.first
    }
}
