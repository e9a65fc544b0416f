/// One socket as a sock_diag dump describes it, before its addresses become text.
///
/// Plain integers, no references: a snapshot sorts 20,000 of these and builds each
/// `Listener` once, in display order, instead of building them in dump order and
/// moving them (strings and all) through the sort.
struct SockDiagRecord: Sendable, Equatable {
    var transport: SocketTransport
    var family: AddressFamily
    /// The kernel's state number (`include/net/tcp_states.h`).
    var kernelState: UInt8
    var localPort: UInt16
    /// 0 when the socket has no peer.
    var remotePort: UInt16
    var local: AddressBytes
    var remote: AddressBytes
    var inode: UInt64
    var uid: UInt32

    /// The socket as a `Listener` in `namespace`; `addresses` lets sockets on one
    /// address share its `SocketAddress` (and string).
    func listener(in namespace: NetworkNamespace, addresses: inout LocalAddressCache) -> Listener {
        let state = SocketState(kernelState: kernelState, transport: transport)
        var remoteAddress: SocketAddress?
        if remotePort != 0 {
            remoteAddress = remote.withNetworkBytes(family: family) {
                SocketAddress(family: family, networkBytes: $0, port: remotePort)
            }
        }
        return Listener(
            transport: transport, family: family, state: state, local: addresses.address(family, local, port: localPort),
            remote: remoteAddress, inode: inode, uid: uid, namespace: namespace, owner: .hidden)
    }
}

/// The 16 bytes of `idiag_src` or `idiag_dst` (`__be32[4]`), in network order; an
/// IPv4 address fills the first 4 and the kernel zeroes the rest.
struct AddressBytes: Sendable, Hashable {
    var first: UInt64
    var second: UInt64

    /// Calls `body` with the address's 4 (IPv4) or 16 (IPv6) bytes.
    func withNetworkBytes<Value>(family: AddressFamily, _ body: (UnsafeRawBufferPointer) -> Value) -> Value {
        withUnsafeBytes(of: self) { body(UnsafeRawBufferPointer(rebasing: $0[..<(family == .ipv4 ? 4 : 16)])) }
    }
}

/// The last local address built for each family: a dump lists many sockets on one
/// address (every listener on 127.0.0.1 or ::), which then share one `SocketAddress`
/// and its string instead of each formatting its own.
struct LocalAddressCache {
    private var ipv4: (bytes: AddressBytes, address: SocketAddress)?
    private var ipv6: (bytes: AddressBytes, address: SocketAddress)?

    init() {}

    mutating func address(_ family: AddressFamily, _ bytes: AddressBytes, port: UInt16) -> SocketAddress {
        if let last = family == .ipv4 ? ipv4 : ipv6, last.bytes == bytes {
            var address = last.address
            address.port = port
            return address
        }
        let address = bytes.withNetworkBytes(family: family) {
            SocketAddress(family: family, networkBytes: $0, port: port)
        }
        if family == .ipv4 { ipv4 = (bytes, address) } else { ipv6 = (bytes, address) }
        return address
    }
}
