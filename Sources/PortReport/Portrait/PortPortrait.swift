public import HostInventory
public import PortRegistry

/// Everything portlore knows about one port: what IANA says it is and was, and what holds it here.
public struct PortPortrait: Hashable, Sendable {
    public var port: Port
    /// One per transport protocol IANA lists for the port (or the one asked for).
    public var stories: [PortStory]
    /// Sockets bound to the port on this host; `nil` when the host was not looked at.
    public var listeners: [Listener]?
    /// What the rules found about those listeners, most severe first.
    public var findings: [Finding]
    /// Software known to use the port outside IANA's registry (Data/known-uses/), for the
    /// protocols of the question.
    public var knownUses: [KnownUse]

    public init(port: Port, stories: [PortStory], listeners: [Listener]?, findings: [Finding] = [], knownUses: [KnownUse] = []) {
        self.port = port
        self.stories = stories
        self.listeners = listeners
        self.findings = findings.sorted { $0.severity > $1.severity }
        self.knownUses = knownUses
    }

    public var tier: PortTier { port.tier }
}

/// The answer to a `PortQuery`.
public enum QueryAnswer: Hashable, Sendable {
    case port(PortPortrait)
    /// One portrait per port of the range, in order.
    case range(PortRange, [PortPortrait])
    /// Every version of the records with that name, and the portraits of the ports they name.
    case service(name: String, records: [RegistryRecord], portraits: [PortPortrait])
}
