/// How much a finding deserves attention, lowest first.
public enum Severity: String, CaseIterable, Comparable, Hashable, Sendable, Codable {
    /// Worth knowing; normal on many hosts.
    case info
    /// Unusual; look when you have time.
    case notice
    /// Likely a misconfiguration or something unexpected; look soon.
    case warning
    /// Looks like something hiding; look now.
    case alert

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }

    /// The order of the cases. (Not `allCases.firstIndex(of:)`: `allCases` builds a new array
    /// on every call, and a listing compares severities for every socket.)
    private var rank: Int {
        switch self {
        case .info: 0
        case .notice: 1
        case .warning: 2
        case .alert: 3
        }
    }
}
