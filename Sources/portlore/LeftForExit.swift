/// Values a command leaves for the process's exit to reclaim, like a compiler's
/// `-disable-free`: `ls` under load holds 20,000 sockets and their processes, and freeing
/// them one by one just before `exit` cost about 2 ms (2% of the run) for nothing.
enum LeftForExit {
    nonisolated(unsafe) private static var values: [Any] = []
    // Safe: only the CLI's main thread calls `keep`, once per command.

    static func keep(_ value: Any) {
        values.append(value)
    }
}
