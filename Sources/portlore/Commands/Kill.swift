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
            is signalled unless --yes is given. Never signals PID 1, portlore itself or its parent.
            Exit status: 0 every target stopped (or --dry-run); 1 nothing listens on the port, or
            you declined; 2 bad usage, no --yes without a terminal, or a target was refused;
            4 a signal was not permitted (run as root), or the holder is hidden; 5 a process was
            still running when the wait ended.
            """
    )

    @Argument(help: "The port, optionally with its protocol: 8080, 8080/tcp, 53/udp.") var target: String
    @Flag(name: .long, help: "Signal without asking.") var yes = false
    @Flag(name: .long, help: "Send SIGKILL to processes still running after the wait.") var force = false
    @Flag(name: .long, help: "Show what would be signalled; send nothing.") var dryRun = false
    @Option(name: .long, help: "The signal to send first: a name (TERM, INT, HUP, ...) or a number.")
    var signal = "TERM"
    @Option(name: .long, help: "Seconds to wait for each process to exit after a signal.") var timeout: Double = 5
    @OptionGroup var output: OutputOptions

    func validate() throws {
        _ = try query()
        guard KillSignal(parsing: signal) != nil else {
            throw ValidationError("--signal takes a signal name (\(KillSignal.knownNames.joined(separator: ", "))) or a number from 1 to 64.")
        }
        guard timeout.isFinite, (0...3600).contains(timeout) else {
            throw ValidationError("--timeout takes seconds from 0 to 3600.")
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
        var options = InventoryOptions(port: port.rawValue...port.rawValue)
        if let transport { options.transports = [transport] }
        let snapshot = try currentHostInventory().snapshot(options)
        let plan = KillPlan(sockets: snapshot.listeners, ownPID: getpid(), parentPID: getppid())
        // Marks taken now: a PID reused between the look and the signal is not signalled.
        let marks = Dictionary(plan.signallable.compactMap { target in
            ProcessPresence.mark(of: target.process.pid).map { (target.process.pid, $0) }
        }, uniquingKeysWith: { first, _ in first })

        let loaded = RegistryStore.standard().load()
        let json = JSONRenderer(includesHistory: false, registryDate: loaded.registry.registryDate, registrySource: loaded.source)
        let text = TextRenderer(
            style: output.style, registryDate: loaded.registry.registryDate, registrySource: loaded.source,
            scannedAsRoot: snapshot.isRoot
        )
        func report(_ outcomes: [KillOutcome]) {
            if output.json {
                StandardOutput.write(json.render(kill: plan, outcomes: outcomes, query: label, signal: firstSignal, force: force, dryRun: dryRun) + "\n")
            } else {
                StandardOutput.write(text.render(killOutcomes: outcomes))
            }
        }

        guard !plan.isEmpty else {
            if output.json { report([]) }
            throw CommandFailure(message: "Nothing listens on \(label) here.", code: ExitStatus.nothingMatched)
        }
        if !output.json { StandardOutput.write(text.render(killPlan: plan, port: label)) }
        if plan.targets.isEmpty {
            if output.json { report([]) }
            if !snapshot.isRoot {
                throw CommandFailure(message: "The process holding \(label) is hidden from you; run portlore as root.", code: ExitStatus.environment)
            }
            throw CommandFailure(message: "No process holds the sockets on \(label); there is nothing to signal.", code: ExitStatus.nothingMatched)
        }

        let refused = plan.targets.filter { $0.refusal != nil }.map { KillOutcome(target: $0, result: .refused) }
        let signallable = plan.signallable
        let planned = [firstSignal] + (force && firstSignal != .kill ? [KillSignal.kill] : [])
        if signallable.isEmpty || dryRun {
            if !output.json { StandardOutput.write("\n") }
            report(refused + signallable.map { KillOutcome(target: $0, result: .wouldSignal, signalsSent: planned) })
            if !refused.isEmpty { throw CommandFailure(message: Self.refusalMessage(refused), code: ExitStatus.badInput) }
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
            let who = signallable.map { "\($0.process.pid) (\($0.process.name))" }.joined(separator: ", ")
            guard Confirmation.ask("Send \(firstSignal) to \(who)?") else {
                throw CommandFailure(message: "Nothing was signalled.", code: ExitStatus.nothingMatched)
            }
        }

        let outcomes = refused + deliver(firstSignal, to: signallable, marks: marks)
        if !output.json { StandardOutput.write("\n") }
        report(outcomes)
        if outcomes.contains(where: { $0.result == .permissionDenied }) {
            throw CommandFailure(message: "Not permitted to signal every process holding \(label); run portlore as root.", code: ExitStatus.environment)
        }
        if outcomes.contains(where: { $0.result == .survived }) {
            let hint = force ? "" : "; pass --force to send SIGKILL"
            throw CommandFailure(message: "A process holding \(label) is still running after \(timeout) s\(hint).", code: ExitStatus.processSurvived)
        }
        if !refused.isEmpty {
            throw CommandFailure(message: Self.refusalMessage(refused), code: ExitStatus.badInput)
        }
    }

    /// Sends `first`, waits, and with `--force` sends SIGKILL to the survivors and waits again.
    func deliver(_ first: KillSignal, to targets: [KillTarget], marks: [Int32: ProcessPresence.Mark]) -> [KillOutcome] {
        var outcomes: [Int32: KillOutcome] = [:]
        var waiting: [ProcessPresence.Mark] = []
        for target in targets {
            guard let mark = marks[target.process.pid] else {
                outcomes[target.process.pid] = KillOutcome(target: target, result: .alreadyGone)
                continue
            }
            switch ProcessTermination.send(first, to: mark) {
            case .sent:
                outcomes[target.process.pid] = KillOutcome(target: target, result: .signalled, signalsSent: [first])
                waiting.append(mark)
            case .gone:
                outcomes[target.process.pid] = KillOutcome(target: target, result: .alreadyGone)
            case .notPermitted:
                outcomes[target.process.pid] = KillOutcome(target: target, result: .permissionDenied)
            }
        }
        if ProcessTermination.stops(first) {
            var survivors = ProcessTermination.waitForExit(waiting, timeout: timeout)
            if force && first != .kill && !survivors.isEmpty {
                for mark in survivors where ProcessTermination.send(.kill, to: mark) == .sent {
                    outcomes[mark.pid]?.signalsSent.append(.kill)
                }
                survivors = ProcessTermination.waitForExit(survivors, timeout: timeout)
            }
            for mark in waiting { outcomes[mark.pid]?.result = .stopped }
            for mark in survivors { outcomes[mark.pid]?.result = .survived }
        }
        return targets.compactMap { outcomes[$0.process.pid] }
    }

    static func refusalMessage(_ refused: [KillOutcome]) -> String {
        let first = refused[0].target
        return first.refusal!.sentence(pid: first.process.pid, name: first.process.name)
    }
}
