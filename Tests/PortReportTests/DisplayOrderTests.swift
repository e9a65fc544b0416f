import HostInventory
import PortReport
import Testing

/// The one order portlore shows sockets in, whatever order the inventory found them in.
struct DisplayOrderTests {
    static func listener(
        _ transport: SocketTransport, _ ip: String, _ port: UInt16, inode: UInt64, namespace: UInt64 = 1
    ) -> Listener {
        Listener(
            transport: transport, family: ip.contains(":") ? .ipv6 : .ipv4, state: .listen,
            local: SocketAddress(ip: ip, port: port, isLoopback: false, isWildcard: false),
            inode: inode, uid: 0, namespace: NetworkNamespace(inode: namespace, isHost: namespace == 1), owner: .hidden)
    }

    /// The documented order, written out plainly.
    static func reference(_ lhs: Listener, _ rhs: Listener) -> Bool {
        if lhs.local.port != rhs.local.port { return lhs.local.port < rhs.local.port }
        if lhs.transport != rhs.transport { return lhs.transport == .tcp }
        if lhs.family != rhs.family { return lhs.family == .ipv4 }
        if lhs.local.ip != rhs.local.ip { return lhs.local.ip < rhs.local.ip }
        return lhs.inode < rhs.inode
    }

    @Test("port, TCP before UDP, IPv4 before IPv6, address text, inode; namespaces mixed in")
    func order() {
        let listeners = [
            Self.listener(.udp, "0.0.0.0", 80, inode: 1),
            Self.listener(.tcp, "127.0.0.1", 80, inode: 2, namespace: 9),
            Self.listener(.tcp, "2.0.0.0", 80, inode: 3),
            Self.listener(.tcp, "10.0.0.1", 80, inode: 4),
            Self.listener(.tcp, "::", 80, inode: 5),
            Self.listener(.tcp, "127.0.0.1", 80, inode: 7),
            Self.listener(.tcp, "127.0.0.1", 80, inode: 6),
            Self.listener(.tcp, "127.0.0.1", 22, inode: 8, namespace: 5),
            Self.listener(.udp, "127.0.0.1", 65535, inode: 10),
            Self.listener(.tcp, "127.0.0.1", 0, inode: 11),
        ]
        // "10." < "127." < "2." as text; UDP 80 after every TCP 80.
        #expect(Listener.inDisplayOrder(listeners).map(\.inode) == [11, 8, 4, 2, 6, 7, 3, 5, 1, 10])
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let shuffled = listeners.shuffled(using: &generator)
            #expect(Listener.inDisplayOrder(shuffled) == shuffled.sorted(by: Self.reference))
        }
    }
}
