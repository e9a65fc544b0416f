public import HostInventory

/// The polls of one `portlore watch` run: each asks the inventory for sockets without owners
/// (reading every /proc/PID/fd is most of a snapshot's cost), feeds them to `ListenerWatch`,
/// resolves owners only of the sockets that appeared, and annotates and filters the events.
///
/// The caller says when: it passes each poll's time (a real clock in the command, literal
/// times in tests) and decides how to wait between polls (`WatchSchedule`).
public struct WatchPolls: Sendable {
    private let inventory: any HostInventory
    private let options: InventoryOptions
    private var watch = ListenerWatch()
    private var annotator: WatchAnnotator
    private var severityFilter: WatchSeverityFilter?
    /// The first poll: what was there when the watch started.
    public let baseline: HostSnapshot
    /// The baseline's sockets with their owners, as `appeared` events at the start time.
    private let baselineEvents: [WatchEvent]

    /// Polls once for the baseline at `time`. `options.resolveOwners` is ignored: owners are
    /// resolved for the baseline once, then only for sockets that appear.
    init(
        inventory: any HostInventory, options: InventoryOptions, annotator: (Bool) -> WatchAnnotator,
        minimumSeverity: Severity?, at time: Double
    ) throws(InventoryError) {
        var options = options
        options.resolveOwners = false
        self.inventory = inventory
        self.options = options
        baseline = try inventory.snapshot(options)
        self.annotator = annotator(baseline.isRoot)
        severityFilter = minimumSeverity.map(WatchSeverityFilter.init(minimum:))
        _ = watch.observe(baseline.listeners, at: time)
        // Owners of the baseline, once: a socket that disappears later can then still name its process.
        let owned = try inventory.resolvingOwners(baseline.listeners)
        watch.record(owners: owned)
        baselineEvents = Listener.inDisplayOrder(owned).map { WatchEvent(change: .appeared, listener: $0, time: time) }
    }

    /// The sockets present at the start as `appeared` events, annotated and filtered like any
    /// poll's (`--initial`, and the first frame of the live table). Ask once.
    public mutating func initialEvents() -> [WatchEvent] {
        judged(baselineEvents)
    }

    /// One poll at `time`: what disappeared and appeared since the last, appeared sockets with
    /// their owners, annotated with their port's registration and findings, and without those
    /// under the minimum severity.
    public mutating func poll(at time: Double) throws(InventoryError) -> [WatchEvent] {
        let snapshot = try inventory.snapshot(options)
        var events = watch.observe(snapshot.listeners, at: time)
        let appeared = events.filter { $0.change == .appeared }.map(\.listener)
        if !appeared.isEmpty {
            let resolved = try inventory.resolvingOwners(appeared)
            watch.record(owners: resolved)
            let byKey = Dictionary(resolved.map { (WatchKey($0), $0) }, uniquingKeysWith: { first, _ in first })
            for index in events.indices where events[index].change == .appeared {
                events[index].listener = byKey[WatchKey(events[index].listener)] ?? events[index].listener
            }
        }
        return judged(events)
    }

    /// Annotates one poll's events and drops those under the minimum severity.
    private mutating func judged(_ events: [WatchEvent]) -> [WatchEvent] {
        events.compactMap { event in
            let annotated = annotator.annotate(event)
            guard severityFilter != nil else { return annotated }
            return severityFilter!.pass(annotated)
        }
    }
}

extension PortSession {
    /// Starts watching the sockets `options` selects: polls once, at `time`, for the baseline.
    public func watch(_ options: InventoryOptions, minimumSeverity: Severity?, at time: Double) throws(InventoryError) -> WatchPolls {
        let registry = registry, rules = rules ?? RuleBook(rules: [])
        return try WatchPolls(
            inventory: inventory, options: options,
            annotator: { isRoot in WatchAnnotator(registry: registry, rules: rules, isRoot: isRoot) },
            minimumSeverity: minimumSeverity, at: time
        )
    }
}
