/// The transport protocol of a socket.
public enum SocketTransport: String, Sendable, Hashable, Codable, CaseIterable {
    case tcp, udp
}
