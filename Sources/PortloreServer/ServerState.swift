import PortRegistry
import PortReport

/// What every route reads: the configuration, the session that answers and the cached host view.
struct ServerState: Sendable {
    let configuration: ServerConfiguration
    /// The registry, the rules and the inventory: what answers every question.
    let session: PortSession
    let cache: HostViewCache
    let registryDocument: JSONDocument.Registry

    init(configuration: ServerConfiguration) {
        self.configuration = configuration
        session = configuration.session
        cache = HostViewCache(
            session: session, options: configuration.inventoryOptions,
            maximumAgeSeconds: configuration.cacheSeconds
        )
        registryDocument = session.jsonRenderer().registry
    }

    var registry: Registry { session.registry }

    func renderer(includesHistory: Bool) -> JSONRenderer {
        session.jsonRenderer(includesHistory: includesHistory)
    }

    /// The host view, or `nil` when the request may not see host data.
    func hostView(for context: PortloreRequestContext) async throws(ServerError) -> HostView? {
        guard context.mayReadHost else { return nil }
        return try await freshView()
    }

    /// The cached view, or a new scan if it is too old; a scan that takes longer than the
    /// request time limit answers 503 (the scan goes on and fills the cache for later requests).
    func freshView() async throws(ServerError) -> HostView {
        if let view = await cache.cachedView() { return view }
        let cache = cache
        let limit = configuration.requestTimeLimitSeconds
        do {
            return try await withThrowingTaskGroup(of: HostView?.self) { group in
                group.addTask { try await cache.view() }
                group.addTask {
                    try await Task.sleep(for: .seconds(limit))
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let view = first else {
                    throw ServerError.timedOut(seconds: limit)
                }
                return view
            }
        } catch let error as ServerError {
            throw error
        } catch {
            throw .timedOut(seconds: limit)
        }
    }

    /// The host view; a request without the token is refused.
    func requireHostView(for context: PortloreRequestContext) async throws(ServerError) -> HostView {
        // The public site has no host routes: they answer 404 as if they did not exist.
        guard !configuration.isPublic else { throw .notFound(path: "") }
        guard context.mayReadHost else { throw .unauthorized }
        return try await freshView()
    }

    /// The session's answer to `query`, with the redacted host's listeners when the request may
    /// see them, and the view they came from. Findings come from the view (judged once per
    /// scan on the real command lines), not from the answer.
    func answer(_ query: PortQuery, for context: PortloreRequestContext) async throws -> (QueryAnswer, HostView?) {
        let view = try await hostView(for: context)
        return (try session.answer(query, on: view?.snapshot, judged: false), view)
    }
}
