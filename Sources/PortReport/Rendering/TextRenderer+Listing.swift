public import HostInventory
import PortRegistry

extension TextRenderer {
    /// `portlore ls`: one row per socket, sorted by port, with its IANA registration.
    ///
    /// Findings at or above `minimumSeverity` are marked in the first column and listed,
    /// most severe first, under the table.
    public func render(
        listing entries: [ListingEntry], snapshot: HostSnapshot, showsRemote: Bool, minimumSeverity: Severity = .notice
    ) -> String {
        var page = TextPage(style: style)
        var rows: [[String]] = [
            ["", "PROTO", "LOCAL"] + (showsRemote ? ["REMOTE", "STATE"] : []) + ["PID/PROCESS", "USER", "IANA", "NETNS"],
        ]
        var shown: [Finding] = []
        for entry in entries {
            let listener = entry.listener
            let family = listener.family == .ipv4 ? "" : "6"
            let findings = entry.findings.filter { $0.severity >= minimumSeverity }
            shown += findings
            var row = [findings.first.map { marker($0.severity) } ?? "", listener.transport.rawValue + family, listener.local.description]
            if showsRemote {
                row.append(listener.remote?.description ?? "*")
                row.append(listener.state.rawValue)
            }
            let (process, user) = Self.ownerColumns(listener)
            row.append(process)
            row.append(user)
            row.append(registryColumn(entry.registry))
            row.append(listener.namespace.isHost ? "" : TerminalText.escaped(listener.namespace.name ?? "net:[\(listener.namespace.inode)]"))
            rows.append(row)
        }
        page.table(rows, indent: 0, truncatingLastTo: Int?.none)
        if !shown.isEmpty {
            page.blank()
            page.line(style.bold("Findings") + " (\(shown.count), \(minimumSeverity.rawValue) and above; see docs/findings.md)")
            for finding in shown.sorted(by: { $0.severity > $1.severity }) {
                page.line("\(marker(finding.severity)) \(severityLabel(finding.severity)) \(style.dim(finding.rule.rawValue)): \(TerminalText.escaped(finding.reason))")
            }
        }
        return page.text
    }

    /// What the listing could not see, for standard error (`portlore: note: ...`): standard
    /// output holds the table alone, so that `ls | awk` reads rows only.
    public static func notes(listing entries: [ListingEntry], snapshot: HostSnapshot) -> [String] {
        var notes: [String] = []
        let hidden = entries.count { $0.listener.owner == .hidden }
        if hidden > 0 && !snapshot.isRoot {
            notes.append("\(hidden) socket\(hidden == 1 ? "'s" : "s'") owner hidden; run as root to see \(hidden == 1 ? "it" : "them").")
        }
        notes += snapshot.warnings
        return notes
    }

    /// A short mark per severity: `!!` alert, `!` warning, `*` notice, `-` info.
    func marker(_ severity: Severity) -> String {
        switch severity {
        case .alert: style.red("!!")
        case .warning: style.red("!")
        case .notice: style.yellow("*")
        case .info: style.dim("-")
        }
    }

    func registryColumn(_ summary: PortSummary) -> String {
        switch summary.status {
        case .assigned:
            return summary.serviceNames.joined(separator: ",")
        case .deassigned:
            let former = summary.formerName.map { " (was \($0))" } ?? ""
            return style.red("DE-ASSIGNED" + former)
        case .reserved:
            return style.yellow("RESERVED")
        case .unassigned:
            return style.yellow("unassigned")
        case .dynamic:
            return style.dim("dynamic")
        }
    }

    static func ownerColumns(_ listener: Listener) -> (process: String, user: String) {
        switch listener.owner {
        case .hidden:
            return ("(hidden)", "uid \(listener.uid)")
        case .none:
            return ("(no process)", "uid \(listener.uid)")
        case .processes(let processes):
            let first = processes[0]
            let more = processes.count > 1 ? " +\(processes.count - 1)" : ""
            return ("\(first.pid)/\(TerminalText.escaped(first.name))\(more)", first.user.map { TerminalText.escaped($0) } ?? String(first.uid))
        }
    }
}
