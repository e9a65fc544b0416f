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

        var listeners: [Listener] = []
        var scanned: [NetworkNamespace] = []
        var failure: InventoryError?
        let query = {
            do throws(InventoryError) {
                let entrances = Self.namespaces(options, hostInode: hostInode, ownInode: ownInode)
                (listeners, scanned) = try sockets(in: entrances, ownInode: ownInode, options, warnings: warnings)
            } catch {
                failure = error
            }
        }
        var owners: [UInt64: [Int32]] = [:]
        if options.resolveOwners && options.port == nil {
            // A full listing needs most sockets' owners anyway: read /proc/*/fd
            // for every socket while the kernel answers the sock_diag dumps.
            owners = SocketOwnerScan.owners(of: nil, alongside: query)
        } else {
            query()
            if options.resolveOwners {
                owners = SocketOwnerScan.owners(of: Set(listeners.lazy.map(\.inode).filter { $0 != 0 }))
            }
        }
        if let failure { throw failure }

        if options.resolveOwners {
            try Self.resolveOwners(&listeners, owners: owners, isRoot: isRoot)
        } else {
            for index in listeners.indices { listeners[index].owner = .hidden }
        }
        listeners = Self.inDisplayOrder(listeners)
        return HostSnapshot(listeners: listeners, isRoot: isRoot, scannedNamespaces: scanned, warnings: warnings.messages)
    }

    /// The namespaces to scan: ours, and every other one when `allNamespaces`.
    private static func namespaces(
        _ options: InventoryOptions, hostInode: UInt64?, ownInode: UInt64
    ) -> [NamespaceEntrance] {
        var entrances = NetworkNamespaceScan.entrances(hostInode: hostInode, includeProcesses: options.allNamespaces)
        if !options.allNamespaces {
            entrances = entrances.filter { $0.namespace.inode == ownInode }
        }
        if !entrances.contains(where: { $0.namespace.inode == ownInode }) {
            let own = NetworkNamespace(inode: ownInode, isHost: ownInode == hostInode)
            entrances.insert(NamespaceEntrance(namespace: own, path: "/proc/thread-self/ns/net"), at: 0)
        }
        return entrances
    }

    /// Every namespace's sockets, labelled with their namespace; namespaces that
    /// cannot be entered become warnings.
    private func sockets(
        in entrances: [NamespaceEntrance], ownInode: UInt64, _ options: InventoryOptions, warnings: Warnings
    ) throws(InventoryError) -> ([Listener], [NetworkNamespace]) {
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
        return (listeners, scanned)
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

    /// Fills in each listener's owner from the inode → PIDs map. A socket no
    /// visible process holds is `.none` as root (nothing holds it) and `.hidden`
    /// otherwise (its holder may be another user's process); so is one whose
    /// holders all left before their details could be read.
    static func resolveOwners(
        _ listeners: inout [Listener], owners: [UInt64: [Int32]], isRoot: Bool
    ) throws(InventoryError) {
        var wanted: Set<Int32> = []
        for listener in listeners where listener.inode != 0 {
            if let pids = owners[listener.inode] { wanted.formUnion(pids) }
        }
        let processes = wanted.isEmpty ? [:] : try ProcessInfoReader().details(of: wanted.sorted())
        let unseen: SocketOwnership = isRoot ? .none : .hidden
        for index in listeners.indices {
            let inode = listeners[index].inode
            guard inode != 0, let pids = owners[inode] else {
                listeners[index].owner = inode == 0 ? .none : unseen
                continue
            }
            let details = pids.compactMap { processes[$0] }
            listeners[index].owner = details.isEmpty ? unseen : .processes(details)
        }
    }

    /// Host namespace first, then by namespace, TCP before UDP, by port, IPv4
    /// before IPv6, by address text, by inode.
    ///
    /// Sorts indices, not listeners: moving 20,000 `Listener`s (strings, arrays)
    /// through a merge sort cost more than the netlink dump itself.
    static func inDisplayOrder(_ listeners: [Listener]) -> [Listener] {
        let keys = listeners.map(SortKey.init)
        let order = keys.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && precedes(listeners[$0], listeners[$1])) }
        return order.map { listeners[$0] }
    }

    private static func precedes(_ lhs: Listener, _ rhs: Listener) -> Bool {
        if lhs.local.ip != rhs.local.ip { return lhs.local.ip < rhs.local.ip }
        return lhs.inode < rhs.inode
    }

    /// The integer part of the display order, compared first.
    private struct SortKey: Comparable {
        var namespace: UInt64
        var rest: UInt64

        init(_ listener: Listener) {
            namespace = listener.namespace.isHost ? 0 : listener.namespace.inode
            rest = (listener.transport == .tcp ? 0 : 1) << 32 | UInt64(listener.local.port) << 8
                | (listener.family == .ipv4 ? 0 : 1)
        }

        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            (lhs.namespace, lhs.rest) < (rhs.namespace, rhs.rest)
        }
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
