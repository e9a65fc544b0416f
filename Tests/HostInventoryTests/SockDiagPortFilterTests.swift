import Glibc
import Testing
@testable import HostInventory

/// The port range travels to the kernel as inet_diag bytecode: checked here on the raw
/// dump, without the user-space filter `SockDiagSource` keeps behind it.
struct SockDiagPortFilterTests {
    /// The local ports and inodes the kernel returns for `request`.
    static func dump(_ request: SockDiagRequest) throws -> [(port: UInt16, inode: UInt64)] {
        var socket = try NetlinkSocket()
        var found: [(port: UInt16, inode: UInt64)] = []
        try socket.dump(request) { payload throws(InventoryError) in
            let record = try SockDiagMessage.record(from: payload, transport: request.transport)
            found.append((record.localPort, record.inode))
        }
        return found
    }

    static let cases: [(SocketTransport, String)] = [(.tcp, "127.0.0.1"), (.tcp, "::1"), (.udp, "127.0.0.1"), (.udp, "::1")]

    @Test("the kernel returns the sockets inside the range and none outside it", arguments: cases)
    func keepsTheRange(_ transport: SocketTransport, _ ip: String) throws {
        let sockets = try (0..<5).map { _ in try LoopbackSocket(transport, ip) }.sorted { $0.port < $1.port }
        let family = sockets[0].family
        let range = sockets[1].port...sockets[3].port
        let found = try Self.dump(
            SockDiagRequest(transport: transport, family: family, includeConnected: false, ports: range))
        #expect(found.allSatisfy { range.contains($0.port) }, "\(found.map(\.port)) outside \(range)")
        let inodes = Set(found.map(\.inode))
        for socket in sockets[1...3] { #expect(inodes.contains(try #require(socket.inode))) }
        for socket in [sockets[0], sockets[4]] { #expect(!inodes.contains(try #require(socket.inode))) }
    }

    @Test("a one-port range finds that port's socket only", arguments: cases)
    func onePort(_ transport: SocketTransport, _ ip: String) throws {
        let socket = try LoopbackSocket(transport, ip)
        let neighbour = try LoopbackSocket(transport, ip)
        let found = try Self.dump(
            SockDiagRequest(
                transport: transport, family: socket.family, includeConnected: false, ports: socket.port...socket.port))
        #expect(found.map(\.port).allSatisfy { $0 == socket.port })
        #expect(found.map(\.inode).contains(try #require(socket.inode)))
        #expect(!found.map(\.inode).contains(try #require(neighbour.inode)))
    }

    @Test("ranges reaching port 0 or 65535 keep working", arguments: [0...UInt16.max, 1...UInt16.max, 0...(UInt16.max - 1)])
    func edges(_ range: ClosedRange<UInt16>) throws {
        let socket = try LoopbackSocket(.tcp, "127.0.0.1")
        let found = try Self.dump(SockDiagRequest(transport: .tcp, family: .ipv4, includeConnected: false, ports: range))
        #expect(found.map(\.inode).contains(try #require(socket.inode)) == range.contains(socket.port))
    }

    @Test("a snapshot for a port range lists exactly the sockets on those ports, with owners")
    func snapshot() throws {
        let sockets = try (0..<4).map { _ in try LoopbackSocket(.tcp, "127.0.0.1") }.sorted { $0.port < $1.port }
        let range = sockets[1].port...sockets[2].port
        let snapshot = try LinuxHostInventory().snapshot(InventoryOptions(transports: [.tcp], port: range))
        #expect(snapshot.listeners.allSatisfy { range.contains($0.local.port) })
        for socket in sockets {
            let listener = snapshot.listeners.first { $0.inode == socket.inode }
            #expect((listener != nil) == range.contains(socket.port))
            if let listener { #expect(listener.owner.pids?.contains(getpid()) == true) }
        }
    }
}
