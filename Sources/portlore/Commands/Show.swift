import ArgumentParser
import HostInventory
import PortRegistry
import PortReport

/// `portlore 1302`: the portrait of a port, range or service.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show what a port is, what it was and what listens on it (the default command).",
        discussion: "Examples: portlore 1302, portlore 53/udp, portlore 8000-8010, portlore postgresql."
    )

    @Argument(help: "A port (443), port/protocol (53/udp), range (8000-8010) or service name (https).")
    var query: String?

    @Flag(name: .long, help: "List every version of every record since 2017.")
    var history = false

    @Flag(name: .long, help: "Leave out what is listening on this machine.")
    var noHost = false

    @Option(name: .long, help: "Allowlist of known findings (default: $XDG_CONFIG_HOME/portlore/allow when it exists).")
    var allow: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        guard let query else {
            StandardOutput.write(Portlore.helpMessage() + "\n")
            return
        }
        let parsed = try PortQuery(parsing: query)
        let session = try PortSession.standard(judging: noHost ? .none : .allowlist(path: allow))
        let snapshot = noHost ? nil : try session.scan(for: parsed)
        let answer = try session.answer(parsed, on: snapshot)
        if output.json {
            StandardOutput.write(session.jsonRenderer(includesHistory: history).render(answer, query: query) + "\n")
        } else {
            let renderer = session.textRenderer(style: output.style, showsHistory: history, scannedAsRoot: snapshot?.isRoot ?? false)
            StandardOutput.write(renderer.render(answer))
        }
        if let problem = session.registryProblem {
            StandardError.write("portlore: warning: \(problem.description)\n")
        }
    }
}
