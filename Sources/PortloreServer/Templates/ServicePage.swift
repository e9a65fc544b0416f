import PortRegistry
import PortReport

/// `/services/mysql`: every version of the records with that name and the ports they name.
enum ServicePage {
    static func render(name: String, records: [RegistryRecord], portraits: [PortPortrait], page: PageContext) -> HTML {
        let current = records.filter(\.isCurrent)
        let rows = records.sorted { ($0.ports?.lower.rawValue ?? 0, $0.transport?.rawValue ?? "", $0.firstSeen) < ($1.ports?.lower.rawValue ?? 0, $1.transport?.rawValue ?? "", $1.firstSeen) }
            .map { record -> HTML in
                let ports = record.ports?.description ?? "—"
                let slash = record.transport.map { "/\($0.rawValue)" } ?? ""
                let link: HTML = record.ports.map { range in
                    range.isSinglePort
                        ? "<a href=\"\(url: page.link("/ports/\(range.description)\(slash)"))\">\(ports)\(slash)</a>"
                        : "<a href=\"\(url: page.link("/ports/\(range.description)"))\">\(ports)</a>"
                } ?? "\(ports)"
                let when: HTML = record.lastSeen.map { "\(page.date(record.firstSeen)) – \(page.date($0))" }
                    ?? "\(page.text(ListPagesText.untilToday, ["from": page.date(record.firstSeen)]))"
                return "<tr><td>\(link)</td><td>\(record.description)</td><td>\(record.assignee)</td><td>\(when)\(record.isCurrent ? .empty : " <span class=\"badge s-deassigned\">\(page.text(StatusText.gone))</span>" as HTML)</td></tr>"
            }
        let lead: HTML = current.isEmpty
            ? "<p class=\"lead\">\(page.text(ListPagesText.serviceGone, ["name": name]))</p>"
            : "<p class=\"lead\">\(current.first?.description ?? "")</p>"
        let portLinks = portraits.map { "<a href=\"\(url: page.link("/ports/\(Int($0.port.rawValue))"))\">\(Int($0.port.rawValue))</a>" as HTML }
        let headers: [HTML] = [ListPagesText.columnPort, ListPagesText.columnDescription, ListPagesText.columnAssignee, ListPagesText.columnListed].map { "\(page.text($0))" }
        return PageLayout.render(
            page, title: page.text(ListPagesText.serviceTitle, ["name": name]),
            description: page.text(ListPagesText.serviceDescription, ["name": name]),
            query: name,
            body: """
            <h1>\(page.text(ListPagesText.serviceHeading, ["name": name]))</h1>
            \(lead)
            <p>\(page.html(ListPagesText.servicePorts, ["ports": HTML.joined(portLinks, separator: ", ")]))</p>
            \(PageLayout.table(headers: headers, rows: rows))
            <p class="muted small">\(page.text(PortText.dataLinks)) <a href="/api/v1/services/\(pathSegment: name)">JSON</a></p>
            """
        )
    }
}
