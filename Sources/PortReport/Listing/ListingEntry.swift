public import HostInventory
public import PortRegistry
import Dispatch

/// A socket of `portlore ls`, with what IANA says of its port and what the rules found.
public struct ListingEntry: Hashable, Sendable {
    public var listener: Listener
    /// The registration of the socket's port for its protocol. A summary rather than the
    /// whole story: a listing of 20,000 ports would otherwise hold every record's text.
    public var registry: PortSummary
    /// Most severe first; empty when no rule was asked or none fired.
    public var findings: [Finding]

    public init(listener: Listener, registry: PortSummary, findings: [Finding] = []) {
        self.listener = listener
        self.registry = registry
        self.findings = findings
    }
}

/// What a listing row says about a port's registration: enough to make a listener on a
/// de-assigned or unassigned port stand out.
public struct PortSummary: Hashable, Sendable {
    public var status: RegistryStatus
    /// Today's service names, `http, www, www-http`.
    public var serviceNames: [String]
    /// The last name the port had before it was withdrawn or renamed.
    public var formerName: String?
    public var deassignedOn: String?

    public init(_ story: PortStory) {
        status = story.status
        serviceNames = story.current.map(\.serviceName).filter { !$0.isEmpty }
        formerName = story.formerAssignments.last?.serviceName
        deassignedOn = story.deassignedOn
    }
}

extension PortReporter {
    /// The host's sockets that pass `filter`, sorted by port, protocol and address, each with
    /// its port's story and, when `rules` are given, its findings.
    public func listing(_ filter: ListenerFilter, rules: RuleBook? = nil) -> [ListingEntry] {
        judge(filter, rules: rules).entries()
    }

    /// The host's sockets that pass `filter`, in display order, ready to be judged a piece at a time.
    public func judge(_ filter: ListenerFilter, rules: RuleBook? = nil) -> ListingJudge {
        guard let snapshot else { return ListingJudge(listeners: [], registry: registry, rules: rules, isRoot: false) }
        let wanted = filter.matchesEverything ? snapshot.listeners : snapshot.listeners.filter(filter.matches)
        return ListingJudge(listeners: Listener.inDisplayOrder(wanted), registry: registry, rules: rules, isRoot: snapshot.isRoot)
    }
}

/// The sockets of a listing in display order, and what to judge them by.
///
/// A listing can be judged whole (`entries()`) or a piece at a time (`withEntries(_:_:)`):
/// `ls --json` writes each piece while it is fresh rather than holding 20,000 judged
/// entries, and their findings' text, all at once.
public struct ListingJudge: Sendable {
    public let listeners: [Listener]
    public let registry: Registry
    public let rules: RuleBook?
    /// Whether the scan ran as root (some rules read an owner-less socket differently).
    public let isRoot: Bool

    public init(listeners: [Listener], registry: Registry, rules: RuleBook?, isRoot: Bool) {
        self.listeners = listeners
        self.registry = registry
        self.rules = rules
        self.isRoot = isRoot
    }

    public var count: Int { listeners.count }

    /// Every socket judged, on every core: 20,000 sockets take tens of milliseconds.
    public func entries() -> [ListingEntry] {
        let count = listeners.count
        let chunkCount = ThreadBudget.threads(items: count, itemsPerThread: 1_000, maximum: 8)
        let chunkSize = (count + chunkCount - 1) / max(chunkCount, 1)
        return [ListingEntry](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Safe: each iteration initializes only its own run of `buffer`, and
            // concurrentPerform returns after every iteration has finished.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                let start = chunk * chunkSize
                let end = min(start + chunkSize, count)
                guard start < end else { return }
                judge(start..<end, into: slots.baseAddress! + start)
            }
            initialized = count
        }
    }

    /// Judges the sockets at `range` and lends them to `body`; they are gone when it returns.
    public func withEntries<Result>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<ListingEntry>) -> Result) -> Result {
        let entries = UnsafeMutablePointer<ListingEntry>.allocate(capacity: range.count)
        defer { entries.deallocate() }
        judge(range, into: entries)
        defer { entries.deinitialize(count: range.count) }
        return body(UnsafeBufferPointer(start: entries, count: range.count))
    }

    /// Judges the sockets at `range` and initializes one entry per socket from `destination` on.
    private func judge(_ range: Range<Int>, into destination: UnsafeMutablePointer<ListingEntry>) {
        // Through a pointer: threads judging pieces of one array at once would otherwise
        // fight over its storage's reference count, retained for every element read.
        listeners.withUnsafeBufferPointer { all in
            let listeners = UnsafeBufferPointer(rebasing: all[range])
            // The sockets come sorted by port and protocol, so a port's sockets (v4 and v6,
            // pre-fork servers) are neighbours: each run of them shares one story, and the
            // lookup reuses its story across a run of ports the same records cover.
            var lookup = PortStoryLookup(registry: registry)
            var summary: PortSummary?
            var start = 0
            while start < listeners.count {
                let port = listeners[start].local.port
                let transport = listeners[start].transport
                var end = start + 1
                while end < listeners.count && listeners[end].local.port == port && listeners[end].transport == transport {
                    end += 1
                }
                let story = lookup.story(of: Port(rawValue: port), transport: transport == .tcp ? .tcp : .udp)
                if summary == nil || !lookup.reusedStory { summary = PortSummary(story) }
                for index in start..<end {
                    let findings = rules?.findings(for: ListenerContext(listener: listeners[index], story: story, isRoot: isRoot)) ?? []
                    (destination + index).initialize(to: ListingEntry(listener: listeners[index], registry: summary!, findings: findings))
                }
                start = end
            }
        }
    }
}
