import PortRegistry
import PortReport

/// What every route reads: the configuration, the registry and the cached host view.
struct ServerState: Sendable {
    let configuration: ServerConfiguration
    let cache: HostViewCache
    let registryDocument: JSONDocument.Registry

    init(configuration: ServerConfiguration) {
        self.configuration = configuration
        cache = HostViewCache(
            inventory: configuration.inventory, options: configuration.inventoryOptions,
            registry: configuration.registry, rules: configuration.rules,
            maximumAgeSeconds: configuration.cacheSeconds
        )
        registryDocument = JSONDocument.Registry(date: configuration.registry.registryDate, source: configuration.registrySource)
    }

    var registry: Registry { configuration.registry }

    func renderer(includesHistory: Bool) -> JSONRenderer {
        JSONRenderer(includesHistory: includesHistory, registryDate: registry.registryDate, registrySource: configuration.registrySource)
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

    /// A reporter over the registry and, when the request may see it, the redacted host.
    func reporter(for context: PortloreRequestContext) async throws(ServerError) -> (PortReporter, HostView?) {
        let view = try await hostView(for: context)
        return (PortReporter(registry: registry, snapshot: view?.snapshot), view)
    }
}
