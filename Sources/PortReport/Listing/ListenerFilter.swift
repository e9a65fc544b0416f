public import HostInventory
public import PortRegistry

/// Which sockets `portlore ls` shows; an empty set means "any".
public struct ListenerFilter: Sendable, Hashable {
    public var transports: Set<SocketTransport> = []
    public var families: Set<AddressFamily> = []
    public var ports: PortRange?
    public var pids: Set<Int32> = []
    /// User names or numeric uids.
    public var users: Set<String> = []
    /// Process names (comm) or executable basenames, compared case-insensitively.
    public var processNames: Set<String> = []

    public init() {}

    /// True when no criterion is set: every socket matches.
    public var matchesEverything: Bool {
        transports.isEmpty && families.isEmpty && ports == nil && pids.isEmpty && users.isEmpty && processNames.isEmpty
    }

    public func matches(_ listener: Listener) -> Bool {
        if !transports.isEmpty && !transports.contains(listener.transport) { return false }
        if !families.isEmpty && !families.contains(listener.family) { return false }
        if let ports, !ports.contains(Port(rawValue: listener.local.port)) { return false }
        guard !pids.isEmpty || !users.isEmpty || !processNames.isEmpty else { return true }
        guard case .processes(let processes) = listener.owner else {
            // An owner-less socket can still match by the uid the kernel reports.
            return pids.isEmpty && processNames.isEmpty && users.contains(String(listener.uid))
        }
        return processes.contains { process in
            (pids.isEmpty || pids.contains(process.pid))
                && (users.isEmpty || users.contains(String(process.uid)) || process.user.map(users.contains) == true)
                && (processNames.isEmpty || matchesName(process))
        }
    }

    private func matchesName(_ process: ProcessDetails) -> Bool {
        let names = Set(processNames.map { $0.lowercased() })
        if names.contains(process.name.lowercased()) { return true }
        if let executable = process.executable, let base = executable.split(separator: "/").last {
            return names.contains(base.lowercased())
        }
        return false
    }
}
