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
        var page = TextPage()
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
        if let listeners = portrait.listeners {
            page.blank()
            writeListeners(listeners, port: portrait.port, to: &page)
        }
        if !portrait.findings.isEmpty {
            page.blank()
            page.line(style.bold("Findings"))
            for finding in portrait.findings {
                page.line("  \(marker(finding.severity)) \(severityLabel(finding.severity)) \(style.dim(finding.rule)): \(Self.terminalSafe(finding.reason))")
            }
        }
    }

    func write(_ story: PortStory, to page: inout TextPage) {
        let label = story.transport.map { "\(story.port)/\($0)" } ?? "\(story.port)"
        page.line(style.bold(label) + "  " + headline(of: story))
        page.line("  " + style.dim(story.status.meaning))
        for former in story.formerAssignments {
            page.field("Was", "\(former.serviceName) \"\(former.description)\""
                + (former.assignee.isEmpty ? "" : ", assignee \(former.assignee)"))
            page.field("", "in the registry from \(former.firstSeen) until \(former.lastSeen ?? "now")")
        }

        for record in story.current {
            if story.current.count > 1 || record.ports.map({ !$0.isSinglePort }) == true {
                page.blank()
                let alias = record.serviceName.isEmpty ? record.description : record.serviceName
                page.line("  " + style.bold(alias) + (record.ports.map { $0.isSinglePort ? "" : " (range \($0))" } ?? ""))
            }
            writeFields(of: record, to: &page)
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
            let when = story.deassignedOn.map { " on \($0)" } ?? ""
            return style.red("De-assigned\(when)") + now
        case .reserved:
            return style.yellow("Reserved")
        case .unassigned:
            let range = current?.ports.flatMap { $0.isSinglePort ? nil : " (in \($0) Unassigned)" } ?? ""
            return style.yellow("Unassigned") + range
        case .dynamic:
            return style.cyan("Dynamic/Private") + " (never assigned)"
        }
    }

    func writeFields(of record: RegistryRecord, to page: inout TextPage) {
        if !record.serviceName.isEmpty {
            page.field("Service", "\(record.serviceName) — \(record.description)")
        }
        page.field("Assignee", record.assignee)
        if record.contact != record.assignee { page.field("Contact", record.contact) }
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
        page.line("  " + style.bold("History of \(label)") + " (\(story.versions.count) versions)")
        var previous: [RegistryRecord.Identity: RegistryRecord] = [:]
        for version in story.versions {
            let span = "\(version.firstSeen) – \(version.lastSeen ?? "now")".padded(to: 25)
            let name = version.serviceName.isEmpty ? version.description : "\(version.serviceName) \"\(version.description)\""
            var details: [String] = []
            if let ports = version.ports, !ports.isSinglePort { details.append("range \(ports)") }
            if !version.assignee.isEmpty { details.append(version.assignee) }
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
                if story.status == .deassigned, let former = story.formerAssignments.last {
                    detail = "was \(former.serviceName)" + (story.deassignedOn.map { ", de-assigned \($0)" } ?? "")
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
    }

    func write(service name: String, records: [RegistryRecord], portraits: [PortPortrait], to page: inout TextPage) {
        let current = records.filter(\.isCurrent)
        if current.isEmpty {
            let last = records.compactMap(\.lastSeen).max() ?? ""
            page.line(style.bold("Service \(Self.terminalSafe(name))") + "  " + style.red("no longer in the registry") + " (last seen \(last))")
        } else {
            let ports = current.compactMap { record in record.ports.map { "\($0)/\(record.transport?.rawValue ?? "any")" } }
            page.line(style.bold("Service \(Self.terminalSafe(name))") + (ports.isEmpty ? "  (a service name without a port number)" : "  on " + ports.joined(separator: ", ")))
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
        var page = TextPage()
        page.line(style.bold("Search: \(Self.terminalSafe(text))") + " — \(hits.count) match\(hits.count == 1 ? "" : "es")")
        var rows: [[String]] = []
        for hit in hits {
            let record = hit.record
            let port = record.ports.map { "\($0)/\(record.transport?.rawValue ?? "any")" } ?? "(no port)"
            let when = record.isCurrent ? "" : "(until \(record.lastSeen ?? ""))"
            rows.append([port, Self.terminalSafe(record.serviceName), when, Self.terminalSafe(record.description)])
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
            head += "  netns " + Self.terminalSafe(listener.namespace.name ?? "net:[\(listener.namespace.inode)]")
        }
        page.line(style.bold(head))
        switch listener.owner {
        case .hidden:
            page.field("Owner", style.yellow(hiddenOwner))
        case .none:
            page.field("Owner", style.yellow("no process holds this socket"))
        case .processes(let processes):
            for process in processes {
                page.field("Process", "\(Self.terminalSafe(process.name)) (pid \(process.pid), parent \(process.parentPID))")
                page.field("User", process.user.map { "\(Self.terminalSafe($0)) (uid \(process.uid))" } ?? "uid \(process.uid)")
                if let executable = process.executable {
                    page.field("Executable", Self.terminalSafe(executable)
                        + (process.executableDeleted ? " " + style.red("(deleted from disk)") : ""))
                }
                if !process.commandLine.isEmpty {
                    page.field("Command", Self.terminalSafe(process.commandLine.joined(separator: " ")))
                }
                if let started = process.startTime { page.field("Started", Timestamp.iso8601(started)) }
                if let container = process.containerID {
                    page.field("Container", String(container.prefix(12)))
                } else if let cgroup = process.cgroup, !cgroup.isEmpty, cgroup != "/" {
                    page.field("Cgroup", Self.terminalSafe(cgroup))
                }
            }
        }
    }

    /// Process names and command lines come from other users: escape control characters so
    /// they cannot move the cursor or recolour the terminal.
    static func terminalSafe(_ text: String) -> String {
        TerminalText.escaped(text)
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
