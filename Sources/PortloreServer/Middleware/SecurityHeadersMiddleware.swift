import HTTPTypes
import Hummingbird

/// Headers for every answer: a Content-Security-Policy that allows our own stylesheet and
/// nothing else (no scripts at all), no sniffing, no framing, no referrer leaks to other sites
/// (`same-origin`: with `no-referrer` browsers send `Origin: null` on our own feedback form).
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = PortloreRequestContext

    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        if response.headers[.cacheControl] == nil {
            response.headers[.cacheControl] = "no-store"
        }
        return response
    }
}
