/// Linux: sockets from netlink sock_diag (or /proc/net), in every network
/// namespace when root, owners from one pass over /proc/*/fd.
public struct LinuxHostInventory: HostInventory {
    /// nil: sock_diag, falling back to /proc/net when netlink is unavailable.
    public let source: (any SocketSource)?

    public init(source: (any SocketSource)? = nil) {
        self.source = source
    }

    public func snapshot(_ options: InventoryOptions) throws(InventoryError) -> HostSnapshot {
        let isRoot = CurrentUser.isRoot
        let hostInode = NamespaceIdentity.hostInode()
        let ownInode = NamespaceIdentity.ofCurrentThread().inode
        let warnings = Warnings()

        var entrances = NetworkNamespaceScan.entrances(hostInode: hostInode, includeProcesses: options.allNamespaces)
        if !options.allNamespaces {
            entrances = entrances.filter { $0.namespace.inode == ownInode }
        }
        if !entrances.contains(where: { $0.namespace.inode == ownInode }) {
            let own = NetworkNamespace(inode: ownInode, isHost: ownInode == hostInode)
            entrances.insert(NamespaceEntrance(namespace: own, path: "/proc/thread-self/ns/net"), at: 0)
        }

        var listeners: [Listener] = []
        var scanned: [NetworkNamespace] = []
        for entrance in entrances {
            var found: [Listener]
            if entrance.namespace.inode == ownInode {
                found = try sockets(options, warnings: warnings)
            } else {
                do {
                    found = try NamespaceThread.run(in: entrance.path) { [warnings] () throws(InventoryError) in
                        try sockets(options, warnings: warnings)
                    }
                } catch {
                    warnings.append(error.description)
                    continue
                }
            }
            for index in found.indices { found[index].namespace = entrance.namespace }
            listeners.append(contentsOf: found)
            scanned.append(entrance.namespace)
        }

        if options.resolveOwners {
            try resolveOwners(&listeners, isRoot: isRoot)
        }
        listeners.sort(by: Self.inDisplayOrder)
        return HostSnapshot(listeners: listeners, isRoot: isRoot, scannedNamespaces: scanned, warnings: warnings.messages)
    }

    /// The configured source, or sock_diag with /proc/net as its fallback.
    private func sockets(_ options: InventoryOptions, warnings: Warnings) throws(InventoryError) -> [Listener] {
        if let source { return try source.sockets(options) }
        do {
            return try SockDiagSource().sockets(options)
        } catch .netlinkUnavailable(let error) {
            warnings.append("netlink unavailable (\(error)), read /proc/net instead")
            return try ProcNetSource().sockets(options)
        }
    }

    private func resolveOwners(_ listeners: inout [Listener], isRoot: Bool) throws(InventoryError) {
        let inodes = Set(listeners.lazy.map(\.inode).filter { $0 != 0 })
        let owners = SocketOwnerScan.owners(of: inodes)
        let reader = try ProcessInfoReader()
        var processes: [Int32: ProcessDetails?] = [:]
        let unseen: SocketOwnership = isRoot ? .none : .hidden
        for index in listeners.indices {
            let inode = listeners[index].inode
            guard inode != 0, let pids = owners[inode] else {
                listeners[index].owner = inode == 0 ? .none : unseen
                continue
            }
            var details: [ProcessDetails] = []
            for pid in pids {
                if let known = processes[pid] {
                    if let known { details.append(known) }
                } else {
                    let read = reader.details(of: pid)
                    processes[pid] = .some(read)
                    if let read { details.append(read) }
                }
            }
            listeners[index].owner = details.isEmpty ? unseen : .processes(details)
        }
    }

    /// Host namespace first, then TCP before UDP, by port, IPv4 before IPv6, by address.
    static func inDisplayOrder(_ lhs: Listener, _ rhs: Listener) -> Bool {
        if lhs.namespace.isHost != rhs.namespace.isHost { return lhs.namespace.isHost }
        if lhs.namespace.inode != rhs.namespace.inode { return lhs.namespace.inode < rhs.namespace.inode }
        if lhs.transport != rhs.transport { return lhs.transport == .tcp }
        if lhs.local.port != rhs.local.port { return lhs.local.port < rhs.local.port }
        if lhs.family != rhs.family { return lhs.family == .ipv4 }
        if lhs.local.ip != rhs.local.ip { return lhs.local.ip < rhs.local.ip }
        return lhs.inode < rhs.inode
    }
}

/// Warnings gathered during a snapshot, possibly from a namespace thread.
///
/// `@unchecked Sendable`: appended to by the calling thread and by namespace
/// threads that the calling thread joins before it reads or appends again, so
/// accesses never overlap.
private final class Warnings: @unchecked Sendable {
    private(set) var messages: [String] = []
    func append(_ message: String) {
        if !messages.contains(message) { messages.append(message) }
    }
}
