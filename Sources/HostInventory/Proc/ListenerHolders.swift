/// The processes holding each listener, from `SocketOwnerScan`'s claims.
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
    /// `severalMarker` when `several` has its holders. PID 0 never appears in /proc.
    private var first: [Int32]
    private var several: [Int: [Int32]] = [:]

    private static let severalMarker: Int32 = -1

    init(count: Int, claims: [ListenerClaim], twins: [SocketOwnerScan.Twin] = []) {
        first = [Int32](repeating: 0, count: count)
        for claim in claims {
            let index = Int(claim.listener)
            switch first[index] {
            case 0:
                first[index] = claim.pid
            case claim.pid:
                break  // The same process again, through a dup'ed descriptor.
            case Self.severalMarker:
                if !several[index, default: []].contains(claim.pid) { several[index, default: []].append(claim.pid) }
            case let other:
                first[index] = Self.severalMarker
                several[index] = [other, claim.pid]
            }
        }
        for index in several.keys { several[index]!.sort() }
        // The scan matches a socket listed twice (never seen, but cheap to honour) to
        // its first listing; the second gets the same holders.
        for twin in twins {
            first[twin.listing] = first[twin.original]
            several[twin.listing] = several[twin.original]
        }
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
