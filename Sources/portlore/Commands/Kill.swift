import ArgumentParser
import HostInventory
import PortRegistry
import PortReport

#if canImport(Glibc)
import Glibc
#endif

/// `portlore kill PORT[/proto]`: stop what holds a port.
struct Kill: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kill",
        abstract: "Show what holds a port and stop it (SIGTERM, then SIGKILL with --force).",
        discussion: """
            Asks before signalling when standard input is a terminal; without a terminal nothing
            is signalled unless --yes is given. Only sockets in portlore's own network namespace
            count unless --netns widens that. Each target is held by a pidfd opened when it is
            identified and checked against the start time the scan saw, so a PID reused in
            between is never signalled. Never signals PID 1, portlore itself or any of its
            ancestors (parent, grandparent, ...).
            Exit status: 0 every target stopped (or --dry-run); 1 nothing listens on the port, or
            you declined; 2 bad usage, no --yes without a terminal, or a target was refused;
            4 a signal was not permitted (run as root), the holder is hidden ("owner hidden"), a
            PID was reused or the kernel has no pidfd; 5 a process was still running when the
            wait ended.
            """
    )

    @Argument(help: "The port, optionally with its protocol: 8080, 8080/tcp, 53/udp.") var target: String
    @Flag(name: .long, help: "Signal without asking.") var yes = false
    @Flag(name: .long, help: "Send SIGKILL to processes still running after the wait.") var force = false
    @Flag(name: .long, help: "Show what would be signalled; send nothing.") var dryRun = false
    @Option(name: .long, help: "The signal to send first: a name (TERM, INT, HUP, ...) or a number.")
    var signal = "TERM"
    @Option(name: .long, help: "Seconds to wait for each process to exit after a signal.") var timeout: Double = 5
    @Option(name: .long, help: ArgumentHelp(
        "Look in another network namespace: a name as `ip netns list` shows it (under /run/netns), or 'all'.",
        valueName: "name|all"))
    var netns: String?
    @OptionGroup var output: OutputOptions

    func validate() throws {
        _ = try query()
        guard KillSignal(parsing: signal) != nil else {
            throw ValidationError("--signal takes a signal name (\(KillSignal.knownNames.joined(separator: ", "))) or a number from 1 to 64.")
        }
        guard timeout.isFinite, (0...3600).contains(timeout) else {
            throw ValidationError("--timeout takes seconds from 0 to 3600.")
        }
        if let netns, netns != "all" {
            guard !netns.isEmpty, netns != ".", netns != "..", !netns.contains("/"), netns.utf8.count < 256 else {
                throw ValidationError("--netns takes a network namespace name as `ip netns list` shows it, or 'all'.")
            }
        }
    }

    func query() throws -> (port: Port, transport: SocketTransport?) {
        let parsed: PortQuery
        do { parsed = try PortQuery(parsing: target) } catch {
            throw ValidationError("'\(target)' is not a port; give one like 8080 or 53/udp.")
        }
        switch parsed {
        case .port(let port, nil): return (port, nil)
        case .port(let port, .tcp?): return (port, .tcp)
        case .port(let port, .udp?): return (port, .udp)
        case .port(_, let other?): throw ValidationError("portlore kill handles tcp and udp sockets, not \(other).")
        default: throw ValidationError("portlore kill takes one port, like 8080 or 53/udp.")
        }
    }

    func run() throws {
        let (port, transport) = try query()
        let firstSignal = KillSignal(parsing: signal)!
        let label = "\(port)" + (transport.map { "/\($0.rawValue)" } ?? "")
        if let netns {
            guard geteuid() == 0 else {
                throw CommandFailure(message: "--netns needs root: entering another network namespace takes CAP_SYS_ADMIN.", code: ExitStatus.environment)
            }
            if netns != "all" && access("/run/netns/\(netns)", F_OK) != 0 {
                throw CommandFailure(message: "There is no network namespace named '\(TerminalText.escaped(netns))' under /run/netns; `ip netns list` shows the names.", code: ExitStatus.badInput)
            }
        }
        let session = try PortSession.standard(judging: .none)
        // Our own network namespace only, unless --netns widens it.
        let scan = try session.killPlan(
            port: port.rawValue, transport: transport, namespace: netns,
            ownPID: getpid(), ancestors: ProcessAncestry.ofCurrentProcess()
        )
        let (snapshot, plan) = (scan.snapshot, scan.plan)
        // Pidfds opened now and checked against the scan's start times: a PID reused between
        // the look and the signal is never signalled.
        let handles = KillDelivery.handles(for: plan.signallable)

        let json = session.jsonRenderer()
        let text = session.textRenderer(style: output.style, scannedAsRoot: snapshot.isRoot)
        func report(_ outcomes: [KillOutcome]) {
            if output.json {
                StandardOutput.write(json.render(kill: plan, outcomes: outcomes, query: label, signal: firstSignal, force: force, dryRun: dryRun) + "\n")
            } else {
                StandardOutput.write(text.render(killOutcomes: outcomes))
            }
        }

        if !output.json && !plan.isEmpty { StandardOutput.write(text.render(killPlan: plan, port: label)) }
        if let failure = plan.failureWithoutTargets(port: label, isRoot: snapshot.isRoot) {
            if output.json { report([]) }
            throw CommandFailure(failure)
        }

        let refused = plan.targets.filter { $0.refusal != nil }.map { KillOutcome(target: $0, result: .refused) }
        let signallable = plan.signallable
        let planned = [firstSignal] + (force && firstSignal != .kill ? [KillSignal.kill] : [])
        if signallable.isEmpty || dryRun {
            if !output.json { StandardOutput.write("\n") }
            report(refused + signallable.map { KillOutcome(target: $0, result: .wouldSignal, signalsSent: planned) })
            if let failure = plan.refusal(in: refused) { throw CommandFailure(failure) }
            return
        }

        if !yes {
            guard Confirmation.standardInputIsTerminal else {
                if output.json { report(refused) }
                throw CommandFailure(
                    message: "Standard input is not a terminal, so portlore cannot ask; pass --yes to send \(firstSignal) without asking.",
                    code: ExitStatus.badInput
                )
            }
            StandardOutput.flush()
            let who = signallable.map { "\($0.process.pid) (\(TerminalText.escaped($0.process.name)))" }.joined(separator: ", ")
            guard Confirmation.ask("Send \(firstSignal) to \(who)?") else {
                throw CommandFailure(message: "Nothing was signalled.", code: ExitStatus.nothingMatched)
            }
        }

        let outcomes = refused + KillDelivery(timeout: timeout, force: force).deliver(firstSignal, to: signallable, handles: handles)
        if !output.json { StandardOutput.write("\n") }
        report(outcomes)
        if let failure = plan.failure(after: outcomes, port: label, isRoot: snapshot.isRoot, timeout: timeout, force: force) {
            throw CommandFailure(failure)
        }
    }
}

extension CommandFailure {
    /// A kill that did not stop everything, with DESIGN.md's exit status (and kill's own 5).
    init(_ failure: KillFailure) {
        let code = switch failure.kind {
        case .nothingToSignal: ExitStatus.nothingMatched
        case .refused: ExitStatus.badInput
        case .environment: ExitStatus.environment
        case .survived: ExitStatus.processSurvived
        }
        self.init(message: failure.message, code: code)
    }
}
