import FoundationEssentials
import HostInventory
import NIOPosix
import PortRegistry
import PortReport

/// The last scan of the host, shared by every request and refreshed when older than the
/// configured age, so that a burst of page views does not rescan /proc for each one.
///
/// Scans block (HostInventory reads /proc and netlink synchronously): they run on NIO's
/// blocking thread pool, never on an event loop or the cooperative pool. Requests that arrive
/// during a scan wait for that one scan.
actor HostViewCache {
    private let inventory: any HostInventory
    private let options: InventoryOptions
    private let registry: Registry
    private let rules: RuleBook
    private let maximumAge: Duration
    private let clock = ContinuousClock()

    private var latest: (view: HostView, at: ContinuousClock.Instant)?
    private var pending: Task<HostView, any Error>?

    init(inventory: any HostInventory, options: InventoryOptions, registry: Registry, rules: RuleBook, maximumAgeSeconds: Double) {
        self.inventory = inventory
        self.options = options
        self.registry = registry
        self.rules = rules
        self.maximumAge = .milliseconds(Int64(max(0, maximumAgeSeconds) * 1000))
    }

    /// The latest view if it is young enough, without scanning.
    func cachedView() -> HostView? {
        guard let latest, clock.now - latest.at <= maximumAge else { return nil }
        return latest.view
    }

    /// A view no older than the maximum age.
    func view() async throws(ServerError) -> HostView {
        if let latest, clock.now - latest.at <= maximumAge {
            return latest.view
        }
        let task: Task<HostView, any Error>
        if let pending {
            task = pending
        } else {
            let inventory = inventory, options = options, registry = registry, rules = rules
            task = Task {
                try await NIOThreadPool.singleton.runIfActive {
                    try Self.scan(inventory: inventory, options: options, registry: registry, rules: rules)
                }
            }
            pending = task
        }
        do {
            let view = try await task.value
            if pending == task {
                pending = nil
                latest = (view, clock.now)
            }
            return view
        } catch {
            if pending == task { pending = nil }
            if let error = error as? InventoryError { throw .inventory(error) }
            throw .scanFailed(reason: "\(error)")
        }
    }

    /// Scans, judges and redacts. Findings see the real command lines; nothing else does.
    static func scan(inventory: any HostInventory, options: InventoryOptions, registry: Registry, rules: RuleBook) throws -> HostView {
        let clock = ContinuousClock()
        let start = clock.now
        let raw = try inventory.snapshot(options)
        let listing = PortReporter(registry: registry, snapshot: raw).listing(ListenerFilter(), rules: rules)
        let redactor = CommandLineRedactor()
        let elapsed = clock.now - start
        return HostView(
            snapshot: raw.redactingCommandLines(with: redactor),
            listing: listing.map { $0.redactingCommandLines(with: redactor) },
            scannedAt: Date().timeIntervalSince1970,
            scanSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        )
    }
}
