/// One socket: a TCP listener, a bound UDP socket or, on request, a connection.
public struct Listener: Sendable, Hashable, Codable {
    public var transport: SocketTransport
    public var family: AddressFamily
    public var state: SocketState
    public var local: SocketAddress
    /// The peer, for connected sockets; nil when there is none.
    public var remote: SocketAddress?
    /// The socket's inode, as in /proc/PID/fd's "socket:[inode]"; 0 for TIME_WAIT.
    public var inode: UInt64
    /// The socket owner's uid as the kernel records it.
    public var uid: UInt32
    public var namespace: NetworkNamespace
    public var owner: SocketOwnership

    public init(
        transport: SocketTransport, family: AddressFamily, state: SocketState, local: SocketAddress,
        remote: SocketAddress? = nil, inode: UInt64, uid: UInt32, namespace: NetworkNamespace,
        owner: SocketOwnership
    ) {
        self.transport = transport
        self.family = family
        self.state = state
        self.local = local
        self.remote = remote
        self.inode = inode
        self.uid = uid
        self.namespace = namespace
        self.owner = owner
    }
}
