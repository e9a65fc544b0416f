import Glibc
import Synchronization
import Testing
@testable import HostInventory

/// A listening socket that closes between the socket dump and the /proc scan is gone, not
/// "held by no process" (issue 10, "Honest under churn").
struct OwnerRecheckTests {
    /// The first dump sees the real sockets plus `vanishing` (a socket that closes right after);
    /// every later dump sees the real sockets plus `lingering` only. Neither fake inode is held
    /// by any process, so both are owner-less after the /proc scan.
    final class ChurningSource: SocketSource {
        let real = SockDiagSource()
        let vanishing: @Sendable (Listener) -> Listener
        let lingering: @Sendable (Listener) -> Listener
        let calls = Mutex(0)

        init(vanishing: @escaping @Sendable (Listener) -> Listener, lingering: @escaping @Sendable (Listener) -> Listener) {
            self.vanishing = vanishing
            self.lingering = lingering
        }

        func sockets(_ options: InventoryOptions) throws(InventoryError) -> [Listener] {
            let found = try real.sockets(options)
            let call = calls.withLock { count in
                count += 1
                return count
            }
            guard let model = found.first else { return found }
            return found + (call == 1 ? [vanishing(model), lingering(model)] : [lingering(model)])
        }
    }

    @Test func aSocketGoneBeforeItsOwnerIsJudgedIsDropped() throws {
        let socket = try LoopbackSocket(.tcp, "127.0.0.1")
        let inode = try #require(socket.inode)
        let vanishingInode = inode + 3_000_000_000, lingeringInode = inode + 3_000_000_001
        let source = ChurningSource(
            vanishing: { var copy = $0; copy.inode = vanishingInode; return copy },
            lingering: { var copy = $0; copy.inode = lingeringInode; return copy }
        )
        let options = InventoryOptions(transports: [.tcp], port: socket.port...socket.port, allNamespaces: false)
        let snapshot = try LinuxHostInventory(source: source).snapshot(options)

        #expect(source.calls.withLock { $0 } == 2, "one dump, and one re-check because owner-less sockets were found")
        #expect(!snapshot.listeners.contains { $0.inode == vanishingInode }, "a socket that closed is simply gone")
        let lingering = try #require(snapshot.listeners.first { $0.inode == lingeringInode }, "a socket still there stays")
        if case .processes = lingering.owner { Issue.record("no process holds the fake inode") }
        let real = try #require(snapshot.listeners.first { $0.inode == inode })
        guard case .processes(let owners) = real.owner else {
            Issue.record("our own socket should be ours, got \(real.owner)")
            return
        }
        #expect(owners.contains { $0.pid == getpid() })
    }

    /// Every socket held by a process: no second dump.
    @Test func noRecheckWhenEverySocketHasAnOwner() throws {
        let socket = try LoopbackSocket(.tcp, "127.0.0.1")
        let source = ChurningSource(vanishing: { $0 }, lingering: { $0 })
        let options = InventoryOptions(transports: [.tcp], port: socket.port...socket.port, allNamespaces: false)
        let snapshot = try LinuxHostInventory(source: source).snapshot(options)
        #expect(source.calls.withLock { $0 } == 1)
        #expect(snapshot.listeners.allSatisfy { if case .processes = $0.owner { true } else { false } })
    }
}
