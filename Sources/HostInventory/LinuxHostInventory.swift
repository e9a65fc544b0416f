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
        var entered: [NamespaceEntrance] = []
        var failure: InventoryError?
        // The sockets in display order; their inodes when their owners are wanted.
        let query = { () -> [UInt64]? in
            do throws(InventoryError) {
                let entrances = Self.namespaces(options, hostInode: hostInode, ownInode: ownInode)
                entered = entrances
                // Sorted here, while the other threads are still reading /proc/*/fd.
                (listeners, scanned) = try sockets(in: entrances, ownInode: ownInode, options, warnings: warnings)
            } catch {
                failure = error
                return nil
            }
            return options.resolveOwners ? listeners.map(\.inode) : nil
        }
        if options.resolveOwners {
            // Read /proc/*/fd while the kernel answers the sock_diag dumps; for one port
            // or a range, after them, and only when they found a listener.
            let outcome = SocketOwnerScan.owners(alongside: query, queryFirst: options.port != nil)
            if let failure { throw failure }
            Self.resolveOwners(&listeners, outcome, isRoot: isRoot)
            reclaimOwners(&listeners)
            dropVanished(&listeners, entrances: entered, ownInode: ownInode, options, warnings: warnings)
            if isRoot, !outcome.unreadable.isEmpty, listeners.contains(where: { $0.owner == .hidden }) {
                warnings.append(Self.unreadableWarning(outcome.unreadable))
            }
        } else {
            _ = query()
            if let failure { throw failure }
            for index in listeners.indices { listeners[index].owner = .hidden }
        }
        return HostSnapshot(listeners: listeners, isRoot: isRoot, scannedNamespaces: scanned, warnings: warnings.messages)
    }

    /// "the descriptors of pid 1 could not be read, even as root (...)".
    static func unreadableWarning(_ pids: [Int32]) -> String {
        let shown = pids.prefix(5).map(String.init).joined(separator: ", ")
        let more = pids.count > 5 ? " and \(pids.count - 5) more" : ""
        let which = pids.count == 1 ? "pid \(shown)" : "pids \(shown)\(more)"
        return "the descriptors of \(which) could not be read, even as root (permission denied): sockets no other process holds show as owner hidden"
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

    /// Every namespace's sockets, labelled with their namespace, in no particular order (PortReport
    /// owns the order they are shown in); namespaces that cannot be entered become warnings.
    private func sockets(
        in entrances: [NamespaceEntrance], ownInode: UInt64, _ options: InventoryOptions, warnings: Warnings
    ) throws(InventoryError) -> ([Listener], [NetworkNamespace]) {
        var batches: [SocketBatch] = []
        for entrance in entrances {
            let found: SocketBatch.Sockets
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
            batches.append(SocketBatch(namespace: entrance.namespace, sockets: found))
        }
        return (batches.flatMap(\.listeners), batches.map(\.namespace))
    }

    /// The configured source's listeners, or sock_diag's records with /proc/net as their fallback.
    private func sockets(_ options: InventoryOptions, warnings: Warnings) throws(InventoryError) -> SocketBatch.Sockets {
        if let source { return .listeners(try source.sockets(options)) }
        do {
            return .records(try SockDiagSource().records(options))
        } catch .netlinkUnavailable(let error) {
            warnings.append("netlink unavailable (\(error)), read /proc/net instead")
            return .listeners(try ProcNetSource().sockets(options))
        }
    }

    /// Fills in each listener's owner from the scan's claims. A socket no visible
    /// process holds is `.none` as root when every process's descriptors were read
    /// (nothing holds it) and `.hidden` otherwise (its holder may be another user's
    /// process, or one shielded even from root); so is one whose holders all left
    /// before their details could be read.
    ///
    /// Sockets with the same holders share one `[ProcessDetails]`: a process with
    /// 100 listeners, or a pre-fork server's workers, cost one array, not 100.
    static func resolveOwners(_ listeners: inout [Listener], _ outcome: SocketOwnerScan.Outcome, isRoot: Bool) {
        // Nothing to resolve (`portlore 1302` on a quiet port): not even a dictionary, whose
        // first use costs a runtime scan of every protocol conformance record.
        guard !listeners.isEmpty else { return }
        let holders = ListenerHolders(count: listeners.count, claims: outcome.claims, twins: outcome.twins)
        // One single-process array per PID, and one array per set of several PIDs.
        var alone: [Int32: [ProcessDetails]] = [:]
        alone.reserveCapacity(outcome.processes.count)
        for details in outcome.processes { alone[details.pid] = [details] }
        var together: [[Int32]: [ProcessDetails]] = [:]

        // As root, a socket nobody visible holds is held by nobody, unless some process's
        // descriptors could not be read: then it may be that process's, and is hidden.
        let unseen: SocketOwnership = isRoot && outcome.unreadable.isEmpty ? .none : .hidden
        // Listeners come by port, and a process's listeners are often neighbours.
        var last: (pid: Int32, details: [ProcessDetails]) = (0, [])
        for index in listeners.indices {
            let details: [ProcessDetails]
            switch holders.holders(of: index) {
            case .nobody:
                listeners[index].owner = listeners[index].inode == 0 ? .none : unseen
                continue
            case .one(let pid) where pid == last.pid:
                details = last.details
            case .one(let pid):
                details = alone[pid] ?? []
                last = (pid, details)
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
}

extension LinuxHostInventory {
    /// Looks once more for the holders of sockets held by no process (as root, every process
    /// read). The /proc scan runs alongside the socket dump, so a process started just before
    /// the dump (a fork that then binds) can be missed by the scan's directory listing while
    /// its socket is in the dump. Only `.none` sockets: they are the ones judged as findings,
    /// and as root they are rare (kernel sockets), so the second pass is rarely paid.
    func reclaimOwners(_ listeners: inout [Listener]) {
        let orphans = listeners.indices.filter { listeners[$0].owner == .none && listeners[$0].inode != 0 }
        guard !orphans.isEmpty, let found = try? resolvingOwners(orphans.map { listeners[$0] }) else { return }
        for (index, listener) in zip(orphans, found) {
            if case .processes = listener.owner { listeners[index] = listener }
        }
    }

    /// Drops the sockets that closed while their owners were being looked for.
    ///
    /// The socket dump and the /proc/*/fd scan are two moments: a listener closed between
    /// them is found by the dump and held by nobody in the scan, which would read as a
    /// socket "held by no process" (a warning finding) though it is simply gone. So every
    /// socket with an inode that no process was seen holding is looked for once more, with
    /// a second dump of its namespace narrowed to its ports; one missing from it is dropped.
    /// A namespace that cannot be dumped again keeps its sockets as they were.
    func dropVanished(
        _ listeners: inout [Listener], entrances: [NamespaceEntrance], ownInode: UInt64,
        _ options: InventoryOptions, warnings: Warnings
    ) {
        let suspects = listeners.indices.filter { index in
            guard listeners[index].inode != 0, case .processes = listeners[index].owner else {
                return listeners[index].inode != 0
            }
            return false
        }
        guard !suspects.isEmpty else { return }
        var stillThere: [UInt64: Set<UInt64>] = [:]
        for namespace in Set(suspects.map { listeners[$0].namespace.inode }) {
            guard let entrance = entrances.first(where: { $0.namespace.inode == namespace }) else { continue }
            let here = suspects.filter { listeners[$0].namespace.inode == namespace }
            var narrowed = options
            let ports = here.map { listeners[$0].local.port }
            narrowed.port = ports.min()!...ports.max()!
            narrowed.transports = Set(here.map { listeners[$0].transport })
            narrowed.families = Set(here.map { listeners[$0].family })
            let again: SocketBatch.Sockets
            do throws(InventoryError) {
                if namespace == ownInode {
                    again = try sockets(narrowed, warnings: warnings)
                } else {
                    again = try NamespaceThread.run(in: entrance.path) { [warnings] () throws(InventoryError) in
                        try sockets(narrowed, warnings: warnings)
                    }
                }
            } catch {
                continue
            }
            switch again {
            case .records(let records): stillThere[namespace] = Set(records.map(\.inode))
            case .listeners(let found): stillThere[namespace] = Set(found.map(\.inode))
            }
        }
        let gone = Set(suspects.filter { index in
            stillThere[listeners[index].namespace.inode].map { !$0.contains(listeners[index].inode) } ?? false
        })
        guard !gone.isEmpty else { return }
        listeners = listeners.indices.filter { !gone.contains($0) }.map { listeners[$0] }
    }
}

/// Warnings gathered during a snapshot, possibly from a namespace thread.
///
/// `@unchecked Sendable`: appended to by the calling thread and by namespace
/// threads that the calling thread joins before it reads or appends again, so
/// accesses never overlap.
final class Warnings: @unchecked Sendable {
    private(set) var messages: [String] = []
    func append(_ message: String) {
        if !messages.contains(message) { messages.append(message) }
    }
}

/// The sockets one namespace's query found.
struct SocketBatch {
    enum Sockets {
        /// From sock_diag, not yet `Listener`s.
        case records([SockDiagRecord])
        /// From a configured source or the /proc/net fallback.
        case listeners([Listener])
    }

    var namespace: NetworkNamespace
    var sockets: Sockets

    /// The batch's sockets as listeners in dump order, labelled with the batch's namespace.
    var listeners: [Listener] {
        switch sockets {
        case .listeners(let found):
            var listeners = found
            for index in listeners.indices { listeners[index].namespace = namespace }
            return listeners
        case .records(let records):
            var addresses = LocalAddressCache()
            return records.map { $0.listener(in: namespace, addresses: &addresses) }
        }
    }
}
