import CNetlink
import Glibc

/// Decodes one `struct inet_diag_msg`, the payload of a sock_diag reply.
enum SockDiagMessage {
    static func listener(
        from payload: UnsafeRawBufferPointer, transport: SocketTransport, namespace: NetworkNamespace
    ) throws(InventoryError) -> Listener {
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
        let local = withUnsafeBytes(of: &message.id.idiag_src) {
            SocketAddress(
                family: family, networkBytes: UnsafeRawBufferPointer(rebasing: $0[..<length]),
                port: UInt16(bigEndian: message.id.idiag_sport))
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
