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
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
