public import HostInventory

/// The sockets on a port `portlore kill` looked at, and the plan made of them.
public struct KillScan: Sendable {
    public var snapshot: HostSnapshot
    public var plan: KillPlan
}

extension PortSession {
    /// The holders of `port` (for `transport` when given) and which of them may be signalled.
    ///
    /// `namespace` nil: portlore's own network namespace only; `"all"`: every one; a name:
    /// that namespace as `ip netns list` shows it. `ownPID` and `ancestors` are never signalled.
    public func killPlan(
        port: UInt16, transport: SocketTransport?, namespace: String?, ownPID: Int32, ancestors: [Int32]
    ) throws(InventoryError) -> KillScan {
        var options = InventoryOptions(port: port...port, allNamespaces: namespace != nil)
        if let transport { options.transports = [transport] }
        let snapshot = try inventory.snapshot(options)
        let sockets = Listener.inDisplayOrder(namespace.map { name in
            name == "all" ? snapshot.listeners : snapshot.listeners.filter { $0.namespace.name == name }
        } ?? snapshot.listeners)
        return KillScan(snapshot: snapshot, plan: KillPlan(sockets: sockets, ownPID: ownPID, ancestors: ancestors))
    }
}
