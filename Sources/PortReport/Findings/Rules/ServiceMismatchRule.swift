import HostInventory
import PortRegistry

/// `unexpected-service`: a well-known port held by a program that is not one of the usual
/// implementations of the port's service (something other than sshd on 22).
///
/// Only services with a short, stable list of implementations are judged. Web ports (80,
/// 443, 8080, 3000, ...) are served by too many programs to judge, so they never raise it;
/// neither do forwarders such as docker-proxy, which relay a port to its real owner.
public struct ServiceMismatchRule: FindingRule {
    public var id: String { "unexpected-service" }
    public var summary: String { "A well-known port held by a program that is not a usual implementation of its service." }

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

    public init() {}

    public func evaluate(_ context: ListenerContext, into findings: inout [Finding]) {
        guard let expected = Self.expectations[context.listener.local.port] else { return }
        for process in context.processes {
            let names = [process.name] + [process.executable?.split(separator: "/").last.map(String.init)].compactMap { $0 }
            let matches = { (candidates: [String]) in
                names.contains { name in candidates.contains { name.hasPrefix($0) } }
            }
            if matches(expected.programs) || matches(Self.forwarders) { continue }
            let severity: Severity = PortTier(Port(rawValue: context.listener.local.port)) == .system ? .warning : .notice
            findings.append(Finding(
                rule: "unexpected-service", severity: severity,
                reason: "\(context.portLabel) is \(expected.service), usually served by \(expected.programs.prefix(3).joined(separator: ", ")); here it is \(process.name) (\(process.executable ?? "executable unknown"), pid \(process.pid)).",
                pid: process.pid
            ))
        }
    }
}
