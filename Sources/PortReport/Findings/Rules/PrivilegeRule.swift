import HostInventory
import PortRegistry

/// `root-on-high-port` and `unprivileged-system-port`: who holds a port against what the
/// port's tier expects.
public struct PrivilegeRule: FindingRule {
    public var emits: [RuleID] { [.rootOnHighPort, .unprivilegedSystemPort] }

    public init() {}

    public func evaluate(_ context: ListenerContext, into findings: inout [Finding]) {
        let tier = PortTier(Port(rawValue: context.listener.local.port))
        // Privilege separation (nginx, sshd, postfix): a root parent binds the port and hands
        // the socket to unprivileged workers. Workers beside a root holder are expected.
        let rootHolds = context.processes.contains { $0.uid == 0 }
        for process in context.processes {
            if tier != .system && process.uid == 0 {
                findings.append(Finding(
                    rule: .rootOnHighPort, severity: .info,
                    reason: "\(process.name) (pid \(process.pid)) runs as root on \(context.portLabel), a \(tier.title) port that needs no privilege; it could run as another user.",
                    pid: process.pid
                ))
            } else if tier == .system && process.uid != 0 && !rootHolds {
                findings.append(Finding(
                    rule: .unprivilegedSystemPort, severity: .notice,
                    reason: "\(process.name) (pid \(process.pid), uid \(process.uid)) holds System port \(context.portLabel) without being root: through CAP_NET_BIND_SERVICE, a lowered net.ipv4.ip_unprivileged_port_start, or a root parent that handed it the socket.",
                    pid: process.pid
                ))
            }
        }
    }
}
