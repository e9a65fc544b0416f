import PortloreSystem
/// The processes above portlore: its parent, that one's parent, and so on up to PID 1 (of
/// portlore's PID namespace). `portlore kill` never signals any of them: a shell, `timeout`,
/// `sudo` or a script that runs portlore may hold the very port it is asked to free.
public enum ProcessAncestry {
    /// The ancestors of the calling process, nearest first. The walk stops at PID 1, at a
    /// parent it cannot read (it has left) or after 4,096 steps (a loop would be a kernel bug).
    public static func ofCurrentProcess() -> [Int32] {
        ancestors(startingAt: system_getpid(), parentOf: { pid in
            guard let bytes = try? FileContents.read("/proc/\(pid)/stat") else { return nil }
            return ProcStat(bytes)?.parentPID
        })
    }

    /// The chain above `pid`, asking `parentOf` for each parent (0 or nil ends it).
    static func ancestors(startingAt pid: Int32, parentOf: (Int32) -> Int32?) -> [Int32] {
        var chain: [Int32] = []
        var current = pid
        while current != 1, chain.count < 4096, let parent = parentOf(current), parent > 0, !chain.contains(parent) {
            chain.append(parent)
            current = parent
        }
        return chain
    }
}
