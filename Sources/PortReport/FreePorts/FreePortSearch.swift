public import HostInventory
public import PortRegistry

/// Finds ports a developer can safely pick for a new service (`portlore free`).
///
/// A port is suggested when IANA has never registered it (no version in the history has a
/// service name or says Reserved), no socket here uses it on the checked transports (any
/// state, IPv4 or IPv6), and it lies outside the kernel's ephemeral range and reserved ports.
///
/// Order: rounder numbers first, because people remember and type them more easily
/// (`13000` before `13500` before `13040` before `13041`); within one roundness, spread over the
/// range in bit-reversed (van der Corput) order, so five suggestions are far apart instead of
/// five neighbours. The order is deterministic: the same host state gives the same answer.
public struct FreePortSearch: Sendable {
    public var registry: Registry
    /// Every socket here in any state; those of `transports` count as using their port.
    public var sockets: [Listener]
    public var transports: Set<SocketTransport>
    /// /proc/sys/net/ipv4/ip_local_port_range; nil when unknown.
    public var ephemeral: ClosedRange<UInt16>?
    /// /proc/sys/net/ipv4/ip_local_reserved_ports.
    public var reserved: [ClosedRange<UInt16>]

    public init(
        registry: Registry, sockets: [Listener], transports: Set<SocketTransport> = [.tcp, .udp],
        ephemeral: ClosedRange<UInt16>?, reserved: [ClosedRange<UInt16>]
    ) {
        self.registry = registry
        self.sockets = sockets
        self.transports = transports
        self.ephemeral = ephemeral
        self.reserved = reserved
    }

    /// User ports (1024-49151), the default range.
    public static let userPorts = PortTier.user.range
    /// Dynamic/private ports (49152-65535).
    public static let dynamicPorts = PortTier.dynamic.range

    /// Up to `count` suggestions in `range`, best first.
    public func suggestions(in range: PortRange, count: Int) -> FreePortResult {
        var used = Set<UInt16>()
        for socket in sockets where transports.contains(socket.transport) {
            used.insert(socket.local.port)
        }
        var result = FreePortResult(range: range, suggestions: [], ephemeral: 0, reserved: 0, inUse: 0, registered: 0)
        var byRoundness: [[UInt16]] = Array(repeating: [], count: Self.maximumRoundness + 1)
        for port in range.lower.rawValue...range.upper.rawValue {
            if let ephemeral, ephemeral.contains(port) {
                result.ephemeral += 1
            } else if reserved.contains(where: { $0.contains(port) }) {
                result.reserved += 1
            } else if used.contains(port) {
                result.inUse += 1
            } else {
                byRoundness[Self.roundness(port)].append(port)
            }
        }
        guard count > 0 else { return result }
        for candidates in byRoundness.reversed() {
            for index in Self.spreadOrder(candidates.count) {
                let port = Port(rawValue: candidates[index])
                guard let suggestion = suggestion(for: port) else {
                    result.registered += 1
                    continue
                }
                result.suggestions.append(suggestion)
                if result.suggestions.count == count { return result }
            }
        }
        return result
    }

    /// The suggestion for `port` when IANA never registered it, else nil. Checks IANA only:
    /// the caller has ruled out sockets, ephemeral and reserved ports.
    func suggestion(for port: Port) -> FreePortSuggestion? {
        let versions = registry.history(covering: port, transport: nil)
        let registered = versions.contains { version in
            !version.serviceName.isEmpty || version.description.lowercased().hasPrefix("reserved")
        }
        guard !registered else { return nil }
        let current = versions.first { $0.isCurrent }
        let since = versions.map(\.firstSeen).filter { !$0.isEmpty }.min()
        var reasons: [String] = []
        if let current, let ports = current.ports {
            let listed = ports.isSinglePort ? "lists \(port) as" : "lists \(ports) as"
            reasons.append("IANA \(listed) \(current.description.isEmpty ? "Unassigned" : current.description)"
                + (since.map { " and no version of its records since \($0) gave it a service name" } ?? "") + ".")
        } else if port.tier == .dynamic {
            reasons.append("\(port) is in the Dynamic/Private range (49152-65535), which IANA does not assign (RFC 6335, section 6).")
        } else {
            reasons.append("IANA has no record of \(port), current or former.")
        }
        let checked = transports.sorted { $0.rawValue < $1.rawValue }.map { $0.rawValue.uppercased() }.joined(separator: " or ")
        reasons.append("No \(checked) socket here uses it, IPv4 or IPv6, listening or connected.")
        if let ephemeral {
            reasons.append("It is outside the kernel's ephemeral range \(ephemeral.lowerBound)-\(ephemeral.upperBound), so no outgoing connection will take it.")
        }
        reasons.append(reserved.isEmpty
            ? "No ports are reserved in ip_local_reserved_ports."
            : "It is not among the reserved ports (ip_local_reserved_ports).")
        return FreePortSuggestion(
            port: port, status: current == nil && port.tier == .dynamic ? .dynamic : .unassigned,
            ianaRecord: current, historySince: since, reasons: reasons
        )
    }

    static let maximumRoundness = 7

    /// How round a number looks: two points per trailing zero, one more when the last non-zero
    /// digit is a 5 (13000: 6, 13500: 5, 13050: 3, 13005: 1, 13001: 0).
    static func roundness(_ port: UInt16) -> Int {
        guard port != 0 else { return 0 }
        var value = port, zeros = 0
        while value % 10 == 0 {
            zeros += 1
            value /= 10
        }
        return min(maximumRoundness, zeros * 2 + (value % 10 == 5 ? 1 : 0))
    }

    /// A permutation of `0..<count` that visits the range evenly: 0, 1/2, 1/4, 3/4, 1/8, ...
    /// (indices in bit-reversed order, skipping those past the end).
    static func spreadOrder(_ count: Int) -> [Int] {
        guard count > 1 else { return Array(0..<count) }
        var bits = 0
        while (1 << bits) < count { bits += 1 }
        var order: [Int] = []
        order.reserveCapacity(count)
        for step in 0..<(1 << bits) {
            var reversed = 0
            for bit in 0..<bits where step & (1 << bit) != 0 {
                reversed |= 1 << (bits - 1 - bit)
            }
            if reversed < count { order.append(reversed) }
        }
        return order
    }
}
