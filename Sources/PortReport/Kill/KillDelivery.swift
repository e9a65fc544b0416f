public import HostInventory

/// Sends `portlore kill`'s signals: through a pidfd opened when the targets were identified and
/// checked against the start time the scan saw, then waits on the pidfds; with `force`, SIGKILL
/// for whatever still runs after the wait.
public struct KillDelivery {
    /// Seconds to wait for the processes to exit after each signal.
    public var timeout: Double
    /// Send SIGKILL to the survivors of the first signal.
    public var force: Bool

    public init(timeout: Double, force: Bool) {
        self.timeout = timeout
        self.force = force
    }

    /// A pidfd for each target, or why there is none, keyed by PID. A target whose scan gave no
    /// start time is checked against the start time its PID has now.
    public static func handles(for targets: [KillTarget]) -> [Int32: Result<ProcessHandle, ProcessHandle.OpenFailure>] {
        var handles: [Int32: Result<ProcessHandle, ProcessHandle.OpenFailure>] = [:]
        for target in targets {
            let pid = target.process.pid
            guard let ticks = target.process.startTicks ?? ProcessPresence.mark(of: pid)?.startTicks else {
                handles[pid] = .failure(.gone)
                continue
            }
            handles[pid] = ProcessHandle.open(pid: pid, startTicks: ticks)
        }
        return handles
    }

    /// Sends `first` to each target through its handle, waits, and with `force` sends SIGKILL to
    /// the survivors and waits again. A target without a handle is not signalled.
    public func deliver(
        _ first: KillSignal, to targets: [KillTarget], handles: [Int32: Result<ProcessHandle, ProcessHandle.OpenFailure>]
    ) -> [KillOutcome] {
        var outcomes: [Int32: KillOutcome] = [:]
        var waiting: [ProcessHandle] = []
        for target in targets {
            let pid = target.process.pid
            let handle: ProcessHandle
            switch handles[pid] {
            case .success(let opened)?: handle = opened
            case .failure(.replaced)?:
                outcomes[pid] = KillOutcome(target: target, result: .pidReused)
                continue
            case .failure(.unsupported)?, .failure(.failed)?:
                outcomes[pid] = KillOutcome(target: target, result: .noPidfd)
                continue
            case .failure(.gone)?, nil:
                outcomes[pid] = KillOutcome(target: target, result: .alreadyGone)
                continue
            }
            switch handle.send(first.number) {
            case .sent:
                outcomes[pid] = KillOutcome(target: target, result: .signalled, signalsSent: [first])
                waiting.append(handle)
            case .gone:
                outcomes[pid] = KillOutcome(target: target, result: .alreadyGone)
            case .notPermitted:
                outcomes[pid] = KillOutcome(target: target, result: .permissionDenied)
            }
        }
        if first.stopsProcess {
            var survivors = ProcessHandle.waitForExit(waiting, seconds: timeout)
            if force && first != .kill && !survivors.isEmpty {
                for handle in survivors where handle.send(KillSignal.kill.number) == .sent {
                    outcomes[handle.pid]?.signalsSent.append(.kill)
                }
                survivors = ProcessHandle.waitForExit(survivors, seconds: timeout)
            }
            for handle in waiting { outcomes[handle.pid]?.result = .stopped }
            for handle in survivors { outcomes[handle.pid]?.result = .survived }
        }
        return targets.compactMap { outcomes[$0.process.pid] }
    }
}
