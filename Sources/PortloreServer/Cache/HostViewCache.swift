import HostInventory
import NIOPosix
import PortReport

/// The last scan of the host, shared by every request and refreshed when older than the
/// configured age, so that a burst of page views does not rescan /proc for each one.
/// Requests that arrive during a rescan get the previous view (see `view()`).
///
/// Scans block (HostInventory reads /proc and netlink synchronously): they run on NIO's
/// blocking thread pool, never on an event loop or the cooperative pool. The first requests wait for
/// the first scan, all for the same one.
actor HostViewCache {
    private let session: PortSession
    private let options: InventoryOptions
    private let maximumAge: Duration
    private let clock = ContinuousClock()

    private var latest: (view: HostView, at: ContinuousClock.Instant)?
    private var pending: Task<HostView, any Error>?

    init(session: PortSession, options: InventoryOptions, maximumAgeSeconds: Double) {
        self.session = session
        self.options = options
        self.maximumAge = .milliseconds(Int64(max(0, maximumAgeSeconds) * 1000))
    }

    /// The latest view if it is young enough, without scanning.
    func cachedView() -> HostView? {
        guard let latest, clock.now - latest.at <= maximumAge else { return nil }
        return latest.view
    }

    /// A view no older than the maximum age, or, while a rescan runs, the previous one if it is
    /// not much older: requests (and Prometheus scrapes, which have short timeouts) never wait
    /// for a scan except the first, or after the server sat idle for a long time.
    func view() async throws(ServerError) -> HostView {
        if let latest {
            let age = clock.now - latest.at
            if age <= maximumAge { return latest.view }
            let task = pending ?? startScan()
            if age <= staleLimit { return latest.view }
            return try await Self.result(of: task)
        }
        return try await Self.result(of: pending ?? startScan())
    }

    /// How old a view may be and still answer while a rescan runs.
    private var staleLimit: Duration { max(maximumAge * 10, .seconds(30)) }

    private func startScan() -> Task<HostView, any Error> {
        let session = session, options = options
        let task = Task {
            try await NIOThreadPool.singleton.runIfActive {
                try Self.scan(session: session, options: options)
            }
        }
        pending = task
        Task { await self.store(task) }
        return task
    }

    private func store(_ task: Task<HostView, any Error>) async {
        let result = await task.result
        if pending == task { pending = nil }
        if case .success(let view) = result { latest = (view, clock.now) }
    }

    private static func result(of task: Task<HostView, any Error>) async throws(ServerError) -> HostView {
        do {
            return try await task.value
        } catch let error as InventoryError {
            throw .inventory(error)
        } catch {
            throw .scanFailed(reason: "\(error)")
        }
    }

    /// Scans, judges and redacts: the session's whole listing. Findings see the real command
    /// lines; nothing else does.
    static func scan(session: PortSession, options: InventoryOptions) throws -> HostView {
        let listing = try session.listing(ListenerFilter(), options: options)
        let (scan, entries) = listing.redacted()
        return HostView(scan: scan, listing: entries)
    }
}
