import HostInventory

/// `exposed-local-service`: a service that is usually reached only from this host (a
/// database, a cache, a debugger) listens on every interface or a public address.
public struct ExposedLocalServiceRule: FindingRule {
    public var emits: [RuleID] { [.exposedLocalService] }

    /// Ports of services meant to stay local, with what they are. The IANA name is not
    /// enough: 9229 (Node's inspector) and 5005 (Java's JDWP) are not registered as such.
    static let localServices: [UInt16: String] = [
        2375: "the Docker API without TLS",
        2379: "etcd",
        3306: "MySQL/MariaDB",
        5005: "a Java debugger (JDWP)",
        5432: "PostgreSQL",
        5984: "CouchDB",
        6379: "Redis",
        8500: "the Consul API",
        9200: "Elasticsearch",
        9229: "the Node.js inspector",
        11211: "memcached",
        27017: "MongoDB",
    ]

    public init() {}

    public func evaluate(_ context: ListenerContext, into findings: inout [Finding]) {
        let listener = context.listener
        guard let service = Self.localServices[listener.local.port], !listener.local.isLoopback,
              listener.state == .listen || listener.transport == .udp
        else { return }
        // Inside a container's own namespace, a wildcard bind is how port publishing works.
        guard listener.namespace.isHost else { return }
        let scope = listener.local.isWildcard ? "every interface (\(listener.local.ip))" : "the address \(listener.local.ip)"
        let severity: Severity = service.contains("debugger") || service.contains("inspector") || service.contains("Docker") ? .alert : .warning
        findings.append(Finding(
            rule: .exposedLocalService, severity: severity,
            reason: "\(context.portLabel) is usually \(service), which is meant to be local, but it listens on \(scope)."
        ))
    }
}
