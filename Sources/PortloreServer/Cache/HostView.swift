public import HostInventory
public import PortReport

/// One scan of the host as the server shows it: command lines already redacted, findings judged
/// on the unredacted data.
public struct HostView: Sendable {
    /// The scan, its snapshot redacted.
    public var scan: ListingScan
    /// Every socket with its port's story and its findings, redacted, sorted by port.
    public var listing: [ListingEntry]

    public init(scan: ListingScan, listing: [ListingEntry]) {
        self.scan = scan
        self.listing = listing
    }

    /// The host's sockets, redacted.
    public var snapshot: HostSnapshot { scan.snapshot }
    /// Seconds since the epoch when the scan finished.
    public var scannedAt: Double { scan.scannedAt }
    public var scanSeconds: Double { scan.scanSeconds }

    /// Flagged sockets (a notice or worse) first, most severe first, then the rest in port order.
    public var flaggedFirst: [ListingEntry] {
        let flagged = listing.filter(\.isFlagged)
            .sorted { ($0.findings.first?.severity ?? .info) > ($1.findings.first?.severity ?? .info) }
        return flagged + listing.filter { !$0.isFlagged }
    }

    /// The entries bound to `port`, for `transport` when one is given.
    public func entries(on port: UInt16, transport: String?) -> [ListingEntry] {
        listing.filter { entry in
            entry.listener.local.port == port && (transport == nil || entry.listener.transport.rawValue == transport)
        }
    }
}
