import HostInventory

/// Why a `portlore kill` run did not stop everything on the port, in one sentence: decided here
/// from the plan and the outcomes, so that the command only prints and exits.
public struct KillFailure: Error, Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Nothing to signal (exit 1).
        case nothingToSignal
        /// A target was refused: PID 1, portlore or one of its ancestors (exit 2).
        case refused
        /// Not permitted, a hidden holder, a reused PID or no pidfd (exit 4).
        case environment
        /// A process was still running when the wait ended (exit 5).
        case survived
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}

extension KillPlan {
    /// Before any signal: why there is no process to signal, or nil when there is one.
    /// `label` names the port as the user gave it (`8080/tcp`).
    public func failureWithoutTargets(port label: String, isRoot: Bool) -> KillFailure? {
        if isEmpty { return KillFailure(.nothingToSignal, "Nothing listens on \(label) here.") }
        guard targets.isEmpty else { return nil }
        if hasHiddenHolder { return Self.hidden(label, isRoot: isRoot) }
        return KillFailure(.nothingToSignal, "No process holds the sockets on \(label); there is nothing to signal.")
    }

    /// After the signals: the first thing that went wrong, in the order a user should act on
    /// them (permission, a reused PID, no pidfd, a hidden holder, a survivor, a refusal), or
    /// nil when every target stopped.
    public func failure(
        after outcomes: [KillOutcome], port label: String, isRoot: Bool, timeout: Double, force: Bool
    ) -> KillFailure? {
        if outcomes.contains(where: { $0.result == .permissionDenied }) {
            return KillFailure(.environment, "Not permitted to signal every process holding \(label); run portlore as root.")
        }
        if let reused = outcomes.first(where: { $0.result == .pidReused }) {
            let process = reused.target.process
            return KillFailure(.environment, "Did not signal PID \(process.pid): it no longer names the \(TerminalText.escaped(process.name)) process the scan saw (its start time changed); run portlore kill again.")
        }
        if outcomes.contains(where: { $0.result == .noPidfd }) {
            return KillFailure(.environment, "Could not open a pidfd for every target (pidfd_open needs Linux 5.3 or later), so nothing unsafe was signalled.")
        }
        if hasHiddenHolder { return Self.hidden(label, isRoot: isRoot) }
        if outcomes.contains(where: { $0.result == .survived }) {
            let hint = force ? "" : "; pass --force to send SIGKILL"
            return KillFailure(.survived, "A process holding \(label) is still running after \(timeout) s\(hint).")
        }
        return refusal(in: outcomes)
    }

    /// The first refused target's sentence, or nil when none was refused.
    public func refusal(in outcomes: [KillOutcome]) -> KillFailure? {
        guard let first = outcomes.first(where: { $0.result == .refused })?.target, let refusal = first.refusal else { return nil }
        return KillFailure(.refused, refusal.sentence(pid: first.process.pid, name: first.process.name))
    }

    /// "owner hidden": what portlore could not see, and what to do.
    static func hidden(_ label: String, isRoot: Bool) -> KillFailure {
        KillFailure(.environment, isRoot
            ? "A socket on \(label) has a hidden holder (owner hidden): some process's descriptors could not be read even as root, so it was not signalled; stop it by its service."
            : "A socket on \(label) has a hidden holder (owner hidden): it belongs to another user's process; run portlore as root.")
    }
}
