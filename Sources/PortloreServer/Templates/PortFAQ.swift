import PortRegistry
import PortReport

/// The questions people search for about a port, answered from the registry and the host.
struct PortFAQ {
    var page: PortPage

    func render() -> HTML {
        HTML.joined(questions().map { "<h3>\($0.question)</h3>\($0.answer)" as HTML })
    }

    func questions() -> [(question: String, answer: HTML)] {
        let label = page.label
        let stories = page.portrait.stories
        let headline = page.headline
        var items: [(question: String, answer: HTML)] = []

        // What is it used for?
        let usedFor: HTML
        if let story = headline, story.status == .assigned, let record = story.current.first {
            let aliases = story.current.dropFirst().map(\.serviceName).filter { !$0.isEmpty }
            usedFor = "<p>IANA has registered port \(storyLabel(story)) to <strong>\(record.serviceName)</strong>\(record.description.isEmpty ? .empty : ", “\(record.description)”" as HTML)\(record.assignee.isEmpty ? .empty : ", assigned to \(record.assignee)" as HTML).\(aliases.isEmpty ? .empty : " It is also listed as \(aliases.joined(separator: ", "))." as HTML) Other software may use the port too: the registry records a claim, it does not enforce it.</p>"
        } else if let story = headline, story.status == .deassigned {
            let former = story.formerAssignments.last
            usedFor = "<p>Nothing is registered on it now. \(former.map { "It was <strong>\($0.serviceName)</strong>\($0.description.isEmpty ? .empty : ", “\($0.description)”" as HTML); it " as HTML } ?? "It ")is de-assigned \(story.deassignment.map { TextRenderer.when(of: $0) } ?? ""). The registry does not explain anything listening there now.</p>"
        } else {
            usedFor = "<p>Nothing registered: \(headline?.status.meaning ?? page.portrait.tier.explanation)</p>"
        }
        items.append(("What is port \(label) used for?", "\(usedFor)\(knownUsesAnswer())" as HTML))

        // TCP or UDP?
        let protocols = stories.map { story -> HTML in
            "<li>\(storyLabel(story)): \(PageLayout.statusTitle(story.status.rawValue))\(story.current.first.map { $0.serviceName.isEmpty ? .empty : " (\($0.serviceName))" as HTML } ?? .empty)</li>"
        }
        items.append(("Is port \(page.port) TCP or UDP?", "<p>IANA's registry lists it for:</p><ul>\(protocols)</ul>"))

        // Who registered it? The assignee; the contact is named apart.
        let records = stories.flatMap { $0.current.filter { !$0.serviceName.isEmpty } + $0.formerAssignments }
        let assignees = Set(records.map(\.assignee).filter { !$0.isEmpty }).sorted()
        let contacts = Set(records.map(\.contact).filter { !$0.isEmpty }).sorted()
        if !assignees.isEmpty || !contacts.isEmpty {
            let dates = stories.flatMap(\.current).map(\.registrationDate).filter { !$0.isEmpty }.sorted()
            let who: HTML = assignees.isEmpty
                ? "IANA's copies name no assignee for it, only a contact"
                : "The assignee: \(assignees.joined(separator: ", "))"
            items.append((
                "Who registered port \(label)?",
                "<p>\(who)\(dates.first.map { ", registered \($0)" as HTML } ?? .empty).\(contacts.isEmpty ? .empty : " Contact: \(contacts.joined(separator: ", "))." as HTML) IANA publishes both for every assignment.</p>"
            ))
        }

        // When did it change?
        if let story = headline, !story.versions.isEmpty {
            let changes = story.versions.count
            items.append((
                "Has port \(label) changed over time?",
                "<p>portlore's copies of the registry hold \(changes) version\(changes == 1 ? "" : "s") of its record, the oldest seen in the copy of \(story.versions.first?.firstSeen ?? "")\(story.deassignment.map { "; it is de-assigned \(TextRenderer.when(of: $0))" as HTML } ?? .empty). <a href=\"#history\">See the timeline</a>.</p>"
            ))
        }

        // Is it dangerous?
        let safety: HTML
        switch headline?.status {
        case .deassigned?, .unassigned?, .reserved?:
            safety = "<p>No port is dangerous by itself; what matters is the program listening on it. Because \(label) has no current assignment, a listener here is not something the registry explains: find the process (see <a href=\"#check\">Check it yourself</a>) and make sure you expect it. If you do not need it, close it or block the port at the firewall.</p>"
        default:
            safety = "<p>No port is dangerous by itself; what matters is the program listening on it and who can reach it. Open it only to the networks that need the service, and keep that software updated.</p>"
        }
        items.append(("Is it safe to have port \(label) open?", safety))

        // Can I use it?
        let use: HTML
        switch page.portrait.tier {
        case .system:
            use = "<p>It is a system port (0-1023): binding it on Linux needs root or CAP_NET_BIND_SERVICE, and IANA assigns these only through IETF review. Pick a user port for your own service.</p>"
        case .user:
            switch headline?.status {
            case .assigned?:
                use = "<p>You can, but it is registered to another service, so the two may collide on one host. Choose an unassigned user port, or ask IANA for one if others will run your software.</p>"
            case .reserved?:
                use = "<p>Any program may bind a user port (1024-49151), but IANA holds this one back from assignment: choose an unassigned port instead.</p>"
            case .deassigned?:
                use = "<p>Any program may bind a user port (1024-49151). No service is registered on it now, but the software that once had it may still run somewhere; an unassigned port that never had a name is the safer choice. Ask IANA for a port if others will run your software.</p>"
            default:
                use = "<p>Any program may bind a user port (1024-49151). No service is registered on it, so a private service there collides with no registered one; ask IANA to assign it if others will run your software.</p>"
            }
        case .dynamic:
            use = "<p>It is in the dynamic/private range (49152-65535), which the kernel hands out for outgoing connections. A fixed server port here can collide with those; prefer a user port.</p>"
        }
        items.append(("Can I use port \(label) for my own service?", use))

        items.append((
            "How do I find what is using port \(label)?",
            "<p>On Linux, <code>sudo ss -ltnp 'sport = :\(page.port)'</code>; on macOS, <code>sudo lsof -nP -iTCP:\(page.port) -sTCP:LISTEN</code>; on Windows, <code>Get-NetTCPConnection -LocalPort \(page.port)</code>; or <code>portlore \(label)</code>. <a href=\"#check\">All the commands</a>.</p>"
        ))

        let here: HTML
        if let entries = page.entries {
            if entries.isEmpty {
                here = "<p>No: nothing listens on \(label) on this host right now.</p>"
            } else {
                let names = Set(entries.compactMap { $0.listener.processName() }).sorted()
                let findings = entries.flatMap(\.findings).count
                here = "<p>Yes: \(entries.count) socket\(entries.count == 1 ? "" : "s")\(names.isEmpty ? .empty : ", held by \(names.joined(separator: ", "))" as HTML)\(findings > 0 ? ", with \(findings) finding\(findings == 1 ? "" : "s") to look at" as HTML : .empty). <a href=\"#here\">Details</a>.</p>"
            }
        } else {
            here = "<p>This server shows host data only to requests that carry its token.</p>"
        }
        items.append(("Is anything listening on port \(label) on this machine?", here))
        return items
    }

    /// The documented uses outside IANA's registry (Data/known-uses), each named with its kind;
    /// empty when none is known. The sources are linked in the page's Known uses section.
    private func knownUsesAnswer() -> HTML {
        let uses = page.portrait.knownUses
        guard !uses.isEmpty else { return .empty }
        let named = uses.map { use -> String in
            switch use.kind {
            case .default: "\(use.software) (its default)"
            case .habit: "\(use.software) (by common habit)"
            case .malware: "\(use.software) (malware)"
            case .attackTool: "\(use.software) (an attack tool)"
            }
        }
        return "<p>Outside IANA's registry, documentation names it for \(named.joined(separator: ", ")); the sources are under Known uses. Which of them, if any, listens on a given host, only that host can tell.</p>"
    }

    private func storyLabel(_ story: PortStory) -> String {
        page.label(for: story)
    }
}
