import CNetlink
import Glibc

/// A `SOCK_DIAG_BY_FAMILY` dump request (`struct inet_diag_req_v2`) for one
/// transport and family, with the state filter applied by the kernel.
struct SockDiagRequest: Sendable, Equatable {
    var transport: SocketTransport
    var family: AddressFamily
    /// Bit N set: include sockets in kernel state N (`1 << TCP_LISTEN`, ...).
    var states: UInt32

    /// `TCP_ESTABLISHED` is 1, `TCP_CLOSE` 7, `TCP_LISTEN` 10 (`include/net/tcp_states.h`).
    static let listenStates: UInt32 = 1 << 10
    /// An unconnected UDP socket is in `TCP_CLOSE`.
    static let unconnectedStates: UInt32 = 1 << 7
    static let allStates: UInt32 = .max

    init(transport: SocketTransport, family: AddressFamily, states: UInt32) {
        self.transport = transport
        self.family = family
        self.states = states
    }

    /// TCP LISTEN or unconnected UDP, or every state when `includeConnected`.
    init(transport: SocketTransport, family: AddressFamily, includeConnected: Bool) {
        let states: UInt32
        switch (transport, includeConnected) {
        case (_, true): states = Self.allStates
        case (.tcp, false): states = Self.listenStates
        case (.udp, false): states = Self.unconnectedStates
        }
        self.init(transport: transport, family: family, states: states)
    }

    /// The netlink datagram to send.
    func message(sequence: UInt32) -> portlore_inet_diag_request {
        var request = portlore_inet_diag_request()
        request.header.nlmsg_len = UInt32(MemoryLayout<portlore_inet_diag_request>.size)
        request.header.nlmsg_type = UInt16(SOCK_DIAG_BY_FAMILY)
        request.header.nlmsg_flags = UInt16(NLM_F_REQUEST | NLM_F_ROOT | NLM_F_MATCH)  // NLM_F_DUMP
        request.header.nlmsg_seq = sequence
        request.body.sdiag_family = UInt8(family == .ipv4 ? AF_INET : AF_INET6)
        request.body.sdiag_protocol = UInt8(transport == .tcp ? IPPROTO_TCP : IPPROTO_UDP)
        request.body.idiag_ext = 0
        request.body.idiag_states = states
        return request
    }
}
