import HostInventory
import PortReport

/// Documents of the JSON API that the CLI has no `--json` for. They follow `portlore/1`:
/// a `schema` and a `kind`, snake_case keys.
enum APIDocument {
    /// The body of every 4xx and 5xx answer.
    struct Error: Encodable, Sendable {
        var schema = JSONDocument.schema
        var kind = "error"
        var status: Int
        var error: String
        var message: String
    }

    struct Health: Encodable, Sendable {
        var schema = JSONDocument.schema
        var kind = "health"
        var status = "ok"
        var registryDate: String
    }

    /// `/api/v1/findings`: every finding on the host, most severe first.
    struct Findings: Encodable, Sendable {
        var schema = JSONDocument.schema
        var kind = "findings"
        var registry: JSONDocument.Registry
        var isRoot: Bool
        var scannedAt: String
        var findings: [Entry]

        struct Entry: Encodable, Sendable {
            var finding: JSONDocument.Finding
            var port: Int
            var `protocol`: String
            var address: String
            var process: String?

            func encode(to encoder: any Encoder) throws {
                // Flat: the finding's fields beside the socket's.
                try finding.encode(to: encoder)
                var container = encoder.container(keyedBy: Key.self)
                try container.encode(port, forKey: .port)
                try container.encode(self.protocol, forKey: .protocol)
                try container.encode(address, forKey: .address)
                try container.encodeIfPresent(process, forKey: .process)
            }

            private enum Key: String, CodingKey { case port, `protocol`, address, process }
        }

        init(view: HostView, registry: JSONDocument.Registry) {
            self.registry = registry
            isRoot = view.snapshot.isRoot
            scannedAt = Timestamp.iso8601(view.scannedAt)
            // Most severe first, then by port: sorted while the severities are still `Severity`.
            findings = view.listing
                .flatMap { entry in entry.findings.map { (listener: entry.listener, finding: $0) } }
                .sorted { lhs, rhs in
                    if lhs.finding.severity != rhs.finding.severity { return lhs.finding.severity > rhs.finding.severity }
                    return lhs.listener.local.port < rhs.listener.local.port
                }
                .map { listener, finding in
                    Entry(
                        finding: JSONDocument.Finding(finding),
                        port: Int(listener.local.port),
                        protocol: listener.transport.rawValue,
                        address: listener.local.ip,
                        process: listener.processName(for: finding.pid)
                    )
                }
        }
    }
}

extension Listener {
    /// The name of the process a finding is about, else of the socket's first holder.
    func processName(for pid: Int32? = nil) -> String? {
        guard case .processes(let processes) = owner else { return nil }
        if let pid, let process = processes.first(where: { $0.pid == pid }) { return process.name }
        return processes.first?.name
    }

    /// The first holder, if the owner is known.
    var firstProcess: ProcessDetails? {
        guard case .processes(let processes) = owner else { return nil }
        return processes.first
    }
}
