import CNetlink
import Glibc

/// A `SOCK_DIAG_BY_FAMILY` dump request (`struct inet_diag_req_v2`) for one
/// transport and family, with the state filter, and optionally a local port
/// range, applied by the kernel.
struct SockDiagRequest: Sendable, Equatable {
    var transport: SocketTransport
    var family: AddressFamily
    /// Bit N set: include sockets in kernel state N (`1 << TCP_LISTEN`, ...).
    var states: UInt32
    /// Only sockets whose local port lies in this range, nil for every port.
    ///
    /// Sent as inet_diag bytecode: without it the kernel copies out every socket (about
    /// 15 ms of its time for 20,000 listeners) for us to drop all but one port's.
    var ports: ClosedRange<UInt16>?

    /// `TCP_ESTABLISHED` is 1, `TCP_CLOSE` 7, `TCP_LISTEN` 10 (`include/net/tcp_states.h`).
    static let listenStates: UInt32 = 1 << 10
    /// An unconnected UDP socket is in `TCP_CLOSE`.
    static let unconnectedStates: UInt32 = 1 << 7
    static let allStates: UInt32 = .max

    init(transport: SocketTransport, family: AddressFamily, states: UInt32, ports: ClosedRange<UInt16>? = nil) {
        self.transport = transport
        self.family = family
        self.states = states
        self.ports = ports
    }

    /// TCP LISTEN or unconnected UDP, or every state when `includeConnected`.
    init(
        transport: SocketTransport, family: AddressFamily, includeConnected: Bool, ports: ClosedRange<UInt16>? = nil
    ) {
        let states: UInt32
        switch (transport, includeConnected) {
        case (_, true): states = Self.allStates
        case (.tcp, false): states = Self.listenStates
        case (.udp, false): states = Self.unconnectedStates
        }
        self.init(transport: transport, family: family, states: states, ports: ports)
    }

    /// Calls `body` with the netlink datagram to send.
    func withMessage<Value>(sequence: UInt32, _ body: (UnsafeRawBufferPointer) -> Value) -> Value {
        guard let ports, ports != 0...UInt16.max else {
            var request = portlore_inet_diag_request()
            request.header = header(length: MemoryLayout<portlore_inet_diag_request>.size, sequence: sequence)
            request.body = self.body
            return withUnsafeBytes(of: &request, body)
        }
        var request = portlore_inet_diag_port_request()
        request.header = header(length: MemoryLayout<portlore_inet_diag_port_request>.size, sequence: sequence)
        request.body = self.body
        request.bytecode.nla_type = UInt16(INET_DIAG_REQ_BYTECODE)
        request.bytecode.nla_len = UInt16(MemoryLayout<nlattr>.size + 4 * MemoryLayout<inet_diag_bc_op>.size)
        // inet_diag_bc_run (net/ipv4/inet_diag.c) accepts a socket when its jumps end
        // exactly at the end of the program: `yes` steps over an op and its port, and
        // `no` jumps 4 bytes past the end, which rejects. Offsets count from each op.
        request.at_least = Self.operation(INET_DIAG_BC_S_GE, yes: 8, no: 20)
        request.lowest_port = inet_diag_bc_op(code: 0, yes: 0, no: ports.lowerBound)
        request.at_most = Self.operation(INET_DIAG_BC_S_LE, yes: 8, no: 12)
        request.highest_port = inet_diag_bc_op(code: 0, yes: 0, no: ports.upperBound)
        return withUnsafeBytes(of: &request, body)
    }

    private func header(length: Int, sequence: UInt32) -> nlmsghdr {
        var header = nlmsghdr()
        header.nlmsg_len = UInt32(length)
        header.nlmsg_type = UInt16(SOCK_DIAG_BY_FAMILY)
        header.nlmsg_flags = UInt16(NLM_F_REQUEST | NLM_F_ROOT | NLM_F_MATCH)  // NLM_F_DUMP
        header.nlmsg_seq = sequence
        return header
    }

    private var body: inet_diag_req_v2 {
        var body = inet_diag_req_v2()
        body.sdiag_family = UInt8(family == .ipv4 ? AF_INET : AF_INET6)
        body.sdiag_protocol = UInt8(transport == .tcp ? IPPROTO_TCP : IPPROTO_UDP)
        body.idiag_ext = 0
        body.idiag_states = states
        return body
    }

    private static func operation(_ code: Int, yes: UInt8, no: UInt16) -> inet_diag_bc_op {
        inet_diag_bc_op(code: UInt8(code), yes: yes, no: no)
    }
}
