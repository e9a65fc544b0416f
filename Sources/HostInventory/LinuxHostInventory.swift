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
        // The sockets in display order; their inodes when their owners are wanted.
        let query = { () -> [UInt64]? in
            do throws(InventoryError) {
                let entrances = Self.namespaces(options, hostInode: hostInode, ownInode: ownInode)
                (listeners, scanned) = try sockets(in: entrances, ownInode: ownInode, options, warnings: warnings)
            } catch {
                failure = error
                return nil
            }
            // Sorted here, while the other threads are still reading /proc/*/fd.
            listeners = Self.inDisplayOrder(listeners)
            return options.resolveOwners ? listeners.map(\.inode) : nil
        }
        if options.resolveOwners {
            // Read /proc/*/fd while the kernel answers the sock_diag dumps. When they
            // find nothing (`portlore 1302` on a quiet port), the scan stops there.
            let outcome = SocketOwnerScan.owners(alongside: query)
            if let failure { throw failure }
            Self.resolveOwners(&listeners, outcome, isRoot: isRoot)
        } else {
            _ = query()
            if let failure { throw failure }
            for index in listeners.indices { listeners[index].owner = .hidden }
        }
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

    /// Fills in each listener's owner from the scan's claims. A socket no visible
    /// process holds is `.none` as root (nothing holds it) and `.hidden` otherwise
    /// (its holder may be another user's process); so is one whose holders all left
    /// before their details could be read.
    ///
    /// Sockets with the same holders share one `[ProcessDetails]`: a process with
    /// 100 listeners, or a pre-fork server's workers, cost one array, not 100.
    static func resolveOwners(_ listeners: inout [Listener], _ outcome: SocketOwnerScan.Outcome, isRoot: Bool) {
        let holders = ListenerHolders(count: listeners.count, claims: outcome.claims, twins: outcome.twins)
        // One single-process array per PID, and one array per set of several PIDs.
        var alone: [Int32: [ProcessDetails]] = [:]
        alone.reserveCapacity(outcome.processes.count)
        for details in outcome.processes { alone[details.pid] = [details] }
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
                    details = pids.compactMap { alone[$0]?.first }
                    together[pids] = details
                }
            }
            listeners[index].owner = details.isEmpty ? unseen : .processes(details)
        }
    }

    /// Host namespace first, then by namespace, TCP before UDP, by port, IPv4
    /// before IPv6, by address text, by inode.
    ///
    /// Sorts integers, not listeners: moving 20,000 `Listener`s (strings, arrays)
    /// through a merge sort cost more than the netlink dump itself. Each key holds
    /// everything but the address text and the inode, with the listener's index in
    /// its low 32 bits; only runs of equal keys (one port on several addresses) are
    /// then ordered by text.
    static func inDisplayOrder(_ listeners: [Listener]) -> [Listener] {
        guard listeners.count > 1, listeners.count <= Int(UInt32.max) else { return listeners }
        // Namespace ranks: host first, then by inode. Few namespaces, so a linear search.
        var namespaces = Array(Set(listeners.lazy.map { $0.namespace.isHost ? 0 : $0.namespace.inode }))
        namespaces.sort()
        guard namespaces.count < 1 << 14 else { return listeners.sorted(by: precedes) }
        var keys = [UInt64](unsafeUninitializedCapacity: listeners.count) { keys, count in
            for (index, listener) in listeners.enumerated() {
                let namespace = listener.namespace.isHost ? 0 : listener.namespace.inode
                let rank = UInt64(namespaces.count == 1 ? 0 : namespaces.firstIndex(of: namespace)!)
                let transport: UInt64 = listener.transport == .tcp ? 0 : 1
                let family: UInt64 = listener.family == .ipv4 ? 0 : 1
                keys[index] = rank << 50 | transport << 49 | UInt64(listener.local.port) << 33 | family << 32 | UInt64(index)
            }
            count = listeners.count
        }
        keys.sort()
        var order = keys.map { Int(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count && keys[end] >> 32 == keys[start] >> 32 { end += 1 }
            if end - start > 1 {
                order[start..<end].sort { precedes(listeners[$0], listeners[$1]) }
            }
            start = end
        }
        return order.map { listeners[$0] }
    }

    /// The whole display order, for listeners with equal keys and too many namespaces.
    private static func precedes(_ lhs: Listener, _ rhs: Listener) -> Bool {
        let left = (lhs.namespace.isHost ? 0 : lhs.namespace.inode, lhs.transport == .tcp ? 0 : 1, lhs.local.port)
        let right = (rhs.namespace.isHost ? 0 : rhs.namespace.inode, rhs.transport == .tcp ? 0 : 1, rhs.local.port)
        if left != right { return left < right }
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
