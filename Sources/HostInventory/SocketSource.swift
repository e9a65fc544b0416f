/// Where sockets come from: `SockDiagSource` (netlink) or `ProcNetSource` (/proc/net).
///
/// A source reads the network namespace of the thread that calls it, and leaves
/// `owner` unresolved (`.hidden`): `HostInventory` fills it in.
public protocol SocketSource: Sendable {
    func sockets(_ options: InventoryOptions) throws(InventoryError) -> [Listener]
}
