import Hummingbird
import PortRegistry
import PortReport

/// Turns every error into an answer with a body: JSON (`kind: "error"`) for the API and for
/// clients that do not ask for HTML, an HTML page for browsers. Unknown paths are 404, bad
/// parameters 400; an error with no mapping is a 500 that says so. A path some route answers
/// with other methods is 405 with `Allow`. A HEAD request gets the headers without the body.
struct ErrorBodyMiddleware: RouterMiddleware {
    typealias Context = PortloreRequestContext
    var routes = RouteMethods()

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            var error = error
            if let notFound = error as? HTTPError, notFound.status == .notFound, request.method != .get, request.method != .head {
                let allowed = routes.allowed(at: request.uri.path)
                if !allowed.isEmpty { error = MethodNotAllowed(method: request.method, allowed: allowed) }
            }
            let (status, code, message) = Self.describe(error, path: request.uri.path)
            var response: Response
            if Self.wantsHTML(request) {
                response = .page(
                    ErrorPage.render(status: Int(status.code), reason: status.reasonPhrase, message: message, code: code, path: request.uri.path),
                    language: Language(path: request.uri.path), status: status
                )
            } else {
                response = .json(APIDocument.Error(status: Int(status.code), error: code, message: message), status: status)
            }
            if status == .unauthorized {
                response.headers[.wwwAuthenticate] = "Bearer realm=\"portlore\""
            }
            if let error = error as? MethodNotAllowed {
                response.headers[.allow] = RouteMethods.headerValue(error.allowed)
            }
            return request.method == .head ? response.createHeadResponse() : response
        }
    }

    /// Browsers outside `/api/` and `/metrics` get HTML.
    static func wantsHTML(_ request: Request) -> Bool {
        let path = request.uri.path
        if path.hasPrefix("/api/") || path == "/metrics" || path == "/healthz" { return false }
        return request.headers[.accept]?.contains("text/html") == true
    }

    static func describe(_ error: any Error, path: String) -> (HTTPResponse.Status, String, String) {
        switch error {
        case let error as ServerError:
            switch error {
            case .badParameter: return (.badRequest, "bad-parameter", error.description)
            case .rangeTooLarge: return (.badRequest, "range-too-large", error.description)
            case .notFound(let known):
                // A host route of the public site throws without knowing its path.
                return (.notFound, "not-found", known.isEmpty ? ServerError.notFound(path: path).description : error.description)
            case .unauthorized: return (.unauthorized, "unauthorized", error.description)
            case .requestTooLarge: return (.contentTooLarge, "request-too-large", error.description)
            case .timedOut: return (.serviceUnavailable, "timed-out", error.description)
            case .inventory, .scanFailed: return (.internalServerError, "host-scan-failed", error.description)
            case .exposedWithoutToken, .unreadableToken: return (.internalServerError, "configuration", error.description)
            }
        case let error as RegistryError:
            return (.badRequest, "bad-parameter", error.description)
        case let error as ReportError:
            switch error {
            case .unknownService: return (.notFound, "unknown-service", error.description)
            case .badAllowlist, .unreadableAllowlist: return (.internalServerError, "allowlist", error.description)
            }
        case let error as MethodNotAllowed:
            return (.methodNotAllowed, "method-not-allowed", error.description)
        case let error as HTTPError:
            if error.status == .notFound {
                return (.notFound, "not-found", ServerError.notFound(path: path).description)
            }
            if error.status == .contentTooLarge {
                return (.contentTooLarge, "request-too-large", error.body ?? "The request body is too large.")
            }
            return (error.status, "http", error.body ?? error.status.reasonPhrase)
        case let error as any HTTPResponseError:
            return (error.status, "http", error.status.reasonPhrase)
        default:
            return (.internalServerError, "internal", "portlore could not answer this request; the server log says why.")
        }
    }
}
