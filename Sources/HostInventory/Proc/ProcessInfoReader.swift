import PortloreSystem
import Glibc
import SystemPackage

/// Reads a process's details from /proc/PID/{stat,cmdline,exe,cgroup} and /proc/PID itself.
///
/// A process that leaves while we read (ENOENT, ESRCH) yields nil; files another
/// user's process hides from us (exe without root) yield nil fields.
final class ProcessInfoReader: Sendable {
    /// /proc, the base of every `openat`; `openat` on a shared descriptor is thread-safe.
    private let proc: FileDescriptor
    private let users: UserDirectory
    private let bootTime: BootTime?

    init() throws(InventoryError) {
        switch "/proc".withCString({ system_openat(nil, $0, O_RDONLY | O_DIRECTORY) }) {
        case .success(let descriptor): proc = descriptor
        case .failure(let error): throw .unreadable(path: "/proc", error)
        }
        users = UserDirectory.load()
        bootTime = BootTime.current()
    }

    deinit { system_close(proc) }

    /// The details of `pid`, or nil when it left. `SocketOwnerScan` calls this from
    /// its threads, right after scanning a process that holds a listener.
    func details(of pid: Int32) -> ProcessDetails? {
        guard let process = try? Directory("\(pid)", relativeTo: proc),
            let statBytes = try? FileContents.read("stat", relativeTo: process.descriptor),
            let stat = ProcStat(statBytes)
        else { return nil }
        let base = process.descriptor
        let commandLine = (try? FileContents.read("cmdline", relativeTo: base)).map(CommandLineParser.arguments) ?? []
        let executable: ExecutableLink?
        switch "exe".withCString({ SymbolicLink.target($0, relativeTo: base) }) {
        case .success(let target): executable = ExecutableLink(target: target)
        case .failure: executable = nil  // EACCES for other users' processes, ENOENT for kernel threads.
        }
        let uid = Self.effectiveUID(of: base)
        let cgroup = (try? FileContents.read("cgroup", relativeTo: base)).flatMap(CgroupPath.path)
        return ProcessDetails(
            pid: pid, parentPID: stat.parentPID, name: stat.name, commandLine: commandLine,
            executable: executable?.path, executableDeleted: executable?.isDeleted ?? false, uid: uid,
            user: users.name(of: uid), startTime: bootTime?.epochSeconds(ofTicks: stat.startTicks),
            cgroup: cgroup, containerID: cgroup.flatMap(CgroupPath.containerID), startTicks: stat.startTicks)
    }

    /// The owner of /proc/PID itself, which is the process's effective uid.
    ///
    /// Not /proc/PID/status's "Uid:" line: rendering that file cost about 15 µs a
    /// process (a third of the details). The kernel's `task_dump_owner` gives every
    /// 0555 directory of a process its euid, non-dumpable or not ("To keep the rules
    /// in /proc simple I have made this apply to all per process world readable and
    /// executable directories", fs/proc/base.c); only the files inside turn root's.
    private static func effectiveUID(of process: FileDescriptor) -> UInt32 {
        switch ".".withCString({ system_fstatat(process, $0) }) {
        case .success(let status): return status.st_uid
        case .failure: return UInt32.max
        }
    }
}
