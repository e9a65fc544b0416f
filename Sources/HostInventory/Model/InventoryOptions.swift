/// What a snapshot should contain.
public struct InventoryOptions: Sendable {
    public var transports: Set<SocketTransport>
    public var families: Set<AddressFamily>
    /// False: TCP LISTEN and unconnected (bound) UDP only. True: every state.
    public var includeConnected: Bool
    /// Only sockets whose local port is in this range.
    public var port: ClosedRange<UInt16>?
    /// Scan every network namespace, not only ours. Needs root (`setns`).
    public var allNamespaces: Bool
    /// Find the processes holding each socket.
    public var resolveOwners: Bool

    public init(
        transports: Set<SocketTransport> = Set(SocketTransport.allCases),
        families: Set<AddressFamily> = [.ipv4, .ipv6],
        includeConnected: Bool = false,
        port: ClosedRange<UInt16>? = nil,
        allNamespaces: Bool = CurrentUser.isRoot,
        resolveOwners: Bool = true
    ) {
        self.transports = transports
        self.families = families
        self.includeConnected = includeConnected
        self.port = port
        self.allNamespaces = allNamespaces
        self.resolveOwners = resolveOwners
    }
}
