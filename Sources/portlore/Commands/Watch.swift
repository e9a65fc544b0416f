import ArgumentParser
import HostInventory
import PortRegistry
import PortReport

#if canImport(Glibc)
import Glibc
#endif

/// `portlore watch`: sockets appearing and disappearing, live, one line each.
///
/// Each poll asks sock_diag for sockets without owners (reading every /proc/PID/fd is most of
/// a snapshot's cost) and resolves owners only when sockets appeared. See bench/watch for the
/// CPU it costs.
struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Report listening sockets as they appear and disappear, until Ctrl-C.",
        discussion: """
            On a terminal: a live table of the sockets present, redrawn each poll; new ones are \
            marked +, gone ones fade out marked -. Piped (or with --log): one line per event, time, \
            + or -, port/protocol, address, process, IANA status and findings. --ndjson prints one \
            JSON object per line (docs/json-schema.md). A listener that lives at least one \
            interval is always reported. --min-severity reports only sockets with a finding at \
            or above it.
            """
    )

    @Option(name: .long, help: "Seconds between polls (0.05 to 3600).") var interval: Double = 1
    @Flag(name: .long, help: "Print one JSON object per event per line (--json does the same).") var ndjson = false
    @Flag(name: .long, help: "Also report the sockets present at the start, as + events.") var initial = false
    @Flag(name: .long, help: "Only TCP sockets.") var tcp = false
    @Flag(name: .long, help: "Only UDP sockets.") var udp = false
    @Option(name: .long, help: "Network namespaces to watch: all (the default as root) or host.")
    var netns: List.NamespaceChoice?
    @Option(name: .long, help: "Allowlist of findings to keep quiet (default: $XDG_CONFIG_HOME/portlore/allow).")
    var allow: String?
    @Option(name: .long, help: "Only report sockets with a finding of this severity or above: info, notice, warning or alert.")
    var minSeverity: Severity?
    @Flag(name: .long, help: "One line per event even on a terminal (the piped form).") var log = false
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard interval.isFinite, (0.05...3600).contains(interval) else {
            throw ValidationError("--interval takes seconds from 0.05 to 3600, like 1 or 0.5.")
        }
    }

    func run() throws {
        // Block SIGINT and SIGTERM before any thread starts (the snapshot's threads inherit the
        // mask), then wait for them between polls with sigtimedwait: no handler, nothing
        // async-signal-unsafe, and a stop always lands between two complete lines.
        let stopSignals = StopSignals()

        let session = try PortSession.standard(judging: .allowlist(path: allow))
        var options = InventoryOptions(resolveOwners: false)
        if tcp != udp { options.transports = tcp ? [.tcp] : [.udp] }
        if let netns { options.allNamespaces = netns == .all }

        let json = session.jsonRenderer()
        let text = session.textRenderer(style: output.style)
        let lines = ndjson || output.json

        let start = WallClock.now
        var polls = try session.watch(options, minimumSeverity: minSeverity, at: start)
        let baseline = polls.baseline
        if !lines {
            // What the scan could not see goes to stderr (the JSON start line carries it).
            for warning in baseline.warnings { StandardError.write("portlore: note: \(warning)\n") }
        }

        if !lines && !log && StandardOutput.isTerminal {
            var table = LiveWatchTable()
            table.start(with: polls.initialEvents())
            func redraw() {
                let size = TerminalWidth.windowSize(of: STDOUT_FILENO) ?? (columns: TerminalWidth.fallback, rows: 24)
                let frame = table.frame(renderer: text, width: size.columns, height: size.rows)
                // Home, draw, clear what the last frame left below.
                StandardOutput.write("\u{1B}[H" + frame.map { $0 + "\u{1B}[K" }.joined(separator: "\n") + "\n\u{1B}[J")
                StandardOutput.flush()
            }
            StandardOutput.write("\u{1B}[2J")
            redraw()
            var schedule = WatchSchedule(start: MonotonicClock.now, interval: interval)
            while true {
                if stopSignals.wait(until: schedule.nextPoll(after: MonotonicClock.now)) != nil {
                    StandardOutput.flush()
                    return
                }
                table.apply(try polls.poll(at: WallClock.now))
                redraw()
            }
        }

        StandardOutput.write(lines
            ? json.renderLine(watchStart: baseline, interval: interval, time: start)
            : text.render(watchStart: baseline.listeners.count, interval: interval))
        if initial {
            for event in polls.initialEvents() {
                StandardOutput.write(lines ? json.renderLine(watchEvent: event) : text.render(watchEvent: event))
            }
        }
        StandardOutput.flush()

        var schedule = WatchSchedule(start: MonotonicClock.now, interval: interval)
        while true {
            let due = schedule.nextPoll(after: MonotonicClock.now)
            if let signal = stopSignals.wait(until: due) {
                if lines { StandardOutput.write(json.renderLine(watchStop: WallClock.now, signal: signal)) }
                StandardOutput.flush()
                return
            }
            for event in try polls.poll(at: WallClock.now) {
                StandardOutput.write(lines ? json.renderLine(watchEvent: event) : text.render(watchEvent: event))
                StandardOutput.flush()
            }
        }
    }
}
