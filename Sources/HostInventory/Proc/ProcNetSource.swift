import PortloreSystem
import SystemPackage

/// Sockets from /proc/thread-self/net/{tcp,tcp6,udp,udp6}: the fallback when
/// netlink sock_diag is unavailable. Reads the calling thread's network namespace
/// (/proc/self/net would follow the main thread's).
public struct ProcNetSource: SocketSource {
    public init() {}

    public func sockets(_ options: InventoryOptions) throws(InventoryError) -> [Listener] {
        let namespace = NamespaceIdentity.ofCurrentThread()
        var listeners: [Listener] = []
        for transport in SocketTransport.allCases where options.transports.contains(transport) {
            for family in [AddressFamily.ipv4, .ipv6] where options.families.contains(family) {
                let path = Self.tablePath(transport: transport, family: family)
                let table: [UInt8]
                do {
                    table = try FileContents.read(path)
                } catch .noSuchFileOrDirectory {
                    continue  // IPv6 disabled: no tcp6/udp6 table.
                } catch {
                    throw .unreadable(path: path, error)
                }
                let states = SockDiagRequest(
                    transport: transport, family: family, includeConnected: options.includeConnected
                ).states
                for listener in ProcNetParser.parse(
                    table, transport: transport, family: family, states: states, namespace: namespace)
                {
                    if let ports = options.port, !ports.contains(listener.local.port) { continue }
                    listeners.append(listener)
                }
            }
        }
        return listeners
    }

    static func tablePath(transport: SocketTransport, family: AddressFamily) -> String {
        "/proc/thread-self/net/\(transport.rawValue)\(family == .ipv6 ? "6" : "")"
    }
}
