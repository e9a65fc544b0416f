import Glibc

/// Tests that need root (other users' /proc/PID/fd, `ip netns`, `setns`) check this.
let isRoot = geteuid() == 0

private let ipCandidates: [String] = ["/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip"]

/// Path of the `ip` tool (iproute2).
let ipTool = ipCandidates.first { access($0, X_OK) == 0 } ?? "ip"

/// True when `ip` (iproute2) can be run.
let hasIPRoute2 = access(ipTool, X_OK) == 0

/// A python3 interpreter for child processes (its real file, not a symlink).
let python3: String = {
    for candidate: String in ["/usr/bin/python3", "/usr/local/bin/python3"] where access(candidate, X_OK) == 0 {
        if let resolved = realpath(candidate, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
    }
    return "/usr/bin/python3"
}()

let hasPython3 = access(python3, X_OK) == 0
