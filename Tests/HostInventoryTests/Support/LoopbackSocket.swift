import Glibc
@testable import HostInventory

/// A socket this test process binds itself (port 0 lets the kernel choose).
final class LoopbackSocket {
    let descriptor: Int32
    let port: UInt16
    let transport: SocketTransport
    let family: AddressFamily

    /// Binds `ip` ("127.0.0.1", "::1", "0.0.0.0", "::"); TCP sockets also listen.
    init(_ transport: SocketTransport, _ ip: String) throws {
        let family: AddressFamily = ip.contains(":") ? .ipv6 : .ipv4
        let domain = family == .ipv4 ? AF_INET : AF_INET6
        let type = transport == .tcp ? Int32(SOCK_STREAM.rawValue) : Int32(SOCK_DGRAM.rawValue)
        let descriptor = socket(domain, type | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw SocketFailure.call("socket", errno) }
        var storage = sockaddr_storage()
        var length: socklen_t
        if family == .ipv4 {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            inet_pton(AF_INET, ip, &address.sin_addr)
            withUnsafeBytes(of: address) { bytes in
                withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: bytes) }
            }
            length = socklen_t(MemoryLayout<sockaddr_in>.size)
        } else {
            var only: Int32 = 1
            setsockopt(descriptor, Int32(IPPROTO_IPV6), IPV6_V6ONLY, &only, socklen_t(MemoryLayout<Int32>.size))
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            inet_pton(AF_INET6, ip, &address.sin6_addr)
            withUnsafeBytes(of: address) { bytes in
                withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: bytes) }
            }
            length = socklen_t(MemoryLayout<sockaddr_in6>.size)
        }
        let bound = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        guard bound == 0 else {
            close(descriptor)
            throw SocketFailure.call("bind", errno)
        }
        if transport == .tcp, listen(descriptor, 16) != 0 {
            close(descriptor)
            throw SocketFailure.call("listen", errno)
        }
        var actual = sockaddr_storage()
        var actualLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &actualLength) }
        }
        let networkPort = withUnsafeBytes(of: actual) { raw in
            raw.loadUnaligned(fromByteOffset: 2, as: UInt16.self)  // sin_port and sin6_port sit at offset 2
        }
        self.descriptor = descriptor
        self.port = UInt16(bigEndian: networkPort)
        self.transport = transport
        self.family = family
    }

    /// This socket's inode, from /proc/self/fd.
    var inode: UInt64? {
        var buffer = [CChar](repeating: 0, count: 64)
        let count = readlink("/proc/self/fd/\(descriptor)", &buffer, buffer.count)
        guard count > 0 else { return nil }
        let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return UInt64(target.dropFirst("socket:[".count).dropLast())
    }

    deinit { close(descriptor) }
}

enum SocketFailure: Error {
    case call(String, Int32)
}
