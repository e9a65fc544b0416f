import HostInventory
import PortRegistry

extension JSONDocument {
    /// `portlore kill PORT --json`.
    public struct Kill: Encodable, Sendable {
        public var schema = JSONDocument.schema
        public var kind = "kill"
        public var query: String
        public var signal: String
        public var force: Bool
        public var dryRun: Bool
        public var targets: [Target]
        /// Sockets on the port whose holder is hidden (not root) or that no process holds.
        public var ownerless: [Socket]

        public struct Target: Encodable, Sendable {
            public var process: Process
            public var sockets: [Socket]
            /// `would-signal`, `stopped`, `signalled`, `survived`, `permission-denied`, `refused`, `already-gone`;
            /// absent when nothing was attempted (the user declined).
            public var result: String?
            public var signalsSent: [String]
            /// `init`, `itself`, `parent` or `ancestor` for refused targets.
            public var refusal: String?
            public var message: String?
        }
    }
}

extension JSONRenderer {
    /// `outcomes` empty: the plan only (nothing attempted).
    public func render(kill plan: KillPlan, outcomes: [KillOutcome], query: String, signal: KillSignal, force: Bool, dryRun: Bool) -> String {
        let byPID = Dictionary(outcomes.map { ($0.target.process.pid, $0) }, uniquingKeysWith: { first, _ in first })
        let targets = plan.targets.map { target in
            let outcome = byPID[target.process.pid]
            return JSONDocument.Kill.Target(
                process: .init(target.process), sockets: target.sockets.map(JSONDocument.Socket.init),
                result: outcome?.result.rawValue, signalsSent: outcome?.signalsSent.map(\.name) ?? [],
                refusal: target.refusal?.rawValue,
                message: target.refusal?.sentence(pid: target.process.pid, name: target.process.name)
                    ?? (outcome?.result == .pidReused
                        ? "PID \(target.process.pid) no longer names the process the scan saw (its start time changed); it was not signalled."
                        : nil)
            )
        }
        return Self.encode(JSONDocument.Kill(
            query: query, signal: signal.name, force: force, dryRun: dryRun, targets: targets,
            ownerless: plan.ownerless.map(JSONDocument.Socket.init)
        ))
    }
}
