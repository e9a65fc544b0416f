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
        let address = Self.loopback(port: listenerPort)
        let connecting = client
        let connected = address.withUnsafeBytes {
            connect(connecting, $0.baseAddress!.assumingMemoryBound(to: sockaddr.self), socklen_t($0.count))
        }
        guard connected == 0 else { throw SocketError.connect }
        accepted = accept(listener, nil, nil)
        guard accepted >= 0 else { throw SocketError.accept }
    }

    func close() {
        for descriptor in [listener, client, accepted, udp] { _ = Glibc.close(descriptor) }
    }

    /// A `sockaddr_in` for 127.0.0.1:port as its 16 bytes (family in host order, port and
    /// address in network order). Built as bytes, not through `sockaddr_in`'s fields: with NIO in
    /// the test target's imports, which module owns those fields varies between builds.
    static func loopback(port: Int) -> [UInt8] {
        let family = UInt16(AF_INET)
        return [UInt8(family & 0xFF), UInt8(family >> 8), UInt8(port >> 8), UInt8(port & 0xFF), 127, 0, 0, 1]
            + [UInt8](repeating: 0, count: 8)
    }

    static func bindLoopback(_ descriptor: Int32) throws -> Int {
        var address = loopback(port: 0)
        let bound = address.withUnsafeBytes {
            bind(descriptor, $0.baseAddress!.assumingMemoryBound(to: sockaddr.self), socklen_t($0.count))
        }
        guard bound == 0 else { throw SocketError.bind }
        var length = socklen_t(address.count)
        let named = address.withUnsafeMutableBytes {
            getsockname(descriptor, $0.baseAddress!.assumingMemoryBound(to: sockaddr.self), &length)
        }
        guard named == 0 else { throw SocketError.bind }
        return Int(address[2]) << 8 | Int(address[3])
    }

    enum SocketError: Error { case create, bind, listen, connect, accept }
}
