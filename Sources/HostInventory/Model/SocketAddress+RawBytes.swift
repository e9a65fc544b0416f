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
        self.init(
            ip: AddressText.format(family: family, networkBytes: bytes), port: port, isLoopback: isLoopback,
            isWildcard: isWildcard)
    }
}

/// IP address text exactly as glibc's `inet_ntop` writes it, without its `sprintf`.
///
/// `inet_ntop` formats each group through `sprintf` ("%u", "%x"): with 20,000 sockets
/// that was a few milliseconds of a snapshot, for text that has one obvious form.
enum AddressText {
    /// "127.0.0.1", "::1", "fe80::1", "::ffff:10.0.0.1" (RFC 5952 with glibc's choices).
    static func format(family: AddressFamily, networkBytes bytes: UnsafeRawBufferPointer) -> String {
        // At most 45 bytes: "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255" (INET6_ADDRSTRLEN - 1).
        String(unsafeUninitializedCapacity: 46) { text in
            var length = 0
            switch family {
            case .ipv4: appendIPv4(bytes, from: 0, to: text, at: &length)
            case .ipv6: appendIPv6(bytes, to: text, at: &length)
            }
            return length
        }
    }

    private static func appendIPv4(
        _ bytes: UnsafeRawBufferPointer, from start: Int, to text: UnsafeMutableBufferPointer<UInt8>, at length: inout Int
    ) {
        for index in start..<(start + 4) {
            if index != start { append(UInt8(ascii: "."), to: text, at: &length) }
            let byte = bytes[index]
            if byte >= 100 { append(0x30 + byte / 100, to: text, at: &length) }
            if byte >= 10 { append(0x30 + byte / 10 % 10, to: text, at: &length) }
            append(0x30 + byte % 10, to: text, at: &length)
        }
    }

    /// glibc's `inet_ntop6` (resolv/inet_ntop.c): the first longest run of two or more
    /// zero groups becomes "::", groups are lowercase hex without leading zeros, and
    /// an IPv4-mapped (::ffff:a.b.c.d) or IPv4-compatible (::a.b.c.d) address ends in
    /// dotted decimal.
    private static func appendIPv6(
        _ bytes: UnsafeRawBufferPointer, to text: UnsafeMutableBufferPointer<UInt8>, at length: inout Int
    ) {
        func group(_ index: Int) -> UInt16 { UInt16(bytes[2 * index]) << 8 | UInt16(bytes[2 * index + 1]) }
        var best = (start: -1, count: 0)
        var current = (start: -1, count: 0)
        for index in 0..<8 {
            if group(index) == 0 {
                if current.start == -1 { current = (index, 1) } else { current.count += 1 }
            } else if current.start != -1 {
                if best.start == -1 || current.count > best.count { best = current }
                current.start = -1
            }
        }
        if current.start != -1 && (best.start == -1 || current.count > best.count) { best = current }
        if best.start != -1 && best.count < 2 { best.start = -1 }

        for index in 0..<8 {
            if best.start != -1 && index >= best.start && index < best.start + best.count {
                if index == best.start { append(UInt8(ascii: ":"), to: text, at: &length) }
                continue
            }
            if index != 0 { append(UInt8(ascii: ":"), to: text, at: &length) }
            if index == 6 && best.start == 0 && (best.count == 6 || (best.count == 5 && group(5) == 0xFFFF)) {
                appendIPv4(bytes, from: 12, to: text, at: &length)
                return
            }
            let value = group(index)
            var shift = 12
            while shift > 0 && value >> UInt16(shift) == 0 { shift -= 4 }
            while shift >= 0 {
                let nibble = UInt8(truncatingIfNeeded: value >> UInt16(shift)) & 0xF
                append(nibble < 10 ? 0x30 + nibble : 0x57 + nibble, to: text, at: &length)
                shift -= 4
            }
        }
        if best.start != -1 && best.start + best.count == 8 { append(UInt8(ascii: ":"), to: text, at: &length) }
    }

    @inline(__always)
    private static func append(_ byte: UInt8, to text: UnsafeMutableBufferPointer<UInt8>, at length: inout Int) {
        text[length] = byte
        length += 1
    }
}
