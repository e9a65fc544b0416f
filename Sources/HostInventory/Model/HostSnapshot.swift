/// What this host had, at one moment.
public struct HostSnapshot: Sendable, Hashable, Codable {
    public var listeners: [Listener]
    public var isRoot: Bool
    public var scannedNamespaces: [NetworkNamespace]
    /// Degradations worth telling, e.g. "netlink unavailable, read /proc/net instead".
    public var warnings: [String]

    public init(
        listeners: [Listener], isRoot: Bool, scannedNamespaces: [NetworkNamespace],
        warnings: [String] = []
    ) {
        self.listeners = listeners
        self.isRoot = isRoot
        self.scannedNamespaces = scannedNamespaces
        self.warnings = warnings
    }
}
