extension JSONDocument {
    /// One finding in `portlore/1` JSON (`ls --json`, the server's `/api/v1/findings`).
    public struct Finding: Encodable, Sendable, Hashable {
        /// The rule's id, e.g. `port-deassigned`; documented in docs/findings.md.
        public var rule: String
        /// `info`, `notice`, `warning` or `alert`.
        public var severity: String
        public var reason: String
        /// The process the finding is about, when it is about one of the socket's holders.
        public var pid: Int32?

        public init(rule: String, severity: String, reason: String, pid: Int32? = nil) {
            self.rule = rule
            self.severity = severity
            self.reason = reason
            self.pid = pid
        }

        public init(_ finding: PortReport.Finding) {
            self.init(rule: finding.rule.rawValue, severity: finding.severity.rawValue, reason: finding.reason, pid: finding.pid)
        }
    }
}
