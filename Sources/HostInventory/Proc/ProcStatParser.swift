/// The fields of /proc/PID/stat that portlore uses.
///
///     4242 (a (b) c) S 1 4242 4242 0 -1 4194560 ... 22:starttime ...
///
/// `comm` may hold spaces and parentheses, so it runs from the first "(" to the
/// last ")"; the numbered fields (proc(5)) count from there.
struct ProcStat: Sendable, Equatable {
var pid: Int32
var name: String
var parentPID: Int32
    /// Field 22: clock ticks after boot.
var startTicks: UInt64

init(pid: Int32, name: String, parentPID: Int32, startTicks: UInt64) {
        self.pid = pid
        self.name = name
        self.parentPID = parentPID
        self.startTicks = startTicks
    }

    /// Parses one stat line; nil when it does not have the expected shape.
init?(_ bytes: [UInt8]) {
        guard let open = bytes.firstIndex(of: 0x28), let close = bytes.lastIndex(of: 0x29), open < close
        else { return nil }
        let parsed: ProcStat? = bytes.withUnsafeBufferPointer { buffer in
            var scanner = ByteScanner(buffer)
            guard let pid = scanner.decimal(scanner.field()), pid <= UInt64(Int32.max) else { return nil }
            let name = scanner.string(open + 1..<close)
            scanner.position = close + 1
            _ = scanner.field()  // 3: state
            guard let parent = scanner.signedDecimal(scanner.field()) else { return nil }  // 4: ppid
            scanner.skipFields(17)  // 5...21
            guard let start = scanner.decimal(scanner.field()) else { return nil }  // 22: starttime
            return ProcStat(pid: Int32(pid), name: name, parentPID: Int32(truncatingIfNeeded: parent), startTicks: start)
        }
        guard let parsed else { return nil }
        self = parsed
    }
}
