public import PortRegistry

/// A port `portlore free` suggests, and why it is safe to pick.
public struct FreePortSuggestion: Hashable, Sendable {
    public var port: Port
    /// `.unassigned`, or `.dynamic` for 49152-65535 (which IANA never assigns).
    public var status: RegistryStatus
    /// The current IANA record covering the port (an Unassigned range), when there is one.
    public var ianaRecord: RegistryRecord?
    /// The oldest registry snapshot in the history for the port: "never assigned since".
    public var historySince: String?
    /// One sentence per check the port passed, in the order they were made.
    public var reasons: [String]

    public init(port: Port, status: RegistryStatus, ianaRecord: RegistryRecord?, historySince: String?, reasons: [String]) {
        self.port = port
        self.status = status
        self.ianaRecord = ianaRecord
        self.historySince = historySince
        self.reasons = reasons
    }

    public var tier: PortTier { port.tier }
}
