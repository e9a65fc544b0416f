public import HostInventory

extension Listener {
    /// The order `ls` and `watch` show sockets in: by port, TCP before UDP, IPv4 before
    /// IPv6, then address and inode.
    public static func displayOrder(_ left: Listener, _ right: Listener) -> Bool {
        if left.local.port != right.local.port { return left.local.port < right.local.port }
        if left.transport != right.transport { return left.transport == .tcp }
        if left.family != right.family { return left.family == .ipv4 }
        if left.local.ip != right.local.ip { return left.local.ip < right.local.ip }
        return left.inode < right.inode
    }

    /// `listeners` sorted by `displayOrder`, without moving whole sockets through the sort:
    /// a merge sort of 20,000 `Listener`s (strings, arrays) costs more than sorting their
    /// indices. Sockets already in order (one namespace, as the kernel lists them) are
    /// returned as they are.
    public static func inDisplayOrder(_ listeners: [Listener]) -> [Listener] {
        if zip(listeners, listeners.dropFirst()).allSatisfy({ !displayOrder($1, $0) }) { return listeners }
        let order = listeners.indices.sorted { displayOrder(listeners[$0], listeners[$1]) }
        return order.map { listeners[$0] }
    }
}
