public import SystemPackage

/// Everything that can stop HostInventory. Vanished processes and unreadable
/// /proc entries are not errors: they are skipped or reported as hidden owners.
public enum InventoryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `socket(AF_NETLINK, ..., NETLINK_SOCK_DIAG)` failed; /proc/net is the fallback.
    case netlinkUnavailable(Errno)
    /// A sock_diag request or its answer failed.
    case netlinkFailed(operation: String, Errno)
    /// The kernel answered with something we could not decode.
    case malformedNetlinkReply(String)
    /// A file we need (under /proc or /sys) could not be read.
    case unreadable(path: String, Errno)
    /// `setns(CLONE_NEWNET)` into a namespace failed.
    case cannotEnterNamespace(path: String, Errno)
    /// The helper thread that enters a namespace could not be started.
    case threadUnavailable(Errno)

    public var description: String {
        switch self {
        case .netlinkUnavailable(let errno):
            return "Cannot open a NETLINK_SOCK_DIAG socket (\(errno)); load the inet_diag, tcp_diag and udp_diag kernel modules or let portlore read /proc/net instead."
        case .netlinkFailed(let operation, let errno):
            return "The sock_diag \(operation) failed (\(errno)); retry, or check that the kernel supports inet_diag."
        case .malformedNetlinkReply(let what):
            return "The kernel's sock_diag reply was malformed (\(what)); report this with your kernel version (uname -r)."
        case .unreadable(let path, let errno):
            return "Cannot read \(path) (\(errno)); check that /proc is mounted and run portlore as root to see other users' processes."
        case .cannotEnterNamespace(let path, let errno):
            return "Cannot enter the network namespace \(path) (\(errno)); run portlore as root to scan every network namespace."
        case .threadUnavailable(let errno):
            return "Cannot start a thread to enter a network namespace (\(errno)); raise the process or thread limit and retry."
        }
    }
}
