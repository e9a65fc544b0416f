import HostInventory
import PortRegistry
import PortReport

/// `/ports/1302`: what the port is, what it was, why that matters, how to check it, what is on
/// it here, and the questions people ask about it, all from the registry and the host.
struct PortPage {
    var portrait: PortPortrait
    /// `tcp`, `udp`, ... when the URL named one.
    var transport: String?
    /// This port's sockets with findings; `nil` when the request may not see host data.
    var entries: [ListingEntry]?
    var view: HostView?
    var registryDate: String
    /// The reader just voted (`?thanks=1`): the feedback section thanks them.
    var thanked = false

    var port: Int { Int(portrait.port.rawValue) }
    var label: String { transport.map { "\(port)/\($0)" } ?? "\(port)" }

    /// The story that speaks for the port: a de-assigned one first (it is the news), then assigned.
    var headline: PortStory? {
        portrait.stories.first { $0.status == .deassigned }
            ?? portrait.stories.first { $0.status == .assigned }
            ?? portrait.stories.first
    }

    func render() -> HTML {
        let status = headline?.status.rawValue ?? "unassigned"
        let serviceName = headline?.current.first(where: { !$0.serviceName.isEmpty })?.serviceName
        let former = headline?.formerAssignments.last
        let summary: String
        if let serviceName {
            summary = "Port \(label) is \(serviceName) in IANA's registry: \(headline?.current.first?.description ?? "")"
        } else if let former {
            summary = "Port \(label) was \(former.serviceName) in IANA's registry and is de-assigned\(headline?.deassignment.map { " " + TextRenderer.when(of: $0) } ?? ""). What it was, what that means, and what listens on it."
        } else {
            summary = "Port \(label): \(headline?.status.meaning ?? portrait.tier.explanation)"
        }
        let body: HTML = """
        <h1>What port \(label) is</h1>
        <p class="lead">\(summary)</p>
        \(facts())
        \(whyItMatters())
        <h2 id="what">What it is</h2>
        \(portrait.stories.map(currentSection))
        \(KnownUsesSection.render(portrait.knownUses, label: label))
        <h2 id="history">What it was</h2>
        \(portrait.stories.map(historySection))
        <h2 id="here">On this host now</h2>
        \(hostSection())
        <h2 id="check">Check it yourself</h2>
        <p>Run these on the machine you want to check; each lists what listens on \(label) and the process behind it.</p>
        \(CheckCommands.render(port: port, transport: transport))
        <h2 id="faq">Questions about port \(label)</h2>
        <div class="faq">\(PortFAQ(page: self).render())</div>
        \(FeedbackSection.render(port: port, language: .english, thanked: thanked))
        <p class="muted small">Data: <a href="/api/v1/ports/\(port)\(transport.map { "/\($0)" } ?? "")">JSON</a> · <a href="/api/v1/history/\(port)\(transport.map { "/\($0)" } ?? "")">JSON with history</a>\(neighbours())</p>
        """
        return PageLayout.render(
            title: "Port \(label): \(serviceName ?? former.map { "was \($0.serviceName)" } ?? PageLayout.statusTitle(status)) · portlore",
            description: summary, query: label, registryDate: registryDate, body: body
        )
    }

    func facts() -> HTML {
        let protocols = portrait.stories.map { story -> HTML in
            "\(story.transport?.rawValue ?? "any") \(PageLayout.statusBadge(story.status.rawValue))"
        }
        let listening: HTML
        if let entries {
            listening = entries.isEmpty ? "nothing" : "\(entries.count) socket\(entries.count == 1 ? "" : "s")"
        } else {
            listening = "<span class=\"muted\">needs the token</span>"
        }
        return """
        <dl class="facts">
        <div><dt>IANA status</dt><dd>\(HTML.joined(protocols, separator: "<br>"))</dd></div>
        <div><dt>Tier</dt><dd>\(portrait.tier.title) <span class="muted small">(\(portrait.tier.range.description))</span></dd></div>
        <div><dt>Listening here</dt><dd>\(listening)</dd></div>
        </dl>
        """
    }

    /// For a port that is not plainly assigned: what its status means and why a listener there deserves a look.
    func whyItMatters() -> HTML {
        guard let story = headline, story.status != .assigned else { return .empty }
        let text: HTML
        switch story.status {
        case .deassigned:
            let former = story.formerAssignments.last
            text = """
            <p><strong>De-assigned</strong> means a copy of IANA's registry once listed a service on this port\(former.map { " (\($0.serviceName), \($0.description))" as HTML } ?? .empty) and today's registry lists none\(story.deassignment.map { " (\(TextRenderer.when(of: $0)))" as HTML } ?? .empty). IANA gives a reason only in its notes, shown below when there is one. The port has no registered service now, and IANA may assign it again.</p>
            <p>The registry therefore does not explain a listener on \(label): it may be the former service still running, other software that picked the port, or anything else. Check which process holds it and whether you expect that program to run.</p>
            """
        case .unassigned:
            text = "<p><strong>Unassigned</strong>: \(story.status.meaning) No service is registered on it, so IANA cannot say what a listener here is; find out which program it is.</p>"
        case .reserved:
            text = "<p><strong>Reserved</strong>: \(story.status.meaning)</p>"
        case .dynamic:
            text = "<p><strong>Dynamic/private</strong>: \(story.status.meaning) The registry cannot say which program a listener here belongs to.</p>"
        case .assigned:
            text = .empty
        }
        let bad = story.status == .deassigned
        return "<div class=\"callout\(bad ? " bad" as HTML : .empty)\"><h3>Why that matters</h3>\(text)</div>"
    }

    func currentSection(_ story: PortStory) -> HTML {
        let heading: HTML = "<h3>\(label(for: story)) \(PageLayout.statusBadge(story.status.rawValue))</h3><p>\(story.status.meaning)</p>"
        guard !story.current.isEmpty else { return heading }
        let cards = story.current.map { record -> HTML in
            """
            <div class="card">
            <p><strong>\(record.serviceName.isEmpty ? "(no service name)" : record.serviceName)</strong>\(record.description.isEmpty ? .empty : " — \(record.description)" as HTML)</p>
            \(recordDetails(record))
            </div>
            """
        }
        return "\(heading)\(cards)"
    }

    func recordDetails(_ record: RegistryRecord) -> HTML {
        var rows: [HTML] = []
        if let ports = record.ports, !ports.isSinglePort {
            rows.append("<li>Range: \(ports.description)</li>")
        }
        if !record.serviceName.isEmpty {
            rows.append("<li>Service: <a href=\"/services/\(pathSegment: record.serviceName)\">\(record.serviceName)</a></li>")
        }
        if !record.assignee.isEmpty { rows.append("<li>Assignee: \(record.assignee)</li>") }
        if !record.contact.isEmpty { rows.append("<li>Contact: \(record.contact)</li>") }
        if !record.references.isEmpty {
            let links = record.references.map(ReferenceLink.init).map { link -> HTML in
                link.url.map { "<a href=\"\(url: $0)\" rel=\"noopener\">\(link.title)</a>" } ?? "\(link.title)"
            }
            rows.append("<li>References: \(HTML.joined(links, separator: ", "))</li>")
        }
        if !record.registrationDate.isEmpty { rows.append("<li>Registered: \(record.registrationDate)</li>") }
        if !record.modificationDate.isEmpty { rows.append("<li>Modified: \(record.modificationDate)</li>") }
        if !record.note.isEmpty { rows.append("<li>Note: \(record.note)</li>") }
        if !record.unauthorized.isEmpty { rows.append("<li>Reported unauthorized use: \(record.unauthorized)</li>") }
        return rows.isEmpty ? .empty : "<ul class=\"small\">\(rows)</ul>"
    }

    func historySection(_ story: PortStory) -> HTML {
        let heading: HTML = portrait.stories.count > 1 ? "<h3>\(label(for: story))</h3>" : .empty
        guard !story.versions.isEmpty else {
            return "\(heading)<p class=\"muted\">No copy of IANA's registry we hold\(story.earliestCopy.map { first in story.newestCopy.map { " (\(first.date) to \($0.date))" } ?? "" } ?? "") lists this port for \(story.transport?.rawValue ?? "any protocol").</p>"
        }
        let items = story.versions.map { record -> HTML in
            let until: HTML = record.lastSeen.map { " to \($0)" } ?? " to today"
            let name: HTML = record.serviceName.isEmpty ? "<em>no service name</em>" : "<strong>\(record.serviceName)</strong>"
            let assignee: HTML = record.assignee.isEmpty ? .empty : " · assignee \(record.assignee)"
            let contact: HTML = record.contact.isEmpty ? .empty : " · contact \(record.contact)"
            let who: HTML = "\(assignee)\(contact)"
            let gone: HTML = record.isCurrent ? .empty : " class=\"gone\""
            return """
            <li\(gone)><div class="when">seen \(record.firstSeen)\(until)</div>\(name)\(record.description.isEmpty ? .empty : " — \(record.description)" as HTML)<span class="muted small">\(who)\(record.note.isEmpty ? .empty : " · \(record.note)" as HTML)</span></li>
            """
        }
        let deassigned: HTML = story.deassignment.map { "<p>\(label(for: story)) is de-assigned <strong>\(TextRenderer.when(of: $0))</strong>.</p>" } ?? .empty
        let names = (story.formerNames + story.currentNames).map { tenure -> HTML in
            "<li><strong>\(tenure.serviceName)</strong>: \(TextRenderer.presence(tenure))</li>"
        }
        let tenures: HTML = names.isEmpty ? .empty : "<ul class=\"small\">\(names)</ul>"
        return "\(heading)\(deassigned)\(tenures)<p class=\"muted small\">Each version is dated by the first and last copy of the registry we hold that lists it, not by when IANA changed it.</p><ol class=\"timeline\">\(items)</ol>"
    }

    func hostSection() -> HTML {
        guard let entries else {
            return "<p class=\"muted\">This server needs its token to show host data; send <code>Authorization: Bearer TOKEN</code>.</p>"
        }
        guard !entries.isEmpty else {
            return "<p>Nothing listens on \(label) on this host\(view.map { " (scanned at \(Timestamp.iso8601($0.scannedAt)))" as HTML } ?? .empty).</p>"
        }
        return ListenerTable.render(entries)
    }

    func neighbours() -> HTML {
        var links: [HTML] = []
        if port > 0 { links.append("<a href=\"/ports/\(port - 1)\">← \(port - 1)</a>") }
        if port < 65535 { links.append("<a href=\"/ports/\(port + 1)\">\(port + 1) →</a>") }
        return links.isEmpty ? .empty : " · \(HTML.joined(links, separator: " · "))"
    }

    func label(for story: PortStory) -> String {
        "\(port)/\(story.transport?.rawValue ?? "any")"
    }
}
