import HostInventory
import PortRegistry
import PortReport

/// Literal listeners and processes for rule tests (STYLE.md §1: PortReport takes values).
enum Fixture {
    static let hostNamespace = NetworkNamespace(inode: 4026531840, name: nil, isHost: true)

    static func process(
        _ name: String, pid: Int32 = 4242, uid: UInt32 = 1000, user: String? = "dev",
        executable: String? = nil, deleted: Bool = false
    ) -> ProcessDetails {
        ProcessDetails(
            pid: pid, parentPID: 1, name: name, commandLine: [executable ?? "/usr/bin/\(name)"],
            executable: executable ?? "/usr/bin/\(name)", executableDeleted: deleted, uid: uid, user: user,
            startTime: 1_700_000_000, cgroup: "/", containerID: nil
        )
    }

    static func listener(
        port: UInt16, transport: SocketTransport = .tcp, ip: String = "127.0.0.1",
        owner: SocketOwnership, namespace: NetworkNamespace = hostNamespace
    ) -> Listener {
        let loopback = ip == "127.0.0.1" || ip == "::1"
        let wildcard = ip == "0.0.0.0" || ip == "::"
        return Listener(
            transport: transport, family: ip.contains(":") ? .ipv6 : .ipv4,
            state: transport == .tcp ? .listen : .unconnected,
            local: SocketAddress(ip: ip, port: port, isLoopback: loopback, isWildcard: wildcard),
            inode: UInt64(port) * 7, uid: 1000, namespace: namespace, owner: owner
        )
    }

    static func context(_ listener: Listener, isRoot: Bool = true) -> ListenerContext {
        let transport: TransportProtocol = listener.transport == .tcp ? .tcp : .udp
        let story = Registry.embedded.stories(of: Port(rawValue: listener.local.port), transport: transport)[0]
        return ListenerContext(listener: listener, story: story, isRoot: isRoot)
    }

    static func findings(_ listener: Listener, isRoot: Bool = true) -> [Finding] {
        RuleBook().findings(for: context(listener, isRoot: isRoot))
    }
}
