import HostInventory
import PortRegistry

/// `port-deassigned`, `port-reserved`, `port-unassigned`: a listener on a port IANA does not
/// assign to anyone (any more). Dynamic ports are left alone: they are meant for this.
public struct RegistryStatusRule: FindingRule {
    public let id = "port-registry-status"
    public let summary = "Listening on a port IANA lists as de-assigned, reserved or unassigned."

    public init() {}

    public func evaluate(_ context: ListenerContext) -> [Finding] {
        let story = context.story
        let label = context.portLabel
        switch story.status {
        case .deassigned:
            let former = story.formerAssignments.last
            let was = former.map { "was \($0.serviceName) (\($0.description))" } ?? "had a service name"
            let when = story.deassignedOn.map { " on \($0)" } ?? ""
            return [Finding(
                rule: "port-deassigned", severity: .warning,
                reason: "\(label) \(was) until IANA de-assigned it\(when); nothing registered should listen here.",
                listener: context.listener
            )]
        case .reserved:
            return [Finding(
                rule: "port-reserved", severity: .notice,
                reason: "\(label) is reserved by IANA and assigned to no service.",
                listener: context.listener
            )]
        case .unassigned:
            let range = story.current.first?.ports.flatMap { $0.isSinglePort ? nil : " (in the unassigned range \($0))" } ?? ""
            return [Finding(
                rule: "port-unassigned", severity: .info,
                reason: "\(label) is not assigned by IANA\(range); the software here is unregistered.",
                listener: context.listener
            )]
        case .assigned, .dynamic:
            return []
        }
    }
}
