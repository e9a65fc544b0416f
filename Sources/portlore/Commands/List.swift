import ArgumentParser
import HostInventory
import PortRegistry
import PortReport

/// `portlore ls`: every listening socket on the host with its IANA registration.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ls",
        abstract: "List listening TCP and bound UDP sockets, with their processes and IANA status."
    )

    @Flag(name: .long, help: "Only TCP sockets.") var tcp = false
    @Flag(name: .long, help: "Only UDP sockets.") var udp = false
    @Flag(name: .customShort("4"), help: "Only IPv4 sockets.") var ipv4 = false
    @Flag(name: .customShort("6"), help: "Only IPv6 sockets.") var ipv6 = false
    @Option(name: .long, help: "Only this port or range (N or A-B).") var port: String?
    @Option(name: .long, help: "Only sockets held by this process id (repeatable).") var pid: [Int32] = []
    @Option(name: .long, help: "Only sockets held by this user name or uid (repeatable).") var user: [String] = []
    @Option(name: .long, help: "Only sockets held by this process name (repeatable).") var process: [String] = []
    @Flag(name: .long, help: "Add connected sockets and their remote ends.") var all = false
    @Option(name: .long, help: "Network namespaces to scan: all (the default as root) or host.")
    var netns: NamespaceChoice?
    @Flag(name: .long, help: "Exit with status 3 when findings at or above --min-severity remain (for cron and CI).")
    var check = false
    @Option(name: .long, help: "Show (and with --check, fail on) findings of this severity and above: info, notice, warning or alert.")
    var minSeverity: Severity = .notice
    @Option(name: .long, help: "Allowlist of known findings (default: $XDG_CONFIG_HOME/portlore/allow when it exists).")
    var allow: String?
    @Flag(name: .long, help: "Print one JSON object per socket per line.") var ndjson = false
    @OptionGroup var output: OutputOptions

    enum NamespaceChoice: String, ExpressibleByArgument, CaseIterable {
        case all, host
    }

    func validate() throws {
        if ndjson && output.json {
            throw ValidationError("Choose --json or --ndjson, not both.")
        }
        if let port { _ = try Self.ports(port) }
    }

    func run() throws {
        var filter = ListenerFilter()
        if tcp != udp { filter.transports = tcp ? [.tcp] : [.udp] }
        if ipv4 != ipv6 { filter.families = ipv4 ? [.ipv4] : [.ipv6] }
        filter.ports = try port.map(Self.ports)
        filter.pids = Set(pid)
        filter.users = Set(user)
        filter.processNames = Set(process)

        var options = InventoryOptions()
        if !filter.transports.isEmpty { options.transports = filter.transports }
        if !filter.families.isEmpty { options.families = filter.families }
        options.port = filter.ports.map { $0.lower.rawValue...$0.upper.rawValue }
        options.includeConnected = all
        if let netns { options.allNamespaces = netns == .all }

        let snapshot = try currentHostInventory().snapshot(options)
        let loaded = RegistryStore.standard().load()
        let rules = RuleBook(allowlist: try Allowlist.load(path: allow))
        let judge = PortReporter(registry: loaded.registry, snapshot: snapshot).judge(filter, rules: rules)
        let json = JSONRenderer(includesHistory: false, registryDate: loaded.registry.registryDate, registrySource: loaded.source)
        // JSON is judged and written a piece at a time; the table needs every row first.
        let worst: Severity?
        if ndjson {
            worst = json.renderLines(listing: judge, to: StandardOutput.write(raw:))
        } else if output.json {
            worst = json.render(listing: judge, snapshot: snapshot, to: StandardOutput.write(raw:))
        } else {
            let entries = judge.entries()
            let text = TextRenderer(style: output.style, registryDate: loaded.registry.registryDate, registrySource: loaded.source)
            StandardOutput.write(text.render(listing: entries, snapshot: snapshot, showsRemote: all, minimumSeverity: minSeverity))
            worst = entries.compactMap { $0.findings.first?.severity }.max()
        }
        LeftForExit.keep((snapshot, judge))
        if check, let worst, worst >= minSeverity {
            throw ExitCode(ExitStatus.findings)
        }
    }

    static func ports(_ text: String) throws -> PortRange {
        switch try PortQuery(parsing: text) {
        case .port(let port, nil): return PortRange(single: port)
        case .range(let range, nil): return range
        default: throw ValidationError("--port takes a port or a range, like 5432 or 8000-8010.")
        }
    }
}
