import HostInventory
import PortRegistry

/// `port-deassigned`, `port-reserved`, `port-unassigned`: a listener on a port IANA does not
/// assign to anyone (any more). Dynamic ports are left alone: they are meant for this.
public struct RegistryStatusRule: FindingRule {
    public var id: String { "port-registry-status" }
    public var summary: String { "Listening on a port IANA lists as de-assigned, reserved or unassigned." }

    public init() {}

    public func evaluate(_ context: ListenerContext, into findings: inout [Finding]) {
        let label = context.portLabel
        switch context.story.status {
        case .deassigned:
            let former = context.story.formerAssignments.last
            let was = former.map { "was \($0.serviceName) (\($0.description))" } ?? "had a service name"
            let when = context.story.deassignedOn.map { " on \($0)" } ?? ""
            findings.append(Finding(
                rule: "port-deassigned", severity: .warning,
                reason: "\(label) \(was) until IANA de-assigned it\(when); nothing registered should listen here."
            ))
        case .reserved:
            findings.append(Finding(
                rule: "port-reserved", severity: .notice,
                reason: "\(label) is reserved by IANA and assigned to no service."
            ))
        case .unassigned:
            let reason: FindingReason = if let range = context.story.current.first?.ports, !range.isSinglePort {
                "\(label) is not assigned by IANA (in the unassigned range \(range.lower)-\(range.upper)); the software here is unregistered."
            } else {
                "\(label) is not assigned by IANA; the software here is unregistered."
            }
            findings.append(Finding(rule: "port-unassigned", severity: .info, reason: reason))
        case .assigned, .dynamic:
            break
        }
    }
}
