import SystemPackage

/// Sockets from `NETLINK_SOCK_DIAG` (inet_diag): TCP and UDP over IPv4 and IPv6,
/// filtered by state and local port in the kernel. Asks the calling thread's
/// network namespace.
public struct SockDiagSource: SocketSource {
    public init() {}

    public func sockets(_ options: InventoryOptions) throws(InventoryError) -> [Listener] {
        let namespace = NamespaceIdentity.ofCurrentThread()
        var socket = try NetlinkSocket()
        var listeners: [Listener] = []
        for transport in SocketTransport.allCases where options.transports.contains(transport) {
            for family in [AddressFamily.ipv4, .ipv6] where options.families.contains(family) {
                let request = SockDiagRequest(
                    transport: transport, family: family, includeConnected: options.includeConnected,
                    ports: options.port)
                var decoder = SockDiagMessage(transport: transport, namespace: namespace)
                do {
                    try socket.dump(request) { payload throws(InventoryError) in
                        let listener = try decoder.listener(from: payload)
                        // The kernel already kept only these ports; this guards against one that ignored the bytecode.
                        if let ports = options.port, !ports.contains(listener.local.port) { return }
                        listeners.append(listener)
                    }
                } catch .netlinkFailed(_, let error) where error == .noSuchFileOrDirectory {
                    // ENOENT: no diag handler for this family/protocol (udp_diag or IPv6 not loaded).
                    continue
                }
            }
        }
        return listeners
    }
}
