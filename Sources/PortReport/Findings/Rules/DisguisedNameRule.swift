import HostInventory

/// `disguised-process-name`: a process whose name (comm) poses as a kernel thread or a
/// well-known daemon that its executable is not.
public struct DisguisedNameRule: FindingRule {
    public var emits: [RuleID] { [.disguisedProcessName] }

    /// Names malware borrows to blend into `ps` output.
    static let daemonNames: Set<String> = [
        "sshd", "systemd", "init", "cron", "crond", "rsyslogd", "dbus-daemon", "udevd", "systemd-udevd",
        "agetty", "login", "nginx", "apache2", "httpd", "named", "ntpd", "chronyd", "auditd", "polkitd",
    ]
    static let kernelThreadPrefixes: [StaticString] = ["[", "kworker", "kthreadd", "ksoftirqd", "migration", "rcu_", "kswapd", "watchdog", "jbd2", "kauditd"]
    /// The prefixes' first bytes: most names are ruled out by their first byte alone.
    static let kernelThreadInitials = Set(kernelThreadPrefixes.map { $0.utf8Start.pointee })

    public init() {}

    public func evaluate(_ context: ListenerContext, into findings: inout [Finding]) {
        for process in context.processes {
            let name = process.name
            // Cheap test first: most names borrow nothing.
            let looksLikeKernel = Self.kernelThreadInitials.contains(name.utf8.first ?? 0)
                && Self.kernelThreadPrefixes.contains(where: name.startsWithBytes)
            let posesAsDaemon = Self.daemonNames.contains(name)
            guard looksLikeKernel || posesAsDaemon, let executable = process.executable else { continue }
            let base = executable.split(separator: "/").last.map(String.init) ?? executable
            // comm is the executable's basename cut to 15 bytes unless the program renamed itself.
            if base.hasPrefix(name) || name.hasPrefix(base) { continue }
            let what = looksLikeKernel ? "a kernel thread" : "the daemon \(name)"
            findings.append(Finding(
                rule: .disguisedProcessName, severity: .alert,
                reason: "pid \(process.pid) on \(context.portLabel) calls itself '\(name)', like \(what), but runs \(executable).",
                pid: process.pid
            ))
        }
    }
}
