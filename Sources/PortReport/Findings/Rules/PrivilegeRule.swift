import HostInventory
import PortRegistry

/// `root-on-high-port` and `unprivileged-system-port`: who holds a port against what the
/// port's tier expects.
public struct PrivilegeRule: FindingRule {
    public var id: String { "privilege" }
    public var summary: String { "A root listener on a User/Dynamic port, or a System port held without root." }

    public init() {}

    public func evaluate(_ context: ListenerContext, into findings: inout [Finding]) {
        let tier = PortTier(Port(rawValue: context.listener.local.port))
        // Privilege separation (nginx, sshd, postfix): a root parent binds the port and hands
        // the socket to unprivileged workers. Workers beside a root holder are expected.
        let rootHolds = context.processes.contains { $0.uid == 0 }
        for process in context.processes {
            if tier != .system && process.uid == 0 {
                findings.append(Finding(
                    rule: "root-on-high-port", severity: .info,
                    reason: "\(process.name) (pid \(process.pid)) runs as root on \(context.portLabel), a \(tier.title) port that needs no privilege; it could run as another user.",
                    pid: process.pid
                ))
            } else if tier == .system && process.uid != 0 && !rootHolds {
                findings.append(Finding(
                    rule: "unprivileged-system-port", severity: .notice,
                    reason: "\(process.name) (pid \(process.pid), uid \(process.uid)) holds System port \(context.portLabel) without being root: through CAP_NET_BIND_SERVICE, a lowered net.ipv4.ip_unprivileged_port_start, or a root parent that handed it the socket.",
                    pid: process.pid
                ))
            }
        }
    }
}
