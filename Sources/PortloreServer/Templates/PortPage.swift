import HostInventory
import PortRegistry
import PortReport

/// `/ports/1302` and `/th/ports/1302`: what the port is, what it was (with its timeline), its
/// tier, its kin and neighbours, how to check it, what is on it here (host mode), and the
/// questions people ask about it, all from the registry and the host.
struct PortPage {
    var page: PageContext
    var portrait: PortPortrait
    /// `tcp`, `udp`, ... when the URL named one.
    var transport: String?
    /// This port's sockets with findings; `nil` when the request may not see host data.
    var entries: [ListingEntry]?
    var view: HostView?
    var quiet: QuietPorts
    /// The oldest copy of the registry our history holds (RFC 1340, 1992): the timeline's start.
    var earliestCopy: String
    /// The reader just voted (`?thanks=1`): the feedback section thanks them.
    var thanked = false

    var port: Int { Int(portrait.port.rawValue) }
    var label: String { transport.map { "\(port)/\($0)" } ?? "\(port)" }
    var language: Language { page.language }

    /// The story that speaks for the port: a de-assigned one first (it is the news), then assigned.
    var headline: PortStory? { QuietPorts.headline(portrait.stories) }

    var serviceName: String? { headline?.current.first(where: { !$0.serviceName.isEmpty })?.serviceName }

    /// The one-sentence summary: the lead paragraph and the meta description.
    var summary: String {
        let former = headline?.formerAssignments.last
        if let serviceName {
            return page.text(PortText.summaryAssigned, ["label": label, "name": serviceName, "description": headline?.current.first?.description ?? ""])
        }
        if let former {
            return page.text(PortText.summaryFormer, ["label": label, "name": former.serviceName, "when": headline?.deassignment.map { HistoryWords.when($0, page) } ?? ""])
        }
        let meaning = headline.map { page.text(StatusText.meaning($0.status.rawValue)) } ?? page.text(StatusText.unassignedMeaning)
        return page.text(PortText.summaryOther, ["label": label, "meaning": meaning])
    }

    var title: String {
        if let serviceName { return page.text(PortText.titleAssigned, ["label": label, "name": serviceName]) }
        if let former = headline?.formerAssignments.last { return page.text(PortText.titleFormer, ["label": label, "name": former.serviceName]) }
        return page.text(PortText.titleStatus, ["label": label, "status": page.text(StatusText.title(headline?.status.rawValue ?? "unassigned"))])
    }

    func render() -> HTML {
        let faq = PortFAQ(page: self).questions()
        let slash = transport.map { "/\($0)" } ?? ""
        let host: HTML = page.host == .absent ? .empty : """
        <h2 id="here">\(page.text(PortText.hereHeading))</h2>
        \(hostSection())
        """
        let body: HTML = """
        <h1>\(page.text(PortText.heading, ["label": label]))</h1>
        <p class="lead">\(summary)</p>
        \(facts())
        \(whyItMatters())
        <h2 id="what">\(page.text(PortText.whatHeading))</h2>
        \(portrait.stories.map(currentSection))
        \(KnownUsesSection.render(portrait.knownUses, label: label, page: page))
        <h2 id="history">\(page.text(PortText.historyHeading))</h2>
        \(TimelineSVG(page: page, label: label, stories: portrait.stories, registryDate: page.registryDate, earliest: earliestCopy).render(id: "timeline"))
        \(portrait.stories.map(historySection))
        \(TierSection.render(tier: portrait.tier, port: port, page: page))
        \(QuietPortsSection.render(quiet, page: page))
        \(host)
        <h2 id="check">\(page.text(PortText.checkHeading))</h2>
        <p>\(page.text(PortText.checkIntro, ["label": label]))</p>
        \(CheckCommands.render(port: port, transport: transport, page: page))
        <h2 id="faq">\(page.text(PortText.faqHeading, ["label": label]))</h2>
        <div class="faq">\(HTML.joined(faq.map { "<h3>\($0.question)</h3>\($0.answer)" as HTML }))</div>
        <p class="muted small">\(page.text(PortText.dataLinks)) <a href="/api/v1/ports/\(port)\(slash)">JSON</a> · <a href="/api/v1/history/\(port)\(slash)">\(page.text(PortText.jsonHistory))</a>\(neighbours())</p>
        \(feedbackSpot())
        """
        return PageLayout.render(
            page, title: title, description: summary, query: label,
            structuredData: StructuredData.faqPage(faq, language: language), body: body
        )
    }

    /// FEEDBACK SPOT: the feedback branch adds its `feedbackSection` call here, the last thing
    /// on the port page (issue 13, "Was this page helpful?"). Empty until then.
    func feedbackSpot() -> HTML {
        FeedbackSection.render(port: port, language: page.language, thanked: thanked)
    }

    func facts() -> HTML {
        let protocols = portrait.stories.map { story -> HTML in
            "\(story.transport?.rawValue ?? page.text(PortText.anyShort)) \(PageLayout.statusBadge(story.status.rawValue, language))"
        }
        let listening: HTML
        switch page.host {
        case .absent:
            listening = .empty
        case .needsToken:
            listening = "<div><dt>\(page.text(PortText.factListening))</dt><dd><span class=\"muted\">\(page.text(PortText.needsToken))</span></dd></div>"
        case .shown:
            let count = entries?.count ?? 0
            let text = count == 0 ? page.text(PortText.listeningNothing) : count == 1 ? page.text(PortText.socketOne) : page.text(PortText.socketMany, ["count": String(count)])
            listening = "<div><dt>\(page.text(PortText.factListening))</dt><dd>\(text)</dd></div>"
        }
        return """
        <dl class="facts">
        <div><dt>\(page.text(PortText.factStatus))</dt><dd>\(HTML.joined(protocols, separator: "<br>"))</dd></div>
        <div><dt>\(page.text(PortText.factTier))</dt><dd><a href="#tiers">\(page.text(TierText.title(portrait.tier.rawValue)))</a> <span class="muted small">(\(portrait.tier.range.description))</span></dd></div>
        \(listening)
        </dl>
        """
    }

    /// For a port that is not plainly assigned: what its status means and why a listener there deserves a look.
    func whyItMatters() -> HTML {
        guard let story = headline, story.status != .assigned else { return .empty }
        let status: HTML = "<strong>\(page.text(StatusText.title(story.status.rawValue)))</strong>"
        let meaning: HTML = "\(page.text(StatusText.meaning(story.status.rawValue)))"
        let text: HTML
        switch story.status {
        case .deassigned:
            let former: HTML = story.formerAssignments.last.map { page.html(PortText.formerInline, ["name": "\($0.serviceName)", "description": "\($0.description)"]) } ?? .empty
            let when: HTML = story.deassignment.map { "\(HistoryWords.when($0, page))" } ?? .empty
            text = "<p>\(page.html(PortText.whyDeassigned, ["status": status, "former": former, "when": when]))</p><p>\(page.html(PortText.whyDeassignedListener, ["label": "\(label)"]))</p>"
        case .unassigned:
            text = "<p>\(page.html(PortText.whyUnassigned, ["status": status, "meaning": meaning]))</p>"
        case .reserved:
            text = "<p>\(page.html(PortText.whyReserved, ["status": status, "meaning": meaning]))</p>"
        case .dynamic:
            text = "<p>\(page.html(PortText.whyDynamic, ["status": status, "meaning": meaning]))</p>"
        case .assigned:
            text = .empty
        }
        let bad = story.status == .deassigned
        return "<div class=\"callout\(bad ? " bad" as HTML : .empty)\"><h3>\(page.text(PortText.whyHeading))</h3>\(text)</div>"
    }

    func currentSection(_ story: PortStory) -> HTML {
        let heading: HTML = "<h3>\(label(for: story)) \(PageLayout.statusBadge(story.status.rawValue, language))</h3><p>\(page.text(StatusText.meaning(story.status.rawValue)))</p>"
        guard !story.current.isEmpty else { return heading }
        let cards = story.current.map { record -> HTML in
            """
            <div class="card">
            <p><strong>\(record.serviceName.isEmpty ? page.text(PortText.noServiceName) : record.serviceName)</strong>\(record.description.isEmpty ? .empty : " — \(record.description)" as HTML)</p>
            \(recordDetails(record))
            </div>
            """
        }
        return "\(heading)\(cards)"
    }

    func recordDetails(_ record: RegistryRecord) -> HTML {
        var rows: [HTML] = []
        func row(_ phrase: Phrase, _ value: HTML) { rows.append("<li>\(page.html(phrase, ["value": value]))</li>") }
        if let ports = record.ports, !ports.isSinglePort { row(PortText.rangeField, "\(ports.description)") }
        if !record.serviceName.isEmpty {
            row(PortText.serviceField, "<a href=\"\(url: page.link("/services/" + HTML.percentEncode(record.serviceName)))\">\(record.serviceName)</a>")
        }
        if !record.assignee.isEmpty { row(PortText.assigneeField, "\(record.assignee)") }
        if !record.contact.isEmpty { row(PortText.contactField, "\(record.contact)") }
        if !record.references.isEmpty {
            let links = record.references.map(ReferenceLink.init).map { link -> HTML in
                link.url.map { "<a href=\"\(url: $0)\" rel=\"noopener\">\(link.title)</a>" } ?? "\(link.title)"
            }
            row(PortText.referencesField, HTML.joined(links, separator: ", "))
        }
        if !record.registrationDate.isEmpty { row(PortText.registeredField, "\(page.date(record.registrationDate))") }
        if !record.modificationDate.isEmpty { row(PortText.modifiedField, "\(page.date(record.modificationDate))") }
        if !record.note.isEmpty { row(PortText.noteField, "\(record.note)") }
        if !record.unauthorized.isEmpty { row(PortText.unauthorizedField, "\(record.unauthorized)") }
        return rows.isEmpty ? .empty : "<ul class=\"small\">\(rows)</ul>"
    }

    func historySection(_ story: PortStory) -> HTML {
        // A de-assigned story opens with its label in bold; a heading would repeat it.
        let heading: HTML = portrait.stories.count > 1 && story.deassignment == nil ? "<h3>\(label(for: story))</h3>" : .empty
        guard !story.versions.isEmpty else {
            let transport = story.transport?.rawValue ?? page.text(PortText.anyProtocol)
            return "\(heading)<p class=\"muted\">\(page.text(PortText.noCopyLists, ["from": page.date(story.earliestCopy?.date ?? ""), "to": page.date(story.newestCopy?.date ?? ""), "transport": transport]))</p>"
        }
        let items = story.versions.map { record -> HTML in
            let until = record.lastSeen.map { page.date($0) } ?? page.text(PortText.today)
            let name: HTML = record.serviceName.isEmpty ? "<em>\(page.text(PortText.noServiceNameShort))</em>" : "<strong>\(record.serviceName)</strong>"
            var who: [HTML] = []
            if !record.assignee.isEmpty { who.append(page.html(PortText.assigneeInline, ["value": "\(record.assignee)"])) }
            if !record.contact.isEmpty { who.append(page.html(PortText.contactInline, ["value": "\(record.contact)"])) }
            if !record.note.isEmpty { who.append("\(record.note)") }
            let details: HTML = who.isEmpty ? .empty : " <span class=\"muted small\">· \(HTML.joined(who, separator: " · "))</span>"
            let gone: HTML = record.isCurrent ? .empty : " class=\"gone\""
            return """
            <li\(gone)><div class="when">\(page.text(PortText.seenWindow, ["from": page.date(record.firstSeen), "to": until]))</div>\(name)\(record.description.isEmpty ? .empty : " — \(record.description)" as HTML)\(details)</li>
            """
        }
        let deassigned: HTML = story.deassignment.map {
            "<p>\(page.html(PortText.deassignedSentence, ["label": "<strong>\(label(for: story))</strong>", "when": "\(HistoryWords.when($0, page))"]))</p>"
        } ?? .empty
        let names = (story.formerNames + story.currentNames).map { tenure -> HTML in
            "<li><strong>\(tenure.serviceName)</strong>: \(HistoryWords.presence(tenure, page))</li>"
        }
        let tenures: HTML = names.isEmpty ? .empty : "<ul class=\"small\">\(names)</ul>"
        return "\(heading)\(deassigned)\(tenures)<p class=\"muted small\">\(page.text(PortText.versionsNote))</p><ol class=\"timeline\">\(items)</ol>"
    }

    func hostSection() -> HTML {
        guard let entries, page.host == .shown else {
            return "<p class=\"muted\">\(page.html(PortText.hostNeedsToken, ["header": "<code>Authorization: Bearer TOKEN</code>"]))</p>"
        }
        guard !entries.isEmpty else {
            return "<p>\(page.text(PortText.nothingHere, ["label": label, "time": view.map { Timestamp.iso8601($0.scannedAt) } ?? ""]))</p>"
        }
        return ListenerTable.render(entries, page: page)
    }

    func neighbours() -> HTML {
        var links: [HTML] = []
        if port > 0 { links.append("<a href=\"\(url: page.link("/ports/\(port - 1)"))\">← \(port - 1)</a>") }
        if port < 65535 { links.append("<a href=\"\(url: page.link("/ports/\(port + 1)"))\">\(port + 1) →</a>") }
        return links.isEmpty ? .empty : " · \(HTML.joined(links, separator: " · "))"
    }

    func label(for story: PortStory) -> String {
        "\(port)/\(story.transport?.rawValue ?? page.text(PortText.anyShort))"
    }
}
