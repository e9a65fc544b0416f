public import HostInventory

/// What makes a socket the same socket from one poll to the next: its namespace, protocol,
/// family, local address and port, and inode. A server that restarts on the same port gets a
/// new inode, so it disappears and appears again.
public struct WatchKey: Hashable, Sendable {
    public var namespace: UInt64
    public var transport: SocketTransport
    public var family: AddressFamily
    public var address: String
    public var port: UInt16
    public var inode: UInt64

    public init(_ listener: Listener) {
        namespace = listener.namespace.inode
        transport = listener.transport
        family = listener.family
        address = listener.local.ip
        port = listener.local.port
        inode = listener.inode
    }
}
