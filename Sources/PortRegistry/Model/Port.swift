/// A transport-layer port number, 0 through 65535.
public struct Port: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: UInt16

    public init(rawValue: UInt16) {
        self.rawValue = rawValue
    }

    /// Creates a port from any integer, or returns `nil` outside 0...65535.
    public init?(_ value: Int) {
        guard let raw = UInt16(exactly: value) else { return nil }
        self.rawValue = raw
    }

    public var tier: PortTier { PortTier(self) }

    public var description: String { String(rawValue) }

    public static func < (lhs: Port, rhs: Port) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(UInt16.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
