/// A closed range of ports, `lower...upper`; a single port has `lower == upper`.
public struct PortRange: Hashable, Sendable, CustomStringConvertible {
    public let lower: Port
    public let upper: Port

    /// Creates a range, or returns `nil` when `lower` is above `upper`.
    public init?(_ lower: Port, _ upper: Port) {
        guard lower <= upper else { return nil }
        self.lower = lower
        self.upper = upper
    }

    public init(single port: Port) {
        self.lower = port
        self.upper = port
    }

    public var isSinglePort: Bool { lower == upper }

    public var count: Int { Int(upper.rawValue) - Int(lower.rawValue) + 1 }

    public func contains(_ port: Port) -> Bool { lower <= port && port <= upper }

    public func overlaps(_ other: PortRange) -> Bool { lower <= other.upper && other.lower <= upper }

    public var ports: some Sequence<Port> {
        (lower.rawValue...upper.rawValue).lazy.map(Port.init(rawValue:))
    }

    /// `1302` or `6000-6063`, the registry's own spelling.
    public var description: String { isSinglePort ? "\(lower)" : "\(lower)-\(upper)" }
}
