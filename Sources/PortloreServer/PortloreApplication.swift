public import Hummingbird
import HummingbirdCore
public import Logging
import PortRegistry
import PortReport

/// Builds the `portlore serve` application: pages, `/api/v1`, `/metrics`, `/healthz` and
/// `/static`, behind the error, limit, security-header and host-access middleware. Tests pass
/// their own `HostInventory` and registry through the configuration.
///
/// `onServerRunning` is called with the bound port once the server accepts connections (the
/// configured port, or the kernel's choice for port 0).
public func buildApplication(
    _ configuration: ServerConfiguration,
    logger: Logger? = nil,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) throws(ServerError) -> some ApplicationProtocol {
    try configuration.validate()
    let state = ServerState(configuration: configuration)
    // HEAD is answered for every GET route: same headers, no body.
    let router = Router(context: PortloreRequestContext.self, options: .autoGenerateHeadEndpoints)
    let routeMethods = RouteMethods()
    // Order matters: middleware applies to the routes added after it, and to unknown paths.
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ErrorBodyMiddleware(routes: routeMethods))
    router.add(middleware: RequestLimitsMiddleware(maximumBytes: configuration.maximumRequestBytes))
    // The public site never lets a request see the host: no middleware grants it.
    if !configuration.isPublic {
        router.add(middleware: HostAccessMiddleware(token: configuration.token))
    }
    router.add(middleware: PageCacheMiddleware(
        cache: PageCache(capacityBytes: configuration.pageCacheBytes),
        version: RegistryVersion(configuration), siteURL: configuration.siteURL
    ))

    router.get("/healthz") { _, _ in
        Response.json(APIDocument.Health(registryDate: state.registry.registryDate))
    }
    if !configuration.isPublic {
        router.get("/metrics") { _, context in
            let view = try await state.requireHostView(for: context)
            return Response.text(
                MetricsPage.render(view: view, session: state.session, version: configuration.version),
                contentType: "text/plain; version=0.0.4; charset=utf-8"
            )
        }
    }
    router.addRoutes(APIRoutes(state: state).collection(), atPath: "/api/v1")
    router.addRoutes(StaticRoutes.collection(), atPath: "/static")
    router.get("/favicon.ico") { _, _ in StaticRoutes.favicon() }
    PageRoutes(state: state).register(on: router)
    FeedbackRoutes(state: state).register(on: router)
    SitemapRoutes(state: state).register(on: router)
    PortMapRoutes(state: state).register(on: router)
    // Last: every route is known, so a wrong method gets 405 with Allow.
    routeMethods.record(router.routes)

    var appLogger = logger ?? Logger(label: "portlore.serve")
    if logger == nil { appLogger.logLevel = .notice }
    return Application(
        router: router,
        server: .http1(configuration: .init(
            idleTimeout: .seconds(30),
            httpDecoderConfiguration: .init(
                maxHeaderFieldSize: configuration.maximumRequestBytes,
                maxHeaderListSize: configuration.maximumRequestBytes,
                maxHeaderFieldCount: 100
            )
        )),
        configuration: .init(
            address: .hostname(configuration.host, port: configuration.port),
            serverName: "portlore"
        ),
        onServerRunning: { channel in
            await onServerRunning(channel.localAddress?.port ?? configuration.port)
        },
        logger: appLogger
    )
}

/// Builds the application and runs it until SIGINT or SIGTERM: `portlore serve`.
public func serve(
    _ configuration: ServerConfiguration,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws {
    let application = try buildApplication(configuration, onServerRunning: onServerRunning)
    try await application.runService()
}
