import HostInventory

/// `executable-deleted`, `executable-memfd`, `executable-writable-dir`: the program behind a
/// listener cannot be inspected on disk, or runs from a directory anyone can write to.
public struct ExecutableLocationRule: FindingRule {
    public var emits: [RuleID] { [.executableDeleted, .executableMemfd, .executableWritableDir] }

    /// Directories every user may write to (sticky world-writable by convention).
    static let worldWritable: [StaticString] = ["/tmp/", "/var/tmp/", "/dev/shm/", "/run/shm/"]

    public init() {}

    public func evaluate(_ context: ListenerContext, into findings: inout [Finding]) {
        for process in context.processes {
            guard let executable = process.executable else { continue }
            var who: String { "\(process.name) (pid \(process.pid)) on \(context.portLabel)" }
            if executable.startsWithBytes(of: "/memfd:") {
                findings.append(Finding(
                    rule: .executableMemfd, severity: .alert,
                    reason: "\(who) runs from an anonymous memory file (\(executable)), leaving nothing on disk to inspect.",
                    pid: process.pid
                ))
            } else if process.executableDeleted {
                findings.append(Finding(
                    rule: .executableDeleted, severity: .alert,
                    reason: "\(who) runs \(executable), which was deleted from disk after it started.",
                    pid: process.pid
                ))
            } else if let directory = Self.worldWritable.first(where: executable.startsWithBytes) {
                findings.append(Finding(
                    rule: .executableWritableDir, severity: .warning,
                    reason: "\(who) runs \(executable), from \(directory), where any user can write.",
                    pid: process.pid
                ))
            }
        }
    }
}
