public import HostInventory
public import PortRegistry

/// What `portlore free` found and what it looked at: the ranges it kept out of.
public struct FreePortReport: Sendable {
    public var result: FreePortResult
    public var transports: Set<SocketTransport>
    /// /proc/sys/net/ipv4/ip_local_port_range; nil when unknown.
    public var ephemeral: ClosedRange<UInt16>?
    /// /proc/sys/net/ipv4/ip_local_reserved_ports.
    public var reserved: [ClosedRange<UInt16>]
}

extension PortSession {
    /// Up to `count` ports in `range` that IANA never named, that no socket of `transports`
    /// uses here (any state, our own network namespace) and that lie outside the ephemeral
    /// range and reserved ports given (`EphemeralPortRange` reads this host's).
    public func freePorts(
        in range: PortRange, count: Int, transports: Set<SocketTransport>,
        ephemeral: ClosedRange<UInt16>?, reserved: [ClosedRange<UInt16>]
    ) throws(InventoryError) -> FreePortReport {
        // Every socket in any state uses its port, here in our own network namespace.
        let options = InventoryOptions(
            transports: transports, includeConnected: true, allNamespaces: false, resolveOwners: false
        )
        let snapshot = try inventory.snapshot(options)
        let search = FreePortSearch(
            registry: registry, sockets: snapshot.listeners, transports: transports,
            ephemeral: ephemeral, reserved: reserved
        )
        return FreePortReport(
            result: search.suggestions(in: range, count: count), transports: transports,
            ephemeral: ephemeral, reserved: reserved
        )
    }
}
