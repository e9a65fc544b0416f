/// An IP address and port, as a socket is bound or connected to it.
public struct SocketAddress: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The textual address: "127.0.0.1", "::1", "0.0.0.0", "::".
    public var ip: String
    public var port: UInt16
    public var isLoopback: Bool
    public var isWildcard: Bool

    public init(ip: String, port: UInt16, isLoopback: Bool, isWildcard: Bool) {
        self.ip = ip
        self.port = port
        self.isLoopback = isLoopback
        self.isWildcard = isWildcard
    }

    /// "127.0.0.1:80" or "[::1]:80".
    public var description: String {
        ip.utf8.contains(UInt8(ascii: ":")) ? "[\(ip)]:\(port)" : "\(ip):\(port)"
    }
}
