public import HostInventory
public import PortRegistry

/// Known findings to keep quiet, from `$XDG_CONFIG_HOME/portlore/allow` or `--allow FILE`.
///
/// One entry per line, `key=value` pairs separated by spaces; a finding is allowed when every
/// pair of some entry matches it. `#` starts a comment. See docs/findings.md.
///
///     # our legacy exporter lives on a de-assigned port
///     rule=port-deassigned port=1302/tcp process=legacy-exporter user=svc
public struct Allowlist: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var rule: RuleID?
        public var ports: PortRange?
        public var transport: TransportProtocol?
        public var process: String?
        public var user: String?
        public var address: String?
        /// Where the entry was written, for messages.
        public var line: Int
    }

    public var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    static let keys = ["rule", "port", "process", "user", "address"]

    /// Parses an allowlist; a malformed line is an error that names the file and line.
    public init(parsing text: String, path: String) throws(ReportError) {
        var entries: [Entry] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let content = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard !words.isEmpty else { continue }
            var entry = Entry(line: lineNumber)
            for word in words {
                let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2, !parts[1].isEmpty else {
                    throw .badAllowlist(path: path, line: lineNumber, reason: "'\(word)' is not key=value")
                }
                let value = String(parts[1])
                switch parts[0] {
                case "rule":
                    entry.rule = RuleID(rawValue: value)
                case "port":
                    switch try? PortQuery(parsing: value) {
                    case .port(let port, let transport):
                        entry.ports = PortRange(single: port)
                        entry.transport = transport
                    case .range(let range, let transport):
                        entry.ports = range
                        entry.transport = transport
                    default:
                        throw .badAllowlist(path: path, line: lineNumber, reason: "'\(value)' is not a port, port/protocol or range")
                    }
                case "process": entry.process = value
                case "user": entry.user = value
                case "address": entry.address = value
                default:
                    throw .badAllowlist(
                        path: path, line: lineNumber,
                        reason: "unknown key '\(parts[0])'; use \(Self.keys.joined(separator: ", "))"
                    )
                }
            }
            entries.append(entry)
        }
        self.entries = entries
    }

    /// Whether an entry silences `finding`, raised on `listener`.
    public func allows(_ finding: Finding, on listener: Listener) -> Bool {
        entries.contains { $0.matches(finding, on: listener) }
    }
}

extension Allowlist.Entry {
    init(line: Int) {
        self.line = line
    }

    func matches(_ finding: Finding, on listener: Listener) -> Bool {
        if let rule, rule != finding.rule { return false }
        if let ports, !ports.contains(Port(rawValue: listener.local.port)) { return false }
        if let transport, transport.rawValue != listener.transport.rawValue { return false }
        if let address, address != listener.local.ip { return false }
        guard process != nil || user != nil else { return true }
        guard case .processes(let processes) = listener.owner else { return false }
        // The finding's own process when it names one, else any holder of the socket.
        let candidates = processes.filter { finding.pid == nil || $0.pid == finding.pid }
        return candidates.contains { holder in
            let base = holder.executable?.split(separator: "/").last.map(String.init)
            let processMatches = process.map { $0 == holder.name || $0 == base } ?? true
            let userMatches = user.map { $0 == holder.user || $0 == String(holder.uid) } ?? true
            return processMatches && userMatches
        }
    }
}
