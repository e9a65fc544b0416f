/// Stories of many ports in a row, as a listing sorted by port asks for them.
///
/// Building a story decodes, sorts and compares every record covering the port. Neighbouring
/// ports are often covered by the very same records (20,000 listeners on 20000-39999 sit
/// mostly in a few hundred Unassigned ranges), and then their stories differ only in `port`:
/// the lookup keeps the last story and reuses it while the port stays in the same run of
/// identically covered ports and the same tier (a port no record covers is dynamic or
/// unassigned by its tier alone).
public struct PortStoryLookup: Sendable {
    public let registry: Registry
    private var last: (segment: Int, tier: PortTier, transport: TransportProtocol, story: PortStory)?
    /// Whether the last `story(of:transport:)` returned the story before it with only its
    /// port changed: what callers derived from that story still holds.
    public private(set) var reusedStory = false

    public init(registry: Registry) {
        self.registry = registry
    }

    /// The same story as `registry.stories(of: port, transport: transport)[0]`.
    public mutating func story(of port: Port, transport: TransportProtocol) -> PortStory {
        let segment = registry.compiled.segment(containing: Int(port.rawValue))
        if last?.segment == segment, last?.tier == port.tier, last?.transport == transport {
            last!.story.port = port
            reusedStory = true
            return last!.story
        }
        let story = registry.stories(of: port, transport: transport)[0]
        last = (segment, port.tier, transport, story)
        reusedStory = false
        return story
    }
}
