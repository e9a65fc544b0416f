public import Hummingbird

/// The request context of every route: Hummingbird's core storage and whether the request
/// may see host data (listeners, findings, metrics).
public struct PortloreRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// True when no token is configured (loopback only), or the request carried the token.
    public var mayReadHost: Bool
    /// The connection's peer address (no port), for the feedback voter key only.
    public var peerAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        mayReadHost = false
        peerAddress = source.channel.remoteAddress?.ipAddress
    }

    /// No route takes a body; anything larger than a form field is refused.
    public var maxUploadSize: Int { 16 * 1024 }
}
