public import PortRegistry

/// What `FreePortSearch` found, and how many ports of the range each check ruled out.
public struct FreePortResult: Hashable, Sendable {
    public var range: PortRange
    public var suggestions: [FreePortSuggestion]
    /// Ports of the range inside the kernel's ephemeral range.
    public var ephemeral: Int
    /// Ports of the range in ip_local_reserved_ports (and not already ephemeral).
    public var reserved: Int
    /// Ports of the range a socket here uses (and not ruled out above).
    public var inUse: Int
    /// Ports found registered with IANA, now or in the history. Complete only when the search
    /// looked at every candidate, which it did when it found fewer suggestions than asked.
    public var registered: Int

    public init(range: PortRange, suggestions: [FreePortSuggestion], ephemeral: Int, reserved: Int, inUse: Int, registered: Int) {
        self.range = range
        self.suggestions = suggestions
        self.ephemeral = ephemeral
        self.reserved = reserved
        self.inUse = inUse
        self.registered = registered
    }

    /// One sentence for an empty result: which checks left nothing.
    public var emptyExplanation: String {
        var parts: [String] = []
        if ephemeral > 0 { parts.append("\(ephemeral) in the kernel's ephemeral range") }
        if reserved > 0 { parts.append("\(reserved) reserved (ip_local_reserved_ports)") }
        if inUse > 0 { parts.append("\(inUse) in use here") }
        if registered > 0 { parts.append("\(registered) registered with IANA now or in the past") }
        let why = parts.isEmpty ? "" : " (of its \(range.count) ports: \(parts.joined(separator: ", ")))"
        return "No free port in \(range)\(why); try another --range, like user or A-B."
    }
}
