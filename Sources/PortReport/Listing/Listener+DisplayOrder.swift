public import HostInventory

extension Listener {
    /// The one order portlore shows sockets in (`ls`, `watch`, a port's listeners, `kill`, the
    /// server's pages): by port, TCP before UDP, IPv4 before IPv6, then address text and inode.
    /// HostInventory returns sockets unordered; PortReport sorts them once, with this.
    public static func displayOrder(_ left: Listener, _ right: Listener) -> Bool {
        if left.local.port != right.local.port { return left.local.port < right.local.port }
        if left.transport != right.transport { return left.transport == .tcp }
        if left.family != right.family { return left.family == .ipv4 }
        if left.local.ip != right.local.ip { return left.local.ip < right.local.ip }
        return left.inode < right.inode
    }

    /// `listeners` sorted by `displayOrder`.
    ///
    /// Sorts indices by an integer key (port, protocol, family) and compares whole sockets
    /// only on ties: moving or even reading 20,000 `Listener`s through a sort costs more than
    /// the netlink dump. Sockets already in order are returned as they are.
    public static func inDisplayOrder(_ listeners: [Listener]) -> [Listener] {
        let keys = listeners.map { UInt64($0.local.port) << 2 | ($0.transport == .tcp ? 0 : 2) | ($0.family == .ipv4 ? 0 : 1) }
        return listeners.withUnsafeBufferPointer { sockets in
            func precedes(_ left: Int, _ right: Int) -> Bool {
                keys[left] != keys[right] ? keys[left] < keys[right] : displayOrder(sockets[left], sockets[right])
            }
            if (1..<max(sockets.count, 1)).allSatisfy({ !precedes($0, $0 - 1) }) { return listeners }
            return sockets.indices.sorted(by: precedes).map { sockets[$0] }
        }
    }
}
