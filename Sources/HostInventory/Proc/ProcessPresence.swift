import PortloreSystem
/// Whether a process seen earlier still runs: for `portlore kill`, which waits for the
/// processes it signalled without being their parent (so it cannot `waitpid`).
///
/// A PID alone is not enough: a process that died but was not yet reaped stays in /proc as a
/// zombie (state `Z`), and a PID can be reused. So a process is marked by its PID and start
/// time (field 22 of /proc/PID/stat), and counts as running while a non-zombie process with
/// both is there.
public enum ProcessPresence {
    public struct Mark: Sendable, Hashable {
        public var pid: Int32
        /// Clock ticks after boot at which the process started.
        public var startTicks: UInt64
    }

    /// The mark of the running process `pid`, or nil when there is none (or it is a zombie).
    public static func mark(of pid: Int32) -> Mark? {
        guard let (state, start) = stateAndStart(of: pid), !isDead(state) else { return nil }
        return Mark(pid: pid, startTicks: start)
    }

    /// True while the process `mark` names runs (not exited, not a zombie, PID not reused).
    public static func isRunning(_ mark: Mark) -> Bool {
        guard let (state, start) = stateAndStart(of: mark.pid) else { return false }
        return !isDead(state) && start == mark.startTicks
    }

    /// `Z` (zombie) and `X` (dead) processes have exited.
    private static func isDead(_ state: UInt8) -> Bool {
        state == UInt8(ascii: "Z") || state == UInt8(ascii: "X")
    }

    /// Field 3 (state) and field 22 (starttime) of /proc/PID/stat.
    static func stateAndStart(of pid: Int32) -> (UInt8, UInt64)? {
        guard let bytes = try? FileContents.read("/proc/\(pid)/stat") else { return nil }
        return parseStateAndStart(bytes)
    }

    static func parseStateAndStart(_ bytes: [UInt8]) -> (UInt8, UInt64)? {
        guard let close = bytes.lastIndex(of: 0x29) else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            var scanner = ByteScanner(buffer)
            scanner.position = close + 1
            let stateField = scanner.field()
            guard stateField.count == 1 else { return nil }
            let state = buffer[stateField.lowerBound]
            scanner.skipFields(18)  // 4...21
            guard let start = scanner.decimal(scanner.field()) else { return nil }
            return (state, start)
        }
    }
}
