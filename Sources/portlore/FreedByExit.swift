/// Values a command hands to the process's exit to free: `ls` under load holds 20,000 sockets
/// and their processes, and releasing them one by one just before `exit` is work the kernel
/// does anyway when it drops the address space.
///
/// Measured by bench/inventory (20,000 listeners, same run, perf stat): without this and
/// without `portlore_keep_freed_memory` (CMallocTuning), `ls --json` took 3.5-8% more CPU time
/// and 300-900 more page faults.
enum FreedByExit {
    nonisolated(unsafe) private static var values: [Any] = []
    // Safe: only the CLI's main thread calls `hold`, once per command.

    static func hold(_ value: Any) {
        values.append(value)
    }
}
