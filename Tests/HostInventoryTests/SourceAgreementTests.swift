import Testing
@testable import HostInventory

/// sock_diag and /proc/net must list the same sockets for our namespace.
struct SourceAgreementTests {
    struct Key: Hashable, CustomStringConvertible {
        var transport: SocketTransport
        var family: AddressFamily
        var ip: String
        var port: UInt16
        var inode: UInt64
        var state: SocketState
        var description: String { "\(transport)/\(family) \(ip):\(port) #\(inode) \(state)" }
    }

    static func keys(_ listeners: [Listener]) -> Set<Key> {
        Set(listeners.map {
            Key(transport: $0.transport, family: $0.family, ip: $0.local.ip, port: $0.local.port, inode: $0.inode, state: $0.state)
        })
    }

    @Test("sock_diag and /proc/net agree on TCP LISTEN and bound UDP")
    func sourcesAgree() throws {
        // Keep a few of our own in the tables so neither side can be vacuously empty.
        let held = try [
            LoopbackSocket(.tcp, "127.0.0.1"), LoopbackSocket(.tcp, "::1"),
            LoopbackSocket(.udp, "127.0.0.1"), LoopbackSocket(.udp, "::"),
        ]
        let options = InventoryOptions(allNamespaces: false, resolveOwners: false)
        // Other programs open and close sockets between the two reads: retry a few
        // times for a quiet moment before calling a difference real.
        var netlink: Set<Key> = []
        var proc: Set<Key> = []
        for _ in 0..<10 {
            netlink = Self.keys(try SockDiagSource().sockets(options))
            proc = Self.keys(try ProcNetSource().sockets(options))
            if netlink == proc { break }
        }
        #expect(netlink.subtracting(proc).isEmpty, "only in sock_diag: \(netlink.subtracting(proc))")
        #expect(proc.subtracting(netlink).isEmpty, "only in /proc/net: \(proc.subtracting(netlink))")
        for socket in held {
            #expect(netlink.contains { $0.inode == socket.inode && $0.port == socket.port })
        }
    }
}
