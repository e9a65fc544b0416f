import CNetlink
import Glibc

/// Decodes `struct inet_diag_msg`, the payload of a sock_diag reply.
struct SockDiagMessage {
    let transport: SocketTransport
    let namespace: NetworkNamespace
    /// The last local address decoded, with its family and bytes. A dump lists many
    /// sockets on one address (every listener on 127.0.0.1 or ::), which then share
    /// one `SocketAddress` and its string instead of each formatting its own.
    private var lastLocal: (family: UInt8, bytes: (UInt64, UInt64), address: SocketAddress)?

    init(transport: SocketTransport, namespace: NetworkNamespace) {
        self.transport = transport
        self.namespace = namespace
    }

    mutating func listener(from payload: UnsafeRawBufferPointer) throws(InventoryError) -> Listener {
        guard payload.count >= MemoryLayout<inet_diag_msg>.size else {
            throw .malformedNetlinkReply("inet_diag_msg of \(payload.count) bytes")
        }
        var message = payload.loadUnaligned(as: inet_diag_msg.self)
        let family: AddressFamily
        switch Int32(message.idiag_family) {
        case AF_INET: family = .ipv4
        case AF_INET6: family = .ipv6
        default: throw .malformedNetlinkReply("address family \(message.idiag_family)")
        }
        let length = family == .ipv4 ? 4 : 16
        let port = UInt16(bigEndian: message.id.idiag_sport)
        // idiag_src is __be32[4]; an IPv4 address fills the first word and the kernel zeroes the rest.
        let sourceBytes = withUnsafeBytes(of: &message.id.idiag_src) {
            ($0.loadUnaligned(fromByteOffset: 0, as: UInt64.self), $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        }
        var local: SocketAddress
        if let last = lastLocal, last.family == message.idiag_family, last.bytes == sourceBytes {
            local = last.address
            local.port = port
        } else {
            local = withUnsafeBytes(of: &message.id.idiag_src) {
                SocketAddress(family: family, networkBytes: UnsafeRawBufferPointer(rebasing: $0[..<length]), port: port)
            }
            lastLocal = (message.idiag_family, sourceBytes, local)
        }
        let state = SocketState(kernelState: message.idiag_state, transport: transport)
        var remote: SocketAddress?
        if message.id.idiag_dport != 0 {
            remote = withUnsafeBytes(of: &message.id.idiag_dst) {
                SocketAddress(
                    family: family, networkBytes: UnsafeRawBufferPointer(rebasing: $0[..<length]),
                    port: UInt16(bigEndian: message.id.idiag_dport))
            }
        }
        return Listener(
            transport: transport, family: family, state: state, local: local, remote: remote,
            inode: UInt64(message.idiag_inode), uid: message.idiag_uid, namespace: namespace, owner: .hidden)
    }
}
