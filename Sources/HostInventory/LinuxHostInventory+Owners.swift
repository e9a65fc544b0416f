extension LinuxHostInventory {
    /// `listeners` with their owners filled in, for sockets found with
    /// `InventoryOptions(resolveOwners: false)`.
    ///
    /// `portlore watch` polls sockets without owners (the /proc/*/fd pass is most of
    /// a snapshot's cost) and asks for owners only of the sockets that just appeared.
    /// The pass still visits every process, but keeps only these inodes.
    public func resolvingOwners(_ listeners: [Listener]) throws(InventoryError) -> [Listener] {
        guard !listeners.isEmpty else { return listeners }
        var resolved = listeners
        let outcome = SocketOwnerScan.owners(alongside: { listeners.map(\.inode) })
        Self.resolveOwners(&resolved, outcome, isRoot: CurrentUser.isRoot)
        return resolved
    }
}
