public import HostInventory
public import PortReport

/// One scan of the host as the server shows it: command lines already redacted, findings judged
/// on the unredacted data.
public struct HostView: Sendable {
    /// The host's sockets, redacted.
    public var snapshot: HostSnapshot
    /// Every socket with its port's story and its findings, redacted, sorted by port.
    public var listing: [ListingEntry]
    /// Seconds since the epoch when the scan finished.
    public var scannedAt: Double
    public var scanSeconds: Double

    public init(snapshot: HostSnapshot, listing: [ListingEntry], scannedAt: Double, scanSeconds: Double) {
        self.snapshot = snapshot
        self.listing = listing
        self.scannedAt = scannedAt
        self.scanSeconds = scanSeconds
    }

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
