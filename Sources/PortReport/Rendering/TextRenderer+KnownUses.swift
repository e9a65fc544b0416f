import PortRegistry

extension TextRenderer {
    /// Software known to use the port outside IANA's registry, one row each with the page that
    /// states the port, so a reader can check the claim.
    func writeKnownUses(_ uses: [KnownUse], to page: inout TextPage) {
        guard !uses.isEmpty else { return }
        page.line(style.bold("Known uses") + "  " + style.dim("(not from IANA; each from the page linked)"))
        let rows = uses.map { use -> [String] in
            let kind = use.kind.makesProgramsExpected ? use.kind.rawValue : style.red(use.kind.rawValue)
            return [use.software, kind, use.transports.map(\.rawValue).joined(separator: ","), use.source]
        }
        page.table(rows, indent: 2, truncatingLastTo: nil)
    }
}
