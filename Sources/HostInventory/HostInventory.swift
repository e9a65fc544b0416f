/// What is listening on this host.
public protocol HostInventory: Sendable {
    func snapshot(_ options: InventoryOptions) throws(InventoryError) -> HostSnapshot

    /// `listeners` (found with `InventoryOptions(resolveOwners: false)`) with their owners
    /// filled in. `portlore watch` polls without owners and resolves only what appeared.
    func resolvingOwners(_ listeners: [Listener]) throws(InventoryError) -> [Listener]
}

extension HostInventory {
    /// Resolves owners by a full scan with owners, matched by inode: right for any inventory,
    /// and what one without a cheaper way (a test's fixed snapshot) does.
    public func resolvingOwners(_ listeners: [Listener]) throws(InventoryError) -> [Listener] {
        guard !listeners.isEmpty else { return listeners }
        let owned = try snapshot(InventoryOptions(includeConnected: true, resolveOwners: true)).listeners
        let owners = Dictionary(owned.map { ($0.inode, $0.owner) }, uniquingKeysWith: { first, _ in first })
        return listeners.map { listener in
            var copy = listener
            if let owner = owners[listener.inode] { copy.owner = owner }
            return copy
        }
    }
}

/// The inventory for the operating system we run on.
public func currentHostInventory() -> any HostInventory {
    LinuxHostInventory()
}
