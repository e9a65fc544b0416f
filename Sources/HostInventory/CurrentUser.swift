import Glibc

/// Who this process runs as.
@usableFromInline
enum CurrentUser {
    /// True when the effective uid is 0: every /proc/PID/fd is readable and `setns` works.
    @usableFromInline
    static var isRoot: Bool { geteuid() == 0 }
}
