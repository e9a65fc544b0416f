public import HostInventory
public import PortRegistry

/// A socket of `portlore ls`, with what IANA says of its port and what the rules found.
public struct ListingEntry: Hashable, Sendable {
    public var listener: Listener
    /// The story of the socket's port for its protocol.
    public var story: PortStory
    /// Most severe first; empty when no rule was asked or none fired.
    public var findings: [Finding]

    public init(listener: Listener, story: PortStory, findings: [Finding] = []) {
        self.listener = listener
        self.story = story
        self.findings = findings
    }

    public var registry: PortSummary { PortSummary(story) }
}

/// What a listing row says about a port's registration: enough to make a listener on a
/// de-assigned or unassigned port stand out.
public struct PortSummary: Hashable, Sendable {
    public var status: RegistryStatus
    /// Today's service names, `http, www, www-http`.
    public var serviceNames: [String]
    /// The last name the port had before it was withdrawn or renamed.
    public var formerName: String?
    public var deassignedOn: String?

    public init(_ story: PortStory) {
        status = story.status
        serviceNames = story.current.map(\.serviceName).filter { !$0.isEmpty }
        formerName = story.formerAssignments.last?.serviceName
        deassignedOn = story.deassignedOn
    }
}

extension PortReporter {
    /// The host's sockets that pass `filter`, sorted by port, protocol and address, each with
    /// its port's story and, when `rules` are given, its findings.
    public func listing(_ filter: ListenerFilter, rules: RuleBook? = nil) -> [ListingEntry] {
        guard let snapshot else { return [] }
        // Many sockets share a port (v4 and v6, pre-fork servers): look each port up once.
        var stories: [Int: PortStory] = [:]
        var entries: [ListingEntry] = []
        for listener in snapshot.listeners where filter.matches(listener) {
            let transport: TransportProtocol = listener.transport == .tcp ? .tcp : .udp
            let key = Int(listener.local.port) << 1 | (transport == .tcp ? 0 : 1)
            let story: PortStory
            if let known = stories[key] {
                story = known
            } else {
                story = registry.stories(of: Port(rawValue: listener.local.port), transport: transport)[0]
                stories[key] = story
            }
            let findings = rules?.findings(for: ListenerContext(listener: listener, story: story, isRoot: snapshot.isRoot)) ?? []
            entries.append(ListingEntry(listener: listener, story: story, findings: findings))
        }
        entries.sort { lhs, rhs in
            let left = lhs.listener, right = rhs.listener
            if left.local.port != right.local.port { return left.local.port < right.local.port }
            if left.transport != right.transport { return left.transport == .tcp }
            if left.family != right.family { return left.family == .ipv4 }
            if left.local.ip != right.local.ip { return left.local.ip < right.local.ip }
            return left.inode < right.inode
        }
        return entries
    }
}
