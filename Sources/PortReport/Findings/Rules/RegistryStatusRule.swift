import HostInventory
import PortRegistry

/// `port-deassigned`, `port-reserved`, `port-unassigned`: a listener on a port IANA does not
/// assign to anyone (any more). Dynamic ports are left alone: they are meant for this.
public struct RegistryStatusRule: FindingRule {
    public var emits: [RuleID] { [.portDeassigned, .portReserved, .portUnassigned] }

    public init() {}

    public func evaluate(_ context: ListenerContext, into findings: inout [Finding]) {
        let label = context.portLabel
        switch context.story.status {
        case .deassigned:
            let former = context.story.formerAssignments.last
            let was = former.map { "was \($0.serviceName) (\($0.description))" } ?? "had a service name"
            // A stated date reads as fact, anything else as the window between two of our copies.
            let when = context.story.deassignment.map { " " + TextRenderer.when(of: $0) } ?? ""
            findings.append(Finding(
                rule: .portDeassigned, severity: .warning,
                reason: "\(label) \(was) until IANA de-assigned it\(when); no service is registered on it now."
            ))
        case .reserved:
            findings.append(Finding(
                rule: .portReserved, severity: .notice,
                reason: "\(label) is reserved by IANA and assigned to no service."
            ))
        case .unassigned:
            let reason: FindingReason = if let range = context.story.current.first?.ports, !range.isSinglePort {
                "\(label) is not assigned by IANA (in the unassigned range \(range.lower)-\(range.upper)); no service is registered on it."
            } else {
                "\(label) is not assigned by IANA; no service is registered on it."
            }
            findings.append(Finding(rule: .portUnassigned, severity: .info, reason: reason))
        case .assigned, .dynamic:
            break
        }
    }
}
