public import HostInventory
public import PortRegistry

/// The set of rules portlore judges listeners by, and the allowlist that silences known cases.
public struct RuleBook: Sendable {
    public var rules: [any FindingRule]
    public var allowlist: Allowlist

    public init(rules: [any FindingRule] = RuleBook.standardRules, allowlist: Allowlist = Allowlist()) {
        self.rules = rules
        self.allowlist = allowlist
    }

    public static let standardRules: [any FindingRule] = [
        RegistryStatusRule(),
        ServiceMismatchRule(),
        ExecutableLocationRule(),
        ExposedLocalServiceRule(),
        OwnerlessSocketRule(),
        DisguisedNameRule(),
        PrivilegeRule(),
    ]

    /// Every finding of every rule for `context`, minus those the allowlist silences, most severe first.
    public func findings(for context: ListenerContext) -> [Finding] {
        // Called once per socket of a listing (20,000 times on a busy host), and most
        // sockets raise nothing or one finding: skip the filter and the sort when they
        // cannot change anything.
        var findings: [Finding] = []
        findings.reserveCapacity(2)  // most sockets raise at most two: one allocation, no growth
        for rule in rules { rule.evaluate(context, into: &findings) }
        // A connection or a TIME_WAIT leftover is the trace of a listener or of a client, not a
        // service: whatever a rule sees in it is worth knowing, never a warning (300 TIME_WAIT
        // sockets once raised 300 warnings).
        if !context.isListening {
            for index in findings.indices where findings[index].severity > .info {
                findings[index].severity = .info
            }
        }
        if !allowlist.entries.isEmpty { findings.removeAll { allowlist.allows($0, on: context.listener) } }
        if findings.count > 1 { findings.sort { $0.severity > $1.severity } }
        return findings
    }
}
