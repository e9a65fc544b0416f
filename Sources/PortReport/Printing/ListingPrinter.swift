public import HostInventory

/// The sockets of a listing as a printer gets them: already judged (the server's cached,
/// redacted view) or judged as they are printed (`ls`, which never holds 20,000 judged
/// entries and their findings' text at once in JSON).
public enum ListingRows: Sendable {
    case judged([ListingEntry])
    case toJudge(ListingJudge)

    /// Every row judged.
    public var entries: [ListingEntry] {
        switch self {
        case .judged(let entries): entries
        case .toJudge(let judge): judge.entries()
        }
    }
}

/// What printing a listing found out on the way.
public struct ListingPrinted: Sendable, Equatable {
    /// The most severe finding printed; nil when there was none.
    public var worst: Severity?
    /// What the scan could not see, for stderr (the JSON forms carry it in the document).
    public var notes: [String] = []
}

/// Prints a listing in one format (text, JSON, NDJSON or the Prometheus exposition) to a
/// byte sink. A command picks its printer once; the server picks one per route.
public protocol ListingPrinter: Sendable {
    func print<Sink: ByteSink>(_ rows: ListingRows, of listing: ListingScan, to sink: inout Sink) -> ListingPrinted
}

/// The scan a listing came from, as printers describe it.
public struct ListingScan: Sendable {
    public var snapshot: HostSnapshot
    /// Seconds since the epoch when the scan finished.
    public var scannedAt: Double
    public var scanSeconds: Double

    public init(snapshot: HostSnapshot, scannedAt: Double, scanSeconds: Double) {
        self.snapshot = snapshot
        self.scannedAt = scannedAt
        self.scanSeconds = scanSeconds
    }
}

extension ListingEntry {
    /// The severity of the entry's most severe finding (findings come most severe first).
    var worst: Severity? { findings.first?.severity }
}

/// The table a person reads.
public struct TextListingPrinter: ListingPrinter {
    public var renderer: TextRenderer
    public var showsRemote: Bool
    public var minimumSeverity: Severity

    public init(renderer: TextRenderer, showsRemote: Bool, minimumSeverity: Severity) {
        self.renderer = renderer
        self.showsRemote = showsRemote
        self.minimumSeverity = minimumSeverity
    }

    public func print<Sink: ByteSink>(_ rows: ListingRows, of listing: ListingScan, to sink: inout Sink) -> ListingPrinted {
        // The table needs every row first (column widths).
        let entries = rows.entries
        sink.write(renderer.render(listing: entries, snapshot: listing.snapshot, showsRemote: showsRemote, minimumSeverity: minimumSeverity))
        return ListingPrinted(worst: entries.compactMap(\.worst).max(), notes: TextRenderer.notes(listing: entries, snapshot: listing.snapshot))
    }
}

/// JSON through `ListingJSONWriter`: one `portlore/1` listing document (`ls --json`,
/// `/api/v1/listeners`) or, with `lines`, one object per socket per line (`ls --ndjson`).
public struct JSONListingPrinter: ListingPrinter {
    public var renderer: JSONRenderer
    public var lines: Bool

    public init(renderer: JSONRenderer, lines: Bool = false) {
        self.renderer = renderer
        self.lines = lines
    }

    public func print<Sink: ByteSink>(_ rows: ListingRows, of listing: ListingScan, to sink: inout Sink) -> ListingPrinted {
        switch (rows, lines) {
        case (.judged(let entries), false):
            renderer.render(listing: entries, snapshot: listing.snapshot) { sink.write($0) }
            return ListingPrinted(worst: entries.compactMap(\.worst).max())
        case (.judged(let entries), true):
            renderer.renderLines(listing: entries) { sink.write($0) }
            return ListingPrinted(worst: entries.compactMap(\.worst).max())
        case (.toJudge(let judge), false):
            return ListingPrinted(worst: renderer.render(listing: judge, snapshot: listing.snapshot) { sink.write($0) })
        case (.toJudge(let judge), true):
            return ListingPrinted(worst: renderer.renderLines(listing: judge) { sink.write($0) })
        }
    }
}

/// The Prometheus text exposition (`ls --prometheus`, `/metrics`).
public struct PrometheusListingPrinter: ListingPrinter {
    public var renderer: PrometheusRenderer

    public init(renderer: PrometheusRenderer) {
        self.renderer = renderer
    }

    public func print<Sink: ByteSink>(_ rows: ListingRows, of listing: ListingScan, to sink: inout Sink) -> ListingPrinted {
        let entries = rows.entries
        sink.write(renderer.render(
            listing: entries,
            scan: PrometheusRenderer.Scan(isRoot: listing.snapshot.isRoot, seconds: listing.scanSeconds, finishedAt: listing.scannedAt)
        ))
        return ListingPrinted(worst: entries.compactMap(\.worst).max())
    }
}
