import Glibc
import Testing
@testable import HostInventory

/// `AddressText` must write what glibc's `inet_ntop` writes, byte for byte.
struct AddressTextTests {
    static func system(_ family: AddressFamily, _ bytes: [UInt8]) -> String {
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        let domain = family == .ipv4 ? AF_INET : AF_INET6
        _ = bytes.withUnsafeBytes { inet_ntop(domain, $0.baseAddress, &buffer, socklen_t(buffer.count)) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func ours(_ family: AddressFamily, _ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { AddressText.format(family: family, networkBytes: $0) }
    }

    static func ipv6(_ groups: [UInt16]) -> [UInt8] {
        groups.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    @Test(arguments: [
        ([0, 0, 0, 0], "0.0.0.0"), ([127, 0, 0, 1], "127.0.0.1"), ([255, 255, 255, 255], "255.255.255.255"),
        ([10, 0, 100, 9], "10.0.100.9"), ([192, 168, 1, 254], "192.168.1.254"),
    ] as [([UInt8], String)])
    func ipv4(_ bytes: [UInt8], _ text: String) {
        #expect(Self.ours(.ipv4, bytes) == text)
        #expect(Self.system(.ipv4, bytes) == text)
    }

    @Test(arguments: [
        [0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 1], [0xfe80, 0, 0, 0, 0, 0, 0, 1],
        [0, 0, 0, 0, 0, 0xffff, 0x7f00, 1], [0, 0, 0, 0, 0, 0, 0x0a00, 1], [0, 0, 0, 0, 0, 0, 0, 2],
        [0, 0, 0, 0, 0, 0xffff, 0, 0], [0, 0, 0, 0, 0, 0xfffe, 0x7f00, 1], [0, 0, 0, 0, 1, 0xffff, 0x7f00, 1],
        [0x2001, 0xdb8, 0, 0, 1, 0, 0, 1], [0x2001, 0xdb8, 0, 1, 0, 0, 0, 1], [0x2001, 0xdb8, 0, 0, 0, 1, 0, 0],
        [1, 0, 1, 0, 1, 0, 1, 0], [0, 1, 0, 1, 0, 1, 0, 1], [0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff],
        [0xabc, 0xde, 0xf, 0x1000, 0, 0, 0, 0], [0, 0, 0xabcd, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0, 1, 0], [0, 0, 0, 0, 0, 0, 0xffff, 0xffff],
    ] as [[UInt16]])
    func ipv6MatchesGlibc(_ groups: [UInt16]) {
        let bytes = Self.ipv6(groups)
        #expect(Self.ours(.ipv6, bytes) == Self.system(.ipv6, bytes))
    }

    @Test("random addresses, zero runs of every length, match glibc")
    func randomMatchesGlibc() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            // Mostly zeros, so that runs of zero groups of every length and position occur.
            let groups = (0..<8).map { _ -> UInt16 in
                switch Int.random(in: 0..<4, using: &generator) {
                case 0, 1: return 0
                case 2: return UInt16.random(in: 0...0xF, using: &generator)
                default: return UInt16.random(in: 0...UInt16.max, using: &generator)
                }
            }
            let bytes = Self.ipv6(groups)
            let system = Self.system(.ipv6, bytes)
            #expect(Self.ours(.ipv6, bytes) == system)
            if Self.ours(.ipv6, bytes) != system { break }
            let v4 = (0..<4).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(Self.ours(.ipv4, v4) == Self.system(.ipv4, v4))
        }
    }
}
