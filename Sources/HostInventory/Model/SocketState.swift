/// A socket's state as the kernel reports it (`TCP_LISTEN`, `TCP_ESTABLISHED`, ...).
///
/// UDP sockets reuse the TCP state numbers: a bound, unconnected UDP socket is
/// `TCP_CLOSE`, reported here as `unconnected`; a connected one is `established`.
public enum SocketState: String, Sendable, Hashable, Codable {
    // snake_case names, as every other word in portlore's JSON (they were camelCase, `timeWait`,
    // before schema portlore/1 said so; docs/json-schema.md).
    case listen, established
    case synSent = "syn_sent", synReceived = "syn_received", finWait1 = "fin_wait1", finWait2 = "fin_wait2"
    case timeWait = "time_wait", close, closeWait = "close_wait", lastAck = "last_ack", closing
    /// A bound UDP socket with no peer.
    case unconnected
    case unknown

    /// Maps the kernel's state number (`include/net/tcp_states.h`) for the given transport.
    init(kernelState: UInt8, transport: SocketTransport) {
        switch (kernelState, transport) {
        case (1, _): self = .established
        case (2, _): self = .synSent
        case (3, _), (12, _): self = .synReceived  // 12 is TCP_NEW_SYN_RECV
        case (4, _): self = .finWait1
        case (5, _): self = .finWait2
        case (6, _): self = .timeWait
        case (7, .udp): self = .unconnected
        case (7, .tcp): self = .close
        case (8, _): self = .closeWait
        case (9, _): self = .lastAck
        case (10, _): self = .listen
        case (11, _): self = .closing
        default: self = .unknown
        }
    }
}
