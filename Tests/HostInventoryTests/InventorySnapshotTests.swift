import Glibc
import Synchronization
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

/// How the scan's claims become `SocketOwnership`, root or not.
struct OwnershipResolutionTests {
    static func listener(inode: UInt64) -> Listener {
        Listener(
            transport: .tcp, family: .ipv4, state: .listen,
            local: SocketAddress(ip: "127.0.0.1", port: 1, isLoopback: true, isWildcard: false),
            inode: inode, uid: 0, namespace: NetworkNamespace(inode: 1, isHost: true), owner: .hidden)
    }

    // PID 0x7fff_fffe never exists: it stands for a process that left mid-scan.
    static let ghost: Int32 = 0x7fff_fffe

    static func claims(_ pairs: [(Int32, Int32)]) -> [ListenerClaim] {
        pairs.map { ListenerClaim(listener: $0, pid: $1) }
    }

    @Test(arguments: [true, false])
    func ownership(_ root: Bool) throws {
        let me = try #require(try ProcessInfoReader().details(of: getpid()))
        let outcome = SocketOwnerScan.Outcome(
            claims: Self.claims([(0, getpid()), (1, Self.ghost), (2, Self.ghost), (2, getpid())]), processes: [me])
        var listeners = [10, 11, 12, 13, 0].map { Self.listener(inode: $0) }
        LinuxHostInventory.resolveOwners(&listeners, outcome, isRoot: root)
        let unseen: SocketOwnership = root ? .none : .hidden
        #expect(listeners[0].owner.pids == [getpid()])
        #expect(listeners[1].owner == unseen)
        #expect(listeners[2].owner.pids == [getpid()])
        #expect(listeners[3].owner == unseen)
        #expect(listeners[4].owner == .none)  // inode 0: TIME_WAIT, held by no one
    }

    @Test("as root, a socket nobody visible holds is hidden when some process could not be read")
    func unreadableProcessHidesOwnerless() {
        var listeners = [30, 31].map { Self.listener(inode: $0) }
        var outcome = SocketOwnerScan.Outcome(claims: [], processes: [])
        LinuxHostInventory.resolveOwners(&listeners, outcome, isRoot: true)
        #expect(listeners.map(\.owner) == [.none, .none])

        outcome.unreadable = [1]
        LinuxHostInventory.resolveOwners(&listeners, outcome, isRoot: true)
        #expect(listeners.map(\.owner) == [.hidden, .hidden])
        #expect(LinuxHostInventory.unreadableWarning([1]).contains("pid 1 could not be read, even as root"))
        #expect(LinuxHostInventory.unreadableWarning(Array(1...7)).contains("pids 1, 2, 3, 4, 5 and 2 more"))
    }

    @Test("several holders come out ascending and once each, however the claims arrive")
    func severalHolders() {
        let claims = Self.claims([(0, 300), (0, 300), (1, 300), (0, 200), (2, 100), (0, 100), (0, 200)])
        let holders = ListenerHolders(count: 5, claims: claims, twins: [SocketOwnerScan.Twin(listing: 4, original: 0)])
        #expect(holders.holders(of: 0) == .several([100, 200, 300]))
        #expect(holders.holders(of: 1) == .one(300))
        #expect(holders.holders(of: 2) == .one(100))
        #expect(holders.holders(of: 3) == .nobody)
        #expect(holders.holders(of: 4) == .several([100, 200, 300]))  // the same socket listed twice
    }

    @Test("sockets with the same holder share one ProcessDetails array")
    func sharedArrays() throws {
        let me = try #require(try ProcessInfoReader().details(of: getpid()))
        let outcome = SocketOwnerScan.Outcome(claims: Self.claims([(0, getpid()), (1, getpid()), (2, getpid())]), processes: [me])
        var listeners = [20, 21, 22].map { Self.listener(inode: $0) }
        LinuxHostInventory.resolveOwners(&listeners, outcome, isRoot: true)
        let arrays = listeners.compactMap { listener -> [ProcessDetails]? in
            if case .processes(let details) = listener.owner { return details }
            return nil
        }
        try #require(arrays.count == 3)
        let storage = arrays.map { $0.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) } }
        #expect(Set(storage).count == 1)
    }
}

/// The owner pass itself, with real sockets.
struct SocketOwnerScanPassTests {
    /// Whether the pass runs on more than one thread here (several CPUs, enough processes).
    static var isThreaded: Bool {
        var pids = 0
        if let proc = try? Directory("/proc") { proc.forEachEntry { if $0.decimalValue != nil { pids += 1 } } }
        return ThreadBudget.threads(items: pids, itemsPerThread: SocketOwnerScan.pidsPerExtraThread, maximum: SocketOwnerScan.maximumThreads) > 1
    }

    @Test("a socket listed twice gets its holder in both listings")
    func twins() throws {
        let socket = try LoopbackSocket(.tcp, "127.0.0.1")
        let inode = try #require(socket.inode)
        let outcome = SocketOwnerScan.owners(alongside: { [0, inode, 1, inode] })
        #expect(outcome.claims.contains(ListenerClaim(listener: 1, pid: getpid())))
        #expect(outcome.twins == [SocketOwnerScan.Twin(listing: 3, original: 1)])
        #expect(outcome.processes.filter { $0.pid == getpid() }.count == 1)
    }

    @Test("nothing to look for stops the pass with nothing found")
    func nothingWanted() {
        let outcome = SocketOwnerScan.owners(alongside: { [] })
        #expect(outcome.claims.isEmpty && outcome.processes.isEmpty)
        #expect(SocketOwnerScan.owners(alongside: { nil }).claims.isEmpty)
    }

    @Test("asked first, the query decides whether /proc is read at all")
    func queryFirst() throws {
        let socket = try LoopbackSocket(.tcp, "127.0.0.1")
        let inode = try #require(socket.inode)
        let found = SocketOwnerScan.owners(alongside: { [inode] }, queryFirst: true)
        #expect(found.claims == [ListenerClaim(listener: 0, pid: getpid())])
        #expect(found.processes.map(\.pid) == [getpid()])
        // Nothing found (or only inode 0): no scan, so no process is even looked at.
        var asked = 0
        let none = SocketOwnerScan.owners(alongside: { asked += 1; return [0] }, queryFirst: true)
        #expect(asked == 1 && none.claims.isEmpty && none.processes.isEmpty && none.unreadable.isEmpty)
        #expect(SocketOwnerScan.owners(alongside: { nil }, queryFirst: true).claims.isEmpty)
    }

    @Test("processes scanned before the listeners are known are matched once they are",
          .enabled(if: isThreaded, "needs a second scan thread"))
    func setAside() throws {
        let socket = try LoopbackSocket(.tcp, "127.0.0.1")
        let inode = try #require(socket.inode)
        let board = SocketOwnerScan.Board()
        let outcome = SocketOwnerScan.owners(alongside: {
            // Hold the listeners back until another thread has scanned this process.
            while !board.hasSetAside(getpid()) { sched_yield() }
            return [inode]
        }, board: board)
        #expect(outcome.claims == [ListenerClaim(listener: 0, pid: getpid())])
        #expect(outcome.processes.map(\.pid) == [getpid()])
    }
}

extension SocketOwnerScan.Board {
    func hasSetAside(_ pid: Int32) -> Bool {
        state.withLock { state in
            if case .waiting(let setAside) = state { return setAside.contains { $0.pid == pid } }
            return false
        }
    }
}

extension SocketOwnership {
    var pids: [Int32]? {
        if case .processes(let processes) = self { return processes.map(\.pid) }
        return nil
    }
}

/// How a namespace's sockets become a snapshot's listeners (in no particular order: PortReport
/// sorts them for display, see `Listener.inDisplayOrder`).
struct SocketBatchTests {
    static func listener(
        _ transport: SocketTransport, _ ip: String, _ port: UInt16, inode: UInt64, namespace: UInt64 = 1,
        isHost: Bool = true
    ) -> Listener {
        Listener(
            transport: transport, family: ip.contains(":") ? .ipv6 : .ipv4, state: .listen,
            local: SocketAddress(ip: ip, port: port, isLoopback: false, isWildcard: false),
            inode: inode, uid: 0, namespace: NetworkNamespace(inode: namespace, isHost: isHost), owner: .hidden)
    }

    static func record(
        _ transport: SocketTransport, _ family: AddressFamily, _ address: [UInt8], _ port: UInt16, inode: UInt64
    ) -> SockDiagRecord {
        var bytes = [UInt8](repeating: 0, count: 16)
        bytes.replaceSubrange(0..<address.count, with: address)
        let local = bytes.withUnsafeBytes {
            AddressBytes(first: $0.loadUnaligned(as: UInt64.self), second: $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        }
        return SockDiagRecord(
            transport: transport, family: family, kernelState: transport == .tcp ? 10 : 7, localPort: port,
            remotePort: 0, local: local, remote: AddressBytes(first: 0, second: 0), inode: inode, uid: 0)
    }

    @Test("sock_diag records come out as listeners with their addresses, labelled with their namespace")
    func recordsBecomeListeners() throws {
        let v6Loopback = [UInt8](repeating: 0, count: 15) + [1]
        let v6Mapped = [UInt8](repeating: 0, count: 10) + [0xFF, 0xFF, 10, 0, 0, 1]
        let host = [
            Self.record(.udp, .ipv4, [0, 0, 0, 0], 53, inode: 1),
            Self.record(.tcp, .ipv4, [2, 0, 0, 0], 80, inode: 3),
            Self.record(.tcp, .ipv4, [10, 0, 0, 1], 80, inode: 4),
            Self.record(.tcp, .ipv6, [], 80, inode: 5),
            Self.record(.tcp, .ipv4, [127, 0, 0, 1], 80, inode: 7),
            Self.record(.tcp, .ipv6, v6Loopback, 80, inode: 12),
            Self.record(.tcp, .ipv4, [127, 0, 0, 1], 80, inode: 6),
            Self.record(.tcp, .ipv6, v6Mapped, 80, inode: 13),
            Self.record(.tcp, .ipv4, [127, 0, 0, 1], 65535, inode: 10),
            Self.record(.tcp, .ipv4, [127, 0, 0, 1], 0, inode: 11),
        ]
        let other = [
            Self.record(.tcp, .ipv4, [127, 0, 0, 1], 22, inode: 8),
            Self.record(.tcp, .ipv4, [127, 0, 0, 1], 80, inode: 2),
        ]
        let namespaces = [NetworkNamespace(inode: 900, isHost: true), NetworkNamespace(inode: 7, name: "blue", isHost: false)]
        let batches = [SocketBatch(namespace: namespaces[0], sockets: .records(host)), SocketBatch(namespace: namespaces[1], sockets: .records(other))]
        let listeners = batches.flatMap(\.listeners)
        #expect(listeners.map(\.inode) == [1, 3, 4, 5, 7, 12, 6, 13, 10, 11, 8, 2], "dump order, batch after batch")
        #expect(listeners.map(\.local.description) == [
            "0.0.0.0:53", "2.0.0.0:80", "10.0.0.1:80", "[::]:80", "127.0.0.1:80", "[::1]:80", "127.0.0.1:80",
            "[::ffff:10.0.0.1]:80", "127.0.0.1:65535", "127.0.0.1:0", "127.0.0.1:22", "127.0.0.1:80",
        ])
        #expect(listeners.prefix(10).allSatisfy { $0.namespace == namespaces[0] && $0.owner == .hidden })
        #expect(listeners.suffix(2).allSatisfy { $0.namespace == namespaces[1] })
        #expect(listeners.first { $0.inode == 1 }?.state == .unconnected)
        #expect(listeners.first { $0.inode == 5 }.map { $0.local.isWildcard && !$0.local.isLoopback } == true)
        #expect(listeners.first { $0.inode == 12 }.map { $0.local.isLoopback && !$0.local.isWildcard } == true)
    }

    @Test("a batch from another source is labelled with its namespace too")
    func listenerBatches() {
        let listeners = [Self.listener(.tcp, "127.0.0.1", 443, inode: 3, namespace: 0, isHost: false)]
        let other = NetworkNamespace(inode: 4, isHost: false)
        let labelled = SocketBatch(namespace: other, sockets: .listeners(listeners)).listeners
        #expect(labelled.map(\.inode) == [3])
        #expect(labelled.map(\.namespace) == [other])
    }

    @Test("sockets on alternating addresses keep their own address")
    func addressCache() {
        var addresses = LocalAddressCache()
        let records = [
            Self.record(.tcp, .ipv4, [127, 0, 0, 1], 1, inode: 1), Self.record(.tcp, .ipv6, [], 2, inode: 2),
            Self.record(.tcp, .ipv4, [127, 0, 0, 1], 3, inode: 3), Self.record(.tcp, .ipv4, [10, 1, 2, 3], 4, inode: 4),
            Self.record(.tcp, .ipv6, [], 5, inode: 5), Self.record(.tcp, .ipv4, [127, 0, 0, 1], 6, inode: 6),
        ]
        let namespace = NetworkNamespace(inode: 1, isHost: true)
        let built = records.map { $0.listener(in: namespace, addresses: &addresses) }
        #expect(built.map(\.local.description) == [
            "127.0.0.1:1", "[::]:2", "127.0.0.1:3", "10.1.2.3:4", "[::]:5", "127.0.0.1:6",
        ])
    }
}

