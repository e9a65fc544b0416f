/// The transport protocols the IANA port registry assigns numbers for.
public enum TransportProtocol: String, CaseIterable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    case tcp
    case udp
    case sctp
    case dccp

    /// Parses `tcp`, `UDP`, ... case-insensitively.
    public init?(name: some StringProtocol) {
        self.init(rawValue: name.lowercased())
    }

    public var description: String { rawValue }

    public static func < (lhs: TransportProtocol, rhs: TransportProtocol) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
