import HostInventory
import PortRegistry
import PortReport

/// `/metrics`: the host's listeners and findings for Prometheus (names in docs/server.md).
enum MetricsPage {
    static func render(view: HostView, registry: Registry) -> String {
        var exposition = PrometheusExposition()

        // One series per distinct label set; its value counts the sockets behind it (a
        // pre-fork server's workers or v4+v6 wildcard pairs share a set), so a scrape never
        // carries duplicate series.
        var listeners: [ListenerLabels: Int] = [:]
        var order: [ListenerLabels] = []
        for entry in view.listing {
            let labels = ListenerLabels(entry)
            if listeners[labels] == nil { order.append(labels) }
            listeners[labels, default: 0] += 1
        }
        exposition.family(
            "portlore_listener", type: "gauge",
            help: "Sockets listening on this host (TCP LISTEN, bound UDP), by port, protocol, address, process, user and the port's IANA status."
        )
        for labels in order {
            exposition.sample("portlore_listener", labels: labels.pairs, value: Double(listeners[labels]!))
        }

        var findingCounts: [FindingKey: Int] = [:]
        var findingDetails: [FindingDetail: Int] = [:]
        for entry in view.listing {
            for finding in entry.findings {
                findingCounts[FindingKey(rule: finding.rule, severity: finding.severity.rawValue), default: 0] += 1
                let detail = FindingDetail(
                    rule: finding.rule, severity: finding.severity.rawValue, port: String(entry.listener.local.port),
                    protocol: entry.listener.transport.rawValue, address: entry.listener.local.ip,
                    process: entry.listener.processName(for: finding.pid) ?? ""
                )
                findingDetails[detail, default: 0] += 1
            }
        }
        exposition.family("portlore_findings", type: "gauge", help: "Findings on this host's listeners, by rule and severity (rules that found nothing are left out).")
        for (key, count) in findingCounts.sorted(by: { ($0.key.rule, $0.key.severity) < ($1.key.rule, $1.key.severity) }) {
            exposition.sample("portlore_findings", labels: ["rule": key.rule, "severity": key.severity], value: Double(count))
        }
        // Every severity appears, at 0 when quiet, so alerts and dashboards always have a series.
        exposition.family("portlore_findings_by_severity", type: "gauge", help: "Findings on this host's listeners, by severity.")
        for severity in Severity.allCases {
            let count = findingCounts.filter { $0.key.severity == severity.rawValue }.values.reduce(0, +)
            exposition.sample("portlore_findings_by_severity", labels: ["severity": severity.rawValue], value: Double(count))
        }

        exposition.family(
            "portlore_finding", type: "gauge",
            help: "One series per finding on a listener: rule, severity, port, protocol, address and process."
        )
        for (detail, count) in findingDetails.sorted(by: { $0.key.sortKey < $1.key.sortKey }) {
            exposition.sample("portlore_finding", labels: detail.pairs, value: Double(count))
        }

        exposition.family("portlore_listeners", type: "gauge", help: "Sockets listening on this host.")
        exposition.sample("portlore_listeners", value: Double(view.listing.count))
        exposition.family("portlore_scan_duration_seconds", type: "gauge", help: "How long the last scan of the host's sockets and processes took.")
        exposition.sample("portlore_scan_duration_seconds", value: view.scanSeconds)
        exposition.family("portlore_scan_timestamp_seconds", type: "gauge", help: "When the last scan finished, in seconds since the epoch.")
        exposition.sample("portlore_scan_timestamp_seconds", value: view.scannedAt.rounded())
        exposition.family("portlore_scan_is_root", type: "gauge", help: "1 when the scan ran as root and saw every process's sockets.")
        exposition.sample("portlore_scan_is_root", value: view.snapshot.isRoot ? 1 : 0)
        exposition.family("portlore_registry_date_seconds", type: "gauge", help: "The date of the IANA registry in use, in seconds since the epoch.")
        exposition.sample("portlore_registry_date_seconds", value: Double(Self.epochSeconds(ofDate: registry.registryDate) ?? 0))
        exposition.family("portlore_registry_info", type: "gauge", help: "The IANA registry in use (always 1).")
        exposition.sample("portlore_registry_info", labels: ["date": registry.registryDate], value: 1)
        return exposition.text
    }

    /// `YYYY-MM-DD` → seconds since the epoch at midnight UTC.
    static func epochSeconds(ofDate date: String) -> Int64? {
        let parts = date.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int64(parts[0]), let month = Int64(parts[1]), let day = Int64(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return (era * 146_097 + dayOfEra - 719_468) * 86_400
    }

    struct ListenerLabels: Hashable {
        var port: String
        var `protocol`: String
        var address: String
        var process: String
        var user: String
        var ianaStatus: String

        init(_ entry: ListingEntry) {
            let listener = entry.listener
            port = String(listener.local.port)
            self.protocol = listener.transport.rawValue
            address = listener.local.ip
            let holder = listener.firstProcess
            process = holder?.name ?? ""
            user = holder.map { $0.user ?? String($0.uid) } ?? String(listener.uid)
            ianaStatus = entry.registry.status.rawValue
        }

        var pairs: [(String, String)] {
            [("port", port), ("protocol", self.protocol), ("address", address), ("process", process), ("user", user), ("iana_status", ianaStatus)]
        }
    }

    struct FindingKey: Hashable {
        var rule: String
        var severity: String
    }

    struct FindingDetail: Hashable {
        var rule: String
        var severity: String
        var port: String
        var `protocol`: String
        var address: String
        var process: String

        var pairs: [(String, String)] {
            [("rule", rule), ("severity", severity), ("port", port), ("protocol", self.protocol), ("address", address), ("process", process)]
        }

        var sortKey: String { "\(rule) \(severity) \(port) \(self.protocol) \(address) \(process)" }
    }
}
