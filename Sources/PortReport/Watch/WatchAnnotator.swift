public import HostInventory
public import PortRegistry

/// Adds to watch events what IANA says of their port and, for sockets that appeared, what
/// the rules find. Each port's story is looked up once per run.
public struct WatchAnnotator: Sendable {
    public var registry: Registry
    public var rules: RuleBook
    public var isRoot: Bool
    private var stories: [Int: PortStory] = [:]

    public init(registry: Registry, rules: RuleBook, isRoot: Bool) {
        self.registry = registry
        self.rules = rules
        self.isRoot = isRoot
    }

    public mutating func annotate(_ event: WatchEvent) -> WatchEvent {
        var event = event
        let story = story(of: event.listener)
        event.registry = PortSummary(story)
        if event.change == .appeared {
            event.findings = rules.findings(for: ListenerContext(listener: event.listener, story: story, isRoot: isRoot))
        }
        return event
    }

    private mutating func story(of listener: Listener) -> PortStory {
        let transport: TransportProtocol = listener.transport == .tcp ? .tcp : .udp
        let key = Int(listener.local.port) << 1 | (transport == .tcp ? 0 : 1)
        if let known = stories[key] { return known }
        let story = registry.stories(of: Port(rawValue: listener.local.port), transport: transport)[0]
        stories[key] = story
        return story
    }
}
