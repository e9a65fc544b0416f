import PortloreSystem
import Glibc

/// When the system booted and how long a clock tick is: turns /proc/PID/stat's
/// starttime (ticks after boot) into seconds since the epoch.
struct BootTime: Sendable {
    /// "btime" of /proc/stat, seconds since the epoch.
    var bootSeconds: UInt64
    /// `sysconf(_SC_CLK_TCK)`, 100 on Linux.
    var ticksPerSecond: UInt64

    static func current() -> BootTime? {
        guard let bytes = try? FileContents.read("/proc/stat"), let seconds = bootSeconds(bytes) else { return nil }
        let ticks = system_sysconf(Int32(_SC_CLK_TCK)) ?? 100
        return BootTime(bootSeconds: seconds, ticksPerSecond: UInt64(ticks))
    }

    static func bootSeconds(_ bytes: [UInt8]) -> UInt64? {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = ByteScanner(buffer)
            while !scanner.isAtEnd {
                let label = scanner.field()
                if scanner.string(label) == "btime" { return scanner.decimal(scanner.field()) }
                scanner.skipLine()
            }
            return nil
        }
    }

    func epochSeconds(ofTicks ticks: UInt64) -> Double {
        Double(bootSeconds) + Double(ticks) / Double(ticksPerSecond)
    }
}
