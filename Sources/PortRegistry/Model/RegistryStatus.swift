/// What IANA's registry says of a port today, for one transport protocol, said plainly.
public enum RegistryStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// A current record gives the port a service name.
    case assigned
    /// IANA holds the port back (`Reserved`) and no copy of the registry we hold (1992 on) ever
    /// gave it a service name.
    case reserved
    /// IANA lists the port as `Unassigned`, or has no record of it for this protocol, and no
    /// copy we hold ever gave it a service name.
    case unassigned
    /// The port had a service name and has none today, whenever that happened: a copy we hold
    /// (1992 on) names a service here, or today's entry says so in IANA's words ("De-registered",
    /// "Removed", "Decommissioned", a note "De-Assigned on ...").
    case deassigned
    /// 49152-65535: IANA does not assign these (RFC 6335) and its registry has no record of them.
    case dynamic

    /// One sentence on what the status means for someone who finds a listener there.
    public var meaning: String {
        switch self {
        case .assigned:
            "IANA has registered this port to the service below; other software may still use it."
        case .reserved:
            "IANA holds this port back and has never given it a service name in any copy we hold; software listening here is not registered for it."
        case .unassigned:
            "IANA has not assigned this port to any service, and no copy we hold names one; software listening here is not registered for it."
        case .deassigned:
            "A service name IANA once listed for this port is gone from its registry; the registry does not explain software listening here now."
        case .dynamic:
            "This port is in the dynamic/private range, which IANA does not assign; the kernel may hand such ports to outgoing connections."
        }
    }
}
