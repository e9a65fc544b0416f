import HostInventory
import PortRegistry
import PortReport

/// The table of sockets shown on `/`, `/listening` and a port's page (host mode only), with
/// findings under each. Findings' reasons are the rules' own English sentences (as in the CLI
/// and the API); the table's frame follows the page's language.
enum ListenerTable {
    static func render(_ entries: [ListingEntry], page: PageContext) -> HTML {
        // `stack`: on a phone each row becomes a card whose cells carry their header (data-label).
        PageLayout.table(
            headers: columns(page).map { "\($0)" },
            rows: entries.map { row($0, page: page) }, className: "stack"
        )
    }

    static func columns(_ page: PageContext) -> [String] {
        [ListPagesText.columnPort, HostText.columnAddress, HostText.columnProcess, HostText.columnUser, ListPagesText.columnIANA, HostText.columnFindings, HostText.columnCommand].map { page.text($0) }
    }

    static func row(_ entry: ListingEntry, page: PageContext) -> HTML {
        let labels = columns(page)
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
            process = "<span class=\"muted\">\(page.text(HostText.hidden))</span>"
            user = String(listener.uid)
            commandLine = .empty
        case .none:
            process = "<span class=\"muted\">\(page.text(HostText.noProcess))</span>"
            user = String(listener.uid)
            commandLine = .empty
        }
        let summary = entry.registry
        var iana: HTML = PageLayout.statusBadge(summary.status.rawValue, page.language)
        if let name = summary.serviceNames.first {
            iana = "\(iana) <a href=\"\(url: page.link("/services/" + HTML.percentEncode(name)))\">\(name)</a>"
        } else if let former = summary.formerName {
            iana = "\(iana) <span class=\"muted small\">\(page.text(HostText.was, ["name": former]))</span>"
        }
        let findings: HTML = entry.findings.isEmpty
            ? "<span class=\"muted\">\(page.text(HostText.none))</span>"
            : "<ul class=\"findings\">\(entry.findings.map { "<li>\(PageLayout.severityBadge($0.severity.rawValue)) <span lang=\"en\">\($0.reason)</span> <span class=\"muted small\">(\($0.rule.rawValue))</span></li>" as HTML })</ul>"
        let flagged: HTML = entry.isFlagged ? " class=\"flagged\"" : .empty
        return """
        <tr\(flagged)><td data-label="\(labels[0])"><a href="\(url: page.link("/ports/\(port)/\(transport)"))">\(port)/\(transport)</a></td><td data-label="\(labels[1])"><code>\(listener.local.ip)</code></td><td data-label="\(labels[2])">\(process)</td><td data-label="\(labels[3])">\(user)</td><td data-label="\(labels[4])">\(iana)</td><td data-label="\(labels[5])">\(findings)</td><td data-label="\(labels[6])" class="cmd">\(commandLine)</td></tr>
        """
    }

    /// "12 sockets, 2 flagged · scanned as root at 2026-...". Info findings are worth knowing,
    /// not flagging: only notice and worse count.
    static func caption(_ view: HostView, shown: Int, page: PageContext) -> HTML {
        let flagged = view.listing.count(where: \.isFlagged)
        let scope = page.text(view.snapshot.isRoot ? HostText.asRoot : HostText.asUser)
        return "<p class=\"muted small\">\(page.text(HostText.caption, ["count": String(view.listing.count), "flagged": String(flagged), "shown": String(shown), "scope": scope, "time": Timestamp.iso8601(view.scannedAt)]))</p>"
    }
}
