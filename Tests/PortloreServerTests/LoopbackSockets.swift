// Kept apart from the tests that import NIOCore: there `sockaddr_in` resolves to CNIOLinux's copy.
import Glibc

/// Sockets this test process holds on loopback: a TCP listener with one accepted connection
/// (so the host has an established pair too) and a bound UDP socket.
struct LoopbackSockets {
    var listener: Int32, client: Int32, accepted: Int32, udp: Int32
    var listenerPort: Int, udpPort: Int

    init() throws {
        listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        udp = socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
        client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0, udp >= 0, client >= 0 else { throw SocketError.create }
        listenerPort = try Self.bindLoopback(listener)
        guard listen(listener, 4) == 0 else { throw SocketError.listen }
        udpPort = try Self.bindLoopback(udp)
        var address = Self.loopback(port: listenerPort)
        let connecting = client
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(connecting, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw SocketError.connect }
        accepted = accept(listener, nil, nil)
        guard accepted >= 0 else { throw SocketError.accept }
    }

    func close() {
        for descriptor in [listener, client, accepted, udp] { _ = Glibc.close(descriptor) }
    }

    static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        return address
    }

    static func bindLoopback(_ descriptor: Int32) throws -> Int {
        var address = loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw SocketError.bind }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard named == 0 else { throw SocketError.bind }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    enum SocketError: Error { case create, bind, listen, connect, accept }
}
