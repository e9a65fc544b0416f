/// The address family of a socket (`AF_INET`, `AF_INET6`).
public enum AddressFamily: String, Sendable, Hashable, Codable {
    case ipv4, ipv6
}
