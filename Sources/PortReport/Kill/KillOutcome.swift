/// What happened to one target of `portlore kill`.
public struct KillOutcome: Hashable, Sendable {
    public enum Result: String, Hashable, Sendable {
        /// `--dry-run`: would have been signalled.
        case wouldSignal = "would-signal"
        /// Gone after the signals sent.
        case stopped
        /// Sent a signal that does not stop a process (`--signal USR1`, `CONT`, ...); not waited for.
        case signalled
        /// Still running when the wait ran out (without `--force`, or even after SIGKILL).
        case survived
        /// The signal was not permitted (EPERM): run as root.
        case permissionDenied = "permission-denied"
        /// Refused (PID 1, portlore, its parent or another of its ancestors).
        case refused
        /// Not signalled: the PID now names a process that started after the one the scan saw.
        case pidReused = "pid-reused"
        /// Not signalled: the kernel has no pidfd (Linux 5.3+), so no signal could be aimed safely.
        case noPidfd = "no-pidfd"
        /// Gone before portlore signalled it.
        case alreadyGone = "already-gone"
    }

    public var target: KillTarget
    public var result: Result
    /// The signals actually sent, in order.
    public var signalsSent: [KillSignal]

    public init(target: KillTarget, result: Result, signalsSent: [KillSignal] = []) {
        self.target = target
        self.result = result
        self.signalsSent = signalsSent
    }
}
