import HostInventory
public import PortRegistry

/// `unexpected-service`: a port held by a program that is not one of the usual implementations
/// of what the port is known for (something other than sshd on 22, other than Prometheus or
/// Cockpit on 9090).
///
/// Two sources say what is usual: a short built-in list for well-known IANA services, and the
/// curated known uses (Data/known-uses/), whose default and habitual programs are expected on
/// their ports. A port is judged only when every known use of it names its programs: web ports
/// (3000, 8000, 8080, ...) are used by software running in generic runtimes (node, python,
/// java), so they never raise it; neither do forwarders such as docker-proxy, which relay a
/// port to its real owner.
public struct ServiceMismatchRule: FindingRule {
    public var emits: [RuleID] { [.unexpectedService] }

    struct Expectation {
        var service: String
        /// Process names or executable basenames, matched as prefixes (`postgres` matches `postgres: writer`).
        var programs: [String]
    }

    static let expectations: [UInt16: Expectation] = [
        22: Expectation(service: "ssh", programs: ["sshd", "dropbear", "sshd-session", "systemd", "tailscaled"]),
        25: Expectation(service: "smtp", programs: ["master", "smtpd", "exim", "exim4", "sendmail", "postfix", "opensmtpd", "haraka"]),
        53: Expectation(service: "domain (DNS)", programs: ["named", "dnsmasq", "unbound", "systemd-resolve", "systemd-resolved", "coredns", "pdns_server", "pdns_recursor", "knotd", "kresd", "nsd", "dnscrypt-proxy", "pihole-FTL"]),
        123: Expectation(service: "ntp", programs: ["ntpd", "chronyd", "systemd-timesyn", "systemd-timesyncd", "openntpd", "ntpsec"]),
        3306: Expectation(service: "mysql", programs: ["mysqld", "mariadbd", "mysqld_safe", "mariadb"]),
        5432: Expectation(service: "postgresql", programs: ["postgres", "postmaster", "pgbouncer", "pgpool", "patroni"]),
        6379: Expectation(service: "redis", programs: ["redis-server", "redis-sentinel", "keydb-server", "valkey-server", "dragonfly"]),
        11211: Expectation(service: "memcache", programs: ["memcached"]),
        27017: Expectation(service: "mongodb", programs: ["mongod", "mongos"]),
    ]

    /// Programs that accept connections on behalf of another (container port publishing,
    /// socket activation, SSH tunnels).
    static let forwarders = ["docker-proxy", "rootlessport", "slirp4netns", "pasta", "containerd-shim", "conmon", "systemd", "sshd", "kubectl"]

    /// The known uses the rule expects programs from.
    public let knownUses: KnownUses

    public init(knownUses: KnownUses = .embedded) {
        self.knownUses = knownUses
    }

    public func evaluate(_ context: ListenerContext, into findings: inout [Finding]) {
        guard !context.processes.isEmpty else { return }
        let port = context.listener.local.port
        let transport: TransportProtocol = context.listener.transport == .tcp ? .tcp : .udp
        let uses = knownUses.uses(of: Port(rawValue: port), transport: transport)
        let expectedUses = uses.filter { $0.kind.makesProgramsExpected }
        let builtIn = Self.expectations[port]
        // A known use without program names (java, node, python ...) means anything may be it.
        if builtIn == nil && (expectedUses.isEmpty || expectedUses.contains { $0.programs.isEmpty }) { return }
        if builtIn != nil && expectedUses.contains(where: { $0.programs.isEmpty }) { return }

        let programs = (builtIn?.programs ?? []) + expectedUses.flatMap(\.programs)
        for process in context.processes {
            var names = [process.name]
            if let executable = process.executable, let base = executable.split(separator: "/").last {
                names.append(String(base))
            }
            if Self.matches(names, programs) || Self.matches(names, Self.forwarders) { continue }
            let severity: Severity = PortTier(Port(rawValue: port)) == .system ? .warning : .notice
            findings.append(Finding(
                rule: .unexpectedService, severity: severity,
                reason: Self.reason(context: context, builtIn: builtIn, uses: uses, process: process),
                pid: process.pid
            ))
        }
    }

    static func reason(context: ListenerContext, builtIn: Expectation?, uses: [KnownUse], process: ProcessDetails) -> FindingReason {
        var expected: [String] = []
        if let builtIn {
            expected.append("is \(builtIn.service), usually served by \(builtIn.programs.prefix(3).joined(separator: ", "))")
        }
        let known = uses.filter { $0.kind.makesProgramsExpected }.map(\.software)
        if !known.isEmpty {
            expected.append("is the \(known.count == 1 ? "" : "usual ")port of \(Self.list(known)) (known uses, not IANA)")
        }
        let dangerous = uses.filter { !$0.kind.makesProgramsExpected }.map { "\($0.software) (\($0.kind.rawValue))" }
        if !dangerous.isEmpty {
            expected.append("is also known for \(Self.list(dangerous))")
        }
        return "\(context.portLabel) \(expected.joined(separator: " and ")); here it is \(process.name) (\(process.executable ?? "executable unknown"), pid \(process.pid))."
    }

    /// At most three names, then how many more.
    static func list(_ names: [String]) -> String {
        names.count <= 3 ? names.joined(separator: ", ") : names.prefix(3).joined(separator: ", ") + " and \(names.count - 3) more"
    }

    /// Whether one of `names` is one of `candidates`, as a prefix (`postgres: writer`). A name of
    /// 15 bytes may be a kernel comm cut short (TASK_COMM_LEN), so it also matches a longer
    /// candidate it begins (`kube-controller` for `kube-controller-manager`).
    static func matches(_ names: [String], _ candidates: [String]) -> Bool {
        names.contains { name in
            candidates.contains { candidate in
                name.utf8.starts(with: candidate.utf8)
                    || (name.utf8.count == 15 && candidate.utf8.starts(with: name.utf8))
            }
        }
    }
}
