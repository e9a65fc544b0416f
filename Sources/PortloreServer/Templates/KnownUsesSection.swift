import PortRegistry

/// A port page's "Known uses": software that listens on the port by default or by habit
/// outside IANA's registry (Data/known-uses/), each with the page that states the port.
enum KnownUsesSection {
    static func render(_ uses: [KnownUse], label: String, page: PageContext) -> HTML {
        guard !uses.isEmpty else { return .empty }
        let rows = uses.map { use -> HTML in
            let name: Phrase = switch use.kind {
            case .default: KnownUsesText.kindDefault
            case .habit: KnownUsesText.kindHabit
            case .malware: KnownUsesText.kindMalware
            case .attackTool: KnownUsesText.kindAttackTool
            }
            let kind: HTML = use.kind.makesProgramsExpected ? "\(page.text(name))" : "<strong>\(page.text(name))</strong>"
            let host = use.source.dropFirst("https://".count).prefix { $0 != "/" }
            return """
            <tr><td data-label="\(page.text(KnownUsesText.columnSoftware))">\(use.software)</td><td data-label="\(page.text(KnownUsesText.columnKind))">\(kind)</td><td data-label="\(page.text(KnownUsesText.columnProtocols))">\(use.transports.map(\.rawValue).joined(separator: ", "))</td><td data-label="\(page.text(KnownUsesText.columnSource))"><a href="\(url: use.source)" rel="noopener">\(host)</a></td></tr>
            """
        }
        let headers: [HTML] = [KnownUsesText.columnSoftware, KnownUsesText.columnKind, KnownUsesText.columnProtocols, KnownUsesText.columnSource].map { "\(page.text($0))" }
        return """
        <h2 id="known-uses">\(page.text(KnownUsesText.heading))</h2>
        <p>\(page.text(KnownUsesText.intro, ["label": label]))</p>
        \(PageLayout.table(headers: headers, rows: rows, className: "stack"))
        """
    }
}
