import CNetlink
import Glibc

/// Decodes `struct inet_diag_msg`, the payload of a sock_diag reply.
enum SockDiagMessage {
    static func record(from payload: UnsafeRawBufferPointer, transport: SocketTransport) throws(InventoryError) -> SockDiagRecord {
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
        return SockDiagRecord(
            transport: transport, family: family, kernelState: message.idiag_state,
            localPort: UInt16(bigEndian: message.id.idiag_sport), remotePort: UInt16(bigEndian: message.id.idiag_dport),
            local: withUnsafeBytes(of: &message.id.idiag_src, Self.addressBytes),
            remote: withUnsafeBytes(of: &message.id.idiag_dst, Self.addressBytes),
            inode: UInt64(message.idiag_inode), uid: message.idiag_uid)
    }

    private static func addressBytes(_ raw: UnsafeRawBufferPointer) -> AddressBytes {
        AddressBytes(
            first: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self),
            second: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
    }
}
