import HostInventory
import PortRegistry

extension TextRenderer {
    /// What holds the port, before anything is signalled.
    public func render(killPlan plan: KillPlan, port label: String) -> String {
        var page = TextPage()
        page.line(style.bold("\(label) is held by"))
        for target in plan.targets {
            let process = target.process
            page.line("  " + style.bold("pid \(process.pid)") + "  \(TerminalText.escaped(process.name))"
                + "  user " + (process.user ?? "uid \(process.uid)"))
            if !process.commandLine.isEmpty {
                page.field("Command", TerminalText.escaped(process.shownCommandLine.joined(separator: " ")))
            }
            page.field("Sockets", target.sockets.map { "\($0.transport.rawValue)\($0.family == .ipv4 ? "" : "6") \($0.local)" }.joined(separator: ", "))
            var namespaces: [String] = []
            for socket in target.sockets where !namespaces.contains(Self.namespaceLabel(socket.namespace)) {
                namespaces.append(Self.namespaceLabel(socket.namespace))
            }
            page.field("Netns", namespaces.joined(separator: ", "))
            if let refusal = target.refusal {
                page.field("", style.yellow(refusal.sentence(pid: process.pid, name: TerminalText.escaped(process.name))))
            }
        }
        for socket in plan.ownerless {
            let owner = socket.owner == .hidden ? "owner " + hiddenOwner : "no process holds it"
            page.line("  \(socket.transport.rawValue)\(socket.family == .ipv4 ? "" : "6") \(socket.local) (netns \(Self.namespaceLabel(socket.namespace))): " + style.yellow(owner))
        }
        return page.text
    }

    /// One line per target: what was done and how it ended.
    public func render(killOutcomes outcomes: [KillOutcome]) -> String {
        var page = TextPage()
        for outcome in outcomes {
            let process = outcome.target.process
            let who = "pid \(process.pid) (\(TerminalText.escaped(process.name)))"
            let sent = outcome.signalsSent.map(\.name).joined(separator: ", then ")
            switch outcome.result {
            case .wouldSignal:
                page.line("Would send \(sent) to \(who) (dry run: nothing was sent).")
            case .stopped:
                page.line(style.green("Stopped") + " \(who) with \(sent).")
            case .signalled:
                page.line("Sent \(sent) to \(who).")
            case .survived:
                let hint = outcome.signalsSent.contains(.kill) ? "" : "; pass --force to send SIGKILL"
                page.line(style.red("Still running:") + " \(who) after \(sent)\(hint).")
            case .permissionDenied:
                page.line(style.red("Not permitted") + " to signal \(who); run as root.")
            case .refused:
                page.line(style.yellow(outcome.target.refusal?.sentence(pid: process.pid, name: TerminalText.escaped(process.name)) ?? "Refused \(who)."))
            case .alreadyGone:
                page.line("\(who) had already exited.")
            case .pidReused:
                page.line(style.red("Not signalled:") + " \(who) is no longer the process the scan saw (its start time changed).")
            case .noPidfd:
                page.line(style.red("Not signalled:") + " \(who): no pidfd could be opened for it (Linux 5.3 or later is needed).")
            }
        }
        return page.text
    }

    /// A network namespace as the kill plan names it: `host`, its `ip netns` name, or `net:[inode]`.
    static func namespaceLabel(_ namespace: NetworkNamespace) -> String {
        if namespace.isHost { return "host" }
        return TerminalText.escaped(namespace.name ?? "net:[\(namespace.inode)]")
    }
}
