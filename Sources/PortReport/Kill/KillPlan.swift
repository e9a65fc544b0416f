public import HostInventory

/// Which processes `portlore kill PORT` would signal, and which it refuses to.
///
/// Pure: built from the sockets on the port; the command sends the signals.
public struct KillPlan: Hashable, Sendable {
    /// The sockets bound to the port (listening TCP, bound UDP).
    public var sockets: [Listener]
    /// One per process holding any of them, lowest PID first.
    public var targets: [KillTarget]
    /// Sockets whose holder portlore cannot see (not root) or that no process holds.
    public var ownerless: [Listener]

    /// `ancestors`: portlore's parent, its parent, and so on (`ProcessAncestry`), nearest first.
    public init(sockets: [Listener], ownPID: Int32, ancestors: [Int32]) {
        self.sockets = sockets
        var byPID: [Int32: KillTarget] = [:]
        var ownerless: [Listener] = []
        for socket in sockets {
            guard case .processes(let processes) = socket.owner else {
                ownerless.append(socket)
                continue
            }
            for process in processes {
                if byPID[process.pid] == nil {
                    byPID[process.pid] = KillTarget(
                        process: process, sockets: [],
                        refusal: KillRefusal(pid: process.pid, ownPID: ownPID, ancestors: ancestors)
                    )
                }
                byPID[process.pid]!.sockets.append(socket)
            }
        }
        targets = byPID.values.sorted { $0.process.pid < $1.process.pid }
        self.ownerless = ownerless
    }

    /// A plan that knows only portlore's direct parent.
    public init(sockets: [Listener], ownPID: Int32, parentPID: Int32) {
        self.init(sockets: sockets, ownPID: ownPID, ancestors: [parentPID])
    }

    /// True when some socket on the port has a holder portlore cannot see ("owner hidden").
    public var hasHiddenHolder: Bool { ownerless.contains { $0.owner == .hidden } }

    /// True when nothing is bound to the port.
    public var isEmpty: Bool { sockets.isEmpty }

    /// The targets portlore will signal.
    public var signallable: [KillTarget] { targets.filter { $0.refusal == nil } }
}

/// A process holding the port.
public struct KillTarget: Hashable, Sendable {
    public var process: ProcessDetails
    /// Its sockets on the port.
    public var sockets: [Listener]
    /// Why portlore will not signal it, if it will not.
    public var refusal: KillRefusal?

    public init(process: ProcessDetails, sockets: [Listener], refusal: KillRefusal?) {
        self.process = process
        self.sockets = sockets
        self.refusal = refusal
    }
}

/// Processes `portlore kill` never signals.
public enum KillRefusal: String, Hashable, Sendable {
    /// PID 1: signalling init brings the system (or container) down.
    case initProcess = "init"
    /// portlore itself.
    case itself
    /// The shell or program that started portlore.
    case parent
    /// Further up portlore's chain of parents (`timeout 20 portlore kill ...` run by the holder).
    case ancestor

    init?(pid: Int32, ownPID: Int32, ancestors: [Int32]) {
        if pid == 1 {
            self = .initProcess
        } else if pid == ownPID {
            self = .itself
        } else if pid == ancestors.first {
            self = .parent
        } else if ancestors.contains(pid) {
            self = .ancestor
        } else {
            return nil
        }
    }

    /// One sentence that says why and what to do instead.
    public func sentence(pid: Int32, name: String) -> String {
        switch self {
        case .initProcess:
            "Refusing to signal PID 1 (\(name)): it is init, and stopping it stops the whole system or container; stop the service through your init system instead."
        case .itself:
            "Refusing to signal PID \(pid) (\(name)): that is this portlore process."
        case .parent:
            "Refusing to signal PID \(pid) (\(name)): it is the program that started portlore (its parent); stop it from elsewhere."
        case .ancestor:
            "Refusing to signal PID \(pid) (\(name)): it is an ancestor of this portlore process (it started the program that started portlore); stop it from elsewhere."
        }
    }
}
