import HostInventory
import PortRegistry
import PortReport

/// `/`: the search box and this host's listeners, flagged ones first.
enum HomePage {
    static let shown = 50

    static func render(view: HostView?, registryDate: String) -> HTML {
        let host: HTML
        if let view {
            let entries = Array(view.flaggedFirst.prefix(shown))
            host = entries.isEmpty
                ? "<p>Nothing is listening on this host.</p>"
                : "\(ListenerTable.caption(view, shown: entries.count))\(ListenerTable.render(entries))\(view.listing.count > shown ? "<p><a href=\"/listening\">All \(view.listing.count) sockets</a></p>" as HTML : .empty)"
        } else {
            host = "<p class=\"muted\">This server shows host data only to requests carrying its token.</p>"
        }
        return PageLayout.render(
            title: "portlore: what a port is, what it was, what is on it",
            description: "Look up any TCP or UDP port: its IANA registry entry, its history, and what listens on it on this host.",
            registryDate: registryDate,
            body: """
            <section class="hero">
            <h1>What is on that port?</h1>
            <p class="lead">Any port's IANA registry entry, what it used to be, and what listens on it on this host.</p>
            \(PageLayout.searchForm(query: "", hero: true))
            <p class="examples">Try <a href="/ports/1302">1302</a>, <a href="/ports/53/udp">53/udp</a>, <a href="/ports/8000-8010">8000-8010</a>, <a href="/services/mysql">mysql</a> or <a href="/search?q=remote+desktop">remote desktop</a>.</p>
            </section>
            <h2>Listening on this host</h2>
            \(host)
            """
        )
    }
}

/// `/listening`: every socket, flagged ones first.
enum ListeningPage {
    static func render(view: HostView, registryDate: String) -> HTML {
        let entries = view.flaggedFirst
        let warnings = view.snapshot.warnings.map { "<p class=\"callout\">\($0)</p>" as HTML }
        return PageLayout.render(
            title: "Listening on this host · portlore",
            description: "Every TCP listener and bound UDP socket on this host, with its process and findings.",
            registryDate: registryDate,
            body: """
            <h1>Listening on this host</h1>
            \(ListenerTable.caption(view, shown: entries.count))
            \(warnings)
            \(entries.isEmpty ? "<p>Nothing is listening.</p>" as HTML : ListenerTable.render(entries))
            <p class="muted small">Also as <a href="/api/v1/listeners">JSON</a>, <a href="/api/v1/findings">findings JSON</a> and <a href="/metrics">Prometheus metrics</a>.</p>
            """
        )
    }
}

/// `/ports/8000-8010`: one row per port.
enum RangePage {
    static func render(range: PortRange, transport: String?, portraits: [PortPortrait], view: HostView?, registryDate: String) -> HTML {
        let label = range.description + (transport.map { "/\($0)" } ?? "")
        let rows = portraits.map { portrait -> HTML in
            let port = Int(portrait.port.rawValue)
            let statuses = HTML.joined(portrait.stories.map { story -> HTML in
                "\(story.transport?.rawValue ?? "any") \(PageLayout.statusBadge(story.status.rawValue))"
            }, separator: "<br>")
            let names = Set(portrait.stories.flatMap { $0.current.map(\.serviceName) }.filter { !$0.isEmpty }).sorted()
            let formers = Set(portrait.stories.flatMap { $0.formerAssignments.map(\.serviceName) }.filter { !$0.isEmpty }).sorted()
            let service: HTML = names.isEmpty
                ? (formers.isEmpty ? "<span class=\"muted\">—</span>" : "<span class=\"muted\">was \(formers.joined(separator: ", "))</span>")
                : HTML.joined(names.map { "<a href=\"/services/\(pathSegment: $0)\">\($0)</a>" }, separator: ", ")
            let description = portrait.stories.flatMap(\.current).first?.description ?? ""
            let here: HTML
            if let view {
                let count = view.entries(on: UInt16(port), transport: transport).count
                here = count == 0 ? "<span class=\"muted\">—</span>" : "<strong>\(count)</strong>"
            } else {
                here = "<span class=\"muted\">?</span>"
            }
            return "<tr><td><a href=\"/ports/\(port)\(transport.map { "/\($0)" } ?? "")\">\(port)</a></td><td>\(statuses)</td><td>\(service)</td><td class=\"hide-narrow\">\(description)</td><td>\(here)</td></tr>"
        }
        let upper = Int(range.upper.rawValue)
        return PageLayout.render(
            title: "Ports \(label) · portlore",
            description: "IANA registry status of ports \(label) and what listens on them on this host.",
            query: label, registryDate: registryDate,
            body: """
            <h1>Ports \(label)</h1>
            <p class="lead">\(range.count) ports in the \(range.lower.tier.title) tier\(range.upper.tier != range.lower.tier ? " to the \(range.upper.tier.title) tier" as HTML : .empty).</p>
            \(PageLayout.table(headers: ["Port", "IANA", "Service", "<span class=\"hide-narrow\">Description</span>", "Here"], rows: rows))
            <h2 id="check">Check them yourself</h2>
            \(CheckCommands.render(port: Int(range.lower.rawValue), upper: upper, transport: transport))
            <p class="muted small">Data: <a href="/api/v1/ports/\(range.description)\(transport.map { "/\($0)" } ?? "")">JSON</a></p>
            """
        )
    }
}

/// `/services/mysql`: every version of the records with that name and the ports they name.
enum ServicePage {
    static func render(name: String, records: [RegistryRecord], portraits: [PortPortrait], registryDate: String) -> HTML {
        let current = records.filter(\.isCurrent)
        let rows = records.sorted { ($0.ports?.lower.rawValue ?? 0, $0.transport?.rawValue ?? "", $0.firstSeen) < ($1.ports?.lower.rawValue ?? 0, $1.transport?.rawValue ?? "", $1.firstSeen) }
            .map { record -> HTML in
                let ports = record.ports?.description ?? "—"
                let link: HTML = record.ports.map { range in
                    range.isSinglePort
                        ? "<a href=\"/ports/\(range.description)\(record.transport.map { "/\($0.rawValue)" } ?? "")\">\(ports)\(record.transport.map { "/\($0.rawValue)" } ?? "")</a>"
                        : "<a href=\"/ports/\(range.description)\">\(ports)</a>"
                } ?? "\(ports)"
                let when: HTML = record.lastSeen.map { "\(record.firstSeen) – \($0)" } ?? "\(record.firstSeen) – today"
                return "<tr><td>\(link)</td><td>\(record.description)</td><td>\(record.assignee)</td><td>\(when)\(record.isCurrent ? .empty : " <span class=\"badge s-deassigned\">gone</span>" as HTML)</td></tr>"
            }
        let lead: HTML = current.isEmpty
            ? "<p class=\"lead\">\(name) is no longer in IANA's registry; these are the versions portlore's history holds.</p>"
            : "<p class=\"lead\">\(current.first?.description ?? "")</p>"
        let portLinks = portraits.map { "<a href=\"/ports/\(Int($0.port.rawValue))\">\(Int($0.port.rawValue))</a>" as HTML }
        return PageLayout.render(
            title: "\(name): IANA service and ports · portlore",
            description: "The ports IANA lists for the service \(name), now and in the past.",
            query: name, registryDate: registryDate,
            body: """
            <h1>Service \(name)</h1>
            \(lead)
            <p>Ports: \(HTML.joined(portLinks, separator: ", "))</p>
            \(PageLayout.table(headers: ["Port", "Description", "Assignee", "Listed"], rows: rows))
            <p class="muted small">Data: <a href="/api/v1/services/\(pathSegment: name)">JSON</a></p>
            """
        )
    }
}

/// `/search?q=...`: ranked matches over names and descriptions, current and historical.
enum SearchPage {
    static func render(query: String, hits: [SearchHit], exactService: String?, registryDate: String) -> HTML {
        let rows = hits.map { hit -> HTML in
            let record = hit.record
            let port: HTML = record.ports.map { range in
                "<a href=\"/ports/\(range.description)\(range.isSinglePort ? record.transport.map { "/\($0.rawValue)" } ?? "" : "")\">\(range.description)\(record.transport.map { "/\($0.rawValue)" } ?? "")</a>"
            } ?? "—"
            let name: HTML = record.serviceName.isEmpty ? "<span class=\"muted\">—</span>" : "<a href=\"/services/\(pathSegment: record.serviceName)\">\(record.serviceName)</a>"
            return "<tr><td>\(port)</td><td>\(name)\(record.isCurrent ? .empty : " <span class=\"badge s-deassigned\">gone</span>" as HTML)</td><td>\(record.description)</td></tr>"
        }
        let exact: HTML = exactService.map { "<p class=\"callout\">\($0) is a service name: <a href=\"/services/\(pathSegment: $0)\">see its ports and history</a>.</p>" } ?? .empty
        let results: HTML = hits.isEmpty
            ? "<p>Nothing in the registry matches “\(query)”. Try fewer or other words, a port number or a range.</p>"
            : PageLayout.table(headers: ["Port", "Service", "Description"], rows: rows)
        return PageLayout.render(
            title: "“\(query)”: port search · portlore",
            description: "Ports and services matching \(query) in IANA's registry and its history.",
            query: query, registryDate: registryDate,
            body: """
            <h1>Ports matching “\(query)”</h1>
            \(exact)
            <p class="muted small">\(hits.count) match\(hits.count == 1 ? "" : "es"), best first, from current and historical records.</p>
            \(results)
            """
        )
    }

    static func renderEmpty(registryDate: String) -> HTML {
        PageLayout.render(
            title: "Search ports · portlore", description: "Search IANA's port registry and its history.",
            registryDate: registryDate,
            body: """
            <h1>Search ports</h1>
            <section class="hero">\(PageLayout.searchForm(query: "", hero: true))</section>
            <p class="examples">A port (443), a port and protocol (53/udp), a range (8000-8010), a service name (mysql) or words (remote desktop).</p>
            """
        )
    }
}
