import Glibc
import Testing
@testable import HostInventory

/// Sockets this test process opens itself, found through the whole inventory.
struct InventorySnapshotTests {
    static let binds: [(SocketTransport, String)] = [
        (.tcp, "127.0.0.1"), (.tcp, "::1"), (.tcp, "0.0.0.0"), (.tcp, "::"),
        (.udp, "127.0.0.1"), (.udp, "::1"), (.udp, "0.0.0.0"), (.udp, "::"),
    ]

    @Test("finds our own socket, its address and our PID", arguments: binds)
    func findsOwnSocket(_ transport: SocketTransport, _ ip: String) throws {
        for source: (any SocketSource) in [SockDiagSource(), ProcNetSource()] {
            let socket = try LoopbackSocket(transport, ip)
            let inode = try #require(socket.inode)
            let options = InventoryOptions(port: socket.port...socket.port)
            let snapshot = try LinuxHostInventory(source: source).snapshot(options)
            let listener = try #require(snapshot.listeners.first { $0.inode == inode }, "\(source)")

            #expect(listener.transport == transport)
            #expect(listener.family == (ip.contains(":") ? .ipv6 : .ipv4))
            #expect(listener.state == (transport == .tcp ? .listen : .unconnected))
            #expect(listener.local.ip == ip)
            #expect(listener.local.port == socket.port)
            #expect(listener.local.isWildcard == (ip == "0.0.0.0" || ip == "::"))
            #expect(listener.local.isLoopback == (ip == "127.0.0.1" || ip == "::1"))
            #expect(listener.remote == nil)
            #expect(listener.uid == geteuid())
            #expect(listener.namespace.inode == NamespaceIdentity.ofCurrentThread().inode)
            #expect(snapshot.listeners.allSatisfy { $0.local.port == socket.port })

            guard case .processes(let owners) = listener.owner else {
                Issue.record("expected our process as the owner, got \(listener.owner)")
                continue
            }
            let me = try #require(owners.first { $0.pid == getpid() })
            #expect(me.parentPID == getppid())
            #expect(me.uid == geteuid())
            if isRoot { #expect(me.user == "root") }
            #expect(me.executable == Self.ownExecutable())
            #expect(me.executableDeleted == false)
            #expect(me.commandLine.first.map { !$0.isEmpty } == true)
            let started = try #require(me.startTime)
            #expect(started > 1_000_000_000 && started <= Double(time(nil)) + 1)
        }
    }

    @Test("connected sockets appear only with includeConnected")
    func connectedSockets() throws {
        let server = try LoopbackSocket(.tcp, "127.0.0.1")
        let client = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(client) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = server.port.bigEndian
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        try #require(connected == 0)

        let ports = server.port...server.port
        let listening = try LinuxHostInventory().snapshot(InventoryOptions(transports: [.tcp], port: ports))
        #expect(listening.listeners.map(\.state) == [.listen])

        let all = try LinuxHostInventory().snapshot(
            InventoryOptions(transports: [.tcp], includeConnected: true, port: ports))
        let accepted = try #require(all.listeners.first { $0.state == .established })
        #expect(accepted.local.port == server.port)
        #expect(accepted.remote?.ip == "127.0.0.1")
        #expect(accepted.remote?.port != 0)
    }

    @Test("families and transports filter the result")
    func filters() throws {
        let tcp6 = try LoopbackSocket(.tcp, "::1")
        let udp4 = try LoopbackSocket(.udp, "127.0.0.1")
        let snapshot = try LinuxHostInventory().snapshot(
            InventoryOptions(transports: [.udp], families: [.ipv4], allNamespaces: false))
        #expect(snapshot.listeners.allSatisfy { $0.transport == .udp && $0.family == .ipv4 })
        #expect(snapshot.listeners.contains { $0.inode == udp4.inode })
        #expect(!snapshot.listeners.contains { $0.inode == tcp6.inode })
        #expect(snapshot.scannedNamespaces.count == 1)
    }

    @Test("resolveOwners false leaves owners unresolved")
    func unresolvedOwners() throws {
        let socket = try LoopbackSocket(.tcp, "127.0.0.1")
        let snapshot = try LinuxHostInventory().snapshot(
            InventoryOptions(port: socket.port...socket.port, resolveOwners: false))
        #expect(snapshot.listeners.map(\.owner) == [.hidden])
    }

    @Test("as root, every namespace of a process is scanned and the host one is labelled",
          .enabled(if: isRoot, "setns and other users' /proc/PID/ns/net need root"))
    func hostNamespace() throws {
        let snapshot = try currentHostInventory().snapshot(InventoryOptions())
        #expect(snapshot.isRoot)
        #expect(snapshot.scannedNamespaces.first?.isHost == (NamespaceIdentity.hostInode() == NamespaceIdentity.ofCurrentThread().inode))
        #expect(Set(snapshot.scannedNamespaces.map(\.inode)).count == snapshot.scannedNamespaces.count)
    }

    static func ownExecutable() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX))
        let count = readlink("/proc/self/exe", &buffer, buffer.count)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
