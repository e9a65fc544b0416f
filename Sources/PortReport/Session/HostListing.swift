public import HostInventory
import FoundationEssentials
import PortRegistry

/// One scan of the host for a listing: the snapshot, its sockets that pass a filter in display
/// order ready to be judged, and when and how long the scan took.
public struct HostListing: Sendable {
    public var snapshot: HostSnapshot
    public var judge: ListingJudge
    /// Seconds since the epoch when the scan finished.
    public var scannedAt: Double
    public var scanSeconds: Double

    public init(snapshot: HostSnapshot, judge: ListingJudge, scannedAt: Double, scanSeconds: Double) {
        self.snapshot = snapshot
        self.judge = judge
        self.scannedAt = scannedAt
        self.scanSeconds = scanSeconds
    }

    /// The snapshot and every socket judged, command lines redacted: what may leave the
    /// process. Findings were judged on the real command lines; nothing else sees them.
    public func redacted(with redactor: CommandLineRedactor = CommandLineRedactor()) -> (snapshot: HostSnapshot, entries: [ListingEntry]) {
        (snapshot.redactingCommandLines(with: redactor), judge.entries().map { $0.redactingCommandLines(with: redactor) })
    }
}

extension PortSession {
    /// Scans the host with `options` and keeps the sockets that pass `filter`, in display order,
    /// to be judged by the session's rules.
    public func listing(_ filter: ListenerFilter, options: InventoryOptions) throws(InventoryError) -> HostListing {
        let clock = ContinuousClock()
        let start = clock.now
        let snapshot = try inventory.snapshot(options)
        let elapsed = clock.now - start
        let judge = PortReporter(registry: registry, snapshot: snapshot, knownUses: knownUses).judge(filter, rules: rules)
        return HostListing(
            snapshot: snapshot, judge: judge, scannedAt: Date().timeIntervalSince1970,
            scanSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        )
    }

    /// What to ask the inventory for so that a listing by `filter` misses nothing: its
    /// transports, families and ports narrow the scan; owners are matched afterwards.
    /// `allNamespaces` nil: the inventory's default (every namespace as root).
    public static func inventoryOptions(for filter: ListenerFilter, includeConnected: Bool, allNamespaces: Bool?) -> InventoryOptions {
        var options = InventoryOptions()
        if !filter.transports.isEmpty { options.transports = filter.transports }
        if !filter.families.isEmpty { options.families = filter.families }
        options.port = filter.ports.map { $0.lower.rawValue...$0.upper.rawValue }
        options.includeConnected = includeConnected
        if let allNamespaces { options.allNamespaces = allNamespaces }
        return options
    }
}
