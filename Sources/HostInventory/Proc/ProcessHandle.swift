import PortloreSystem
import SystemPackage

/// One process, held by a pidfd (`pidfd_open(2)`): signals sent through it reach that process
/// or none, never a later one that got its PID.
///
/// Opened when `portlore kill` identifies its targets, and accepted only if the process the PID
/// names then started when the scan saw it start (field 22 of /proc/PID/stat). The pidfd is
/// opened first and the start time read after: a process that held the PID at the scan and
/// still holds it after the pidfd was opened held it in between, so the pidfd is its.
///
/// A class so that the descriptor is closed once, when the last reference goes.
public final class ProcessHandle {
    public let pid: Int32
    /// The start time (clock ticks after boot) the handle was checked against.
    public let startTicks: UInt64
    private let descriptor: FileDescriptor

    private init(pid: Int32, startTicks: UInt64, descriptor: FileDescriptor) {
        self.pid = pid
        self.startTicks = startTicks
        self.descriptor = descriptor
    }

    deinit { system_close(descriptor) }

    /// Why no handle could be had.
    public enum OpenFailure: Error, Equatable, Sendable {
        /// The process has exited (no such PID, or only its zombie is left).
        case gone
        /// The PID now names a process that started at `foundTicks`, not the one the scan saw.
        case replaced(foundTicks: UInt64)
        /// The kernel has no `pidfd_open` (before Linux 5.3).
        case unsupported
        /// Any other error of `pidfd_open`, as the C library names it.
        case failed(String)
    }

    /// The handle of `pid` if it is still the process that started at `startTicks`.
    public static func open(pid: Int32, startTicks: UInt64) -> Result<ProcessHandle, OpenFailure> {
        let descriptor: FileDescriptor
        switch system_pidfd_open(pid) {
        case .success(let opened): descriptor = opened
        case .failure(.noSuchProcess): return .failure(.gone)
        case .failure(.noFunction): return .failure(.unsupported)
        case .failure(let error): return .failure(.failed(error.description))
        }
        let handle = ProcessHandle(pid: pid, startTicks: startTicks, descriptor: descriptor)
        guard let (state, found) = ProcessPresence.stateAndStart(of: pid) else { return .failure(.gone) }
        guard found == startTicks else { return .failure(.replaced(foundTicks: found)) }
        guard state != UInt8(ascii: "Z"), state != UInt8(ascii: "X"), !handle.hasExited else { return .failure(.gone) }
        return .success(handle)
    }

    /// What became of a signal.
    public enum Delivery: Equatable, Sendable {
        case sent
        /// The process had already exited.
        case gone
        /// EPERM: another user's process, and we are not root.
        case notPermitted
    }

    /// Sends `signal` through the pidfd (`pidfd_send_signal(2)`).
    public func send(_ signal: Int32) -> Delivery {
        // A zombie still takes signals without complaint; it has exited all the same.
        if hasExited { return .gone }
        switch system_pidfd_send_signal(descriptor, signal) {
        case .success: return .sent
        case .failure(.notPermitted): return .notPermitted
        case .failure: return .gone
        }
    }

    /// True once the process has exited: the pidfd polls readable from then on.
    public var hasExited: Bool {
        (try? system_pollReadable([descriptor], milliseconds: 0).get().first) ?? false
    }

    /// Waits up to `seconds` for every process of `handles` to exit, sleeping in `poll(2)`
    /// on their pidfds; returns those still running at the end.
    public static func waitForExit(_ handles: [ProcessHandle], seconds: Double) -> [ProcessHandle] {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .milliseconds(Int64((max(0, seconds) * 1000).rounded(.up))))
        var running = handles.filter { !$0.hasExited }
        while !running.isEmpty {
            let left = clock.now.duration(to: deadline)
            guard left > .zero else { break }
            let milliseconds = Int32(clamping: left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1)
            guard case .success(let readable) = system_pollReadable(running.map(\.descriptor), milliseconds: milliseconds) else {
                break
            }
            running = zip(running, readable).filter { !$0.1 }.map(\.0)
        }
        return running
    }
}
