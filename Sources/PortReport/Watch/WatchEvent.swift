public import HostInventory

/// A socket that appeared or disappeared between two polls of `portlore watch`.
public struct WatchEvent: Hashable, Sendable {
    public enum Change: String, Hashable, Sendable {
        case appeared, disappeared

        /// `+` or `-`, as the text line shows it.
        public var sign: String { self == .appeared ? "+" : "-" }
    }

    public var change: Change
    /// For `disappeared`: the socket as it was last seen, with the owner found when it appeared.
    public var listener: Listener
    /// Seconds since the epoch of the poll that noticed the change.
    public var time: Double
    /// What IANA says of the port, once `WatchAnnotator` looked.
    public var registry: PortSummary?
    /// For `appeared`: what the rules found, most severe first.
    public var findings: [Finding]

    public init(change: Change, listener: Listener, time: Double, registry: PortSummary? = nil, findings: [Finding] = []) {
        self.change = change
        self.listener = listener
        self.time = time
        self.registry = registry
        self.findings = findings
    }
}
