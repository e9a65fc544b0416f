public import HostInventory
public import PortRegistry

/// Renders answers as the readable page a person gets on a terminal.
public struct TextRenderer: Sendable {
    public var style: TextStyle
    /// Adds every version of every record (`--history`).
    public var showsHistory: Bool
    public var registryDate: String
    public var registrySource: String
    /// Whether the host scan ran as root. A hidden owner then belongs to a process whose
    /// descriptors are shielded even from root, and "run as root" would be bad advice.
    public var scannedAsRoot: Bool

    public init(
        style: TextStyle, showsHistory: Bool = false, registryDate: String, registrySource: String,
        scannedAsRoot: Bool = false
    ) {
        self.style = style
        self.showsHistory = showsHistory
        self.registryDate = registryDate
        self.registrySource = registrySource
        self.scannedAsRoot = scannedAsRoot
    }

    /// What a hidden owner means, for the viewer who ran the scan.
    var hiddenOwner: String {
        scannedAsRoot ? "hidden — its holder's descriptors cannot be read, even as root" : "hidden — run as root to see it"
    }

    public func render(_ answer: QueryAnswer) -> String {
        var page = TextPage(style: style)
        switch answer {
        case .port(let portrait):
            write(portrait, to: &page)
        case .range(let range, let portraits):
            writeTable(title: "Ports \(range)", portraits: portraits, to: &page)
        case .service(let name, let records, let portraits):
            write(service: name, records: records, portraits: portraits, to: &page)
        }
        page.blank()
        page.line(style.dim("IANA registry of \(registryDate) (\(registrySource))."
            + (showsHistory ? "" : " Add --history for every version.")))
        return page.text
    }

    // MARK: One port

    func write(_ portrait: PortPortrait, to page: inout TextPage) {
        page.line(style.bold("Port \(portrait.port)") + " · \(portrait.tier.title) port")
        page.line("  " + style.dim(portrait.tier.explanation))
        for story in portrait.stories {
            page.blank()
            write(story, to: &page)
        }
        if !portrait.knownUses.isEmpty {
            page.blank()
            writeKnownUses(portrait.knownUses, to: &page)
        }
        if let listeners = portrait.listeners {
            page.blank()
            writeListeners(listeners, port: portrait.port, to: &page)
        }
        if !portrait.findings.isEmpty {
            page.blank()
            page.line(style.bold("Findings"))
            for finding in portrait.findings {
                page.line("  \(marker(finding.severity)) \(severityLabel(finding.severity)) \(style.dim(finding.rule.rawValue)): \(TerminalText.escaped(finding.reason))")
            }
        }
    }

    func write(_ story: PortStory, to page: inout TextPage) {
        let label = story.transport.map { "\(story.port)/\($0)" } ?? "\(story.port)"
        page.line(style.bold(label) + "  " + headline(of: story))
        page.line("  " + style.dim(story.status.meaning))
        if let deassignment = story.deassignment, let window = Self.window(of: deassignment) {
            page.field("Our copies", window)
        }
        for (former, tenure) in zip(story.formerAssignments, story.formerNames) {
            page.field("Was", "\(former.serviceName) \"\(former.description)\"" + Self.people(former))
            page.field("", Self.presence(tenure))
        }
        if [.reserved, .unassigned, .dynamic].contains(story.status) {
            page.field("Our copies", Self.neverNamed(story))
        }

        for record in story.current {
            if story.current.count > 1 || record.ports.map({ !$0.isSinglePort }) == true {
                page.blank()
                let alias = record.serviceName.isEmpty ? record.description : record.serviceName
                page.line("  " + style.bold(alias) + (record.ports.map { $0.isSinglePort ? "" : " (range \($0))" } ?? ""))
            }
            writeFields(of: record, to: &page)
            if let tenure = story.currentNames.first(where: { $0.serviceName.lowercased() == record.serviceName.lowercased() }) {
                page.field("Listed", Self.presence(tenure))
            }
        }
        if showsHistory {
            writeHistory(of: story, to: &page)
        }
    }

    func headline(of story: PortStory) -> String {
        let current = story.current.first
        switch story.status {
        case .assigned:
            let names = story.current.map(\.serviceName).filter { !$0.isEmpty }
            return style.green("Assigned") + ": " + style.bold(names.joined(separator: ", "))
        case .deassigned:
            let now = current.map { $0.description.isEmpty ? "" : " (now \($0.description))" } ?? ""
            return style.red("De-assigned") + (story.deassignment.map { " " + Self.when(of: $0) } ?? "") + now
        case .reserved:
            return style.yellow("Reserved")
        case .unassigned:
            let range = current?.ports.flatMap { $0.isSinglePort ? nil : " (in \($0) Unassigned)" } ?? ""
            return style.yellow("Unassigned") + range
        case .dynamic:
            return style.cyan("Dynamic/Private") + " (IANA does not assign this range)"
        }
    }

    /// "on 2019-10-30 (IANA's note)" when IANA stated a date; else "between 2018-12-20 and
    /// 2019-01-09 (IANA gives no date)" from our copies; with IANA's own word when it has one.
    public static func when(of deassignment: Deassignment) -> String {
        var parts: [String] = []
        if let date = deassignment.statedDate {
            parts.append("on \(date) (\(deassignment.statedIn == .ianaNote ? "IANA's note" : "IANA's modification date"))")
        } else if let last = deassignment.lastNamedIn, let next = deassignment.firstUnnamedIn {
            parts.append("between \(last.date) and \(next.date) (IANA gives no date)")
        } else {
            parts.append("(IANA gives no date)")
        }
        if let words = deassignment.ianaWords { parts.append("IANA says \"\(words)\"") }
        return parts.joined(separator: "; ")
    }

    /// What our copies show around a stated date: "a name in the registry of 2019-10-17, none in
    /// the registry of 2019-10-30". `nil` when there is nothing to add to `when(of:)`.
    static func window(of deassignment: Deassignment) -> String? {
        guard deassignment.statedDate != nil, let last = deassignment.lastNamedIn else { return nil }
        let next = deassignment.firstUnnamedIn.map { ", none in \($0.title)" } ?? ""
        return "a service name in \(last.title)\(next)"
    }

    /// ", assignee IESG, contact IETF Chair": each person under their own label.
    static func people(_ record: RegistryRecord) -> String {
        (record.assignee.isEmpty ? "" : ", assignee \(record.assignee)") + (record.contact.isEmpty ? "" : ", contact \(record.contact)")
    }

    /// "in every copy we hold from 2004-01-08 to 2019-10-17; not in RFC 1340 (1992-07); gone by
    /// the registry of 2019-10-30", or "seen since 1992-07 (our earliest copy)".
    public static func presence(_ tenure: NameTenure) -> String {
        // Our earliest copy listing it says nothing of before: "seen since", never "from".
        let start = tenure.absentBefore == nil ? "\(tenure.firstSeen.date) (our earliest copy)" : tenure.firstSeen.date
        var text: String
        if let last = tenure.lastSeen {
            text = last.date == tenure.firstSeen.date
                ? "only in \(tenure.firstSeen.title)"
                : tenure.inEveryCopy
                    ? "in every copy we hold from \(start) to \(last.date)"
                    : "in copies from \(start) to \(last.date), not in all between"
        } else {
            text = "seen since \(start)" + (tenure.inEveryCopy ? "" : ", not in every copy since")
        }
        if let before = tenure.absentBefore { text += "; not in \(before.title)" }
        if let gone = tenure.goneBy { text += "; gone by \(gone.title)" }
        return text
    }

    /// For a port no copy names a service on.
    static func neverNamed(_ story: PortStory) -> String {
        let span = story.earliestCopy.map { first in story.newestCopy.map { " (\(first.date) to \($0.date))" } ?? "" } ?? ""
        return "no copy of IANA's registry we hold\(span) names a service here"
    }

    func writeFields(of record: RegistryRecord, to page: inout TextPage) {
        if !record.serviceName.isEmpty {
            page.field("Service", "\(record.serviceName) — \(record.description)")
        }
        page.field("Assignee", record.assignee)
        page.field("Contact", record.contact)
        for (index, reference) in record.references.map(ReferenceLink.init).enumerated() {
            let shown = reference.url.map { $0 == reference.title ? $0 : "\(reference.title) <\($0)>" } ?? reference.title
            page.field(index == 0 ? "References" : "", shown)
        }
        page.field("Registered", record.registrationDate)
        page.field("Modified", record.modificationDate)
        page.field("Note", record.note)
        page.field("Service code", record.serviceCode)
        if !record.unauthorized.isEmpty {
            page.field("Warning", style.yellow("unauthorized use reported: \(record.unauthorized)"))
        }
    }

    func writeHistory(of story: PortStory, to page: inout TextPage) {
        let label = story.transport.map { "\(story.port)/\($0)" } ?? "\(story.port)"
        page.blank()
        page.line("  " + style.bold("History of \(label)") + " (\(story.versions.count) versions; each dated by the first and last copy we hold that lists it)")
        var previous: [RegistryRecord.Identity: RegistryRecord] = [:]
        for version in story.versions {
            let span = "\(version.firstSeen) to \(version.lastSeen ?? "now")".padded(to: 26)
            let name = version.serviceName.isEmpty ? version.description : "\(version.serviceName) \"\(version.description)\""
            var details: [String] = []
            if let ports = version.ports, !ports.isSinglePort { details.append("range \(ports)") }
            if !version.assignee.isEmpty { details.append("assignee \(version.assignee)") }
            if !version.contact.isEmpty { details.append("contact \(version.contact)") }
            if let before = previous[version.identity] {
                let changed = version.changedFields(since: before)
                if !changed.isEmpty { details.append("changed: " + changed.joined(separator: ", ")) }
            }
            if !version.note.isEmpty { details.append("note: \(version.note)") }
            page.line("    \(style.dim(span)) \(name)" + (details.isEmpty ? "" : "  (\(details.joined(separator: "; ")))"))
            previous[version.identity] = version
        }
    }

    // MARK: Ranges and services

    func writeTable(title: String, portraits: [PortPortrait], to page: inout TextPage) {
        page.line(style.bold(title))
        var rows: [[String]] = []
        for portrait in portraits {
            for story in portrait.stories {
                let label = story.transport.map { "\(story.port)/\($0)" } ?? "\(story.port)"
                let record = story.current.first ?? story.formerAssignments.last
                let names = story.current.map(\.serviceName).filter { !$0.isEmpty }.joined(separator: ", ")
                var detail = record?.description ?? ""
                if story.status == .deassigned {
                    let was = story.formerAssignments.last.map { "was \($0.serviceName), " } ?? ""
                    detail = was + "de-assigned" + (story.deassignment.map { " " + Self.when(of: $0) } ?? "")
                }
                var row = [label, story.status.rawValue, names, detail]
                if let listeners = portrait.listeners {
                    let here = listeners.filter { story.transport == nil || $0.transport.rawValue == story.transport?.rawValue }
                    row.append(here.isEmpty ? "" : "\(here.count) listening")
                }
                rows.append(row)
            }
        }
        page.table(rows, indent: 2)
        // --history on a range: each port's versions under the table (ports IANA never
        // listed have none and are left out).
        if showsHistory {
            for portrait in portraits {
                for story in portrait.stories where !story.versions.isEmpty {
                    writeHistory(of: story, to: &page)
                }
            }
        }
    }

    func write(service name: String, records: [RegistryRecord], portraits: [PortPortrait], to page: inout TextPage) {
        let current = records.filter(\.isCurrent)
        if current.isEmpty {
            let last = records.compactMap(\.lastSeen).max() ?? ""
            page.line(style.bold("Service \(TerminalText.escaped(name))") + "  " + style.red("no longer in the registry") + " (last seen \(last))")
        } else {
            let ports = current.compactMap { record in record.ports.map { "\($0)/\(record.transport?.rawValue ?? "any")" } }
            page.line(style.bold("Service \(TerminalText.escaped(name))") + (ports.isEmpty ? "  (a service name without a port number)" : "  on " + ports.joined(separator: ", ")))
        }
        for record in current where record.ports == nil {
            writeFields(of: record, to: &page)
        }
        for portrait in portraits {
            page.blank()
            write(portrait, to: &page)
        }
    }

    // MARK: Search

    public func render(search hits: [SearchHit], for text: String) -> String {
        var page = TextPage(style: style)
        page.line(style.bold("Search: \(TerminalText.escaped(text))") + " — \(hits.count) match\(hits.count == 1 ? "" : "es")")
        var rows: [[String]] = []
        for hit in hits {
            let record = hit.record
            let port = record.ports.map { "\($0)/\(record.transport?.rawValue ?? "any")" } ?? "(no port)"
            let when = record.isCurrent ? "" : "(last seen \(record.lastSeen ?? ""))"
            rows.append([port, TerminalText.escaped(record.serviceName), when, TerminalText.escaped(record.description)])
        }
        page.table(rows, indent: 2, truncatingLastTo: 80)
        return page.text
    }

    // MARK: Listeners

    func writeListeners(_ listeners: [Listener], port: Port, to page: inout TextPage) {
        page.line(style.bold("On this machine"))
        guard !listeners.isEmpty else {
            page.line("  Nothing is listening on \(port) here.")
            return
        }
        for listener in listeners {
            write(listener, to: &page)
        }
    }

    func write(_ listener: Listener, to page: inout TextPage) {
        let family = listener.family == .ipv4 ? "v4" : "v6"
        let scope = listener.local.isLoopback ? "loopback only" : listener.local.isWildcard ? "all interfaces" : "one address"
        let state = listener.state == .listen || listener.state == .unconnected ? "" : " \(listener.state.rawValue)"
        var head = "  \(listener.transport.rawValue)/\(family)\(state)  \(listener.local) (\(scope))"
        if let remote = listener.remote, listener.state != .listen, listener.state != .unconnected { head += " → \(remote)" }
        if !listener.namespace.isHost {
            head += "  netns " + TerminalText.escaped(listener.namespace.name ?? "net:[\(listener.namespace.inode)]")
        }
        page.line(style.bold(head))
        switch listener.owner {
        case .hidden:
            page.field("Owner", style.yellow(hiddenOwner))
        case .none:
            page.field("Owner", style.yellow("no process holds this socket"))
        case .processes(let processes):
            for process in processes {
                page.field("Process", "\(TerminalText.escaped(process.name)) (pid \(process.pid), parent \(process.parentPID))")
                page.field("User", process.user.map { "\(TerminalText.escaped($0)) (uid \(process.uid))" } ?? "uid \(process.uid)")
                if let executable = process.executable {
                    page.field("Executable", TerminalText.escaped(executable)
                        + (process.executableDeleted ? " " + style.red("(deleted from disk)") : ""))
                }
                if !process.commandLine.isEmpty {
                    page.field("Command", TerminalText.escaped(process.shownCommandLine.joined(separator: " ")))
                }
                if let started = process.startTime { page.field("Started", Timestamp.iso8601(started)) }
                if let container = process.containerID {
                    page.field("Container", String(container.prefix(12)))
                } else if let cgroup = process.cgroup, !cgroup.isEmpty, cgroup != "/" {
                    page.field("Cgroup", TerminalText.escaped(cgroup))
                }
            }
        }
    }
}

extension RegistryRecord {
    /// The names of the fields that differ from `older`, an earlier version of the same record.
    func changedFields(since older: RegistryRecord) -> [String] {
        var changed: [String] = []
        if description != older.description { changed.append("description") }
        if assignee != older.assignee { changed.append("assignee") }
        if contact != older.contact { changed.append("contact") }
        if references != older.references { changed.append("references") }
        if registrationDate != older.registrationDate { changed.append("registration date") }
        if modificationDate != older.modificationDate { changed.append("modification date") }
        if note != older.note { changed.append("note") }
        if serviceCode != older.serviceCode { changed.append("service code") }
        if unauthorized != older.unauthorized { changed.append("unauthorized use") }
        return changed
    }
}
