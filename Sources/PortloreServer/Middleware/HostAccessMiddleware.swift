import Hummingbird

/// Decides whether a request may see host data. With no token configured (the server is on
/// loopback) every request may. With one, a request must carry `Authorization: Bearer TOKEN`
/// to see listeners, findings and metrics; a wrong token is refused outright.
struct HostAccessMiddleware: RouterMiddleware {
    typealias Context = PortloreRequestContext
    let token: BearerToken?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        guard let token else {
            context.mayReadHost = true
            return try await next(request, context)
        }
        if let authorization = request.headers[.authorization] {
            guard token.accepts(authorization: authorization) else { throw ServerError.unauthorized }
            context.mayReadHost = true
        } else {
            context.mayReadHost = false
        }
        return try await next(request, context)
    }
}
