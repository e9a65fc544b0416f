public import HostInventory

/// What can go wrong while serving; each description is one sentence that says what to do.
public enum ServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A bind address other than loopback with no token configured.
    case exposedWithoutToken(host: String)
    /// The token file cannot be read or is empty.
    case unreadableToken(path: String, reason: String)
    /// A request parameter that is not what the route takes.
    case badParameter(name: String, reason: String)
    /// No route has this path.
    case notFound(path: String)
    /// The route needs the bearer token and the request did not carry the right one.
    case unauthorized
    /// A range with more ports than one page or document shows.
    case rangeTooLarge(String, limit: Int)
    /// The host could not be scanned.
    case inventory(InventoryError)
    /// The scan could not run (the blocking thread pool was shut down).
    case scanFailed(reason: String)
    /// A request body or URL above the limits.
    case requestTooLarge(limit: Int)
    /// A request that took longer than the time limit.
    case timedOut(seconds: Int)

    public var description: String {
        switch self {
        case .exposedWithoutToken(let host):
            "Refusing to listen on \(host) without a token; bind 127.0.0.1, or set PORTLORE_TOKEN or --token-file so that host data needs it."
        case .unreadableToken(let path, let reason):
            "Cannot read the token file \(path) (\(reason)); give a readable file holding one line of at least 16 characters."
        case .badParameter(let name, let reason):
            "Bad \(name): \(reason)" + (reason.hasSuffix(".") ? "" : ".")
        case .notFound(let path):
            "Nothing is at \(Self.clip(path)); see /api/v1/openapi.json for the routes."
        case .unauthorized:
            "This endpoint shows what runs on the host and needs the token; send 'Authorization: Bearer TOKEN'."
        case .rangeTooLarge(let range, let limit):
            "The range \(range) has more than \(limit) ports; ask for a narrower range."
        case .inventory(let error):
            error.description
        case .scanFailed(let reason):
            "The host scan did not run (\(reason)); restart portlore serve."
        case .requestTooLarge(let limit):
            "The request is larger than \(limit) bytes; portlore serves GET requests without bodies."
        case .timedOut(let seconds):
            "The request took longer than \(seconds) s; try again."
        }
    }

    static func clip(_ text: String) -> String {
        text.count <= 80 ? text : String(text.prefix(77)) + "..."
    }
}
