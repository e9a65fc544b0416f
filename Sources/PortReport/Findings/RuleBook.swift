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
        rules.flatMap { $0.evaluate(context) }
            .filter { !allowlist.allows($0) }
            .sorted { $0.severity > $1.severity }
    }
}
