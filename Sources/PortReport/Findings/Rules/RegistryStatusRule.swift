import HostInventory
import PortRegistry

/// `port-deassigned`, `port-reserved`, `port-unassigned`: a listener on a port IANA does not
/// assign to anyone (any more). Dynamic ports are left alone: they are meant for this.
public struct RegistryStatusRule: FindingRule {
    public var id: String { "port-registry-status" }
    public var summary: String { "Listening on a port IANA lists as de-assigned, reserved or unassigned." }

    public init() {}

    public func evaluate(_ context: ListenerContext, into findings: inout [Finding]) {
        let story = context.story
        let label = context.portLabel
        switch story.status {
        case .deassigned:
            let former = story.formerAssignments.last
            let was = former.map { "was \($0.serviceName) (\($0.description))" } ?? "had a service name"
            let when = story.deassignedOn.map { " on \($0)" } ?? ""
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
            let range = story.current.first?.ports.flatMap { $0.isSinglePort ? nil : " (in the unassigned range \($0))" } ?? ""
            findings.append(Finding(
                rule: "port-unassigned", severity: .info,
                reason: "\(label) is not assigned by IANA\(range); the software here is unregistered."
            ))
        case .assigned, .dynamic:
            break
        }
    }
}
