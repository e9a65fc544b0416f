import HostInventory
import PortRegistry
import PortReport

/// `/ports/8000-8010`: one row per port.
enum RangePage {
    static func render(range: PortRange, transport: String?, portraits: [PortPortrait], view: HostView?, page: PageContext) -> HTML {
        let label = range.description + (transport.map { "/\($0)" } ?? "")
        let slash = transport.map { "/\($0)" } ?? ""
        let rows = portraits.map { portrait -> HTML in
            let port = Int(portrait.port.rawValue)
            let statuses = HTML.joined(portrait.stories.map { story -> HTML in
                "\(story.transport?.rawValue ?? page.text(PortText.anyShort)) \(PageLayout.statusBadge(story.status.rawValue, page.language))"
            }, separator: "<br>")
            let names = Set(portrait.stories.flatMap { $0.current.map(\.serviceName) }.filter { !$0.isEmpty }).sorted()
            let formers = Set(portrait.stories.flatMap { $0.formerAssignments.map(\.serviceName) }.filter { !$0.isEmpty }).sorted()
            let service: HTML = names.isEmpty
                ? (formers.isEmpty ? "<span class=\"muted\">—</span>" : "<span class=\"muted\">\(page.text(ListPagesText.wasNames, ["names": formers.joined(separator: ", ")]))</span>")
                : HTML.joined(names.map { "<a href=\"\(url: page.link("/services/" + HTML.percentEncode($0)))\">\($0)</a>" }, separator: ", ")
            let description = portrait.stories.flatMap(\.current).first?.description ?? ""
            let here: HTML
            switch page.host {
            case .absent: here = .empty
            case .needsToken: here = "<td><span class=\"muted\">?</span></td>"
            case .shown:
                let count = view?.entries(on: UInt16(port), transport: transport).count ?? 0
                here = count == 0 ? "<td><span class=\"muted\">—</span></td>" : "<td><strong>\(count)</strong></td>"
            }
            return "<tr><td><a href=\"\(url: page.link("/ports/\(port)\(slash)"))\">\(port)</a></td><td>\(statuses)</td><td>\(service)</td><td class=\"hide-narrow\">\(description)</td>\(here)</tr>"
        }
        var headers: [HTML] = ["\(page.text(ListPagesText.columnPort))", "\(page.text(ListPagesText.columnIANA))", "\(page.text(ListPagesText.columnService))", "<span class=\"hide-narrow\">\(page.text(ListPagesText.columnDescription))</span>"]
        if page.host != .absent { headers.append("\(page.text(ListPagesText.columnHere))") }
        let lowerTier = page.text(TierText.title(range.lower.tier.rawValue)), upperTier = page.text(TierText.title(range.upper.tier.rawValue))
        let lead = range.upper.tier == range.lower.tier
            ? page.text(ListPagesText.rangeLeadOne, ["count": String(range.count), "tier": lowerTier])
            : page.text(ListPagesText.rangeLeadTwo, ["count": String(range.count), "tier": lowerTier, "upper": upperTier])
        return PageLayout.render(
            page, title: page.text(ListPagesText.rangeTitle, ["label": label]),
            description: page.text(page.host == .absent ? ListPagesText.rangeDescriptionPublic : ListPagesText.rangeDescriptionHost, ["label": label]),
            query: label,
            body: """
            <h1>\(page.text(ListPagesText.rangeTitle, ["label": label]))</h1>
            <p class="lead">\(lead)</p>
            \(PageLayout.table(headers: headers, rows: rows))
            <h2 id="check">\(page.text(ListPagesText.checkThem))</h2>
            \(CheckCommands.render(port: Int(range.lower.rawValue), upper: Int(range.upper.rawValue), transport: transport, page: page))
            <p class="muted small">\(page.text(PortText.dataLinks)) <a href="/api/v1/ports/\(range.description)\(slash)">JSON</a></p>
            """
        )
    }
}
