import PortRegistry
import PortReport

/// The questions people search for about a port, answered from the registry (and the host in
/// host mode), in the page's language. The same list feeds the page and its FAQPage JSON-LD.
struct PortFAQ {
    var page: PortPage

    typealias Item = (question: String, answer: HTML)

    var site: PageContext { page.page }

    func questions() -> [Item] {
        let label = page.label
        let stories = page.portrait.stories
        let headline = page.headline
        var items: [Item] = []

        // What is it used for?
        let usedFor: HTML
        if let story = headline, story.status == .assigned, let record = story.current.first {
            let aliases = story.current.dropFirst().map(\.serviceName).filter { !$0.isEmpty }
            let description: HTML = record.description.isEmpty ? .empty : site.html(FAQText.quotedDescription, ["value": "\(record.description)"])
            let assignee: HTML = record.assignee.isEmpty ? .empty : site.html(FAQText.assignedTo, ["value": "\(record.assignee)"])
            let also: HTML = aliases.isEmpty ? .empty : site.html(FAQText.aliases, ["names": "\(aliases.joined(separator: ", "))"])
            usedFor = "<p>\(site.html(FAQText.usedForAssigned, ["label": "\(storyLabel(story))", "name": "<strong>\(record.serviceName)</strong>", "description": description, "assignee": assignee]))\(also) \(site.text(FAQText.claimNotLock))</p>"
        } else if let story = headline, story.status == .deassigned, let former = story.formerAssignments.last {
            let description: HTML = former.description.isEmpty ? .empty : site.html(FAQText.quotedDescription, ["value": "\(former.description)"])
            let when = story.deassignment.map { HistoryWords.when($0, site) } ?? ""
            usedFor = "<p>\(site.html(FAQText.usedForDeassigned, ["name": "<strong>\(former.serviceName)</strong>", "description": description, "when": "\(when)"]))</p>"
        } else {
            let meaning = site.text(headline.map { StatusText.meaning($0.status.rawValue) } ?? StatusText.unassignedMeaning)
            usedFor = "<p>\(site.text(FAQText.usedForNothing, ["meaning": meaning]))</p>"
        }
        items.append((site.text(FAQText.usedForQuestion, ["label": label]), "\(usedFor)\(knownUsesAnswer())"))

        // TCP or UDP?
        let protocols = stories.map { story -> HTML in
            "<li>\(storyLabel(story)): \(site.text(StatusText.title(story.status.rawValue)))\(story.current.first.map { $0.serviceName.isEmpty ? .empty : " (\($0.serviceName))" as HTML } ?? .empty)</li>"
        }
        items.append((site.text(FAQText.protocolQuestion, ["port": String(page.port)]), "<p>\(site.text(FAQText.protocolAnswer))</p><ul>\(protocols)</ul>"))

        // Who registered it? The assignee; the contact is named apart.
        let records = stories.flatMap { $0.current.filter { !$0.serviceName.isEmpty } + $0.formerAssignments }
        let assignees = Set(records.map(\.assignee).filter { !$0.isEmpty }).sorted()
        let contacts = Set(records.map(\.contact).filter { !$0.isEmpty }).sorted()
        if !assignees.isEmpty || !contacts.isEmpty {
            let dates = stories.flatMap(\.current).map(\.registrationDate).filter { !$0.isEmpty }.sorted()
            let who: HTML = assignees.isEmpty
                ? "\(site.text(FAQText.whoNoAssignee))"
                : site.html(FAQText.whoAssignee, ["names": "\(assignees.joined(separator: ", "))"])
            let registered: HTML = dates.first.map { site.html(FAQText.whoRegistered, ["date": "\(site.date($0))"]) } ?? .empty
            let contact: HTML = contacts.isEmpty ? .empty : site.html(FAQText.whoContact, ["names": "\(contacts.joined(separator: ", "))"])
            items.append((
                site.text(FAQText.whoQuestion, ["label": label]),
                "<p>\(who)\(registered)\(site.fullStop)\(contact) \(site.text(FAQText.whoBoth))</p>"
            ))
        }

        // When did it change?
        if let story = headline, !story.versions.isEmpty {
            let changes = story.versions.count
            let deassigned: HTML = story.deassignment.map { site.html(FAQText.changedDeassigned, ["when": "\(HistoryWords.when($0, site))"]) } ?? .empty
            let first: HTML = "\(site.date(story.versions.first?.firstSeen ?? ""))"
            let sentence = changes == 1
                ? site.html(FAQText.changedOne, ["date": first, "deassigned": deassigned])
                : site.html(FAQText.changedMany, ["count": "\(changes)", "date": first, "deassigned": deassigned])
            items.append((
                site.text(FAQText.changedQuestion, ["label": label]),
                "<p>\(sentence) <a href=\"#history\">\(site.text(FAQText.seeTimeline))</a>\(site.fullStop)</p>"
            ))
        }

        // Is it dangerous?
        let safety: HTML
        switch headline?.status {
        case .deassigned?, .unassigned?, .reserved?:
            safety = "<p>\(site.html(FAQText.safeUnexplained, ["label": "\(label)", "check": "<a href=\"#check\">\(site.text(PortText.checkHeading))</a>"]))</p>"
        default:
            safety = "<p>\(site.text(FAQText.safeAssigned))</p>"
        }
        items.append((site.text(FAQText.safeQuestion, ["label": label]), safety))

        // Can I use it?
        let use: Phrase
        switch page.portrait.tier {
        case .system:
            use = FAQText.useSystem
        case .user:
            switch headline?.status {
            case .assigned?: use = FAQText.useAssigned
            case .reserved?: use = FAQText.useReserved
            case .deassigned?: use = FAQText.useDeassigned
            default: use = FAQText.useUnassigned
            }
        case .dynamic:
            use = FAQText.useDynamic
        }
        items.append((site.text(FAQText.useQuestion, ["label": label]), "<p>\(site.text(use))</p>"))

        let port = page.port
        let commands: [String: HTML] = [
            "linux": "<code>sudo ss -ltnp 'sport = :\(port)'</code>",
            "mac": "<code>sudo lsof -nP -iTCP:\(port) -sTCP:LISTEN</code>",
            "windows": "<code>Get-NetTCPConnection -LocalPort \(port)</code>",
            "portlore": "<code>portlore \(label)</code>",
        ]
        items.append((
            site.text(FAQText.findQuestion, ["label": label]),
            "<p>\(site.html(FAQText.findAnswer, commands)) <a href=\"#check\">\(site.text(FAQText.allCommands))</a>\(site.fullStop)</p>"
        ))

        if site.host != .absent {
            items.append((site.text(FAQText.hereQuestion, ["label": label]), hereAnswer()))
        }
        return items
    }

    private func hereAnswer() -> HTML {
        guard site.host == .shown, let entries = page.entries else {
            return "<p>\(site.text(FAQText.hereToken))</p>"
        }
        guard !entries.isEmpty else {
            return "<p>\(site.text(FAQText.hereNo, ["label": page.label]))</p>"
        }
        let names = Set(entries.compactMap { $0.listener.processName() }).sorted()
        let findings = entries.flatMap(\.findings).count
        let sockets: HTML = entries.count == 1 ? "\(site.text(PortText.socketOne))" : "\(site.text(PortText.socketMany, ["count": String(entries.count)]))"
        let holders: HTML = names.isEmpty ? .empty : site.html(FAQText.heldBy, ["names": "\(names.joined(separator: ", "))"])
        let found: HTML = findings == 0 ? .empty : findings == 1 ? "\(site.text(FAQText.findingOne))" : site.html(FAQText.findingMany, ["count": "\(findings)"])
        return "<p>\(site.html(FAQText.hereYes, ["sockets": sockets, "holders": holders, "findings": found])) <a href=\"#here\">\(site.text(FAQText.details))</a>\(site.fullStop)</p>"
    }

    /// The documented uses outside IANA's registry (Data/known-uses), each named with its kind;
    /// empty when none is known. The sources are linked in the page's Known uses section.
    private func knownUsesAnswer() -> HTML {
        let uses = page.portrait.knownUses
        guard !uses.isEmpty else { return .empty }
        let named = uses.map { use -> String in
            let phrase: Phrase
            switch use.kind {
            case .default: phrase = FAQText.useDefault
            case .habit: phrase = FAQText.useHabit
            case .malware: phrase = FAQText.useMalware
            case .attackTool: phrase = FAQText.useAttackTool
            }
            return site.text(phrase, ["name": use.software])
        }
        return "<p>\(site.text(FAQText.knownUses, ["uses": named.joined(separator: ", ")]))</p>"
    }

    private func storyLabel(_ story: PortStory) -> String {
        page.label(for: story)
    }
}
