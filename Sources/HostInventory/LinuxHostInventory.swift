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
        var holdings: [SocketHolding] = []
        if options.resolveOwners && options.port == nil {
            // A full listing needs most sockets' owners anyway: read /proc/*/fd
            // for every socket while the kernel answers the sock_diag dumps.
            holdings = SocketOwnerScan.holdings(of: nil, alongside: query)
        } else {
            query()
            if options.resolveOwners {
                holdings = SocketOwnerScan.holdings(of: Set(listeners.lazy.map(\.inode).filter { $0 != 0 }))
            }
        }
        if let failure { throw failure }

        if options.resolveOwners {
            try Self.resolveOwners(&listeners, holdings: holdings, isRoot: isRoot)
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

    /// Fills in each listener's owner from the scan's (inode, PID) pairs. A socket no
    /// visible process holds is `.none` as root (nothing holds it) and `.hidden`
    /// otherwise (its holder may be another user's process); so is one whose
    /// holders all left before their details could be read.
    ///
    /// Sockets with the same holders share one `[ProcessDetails]`: a process with
    /// 100 listeners, or a pre-fork server's workers, cost one array, not 100.
    static func resolveOwners(
        _ listeners: inout [Listener], holdings: [SocketHolding], isRoot: Bool
    ) throws(InventoryError) {
        let holders = ListenerHolders(listeners, holdings: holdings)
        let processes = holders.pids.isEmpty ? [:] : try ProcessInfoReader().details(of: holders.pids)
        // One single-process array per PID, and one array per set of several PIDs.
        var alone: [Int32: [ProcessDetails]] = [:]
        alone.reserveCapacity(processes.count)
        for (pid, details) in processes { alone[pid] = [details] }
        var together: [[Int32]: [ProcessDetails]] = [:]

        let unseen: SocketOwnership = isRoot ? .none : .hidden
        for index in listeners.indices {
            let details: [ProcessDetails]
            switch holders.holders(of: index) {
            case .nobody:
                listeners[index].owner = listeners[index].inode == 0 ? .none : unseen
                continue
            case .one(let pid):
                details = alone[pid] ?? []
            case .several(let pids):
                if let known = together[pids] {
                    details = known
                } else {
                    details = pids.compactMap { processes[$0] }
                    together[pids] = details
                }
            }
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
