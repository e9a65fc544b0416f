public import HostInventory
public import PortRegistry
import Dispatch

#if canImport(Glibc)
import Glibc
#endif

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
    ///
    /// Judging 20,000 sockets takes tens of milliseconds, so the sorted sockets are cut into
    /// runs of ports judged on every core; a run looks each of its ports up once.
    public func listing(_ filter: ListenerFilter, rules: RuleBook? = nil) -> [ListingEntry] {
        guard let snapshot else { return [] }
        let wanted = filter.matchesEverything ? snapshot.listeners : snapshot.listeners.filter(filter.matches)
        let listeners = Listener.inDisplayOrder(wanted)
        let count = listeners.count
        let chunkCount = count < 2_000 ? 1 : min(8, max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) * 2)
        let chunkSize = (count + chunkCount - 1) / max(chunkCount, 1)
        return [ListingEntry](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Safe: each iteration initializes only its own run of `buffer`, and
            // concurrentPerform returns after every iteration has finished.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                let start = chunk * chunkSize
                let end = min(start + chunkSize, count)
                guard start < end else { return }
                judge(listeners[start..<end], rules: rules, isRoot: snapshot.isRoot, into: slots.baseAddress! + start)
            }
            initialized = count
        }
    }

    /// Judges `listeners` and initializes one entry per listener from `destination` on.
    private func judge(
        _ listeners: ArraySlice<Listener>, rules: RuleBook?, isRoot: Bool, into destination: UnsafeMutablePointer<ListingEntry>
    ) {
        // Many sockets share a port (v4 and v6, pre-fork servers): look each port up once,
        // and let the lookup reuse its story across a run of ports the same records cover.
        var lookup = PortStoryLookup(registry: registry)
        var last: (key: Int, story: PortStory, summary: PortSummary)?
        var slot = destination
        for listener in listeners {
            let transport: TransportProtocol = listener.transport == .tcp ? .tcp : .udp
            let key = Int(listener.local.port) << 1 | (transport == .tcp ? 0 : 1)
            // The sockets come sorted by port and protocol: a port's sockets are neighbours.
            let story: PortStory
            let summary: PortSummary
            if let last, last.key == key {
                (story, summary) = (last.story, last.summary)
            } else {
                story = lookup.story(of: Port(rawValue: listener.local.port), transport: transport)
                // A reused story shares its arrays' storage, which makes this check cheap.
                if let last, last.story.status == story.status, last.story.current == story.current,
                   last.story.formerAssignments == story.formerAssignments, last.story.deassignedOn == story.deassignedOn {
                    summary = last.summary
                } else {
                    summary = PortSummary(story)
                }
                last = (key, story, summary)
            }
            let findings = rules?.findings(for: ListenerContext(listener: listener, story: story, isRoot: isRoot)) ?? []
            slot.initialize(to: ListingEntry(listener: listener, registry: summary, findings: findings))
            slot += 1
        }
    }
}
