import HostInventory
import PortRegistry
import PortReport

/// `/` and `/th/`: the search box, the three tiers, and (host mode) this host's listeners,
/// flagged ones first.
enum HomePage {
    static let shown = 50

    static func render(view: HostView?, page: PageContext) -> HTML {
        let host: HTML
        switch page.host {
        case .absent:
            host = .empty
        case .needsToken:
            host = "<h2>\(page.text(HomeText.listeningHeading))</h2><p class=\"muted\">\(page.text(HomeText.hostNeedsToken))</p>"
        case .shown:
            let entries = Array((view?.flaggedFirst ?? []).prefix(shown))
            let all: HTML = (view?.listing.count ?? 0) > shown
                ? "<p><a href=\"\(url: page.link("/listening"))\">\(page.text(HomeText.allSockets, ["count": String(view?.listing.count ?? 0)]))</a></p>"
                : .empty
            let table: HTML = entries.isEmpty || view == nil
                ? "<p>\(page.text(HomeText.nothingListening))</p>"
                : "\(ListenerTable.caption(view!, shown: entries.count, page: page))\(ListenerTable.render(entries, page: page))\(all)"
            host = "<h2>\(page.text(HomeText.listeningHeading))</h2>\(table)"
        }
        let example = { (neutral: String, text: String) -> HTML in "<a href=\"\(url: page.link(neutral))\">\(text)</a>" }
        let examples = page.html(HomeText.examples, [
            "a": example("/ports/1302", "1302"), "b": example("/ports/53/udp", "53/udp"), "c": example("/ports/8000-8010", "8000-8010"),
            "d": example("/services/mysql", "mysql"), "e": example("/search?q=remote+desktop", "remote desktop"),
        ])
        return PageLayout.render(
            page, title: page.text(HomeText.title),
            description: page.text(page.host == .absent ? HomeText.descriptionPublic : HomeText.descriptionHost),
            body: """
            <section class="hero">
            <h1>\(page.text(HomeText.heading))</h1>
            <p class="lead">\(page.text(page.host == .absent ? HomeText.leadPublic : HomeText.leadHost))</p>
            \(PageLayout.searchForm(page, query: "", hero: true))
            <p class="examples">\(examples)</p>
            </section>
            \(host)
            \(TierSection.render(tier: .system, port: nil, page: page))
            """
        )
    }
}
