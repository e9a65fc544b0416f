public import HostInventory
public import PortRegistry

/// Joins the registry with what the host has: answers queries with portraits.
public struct PortReporter: Sendable {
    public let registry: Registry
    /// The host's sockets; `nil` when the caller did not (or could not) look.
    public let snapshot: HostSnapshot?
    /// The rules portraits judge their listeners by; `nil` for no findings.
    public let rules: RuleBook?
    /// Software known to use ports outside IANA's registry.
    public let knownUses: KnownUses

    public init(registry: Registry, snapshot: HostSnapshot?, rules: RuleBook? = nil, knownUses: KnownUses = .embedded) {
        self.registry = registry
        self.snapshot = snapshot
        self.rules = rules
        self.knownUses = knownUses
    }

    public func answer(_ query: PortQuery) throws(ReportError) -> QueryAnswer {
        switch query {
        case .port(let port, let transport):
            return .port(portrait(of: port, transport: transport))
        case .range(let range, let transport):
            return .range(range, range.ports.map { portrait(of: $0, transport: transport) })
        case .serviceName(let name):
            let records = registry.records(named: name)
            guard !records.isEmpty else {
                throw .unknownService(name, suggestions: registry.closestServiceNames(to: name, limit: 3))
            }
            // One portrait per (port, protocol) the name has ever sat on, lowest port first.
            var seen = Set<PortRegistry.Port>()
            var portraits: [PortPortrait] = []
            for record in records.sorted(by: { ($0.ports?.lower.rawValue ?? 0) < ($1.ports?.lower.rawValue ?? 0) }) {
                guard let ports = record.ports, seen.insert(ports.lower).inserted else { continue }
                portraits.append(portrait(of: ports.lower, transport: nil))
            }
            return .service(name: records[0].serviceName, records: records, portraits: portraits)
        }
    }

    public func portrait(of port: Port, transport: TransportProtocol?) -> PortPortrait {
        let stories = registry.stories(of: port, transport: transport)
        let listeners = snapshot.map { Self.listeners(in: $0, on: port, transport: transport) }
        var findings: [Finding] = []
        if let rules, let snapshot, let listeners {
            for listener in listeners {
                let wanted: TransportProtocol = listener.transport == .tcp ? .tcp : .udp
                let story = stories.first { $0.transport == wanted }
                    ?? registry.stories(of: port, transport: wanted)[0]
                findings += rules.findings(for: ListenerContext(listener: listener, story: story, isRoot: snapshot.isRoot))
            }
        }
        return PortPortrait(
            port: port, stories: stories, listeners: listeners, findings: findings,
            knownUses: knownUses.uses(of: port, transport: transport)
        )
    }

    /// Sockets of `snapshot` bound to `port`, for `transport` when one is given, in display order.
    static func listeners(in snapshot: HostSnapshot, on port: Port, transport: TransportProtocol?) -> [Listener] {
        Listener.inDisplayOrder(snapshot.listeners.filter { listener in
            guard listener.local.port == port.rawValue else { return false }
            guard let transport else { return true }
            return listener.transport.rawValue == transport.rawValue
        })
    }
}
