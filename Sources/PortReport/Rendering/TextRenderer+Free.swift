import HostInventory
public import PortRegistry

extension TextRenderer {
    /// `portlore free`: each suggested port in bold with the reasons it is safe, then what the
    /// search ruled out.
    public func render(free result: FreePortResult, ephemeral: ClosedRange<UInt16>?) -> String {
        var page = TextPage(style: style)
        let count = result.suggestions.count
        page.line(style.bold("Free ports in \(result.range)") + " — \(count) suggestion\(count == 1 ? "" : "s"), roundest first")
        for suggestion in result.suggestions {
            page.blank()
            page.line(style.bold(style.green(String(suggestion.port.rawValue))) + "  " + style.dim(suggestion.tier.title + " port"))
            for reason in suggestion.reasons {
                page.line("  " + reason)
            }
        }
        page.blank()
        var ruledOut: [String] = []
        if let ephemeral {
            ruledOut.append("\(result.ephemeral) in the ephemeral range \(ephemeral.lowerBound)-\(ephemeral.upperBound)")
        }
        if result.reserved > 0 { ruledOut.append("\(result.reserved) reserved") }
        ruledOut.append("\(result.inUse) in use here")
        ruledOut.append("\(result.registered) registered with IANA (among those checked)")
        page.line(style.dim("Ruled out: " + ruledOut.joined(separator: ", ") + "."))
        page.line(style.dim("IANA registry of \(registryDate) (\(registrySource)). A port is free only until something binds it."))
        return page.text
    }
}
