/// What IANA's registry says of a port today, for one transport protocol, said plainly.
public enum RegistryStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// A current record gives the port a service name.
    case assigned
    /// IANA holds the port back (`Reserved`) and it never had a service name in the history.
    case reserved
    /// IANA lists the port as `Unassigned`, or has no record of it for this protocol.
    case unassigned
    /// The port had a service name and lost it: IANA's note says "De-assigned", or the
    /// history shows a named version before today's Reserved or Unassigned entry.
    case deassigned
    /// 49152-65535: IANA never assigns these and its registry has no record of them.
    case dynamic

    /// One sentence on what the status means for someone who finds a listener there.
    public var meaning: String {
        switch self {
        case .assigned:
            "IANA has registered this port to the service below; other software may still use it."
        case .reserved:
            "IANA holds this port back from assignment; no service should be using it."
        case .unassigned:
            "IANA has not assigned this port to any service; anyone may ask for it, and software using it is unregistered."
        case .deassigned:
            "IANA withdrew this port's assignment; software still listening here is legacy, unofficial or hiding."
        case .dynamic:
            "This port is in the dynamic/private range, which IANA never assigns; the kernel hands such ports to outgoing connections."
        }
    }
}
