/// One rule's judgement of one listener: what looks wrong and the evidence.
public struct Finding: Hashable, Sendable {
    /// What was found, e.g. `port-deassigned`; documented in docs/findings.md.
    public var rule: RuleID
    public var severity: Severity
    /// One line that names the evidence: "1302/tcp was ci3-software-2 until IANA de-assigned it on 2019-10-30".
    public var reason: String {
        get { reasonParts.description }
        set { reasonParts = FindingReason(newValue) }
    }
    /// The reason as the rule put it together, formatted only when read (`ListingJSONWriter`
    /// writes the parts straight into its buffer).
    var reasonParts: FindingReason
    /// The process the finding is about, when it is about one of the socket's holders.
    public var pid: Int32?

    public init(rule: RuleID, severity: Severity, reason: FindingReason, pid: Int32? = nil) {
        self.rule = rule
        self.severity = severity
        self.reasonParts = reason
        self.pid = pid
    }
}
