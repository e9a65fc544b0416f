import ArgumentParser
import HostInventory
import PortRegistry
import PortReport

/// `portlore free`: ports a developer can safely pick for a new service.
struct Free: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "free",
        abstract: "Suggest ports for a new service: named in no copy of IANA's registry we hold, unused here, outside the ephemeral range.",
        discussion: """
            A suggested port has never had a service name in IANA's registry (nor been Reserved)
            in the history since 2017, no TCP or UDP socket uses it here (IPv4 or IPv6, any
            state), and it lies outside the kernel's ephemeral range
            (/proc/sys/net/ipv4/ip_local_port_range) and reserved ports
            (ip_local_reserved_ports). Rounder numbers come first; the order is deterministic.
            """
    )

    @Option(name: .long, help: "How many ports to suggest (1 to 1000).") var count = 5
    @Option(name: .long, help: "Where to look: user (1024-49151), dynamic (49152-65535) or A-B.")
    var range: FreeRange = .user
    @Flag(name: .long, help: "Only TCP sockets count as using a port.") var tcp = false
    @Flag(name: .long, help: "Only UDP sockets count as using a port.") var udp = false
    @OptionGroup var output: OutputOptions

    enum FreeRange: ExpressibleByArgument {
        case user, dynamic
        case custom(PortRange)

        init?(argument: String) {
            switch argument.lowercased() {
            case "user": self = .user
            case "dynamic": self = .dynamic
            default:
                switch try? PortQuery(parsing: argument) {
                case .range(let range, nil): self = .custom(range)
                case .port(let port, nil): self = .custom(PortRange(single: port))
                default: return nil
                }
            }
        }

        var ports: PortRange {
            switch self {
            case .user: FreePortSearch.userPorts
            case .dynamic: FreePortSearch.dynamicPorts
            case .custom(let range): range
            }
        }

        static var defaultValueDescription: String { "user" }
    }

    func validate() throws {
        guard (1...1000).contains(count) else {
            throw ValidationError("--count takes a number from 1 to 1000.")
        }
    }

    func run() throws {
        let transports: Set<SocketTransport> = tcp == udp ? [.tcp, .udp] : tcp ? [.tcp] : [.udp]
        let session = try PortSession.standard(judging: .none)
        let report = try session.freePorts(
            in: range.ports, count: count, transports: transports,
            ephemeral: EphemeralPortRange.current(), reserved: EphemeralPortRange.reservedPorts()
        )
        let result = report.result
        if output.json {
            StandardOutput.write(session.jsonRenderer().render(free: report) + "\n")
        } else if !result.suggestions.isEmpty {
            StandardOutput.write(session.textRenderer(style: output.style).render(free: result, ephemeral: report.ephemeral))
        }
        if result.suggestions.isEmpty {
            throw CommandFailure(message: result.emptyExplanation, code: ExitStatus.nothingMatched)
        }
    }
}
