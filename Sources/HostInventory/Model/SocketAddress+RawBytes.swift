import Glibc

extension SocketAddress {
    /// An address from its network-order bytes: 4 for IPv4, 16 for IPv6.
    init(family: AddressFamily, networkBytes bytes: UnsafeRawBufferPointer, port: UInt16) {
        var isWildcard = true
        for byte in bytes where byte != 0 {
            isWildcard = false
            break
        }
        let isLoopback: Bool
        switch family {
        case .ipv4:
            isLoopback = bytes[0] == 127
        case .ipv6:
            let leadingZeros = (0..<10).allSatisfy { bytes[$0] == 0 }
            let isIPv4Mapped = leadingZeros && bytes[10] == 0xFF && bytes[11] == 0xFF
            isLoopback =
                (leadingZeros && bytes[10] == 0 && bytes[11] == 0 && bytes[12] == 0 && bytes[13] == 0
                    && bytes[14] == 0 && bytes[15] == 1)
                || (isIPv4Mapped && bytes[12] == 127)
        }
        let text = withUnsafeTemporaryAllocation(of: CChar.self, capacity: Int(INET6_ADDRSTRLEN)) { buffer in
            let domain = family == .ipv4 ? AF_INET : AF_INET6
            guard inet_ntop(domain, bytes.baseAddress, buffer.baseAddress, socklen_t(buffer.count)) != nil else {
                return "?"
            }
            return String(cString: buffer.baseAddress!)
        }
        self.init(ip: text, port: port, isLoopback: isLoopback, isWildcard: isWildcard)
    }
}
