import HostInventory

/// Who holds a TCP port, in words, from the inventory: for `serve` when its bind fails with
/// "address in use", since portlore is the tool that can say who.
enum PortHolders {
    /// "python3 (pid 4242, user alice) on 127.0.0.1:13020", or nil when the scan finds no
    /// listener there (another namespace, or it has just gone).
    static func describe(port: Int, inventory: any HostInventory = currentHostInventory()) -> String? {
        guard let port = UInt16(exactly: port), port > 0 else { return nil }
        var options = InventoryOptions(transports: [.tcp], port: port...port, allNamespaces: false)
        options.includeConnected = false
        guard let snapshot = try? inventory.snapshot(options) else { return nil }
        let listeners = snapshot.listeners.filter { $0.local.port == port && $0.state == .listen }
        guard !listeners.isEmpty else { return nil }
        var described: [String] = []
        for listener in listeners {
            let holder: String
            switch listener.owner {
            case .processes(let processes):
                holder = processes.map { "\($0.name) (pid \($0.pid), user \($0.user ?? String($0.uid)))" }.joined(separator: ", ")
            case .hidden:
                holder = "a process of uid \(listener.uid) that only root can name"
            case .none:
                holder = "no process (the kernel)"
            }
            let text = "\(holder) on \(listener.local)"
            if !described.contains(text) { described.append(text) }
        }
        return described.joined(separator: "; ")
    }
}
