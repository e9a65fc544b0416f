/// RFC 6335's three port ranges (section 6).
public enum PortTier: String, CaseIterable, Hashable, Sendable, Codable {
    /// 0-1023, "System Ports": assigned by IETF Review or IESG Approval.
    case system
    /// 1024-49151, "User Ports": assigned by IANA through IETF Review, IESG Approval or Expert Review.
    case user
    /// 49152-65535, "Dynamic and/or Private Ports": IANA does not assign them (RFC 6335).
    case dynamic

    public init(_ port: Port) {
        switch port.rawValue {
        case 0...1023: self = .system
        case 1024...49151: self = .user
        default: self = .dynamic
        }
    }

    public var range: PortRange {
        switch self {
        case .system: PortRange(Port(rawValue: 0), Port(rawValue: 1023))!
        case .user: PortRange(Port(rawValue: 1024), Port(rawValue: 49151))!
        case .dynamic: PortRange(Port(rawValue: 49152), Port(rawValue: 65535))!
        }
    }

    /// "System", "User", "Dynamic/Private".
    public var title: String {
        switch self {
        case .system: "System"
        case .user: "User"
        case .dynamic: "Dynamic/Private"
        }
    }

    /// One line a reader can act on.
    public var explanation: String {
        switch self {
        case .system:
            "System ports (0-1023) are assigned through IETF review; binding them on Linux needs root or CAP_NET_BIND_SERVICE."
        case .user:
            "User ports (1024-49151) are registered with IANA by expert review; any unprivileged program may bind them."
        case .dynamic:
            "IANA does not assign dynamic/private ports (49152-65535, RFC 6335); they are meant for ephemeral and private use."
        }
    }
}
