/// What /proc tells about one process holding a socket.
///
/// Not named `ProcessInfo`, which would shadow Foundation's.
public struct ProcessDetails: Sendable, Hashable, Codable {
    public var pid: Int32
    public var parentPID: Int32
    /// The kernel's `comm` (at most 15 bytes).
    public var name: String
    public var commandLine: [String]
    /// The target of /proc/PID/exe, without the kernel's " (deleted)" suffix; nil when unreadable.
    public var executable: String?
    public var executableDeleted: Bool
    /// The effective uid.
    public var uid: UInt32
    /// The uid's name in /etc/passwd.
    public var user: String?
    /// Seconds since the epoch.
    public var startTime: Double?
    /// Field 22 of /proc/PID/stat (clock ticks after boot): with the PID, names this process
    /// and no later one that reuses the PID (`portlore kill` checks it before signalling).
    public var startTicks: UInt64?
    /// The process's cgroup path (the unified v2 one when present).
    public var cgroup: String?
    /// The 64-hex container id found in a docker, containerd, CRI-O, podman or kubepods cgroup path.
    public var containerID: String?

    public init(
        pid: Int32, parentPID: Int32, name: String, commandLine: [String], executable: String?,
        executableDeleted: Bool, uid: UInt32, user: String?, startTime: Double?, cgroup: String?,
        containerID: String?, startTicks: UInt64? = nil
    ) {
        self.pid = pid
        self.parentPID = parentPID
        self.name = name
        self.commandLine = commandLine
        self.executable = executable
        self.executableDeleted = executableDeleted
        self.uid = uid
        self.user = user
        self.startTime = startTime
        self.cgroup = cgroup
        self.containerID = containerID
        self.startTicks = startTicks
    }
}
