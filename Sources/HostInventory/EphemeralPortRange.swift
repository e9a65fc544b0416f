import PortloreSystem
/// The ports the kernel hands out for `bind(port 0)` and outgoing connections,
/// and those an administrator kept out of that pool.
public struct EphemeralPortRange: Sendable {
    public init() {}

    /// /proc/sys/net/ipv4/ip_local_port_range ("32768\t60999"), nil when unreadable.
    public static func current() -> ClosedRange<UInt16>? {
        (try? FileContents.read("/proc/sys/net/ipv4/ip_local_port_range")).flatMap(parseRange)
    }

    /// /proc/sys/net/ipv4/ip_local_reserved_ports ("8080,9000-9010"), empty when none or unreadable.
    public static func reservedPorts() -> [ClosedRange<UInt16>] {
        (try? FileContents.read("/proc/sys/net/ipv4/ip_local_reserved_ports")).map(parseReserved) ?? []
    }

    static func parseRange(_ bytes: [UInt8]) -> ClosedRange<UInt16>? {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = ByteScanner(buffer)
            guard let low = scanner.decimal(scanner.field()), let high = scanner.decimal(scanner.field()),
                low <= high, high <= UInt64(UInt16.max)
            else { return nil }
            return UInt16(low)...UInt16(high)
        }
    }

    static func parseReserved(_ bytes: [UInt8]) -> [ClosedRange<UInt16>] {
        var ranges: [ClosedRange<UInt16>] = []
        for item in bytes.split(whereSeparator: { $0 == 0x2C || $0 == 0x0A || $0 == 0x20 }) {
            let bounds = item.split(separator: 0x2D, maxSplits: 1).map { UInt16(String(decoding: $0, as: UTF8.self)) }
            guard let low = bounds.first ?? nil, let high = bounds.last ?? nil, low <= high else { continue }
            ranges.append(low...high)
        }
        return ranges
    }
}
