import HostInventory

/// `socket-without-process`: as root, every socket a program opened shows up in some
/// `/proc/PID/fd`; one that does not is held by the kernel or by a process hiding from /proc.
public struct OwnerlessSocketRule: FindingRule {
    public var emits: [RuleID] { [.socketWithoutProcess] }

    /// Kernel services that bind sockets of their own (NFS, RPC, WireGuard, VXLAN, ...).
    static let kernelPorts: Set<UInt16> = [111, 2049, 4789, 8472, 51820]

    public init() {}

    public func evaluate(_ context: ListenerContext, into findings: inout [Finding]) {
        // Only a listener is expected to have a holder: a TIME_WAIT socket has none by nature
        // (the kernel keeps it after close), and a connection may outlive its process briefly.
        guard context.isRoot, context.isListening, context.listener.owner == .none else { return }
        let kernel = Self.kernelPorts.contains(context.listener.local.port)
        findings.append(Finding(
            rule: .socketWithoutProcess, severity: kernel ? .info : .warning,
            reason: "\(context.portLabel) on \(context.listener.local) is held by no process\(kernel ? " (the port of a kernel service such as NFS, RPC or WireGuard)." : "; a kernel module or a process hidden from /proc holds it.")"
        ))
    }
}
