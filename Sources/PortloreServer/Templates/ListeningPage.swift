import HostInventory
import PortReport

/// `/listening` (host mode only): every socket, flagged ones first.
enum ListeningPage {
    static func render(view: HostView, page: PageContext) -> HTML {
        let entries = view.flaggedFirst
        let warnings = view.snapshot.warnings.map { "<p class=\"callout\" lang=\"en\">\($0)</p>" as HTML }
        let also = page.html(HostText.alsoAs, [
            "json": "<a href=\"/api/v1/listeners\">JSON</a>",
            "findings": "<a href=\"/api/v1/findings\">\(page.text(HostText.findingsJSON))</a>",
            "metrics": "<a href=\"/metrics\">\(page.text(HostText.metrics))</a>",
        ])
        return PageLayout.render(
            page, title: page.text(HostText.listeningTitle), description: page.text(HostText.listeningDescription),
            body: """
            <h1>\(page.text(HostText.listeningTitle))</h1>
            \(ListenerTable.caption(view, shown: entries.count, page: page))
            \(warnings)
            \(entries.isEmpty ? "<p>\(page.text(HostText.nothing))</p>" as HTML : ListenerTable.render(entries, page: page))
            <p class="muted small">\(also)</p>
            """
        )
    }
}
