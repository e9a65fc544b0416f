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
        lhs.rank < rhs.rank
    }

    /// The order of the cases. (Not `allCases.firstIndex(of:)`: `allCases` builds a new array
    /// on every call, and lookups sort records by protocol.)
    var rank: Int {
        switch self {
        case .tcp: 0
        case .udp: 1
        case .sctp: 2
        case .dccp: 3
        }
    }
}
