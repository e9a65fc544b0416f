import HostInventory
import PortReport

#if canImport(Glibc)
import Glibc
#endif

/// Sends signals to processes portlore is not the parent of, and waits for them to exit by
/// watching /proc (`waitpid` only works for our own children).
enum ProcessTermination {
    enum Delivery: Equatable {
        case sent
        case gone
        case notPermitted
    }

    /// Sends `signal` to the process `mark` names, if it is still that process.
    static func send(_ signal: KillSignal, to mark: ProcessPresence.Mark) -> Delivery {
        guard ProcessPresence.isRunning(mark) else { return .gone }
        if Glibc.kill(mark.pid, signal.number) == 0 { return .sent }
        return errno == EPERM ? .notPermitted : .gone
    }

    /// Waits up to `timeout` seconds for every process of `marks` to exit; returns those still running.
    static func waitForExit(_ marks: [ProcessPresence.Mark], timeout: Double) -> [ProcessPresence.Mark] {
        let deadline = MonotonicClock.now + timeout
        var running = marks.filter(ProcessPresence.isRunning)
        while !running.isEmpty && MonotonicClock.now < deadline {
            var pause = timespec(tv_sec: 0, tv_nsec: 20_000_000)
            nanosleep(&pause, nil)
            running = running.filter(ProcessPresence.isRunning)
        }
        return running
    }

    /// Signals whose default action ends the process: after them portlore waits for the exit.
    static func stops(_ signal: KillSignal) -> Bool {
        [SIGTERM, SIGKILL, SIGINT, SIGQUIT, SIGHUP, SIGABRT, SIGALRM].contains(signal.number)
    }
}
