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
}

extension LinuxHostInventory {
    /// Every batch's sockets as `Listener`s labelled with their namespace, in display order.
    ///
    /// sock_diag's records are sorted as plain integers and each `Listener` is built
    /// once, in its final place: building 20,000 listeners in dump order and then
    /// moving them through the sort cost more than the netlink dump itself.
    static func inDisplayOrder(_ batches: [SocketBatch]) -> [Listener] {
        var records: [[SockDiagRecord]] = []
        for batch in batches {
            guard case .records(let found) = batch.sockets else {
                return inDisplayOrder(batches.flatMap(labelledListeners))
            }
            records.append(found)
        }
        let total = records.reduce(0) { $0 + $1.count }
        guard total <= Int(UInt32.max), batches.count < 1 << 14 else {
            return inDisplayOrder(batches.flatMap(labelledListeners))
        }
        // Namespace ranks: host first, then by inode.
        let ranked = batches.indices.sorted { rankKey(batches[$0].namespace) < rankKey(batches[$1].namespace) }
        var rankOfBatch = [UInt64](repeating: 0, count: batches.count)
        for (rank, batch) in ranked.enumerated() { rankOfBatch[batch] = UInt64(rank) }

        let all = records.count == 1 ? records[0] : records.flatMap { $0 }
        var keys = [UInt64](unsafeUninitializedCapacity: total) { keys, count in
            var index = 0
            for (batch, found) in records.enumerated() {
                let rank = rankOfBatch[batch] << 50
                for record in found {
                    keys[index] = rank | displayKey(record.transport, record.localPort, record.family) | UInt64(index)
                    index += 1
                }
            }
            count = total
        }
        keys.sort()
        // Runs of equal keys (one port on several addresses of one family) by address text, then inode.
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count && keys[end] >> 32 == keys[start] >> 32 { end += 1 }
            if end - start > 1 {
                keys[start..<end].sort { lhs, rhs in
                    let left = all[Int(truncatingIfNeeded: lhs & 0xFFFF_FFFF)]
                    let right = all[Int(truncatingIfNeeded: rhs & 0xFFFF_FFFF)]
                    let (leftText, rightText) = (left.localText, right.localText)
                    return leftText != rightText ? leftText < rightText : left.inode < right.inode
                }
            }
            start = end
        }
        let namespaces = ranked.map { batches[$0].namespace }
        var addresses = LocalAddressCache()
        return [Listener](unsafeUninitializedCapacity: total) { listeners, count in
            for (position, key) in keys.enumerated() {
                let record = all[Int(truncatingIfNeeded: key & 0xFFFF_FFFF)]
                let namespace = namespaces[Int(truncatingIfNeeded: key >> 50)]
                (listeners.baseAddress! + position).initialize(to: record.listener(in: namespace, addresses: &addresses))
            }
            count = total
        }
    }

    /// A batch's sockets as listeners in dump order, labelled with the batch's namespace.
    private static func labelledListeners(_ batch: SocketBatch) -> [Listener] {
        var listeners: [Listener]
        switch batch.sockets {
        case .listeners(let found):
            listeners = found
        case .records(let records):
            var addresses = LocalAddressCache()
            return records.map { $0.listener(in: batch.namespace, addresses: &addresses) }
        }
        for index in listeners.indices { listeners[index].namespace = batch.namespace }
        return listeners
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
        var namespaces = Array(Set(listeners.lazy.map { rankKey($0.namespace) }))
        namespaces.sort()
        guard namespaces.count < 1 << 14 else { return listeners.sorted(by: precedes) }
        var keys = [UInt64](unsafeUninitializedCapacity: listeners.count) { keys, count in
            for (index, listener) in listeners.enumerated() {
                let rank = UInt64(namespaces.count == 1 ? 0 : namespaces.firstIndex(of: rankKey(listener.namespace))!)
                keys[index] = rank << 50 | displayKey(listener.transport, listener.local.port, listener.family) | UInt64(index)
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

    /// The namespace's place: the host's first (0), then the others by inode.
    private static func rankKey(_ namespace: NetworkNamespace) -> UInt64 {
        namespace.isHost ? 0 : namespace.inode
    }

    /// Transport, port and family in bits 49, 33-48 and 32 of a sort key.
    private static func displayKey(_ transport: SocketTransport, _ port: UInt16, _ family: AddressFamily) -> UInt64 {
        (transport == .tcp ? 0 : 1) << 49 | UInt64(port) << 33 | (family == .ipv4 ? 0 : 1) << 32
    }

    /// The whole display order, for listeners with equal keys and too many namespaces.
    private static func precedes(_ lhs: Listener, _ rhs: Listener) -> Bool {
        let left = (rankKey(lhs.namespace), lhs.transport == .tcp ? 0 : 1, lhs.local.port)
        let right = (rankKey(rhs.namespace), rhs.transport == .tcp ? 0 : 1, rhs.local.port)
        if left != right { return left < right }
        if lhs.family != rhs.family { return lhs.family == .ipv4 }
        if lhs.local.ip != rhs.local.ip { return lhs.local.ip < rhs.local.ip }
        return lhs.inode < rhs.inode
    }
}
