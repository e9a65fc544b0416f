import PortRegistry

/// "The quiet ports": the port's kin (same people, same name family, same fate) and the nearest
/// assigned ports on either side.
enum QuietPortsSection {
    static func render(_ quiet: QuietPorts, page: PageContext) -> HTML {
        let kin: HTML
        if quiet.kin.isEmpty {
            kin = "<p>\(page.text(QuietPortsText.noKin))</p>"
        } else {
            let items = quiet.kin.map { item -> HTML in
                var reasons: [String] = []
                for person in item.people {
                    let phrase = person.asAssignee && person.asContact ? QuietPortsText.samePerson
                        : person.asAssignee ? QuietPortsText.sameAssignee : QuietPortsText.sameContact
                    reasons.append(page.text(phrase, ["name": person.name]))
                }
                if let family = item.family {
                    reasons.append(page.text(QuietPortsText.sameFamily, ["stem": family]))
                }
                if let date = item.deassignedOn {
                    let sameDay = date == quiet.deassignedOn
                    reasons.append(page.text(sameDay ? QuietPortsText.sameDay : QuietPortsText.deassignedOn, ["date": page.date(date)]))
                }
                let names: HTML = item.names.isEmpty ? .empty : " <strong>\(item.names.joined(separator: ", "))</strong>"
                return "<li><a href=\"\(url: page.link("/ports/\(item.port)"))\">\(item.port)</a>\(names) \(PageLayout.statusBadge(item.status.rawValue, page.language))<br><span class=\"small muted\">\(reasons.joined(separator: " · "))</span></li>"
            }
            let more: HTML = quiet.moreKin > 0 ? "<p class=\"small muted\">\(page.text(QuietPortsText.more, ["count": String(quiet.moreKin)]))</p>" : .empty
            kin = "<ul class=\"kin\">\(items)</ul>\(more)"
        }
        func neighbour(_ item: QuietPorts.Neighbour?, _ phrase: Phrase, _ none: Phrase) -> HTML {
            guard let item else { return "<li>\(page.text(none))</li>" }
            let link: HTML = "<a href=\"\(url: page.link("/ports/\(item.port)"))\">\(item.port)</a> <strong>\(item.names.joined(separator: ", "))</strong>"
            return "<li>\(page.html(phrase, ["port": link]))</li>"
        }
        let gap: HTML = quiet.unassignedBetween.map { count in
            "<p class=\"small muted\">\(count == 0 ? page.text(QuietPortsText.gapNone) : page.text(QuietPortsText.gap, ["count": String(count)]))</p>"
        } ?? .empty
        return """
        <h2 id="quiet">\(page.text(QuietPortsText.heading))</h2>
        <p>\(page.text(QuietPortsText.intro))</p>
        <h3>\(page.text(QuietPortsText.kinHeading))</h3>
        \(kin)
        <h3>\(page.text(QuietPortsText.neighboursHeading))</h3>
        <ul class="neighbours">
        \(neighbour(quiet.below, QuietPortsText.below, QuietPortsText.noneBelow))
        \(neighbour(quiet.above, QuietPortsText.above, QuietPortsText.noneAbove))
        </ul>
        \(gap)
        """
    }
}
