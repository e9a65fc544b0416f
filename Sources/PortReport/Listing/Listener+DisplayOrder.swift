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
}
