/// The processes holding each listener, matched by inode from `SocketOwnerScan`'s
/// (inode, PID) pairs.
///
/// Almost every socket has one holder, so a listener's holder is one `Int32` in a
/// flat array; only sockets shared among processes (pre-fork servers) get a PID
/// array of their own.
struct ListenerHolders {
    enum Holders: Equatable {
        case nobody
        case one(Int32)
        /// Ascending, each once.
        case several([Int32])
    }

    /// Per listener: 0 when no process holds it, the PID of its only holder, or
    /// `Self.several` when `several` has its holders. PID 0 never appears in /proc.
    private var first: [Int32]
    private var several: [Int: [Int32]] = [:]
    /// Every PID holding at least one of the listeners, ascending, each once.
    private(set) var pids: [Int32] = []

    private static let severalMarker: Int32 = -1

    init(_ listeners: [Listener], holdings: [SocketHolding]) {
        first = [Int32](repeating: 0, count: listeners.count)
        guard !holdings.isEmpty else { return }
        var indexByInode: [UInt64: Int32] = [:]
        indexByInode.reserveCapacity(listeners.count)
        // A socket listed twice (never seen, but cheap to honour) gets the same holders.
        var twins: [(twin: Int, original: Int)] = []
        for (index, listener) in listeners.enumerated() where listener.inode != 0 {
            if let earlier = indexByInode.updateValue(Int32(index), forKey: listener.inode) {
                indexByInode[listener.inode] = earlier
                twins.append((index, Int(earlier)))
            }
        }

        for holding in holdings {
            guard let slot = indexByInode[holding.inode] else { continue }
            let index = Int(slot)
            // The pairs come grouped by process, so this keeps about one entry per PID.
            if pids.last != holding.pid { pids.append(holding.pid) }
            switch first[index] {
            case 0:
                first[index] = holding.pid
            case holding.pid:
                break  // The same process again, through a dup'ed descriptor.
            case Self.severalMarker:
                if !several[index, default: []].contains(holding.pid) { several[index, default: []].append(holding.pid) }
            case let other:
                first[index] = Self.severalMarker
                several[index] = [other, holding.pid]
            }
        }
        for index in several.keys { several[index]!.sort() }
        for (twin, original) in twins {
            first[twin] = first[original]
            several[twin] = several[original]
        }
        var unique: [Int32] = []
        for pid in pids.sorted() where unique.last != pid { unique.append(pid) }
        pids = unique
    }

    /// The holders of `listeners[index]`.
    func holders(of index: Int) -> Holders {
        switch first[index] {
        case 0: return .nobody
        case Self.severalMarker: return .several(several[index] ?? [])
        case let pid: return .one(pid)
        }
    }
}
