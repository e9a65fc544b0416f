public import HostInventory
import PortRegistry

/// The host's listeners and findings as Prometheus metrics: what `serve` answers on `/metrics`
/// and `ls --prometheus` prints for node_exporter's textfile collector (names in docs/server.md).
///
/// The exposition stays small however many sockets the host has: per-socket series only for
/// listeners with a finding of notice or worse that the allowlist left standing (capped), and
/// aggregates for everything else. One series per socket once made a 20,000-listener host
/// scrape 59,790 series and 7.3 MB, which a Prometheus `sample_limit` drops whole.
public struct PrometheusRenderer: Sendable {
    /// How many series the capped families may hold.
    public struct Budget: Sendable, Hashable {
        /// `portlore_listener`: sockets with a notice-or-worse finding, most severe first.
        public var flaggedListeners: Int
        /// `portlore_finding`: notice-or-worse findings with their socket, most severe first.
        public var findings: Int
        /// `portlore_listeners_by_process`: the process names holding the most sockets.
        public var processes: Int

        public init(flaggedListeners: Int = 300, findings: Int = 400, processes: Int = 100) {
            self.flaggedListeners = flaggedListeners
            self.findings = findings
            self.processes = processes
        }
    }

    /// What a scan says about itself, beside its sockets.
    public struct Scan: Sendable {
        public var isRoot: Bool
        /// Seconds the scan took; nil when not measured.
        public var seconds: Double?
        /// When it finished, in seconds since the epoch.
        public var finishedAt: Double

        public init(isRoot: Bool, seconds: Double?, finishedAt: Double) {
            self.isRoot = isRoot
            self.seconds = seconds
            self.finishedAt = finishedAt
        }
    }

    /// The least severity that earns a socket its own series.
    public static let flaggedSeverity = Severity.notice

    public var version: String
    public var registryDate: String
    public var budget: Budget

    public init(version: String, registryDate: String, budget: Budget = Budget()) {
        self.version = version
        self.registryDate = registryDate
        self.budget = budget
    }

    /// The exposition for `listing` (already judged, allowlist applied).
    public func render(listing: [ListingEntry], scan: Scan) -> String {
        var exposition = PrometheusExposition()
        exposition.family("portlore_build_info", type: "gauge", help: "The portlore build that wrote these metrics (always 1).")
        exposition.sample("portlore_build_info", labels: ["version": version], value: 1)

        exposition.family("portlore_listeners", type: "gauge", help: "Sockets listening on this host (TCP LISTEN, bound UDP).")
        exposition.sample("portlore_listeners", value: Double(listing.count))
        aggregates(listing, into: &exposition)
        var omitted: [(String, Int)] = [("portlore_listeners_by_process", processes(listing, into: &exposition))]
        omitted += findingSeries(listing, into: &exposition)

        exposition.family(
            "portlore_omitted_series", type: "gauge",
            help: "Series left out of a capped family to keep the scrape small (0 when nothing was left out)."
        )
        for (metric, count) in omitted {
            exposition.sample("portlore_omitted_series", labels: ["metric": metric], value: Double(count))
        }

        if let seconds = scan.seconds {
            exposition.family("portlore_scan_duration_seconds", type: "gauge", help: "How long the last scan of the host's sockets and processes took.")
            exposition.sample("portlore_scan_duration_seconds", value: seconds)
        }
        exposition.family("portlore_scan_timestamp_seconds", type: "gauge", help: "When the last scan finished, in seconds since the epoch.")
        exposition.sample("portlore_scan_timestamp_seconds", value: scan.finishedAt.rounded())
        exposition.family("portlore_scan_is_root", type: "gauge", help: "1 when the scan ran as root and saw every process's sockets.")
        exposition.sample("portlore_scan_is_root", value: scan.isRoot ? 1 : 0)
        exposition.family("portlore_registry_date_seconds", type: "gauge", help: "The date of the IANA registry in use, in seconds since the epoch.")
        exposition.sample("portlore_registry_date_seconds", value: Double(Self.epochSeconds(ofDate: registryDate) ?? 0))
        exposition.family("portlore_registry_info", type: "gauge", help: "The IANA registry in use (always 1).")
        exposition.sample("portlore_registry_info", labels: ["date": registryDate], value: 1)
        return exposition.text
    }

    /// By protocol and by IANA status; every status appears, at 0 when absent, so that
    /// dashboards and alerts always have a series.
    private func aggregates(_ listing: [ListingEntry], into exposition: inout PrometheusExposition) {
        var byProtocol: [String: Int] = [:]
        var byStatus: [String: Int] = [:]
        for entry in listing {
            byProtocol[entry.listener.transport.rawValue, default: 0] += 1
            byStatus[entry.registry.status.rawValue, default: 0] += 1
        }
        exposition.family("portlore_listeners_by_protocol", type: "gauge", help: "Listening sockets by protocol.")
        for transport in SocketTransport.allCases {
            exposition.sample("portlore_listeners_by_protocol", labels: ["protocol": transport.rawValue], value: Double(byProtocol[transport.rawValue] ?? 0))
        }
        exposition.family("portlore_listeners_by_iana_status", type: "gauge", help: "Listening sockets by their port's IANA status.")
        for status in ["assigned", "deassigned", "reserved", "unassigned", "dynamic"] {
            exposition.sample("portlore_listeners_by_iana_status", labels: ["iana_status": status], value: Double(byStatus[status] ?? 0))
        }
    }

    /// Sockets per process name, the busiest first; returns how many names were left out.
    private func processes(_ listing: [ListingEntry], into exposition: inout PrometheusExposition) -> Int {
        var byProcess: [String: Int] = [:]
        for entry in listing {
            byProcess[Self.holderName(entry.listener), default: 0] += 1
        }
        let ranked = byProcess.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        exposition.family(
            "portlore_listeners_by_process", type: "gauge",
            help: "Listening sockets by the name of the process holding them (\"\" when none is known); the busiest processes only."
        )
        for (name, count) in ranked.prefix(budget.processes) {
            exposition.sample("portlore_listeners_by_process", labels: ["process": name], value: Double(count))
        }
        return max(0, ranked.count - budget.processes)
    }

    /// Finding counts by rule and severity, then the capped per-socket families. Returns what
    /// each capped family left out.
    private func findingSeries(_ listing: [ListingEntry], into exposition: inout PrometheusExposition) -> [(String, Int)] {
        var counts: [FindingKey: Int] = [:]
        var listeners: [ListenerLabels: Int] = [:]
        var details: [FindingDetail: Int] = [:]
        for entry in listing {
            for finding in entry.findings {
                counts[FindingKey(rule: finding.rule, severity: finding.severity), default: 0] += 1
                guard finding.severity >= Self.flaggedSeverity else { continue }
                let detail = FindingDetail(
                    rule: finding.rule, severity: finding.severity, port: entry.listener.local.port,
                    protocol: entry.listener.transport.rawValue, address: entry.listener.local.ip,
                    process: Self.holderName(entry.listener, pid: finding.pid)
                )
                details[detail, default: 0] += 1
            }
            if let worst = entry.findings.first?.severity, worst >= Self.flaggedSeverity {
                listeners[ListenerLabels(entry, severity: worst), default: 0] += 1
            }
        }

        exposition.family("portlore_findings", type: "gauge", help: "Findings on this host's listeners, by rule and severity (rules that found nothing are left out).")
        for (key, count) in counts.sorted(by: { ($0.key.rule, $0.key.severity) < ($1.key.rule, $1.key.severity) }) {
            exposition.sample("portlore_findings", labels: ["rule": key.rule.rawValue, "severity": key.severity.rawValue], value: Double(count))
        }
        exposition.family("portlore_findings_by_severity", type: "gauge", help: "Findings on this host's listeners, by severity.")
        for severity in Severity.allCases {
            let count = counts.reduce(0) { $0 + ($1.key.severity == severity ? $1.value : 0) }
            exposition.sample("portlore_findings_by_severity", labels: ["severity": severity.rawValue], value: Double(count))
        }

        // One series per distinct label set; its value counts the sockets behind it (a
        // pre-fork server's workers or v4+v6 wildcard pairs share a set).
        let listenerSeries = listeners.sorted { $0.key.precedes($1.key) }.map { ($0.key.pairs, $0.value) }
        let findingSeries = details.sorted { $0.key.precedes($1.key) }.map { ($0.key.pairs, $0.value) }
        return [
            Self.writeCapped(
                "portlore_listener", listenerSeries, cap: budget.flaggedListeners, into: &exposition,
                help: "Listening sockets with a finding of notice or worse that the allowlist does not cover, by port, protocol, address, process, user, IANA status and worst severity."
            ),
            Self.writeCapped(
                "portlore_finding", findingSeries, cap: budget.findings, into: &exposition,
                help: "One series per finding of notice or worse on a listener: rule, severity, port, protocol, address and process."
            ),
        ]
    }

    /// Writes a family with its first `cap` series (most important first); returns the family's
    /// name and how many series the cap left out.
    private static func writeCapped(
        _ name: String, _ ranked: [(labels: [(String, String)], count: Int)], cap: Int,
        into exposition: inout PrometheusExposition, help: String
    ) -> (String, Int) {
        exposition.family(name, type: "gauge", help: help)
        for series in ranked.prefix(cap) {
            exposition.sample(name, labels: series.labels, value: Double(series.count))
        }
        return (name, max(0, ranked.count - cap))
    }

    /// The name of the process a finding is about, else of the socket's first holder; "" when unknown.
    static func holderName(_ listener: Listener, pid: Int32? = nil) -> String {
        guard case .processes(let processes) = listener.owner else { return "" }
        if let pid, let process = processes.first(where: { $0.pid == pid }) { return process.name }
        return processes.first?.name ?? ""
    }

    /// `YYYY-MM-DD` → seconds since the epoch at midnight UTC.
    public static func epochSeconds(ofDate date: String) -> Int64? {
        let parts = date.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int64(parts[0]), let month = Int64(parts[1]), let day = Int64(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return Int64(CalendarDate.daysSince1970(year: Int(year), month: Int(month), day: Int(day))) * 86_400
    }

    struct FindingKey: Hashable {
        var rule: RuleID
        var severity: Severity
    }

    struct ListenerLabels: Hashable {
        var port: UInt16
        var `protocol`: String
        var address: String
        var process: String
        var user: String
        var ianaStatus: String
        var severity: Severity

        init(_ entry: ListingEntry, severity: Severity) {
            let listener = entry.listener
            port = listener.local.port
            self.protocol = listener.transport.rawValue
            address = listener.local.ip
            var holder: ProcessDetails?
            if case .processes(let processes) = listener.owner { holder = processes.first }
            process = holder?.name ?? ""
            user = holder.map { $0.user ?? String($0.uid) } ?? String(listener.uid)
            ianaStatus = entry.registry.status.rawValue
            self.severity = severity
        }

        var pairs: [(String, String)] {
            [("port", String(port)), ("protocol", self.protocol), ("address", address), ("process", process), ("user", user),
             ("iana_status", ianaStatus), ("severity", severity.rawValue)]
        }

        /// Most severe first, so that a cap drops notices before alerts; then by port.
        func precedes(_ other: ListenerLabels) -> Bool {
            if severity != other.severity { return severity > other.severity }
            return (port, self.protocol, address, process, user) < (other.port, other.protocol, other.address, other.process, other.user)
        }
    }

    struct FindingDetail: Hashable {
        var rule: RuleID
        var severity: Severity
        var port: UInt16
        var `protocol`: String
        var address: String
        var process: String

        var pairs: [(String, String)] {
            [("rule", rule.rawValue), ("severity", severity.rawValue), ("port", String(port)), ("protocol", self.protocol), ("address", address), ("process", process)]
        }

        func precedes(_ other: FindingDetail) -> Bool {
            if severity != other.severity { return severity > other.severity }
            return (rule, port, self.protocol, address, process) < (other.rule, other.port, other.protocol, other.address, other.process)
        }
    }
}
