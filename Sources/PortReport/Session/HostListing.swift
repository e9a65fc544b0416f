public import HostInventory
import FoundationEssentials
import PortRegistry

/// One scan of the host for a listing: the scan, and its sockets that pass a filter in display
/// order, ready to be judged.
public struct HostListing: Sendable {
    public var scan: ListingScan
    public var judge: ListingJudge

    public init(scan: ListingScan, judge: ListingJudge) {
        self.scan = scan
        self.judge = judge
    }

    public var snapshot: HostSnapshot { scan.snapshot }

    /// The scan and every socket judged, command lines redacted: what may leave the process.
    /// Findings were judged on the real command lines; nothing else sees them.
    public func redacted(with redactor: CommandLineRedactor = CommandLineRedactor()) -> (scan: ListingScan, entries: [ListingEntry]) {
        var scan = scan
        scan.snapshot = scan.snapshot.redactingCommandLines(with: redactor)
        return (scan, judge.entries().map { $0.redactingCommandLines(with: redactor) })
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
        let scan = ListingScan(
            snapshot: snapshot, scannedAt: Date().timeIntervalSince1970,
            scanSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        )
        return HostListing(scan: scan, judge: judge)
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
