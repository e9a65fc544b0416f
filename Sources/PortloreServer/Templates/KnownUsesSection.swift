import PortRegistry

/// A port page's "Known uses": software that listens on the port by default or by habit
/// outside IANA's registry (Data/known-uses/), each with the page that states the port.
enum KnownUsesSection {
    static func render(_ uses: [KnownUse], label: String) -> HTML {
        guard !uses.isEmpty else { return .empty }
        let rows = uses.map { use -> HTML in
            let kind: HTML = use.kind.makesProgramsExpected ? "\(use.kind.rawValue)" : "<strong>\(use.kind.rawValue)</strong>"
            let host = use.source.dropFirst("https://".count).prefix { $0 != "/" }
            return """
            <tr><td data-label="Software">\(use.software)</td><td data-label="Kind">\(kind)</td><td data-label="Protocols">\(use.transports.map(\.rawValue).joined(separator: ", "))</td><td data-label="Source"><a href="\(url: use.source)" rel="noopener">\(host)</a></td></tr>
            """
        }
        return """
        <h2 id="known-uses">Known uses</h2>
        <p>Software documented to listen on \(label) by default or by habit. These facts are not IANA's: each comes from the page linked, the software's own documentation (or, for malware, a public analysis).</p>
        \(PageLayout.table(headers: ["Software", "Kind", "Protocols", "Source"], rows: rows, className: "stack"))
        """
    }
}
