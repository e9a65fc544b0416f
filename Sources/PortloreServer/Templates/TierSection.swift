import PortRegistry

/// "The three tiers": RFC 6335's ranges, what each means for binding and for registration,
/// with the port's own tier marked.
enum TierSection {
    static func render(tier current: PortTier, port: Int?, page: PageContext) -> HTML {
        let items = PortTier.allCases.map { tier -> HTML in
            let (binding, registration): (Phrase, Phrase) = switch tier {
            case .system: (TierText.systemBinding, TierText.systemRegistration)
            case .user: (TierText.userBinding, TierText.userRegistration)
            case .dynamic: (TierText.dynamicBinding, TierText.dynamicRegistration)
            }
            let here = port != nil && tier == current
            let marker: HTML = here ? "<p class=\"here-marker\"><strong>\(page.text(TierText.thisPort, ["port": String(port!)]))</strong></p>" : .empty
            return """
            <li class="tier\(here ? " current" as HTML : .empty)"\(here ? " aria-current=\"true\"" as HTML : .empty)>
            <h3>\(page.text(TierText.title(tier.rawValue))) <span class="range">\(tier.range.description)</span></h3>
            \(marker)<p>\(page.text(binding))</p>
            <p>\(page.text(registration))</p>
            </li>
            """
        }
        return """
        <h2 id="tiers">\(page.text(TierText.heading))</h2>
        <p>\(page.text(TierText.intro))</p>
        <ol class="tiers">\(items)</ol>
        <p class="small muted">\(page.text(TierText.linuxRange))</p>
        """
    }
}
