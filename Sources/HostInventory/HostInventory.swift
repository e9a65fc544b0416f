/// What is listening on this host.
public protocol HostInventory: Sendable {
    func snapshot(_ options: InventoryOptions) throws(InventoryError) -> HostSnapshot
}

/// The inventory for the operating system we run on.
public func currentHostInventory() -> any HostInventory {
    LinuxHostInventory()
}
