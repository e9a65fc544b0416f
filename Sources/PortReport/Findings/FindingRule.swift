public import HostInventory
public import PortRegistry

/// What a rule sees of one listener: the socket, its port's registry story, and the host.
public struct ListenerContext: Sendable {
    public var listener: Listener
    /// The story of the listener's port for its protocol.
    public var story: PortStory
    /// Whether the scan ran as root (owners of every socket were visible).
    public var isRoot: Bool

    /// The processes holding the socket; empty when hidden or held by none.
    public let processes: [ProcessDetails]
    /// `1302/tcp`.
    public let portLabel: String
    /// Whether the socket waits for peers: a TCP listener or a bound, unconnected UDP socket.
    /// Connections and TIME_WAIT leftovers (`ls --all`) are not listeners; rules raise
    /// nothing above info about them (see `RuleBook`).
    public var isListening: Bool {
        listener.state == .listen || listener.state == .unconnected
    }

    public init(listener: Listener, story: PortStory, isRoot: Bool) {
        self.listener = listener
        self.story = story
        self.isRoot = isRoot
        if case .processes(let list) = listener.owner { processes = list } else { processes = [] }
        // Kept rather than computed: several rules put it in their reasons.
        portLabel = "\(listener.local.port)/\(listener.transport.rawValue)"
    }
}

/// A judgement of listeners. Each finding it emits is documented in docs/findings.md under its name.
public protocol FindingRule: Sendable {
    /// The names of the findings this rule can raise: what an allowlist's `rule=` silences.
    var emits: [RuleID] { get }
    /// Appends what the rule finds about `context` to `findings` (an array per call and rule
    /// would cost an allocation each on every socket of a listing).
    func evaluate(_ context: ListenerContext, into findings: inout [Finding])
}
