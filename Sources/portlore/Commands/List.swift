import ArgumentParser
import HostInventory
import PortRegistry
import PortReport

/// `portlore ls`: every listening socket on the host with its IANA registration.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ls",
        abstract: "List listening TCP and bound UDP sockets, with their processes and IANA status.",
        discussion: """
            ss habits work: 'portlore ls -tlnp', 'ls -ua', 'ls 5432', 'ls --port :1302'. -l, -n and -p \
            are accepted and change nothing: portlore always lists listeners, never resolves names, \
            and always shows processes.
            """
    )

    @Argument(help: ArgumentHelp("Only this port or range, like 5432, :5432 or 8000-8010 (the same as --port).", valueName: "port"))
    var portArgument: String?
    @Flag(name: [.long, .customShort("t")], help: "Only TCP sockets.") var tcp = false
    @Flag(name: [.long, .customShort("u")], help: "Only UDP sockets.") var udp = false
    @Flag(name: .customShort("4"), help: "Only IPv4 sockets.") var ipv4 = false
    @Flag(name: .customShort("6"), help: "Only IPv6 sockets.") var ipv6 = false
    @Flag(name: .customShort("l"), help: "Listening sockets (ss's -l; what ls lists anyway).") var listening = false
    @Flag(name: .customShort("n"), help: "Numeric ports (ss's -n; portlore never resolves names).") var numeric = false
    @Flag(name: .customShort("p"), help: "Show processes (ss's -p; portlore always does).") var processes = false
    @Option(name: .long, help: "Only this port or range (N, :N or A-B).") var port: String?
    @Option(name: .long, help: "Only sockets held by this process id (repeatable).") var pid: [Int32] = []
    @Option(name: .long, help: "Only sockets held by this user name or uid (repeatable).") var user: [String] = []
    @Option(name: .long, help: "Only sockets held by this process name (repeatable).") var process: [String] = []
    @Flag(name: [.long, .customShort("a")], help: "Add connected sockets and their remote ends.") var all = false
    @Option(name: .long, help: "Network namespaces to scan: all (the default as root) or host.")
    var netns: NamespaceChoice?
    @Flag(name: .long, help: "Exit with status 3 when findings at or above --min-severity remain (for cron and CI).")
    var check = false
    @Option(name: .long, help: "Show (and with --check, fail on) findings of this severity and above: info, notice, warning or alert.")
    var minSeverity: Severity = .notice
    @Option(name: .long, help: "Allowlist of known findings (default: $XDG_CONFIG_HOME/portlore/allow when it exists).")
    var allow: String?
    @Flag(name: .long, help: "Print one JSON object per socket per line.") var ndjson = false
    @Flag(name: .long, help: "Print Prometheus metrics, as serve's /metrics, for node_exporter's textfile collector.")
    var prometheus = false
    @OptionGroup var output: OutputOptions

    enum NamespaceChoice: String, ExpressibleByArgument, CaseIterable {
        case all, host
    }

    func validate() throws {
        if [ndjson, output.json, prometheus].filter({ $0 }).count > 1 {
            throw ValidationError("Choose one of --json, --ndjson and --prometheus.")
        }
        if port != nil && portArgument != nil {
            throw ValidationError("Give the port once, as an argument or with --port.")
        }
        if let wanted = port ?? portArgument { _ = try Self.ports(wanted) }
    }

    func run() throws {
        var filter = ListenerFilter()
        if tcp != udp { filter.transports = tcp ? [.tcp] : [.udp] }
        if ipv4 != ipv6 { filter.families = ipv4 ? [.ipv4] : [.ipv6] }
        filter.ports = try (port ?? portArgument).map(Self.ports)
        filter.pids = Set(pid)
        filter.users = Set(user)
        filter.processNames = Set(process)

        let session = try PortSession.standard(judging: .allowlist(path: allow))
        let options = PortSession.inventoryOptions(for: filter, includeConnected: all, allNamespaces: netns.map { $0 == .all })
        let listing = try session.listing(filter, options: options)
        let format: ListingFormat = if prometheus {
            .prometheus(version: PortloreVersion.current)
        } else if ndjson {
            .ndjson
        } else if output.json {
            .json
        } else {
            .text(style: output.style, showsRemote: all, minimumSeverity: minSeverity)
        }
        // JSON is judged and written a piece at a time; the table needs every row first.
        var standardOutput = StandardOutputSink()
        let printed = session.printer(for: format).print(.toJudge(listing.judge), of: listing.scan, to: &standardOutput)
        for note in printed.notes {
            StandardError.write("portlore: note: \(note)\n")
        }
        FreedByExit.hold((listing.snapshot, listing.judge))
        if check, let worst = printed.worst, worst >= minSeverity {
            throw ExitCode(ExitStatus.findings)
        }
    }

    static func ports(_ text: String) throws -> PortRange {
        switch try PortQuery(parsing: text) {
        case .port(let port, nil): return PortRange(single: port)
        case .range(let range, nil): return range
        default: throw ValidationError("A port filter takes a port or a range, like 5432, :5432 or 8000-8010.")
        }
    }
}
