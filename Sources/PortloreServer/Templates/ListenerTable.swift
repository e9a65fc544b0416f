import HostInventory
import PortRegistry
import PortReport

/// The table of sockets shown on `/`, `/listening` and a port's page, with findings under each.
enum ListenerTable {
    static func render(_ entries: [ListingEntry]) -> HTML {
        // `stack`: on a phone each row becomes a card whose cells carry their header (data-label).
        PageLayout.table(
            headers: ["Port", "Address", "Process", "User", "IANA", "Findings", "Command line"],
            rows: entries.map(row), className: "stack"
        )
    }

    static func row(_ entry: ListingEntry) -> HTML {
        let listener = entry.listener
        let port = Int(listener.local.port)
        let transport = listener.transport.rawValue
        let process: HTML
        let user: String
        let commandLine: HTML
        switch listener.owner {
        case .processes(let holders):
            process = HTML.joined(holders.map { "<code>\($0.name)</code> <span class=\"muted small\">pid \($0.pid)</span>" }, separator: "<br>")
            user = holders.first.map { $0.user ?? String($0.uid) } ?? String(listener.uid)
            commandLine = HTML.joined(holders.map { "<code>\($0.shownCommandLine.joined(separator: " "))</code>" }, separator: "<br>")
        case .hidden:
            process = "<span class=\"muted\">hidden (run as root to see)</span>"
            user = String(listener.uid)
            commandLine = .empty
        case .none:
            process = "<span class=\"muted\">no process</span>"
            user = String(listener.uid)
            commandLine = .empty
        }
        let summary = entry.registry
        var iana: HTML = PageLayout.statusBadge(summary.status.rawValue)
        if let name = summary.serviceNames.first {
            iana = "\(iana) <a href=\"/services/\(pathSegment: name)\">\(name)</a>"
        } else if let former = summary.formerName {
            iana = "\(iana) <span class=\"muted small\">was \(former)</span>"
        }
        let findings: HTML = entry.findings.isEmpty
            ? "<span class=\"muted\">none</span>"
            : "<ul class=\"findings\">\(entry.findings.map { "<li>\(PageLayout.severityBadge($0.severity.rawValue)) \($0.reason) <span class=\"muted small\">(\($0.rule.rawValue))</span></li>" as HTML })</ul>"
        let flagged: HTML = entry.isFlagged ? " class=\"flagged\"" : .empty
        return """
        <tr\(flagged)><td data-label="Port"><a href="/ports/\(port)/\(transport)">\(port)/\(transport)</a></td><td data-label="Address"><code>\(listener.local.ip)</code></td><td data-label="Process">\(process)</td><td data-label="User">\(user)</td><td data-label="IANA">\(iana)</td><td data-label="Findings">\(findings)</td><td data-label="Command" class="cmd">\(commandLine)</td></tr>
        """
    }

    /// "12 sockets, 2 flagged · scanned as root at 2026-...". Info findings are worth knowing,
    /// not flagging: only notice and worse count.
    static func caption(_ view: HostView, shown: Int) -> HTML {
        let flagged = view.listing.count(where: \.isFlagged)
        let scope: HTML = view.snapshot.isRoot ? "as root" : "as a normal user (other users' processes are hidden)"
        return "<p class=\"muted small\">\(view.listing.count) listening sockets, \(flagged) flagged; showing \(shown). Scanned \(scope) at \(Timestamp.iso8601(view.scannedAt)).</p>"
    }
}
