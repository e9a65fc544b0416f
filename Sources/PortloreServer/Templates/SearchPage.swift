import PortRegistry
import PortReport

/// `/search?q=...`: ranked matches over names and descriptions, current and historical.
enum SearchPage {
    static func render(query: String, hits: [SearchHit], exactService: String?, page: PageContext) -> HTML {
        let rows = hits.map { hit -> HTML in
            let record = hit.record
            let slash = record.transport.map { "/\($0.rawValue)" } ?? ""
            let port: HTML = record.ports.map { range in
                "<a href=\"\(url: page.link("/ports/\(range.description)\(range.isSinglePort ? slash : "")"))\">\(range.description)\(slash)</a>"
            } ?? "—"
            let name: HTML = record.serviceName.isEmpty
                ? "<span class=\"muted\">—</span>"
                : "<a href=\"\(url: page.link("/services/" + HTML.percentEncode(record.serviceName)))\">\(record.serviceName)</a>"
            return "<tr><td>\(port)</td><td>\(name)\(record.isCurrent ? .empty : " <span class=\"badge s-deassigned\">\(page.text(StatusText.gone))</span>" as HTML)</td><td>\(record.description)</td></tr>"
        }
        let exact: HTML = exactService.map { service in
            let link: HTML = "<a href=\"\(url: page.link("/services/" + HTML.percentEncode(service)))\">\(page.text(ListPagesText.searchServiceLink))</a>"
            return "<p class=\"callout\">\(page.html(ListPagesText.searchIsService, ["name": "\(service)", "link": link]))</p>"
        } ?? .empty
        let headers: [HTML] = [ListPagesText.columnPort, ListPagesText.columnService, ListPagesText.columnDescription].map { "\(page.text($0))" }
        let results: HTML = hits.isEmpty
            ? "<p>\(page.text(ListPagesText.searchNothing, ["query": query]))</p>"
            : PageLayout.table(headers: headers, rows: rows)
        let count = hits.count == 1 ? page.text(ListPagesText.searchCountOne) : page.text(ListPagesText.searchCountMany, ["count": String(hits.count)])
        let note: HTML = page.language == .english ? .empty : " \(page.text(ListPagesText.searchNote))"
        return PageLayout.render(
            page, title: page.text(ListPagesText.searchTitle, ["query": query]),
            description: page.text(ListPagesText.searchDescription, ["query": query]),
            query: query,
            body: """
            <h1>\(page.text(ListPagesText.searchHeading, ["query": query]))</h1>
            \(exact)
            <p class="muted small">\(count)\(note)</p>
            \(results)
            """
        )
    }

    static func renderEmpty(page: PageContext) -> HTML {
        PageLayout.render(
            page, title: page.text(ListPagesText.searchEmptyTitle), description: page.text(ListPagesText.searchEmptyDescription),
            body: """
            <h1>\(page.text(ListPagesText.searchEmptyTitle))</h1>
            <section class="hero">\(PageLayout.searchForm(page, query: "", hero: true))</section>
            <p class="examples">\(page.text(ListPagesText.searchHelp))</p>
            """
        )
    }
}
