import ArgumentParser
import CMallocTuning
import PortRegistry
import PortReport

@main
struct Portlore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portlore",
        abstract: "What a port is, what it was, and what is on it now.",
        discussion: "Give a port (443), a port and protocol (53/udp), a range (8000-8010) or a service name (postgresql) to see its IANA registry entry, its history (from copies of the registry since 1992) and the processes listening on it here.",
        version: PortloreVersion.current,
        subcommands: [Show.self, Search.self, List.self, RegistryCommand.self, Watch.self, Free.self, Kill.self, Serve.self, Feedback.self],
        defaultSubcommand: Show.self
    )

    /// Runs the command and exits with DESIGN.md's status: 0 success, 1 nothing matched,
    /// 2 bad usage or input, 3 findings, 4 environment problem. Help and `--version` go to
    /// stdout with 0; an error is one line on stderr.
    ///
    /// Async so that `serve` runs its server on the concurrency runtime with nothing blocked
    /// (the other commands are synchronous and run as they are).
    static func main() async {
        StandardOutput.prepare()
        do {
            let arguments = CommandLineArguments.normalized(Array(CommandLine.arguments.dropFirst()))
            rejectMistypedCommand(arguments.first)
            if let request = ShowWithoutParser.request(arguments, commandNames: { commandNames }) {
                portlore_keep_freed_memory()
                try request.run()
                StandardOutput.flush()
                return
            }
            var command = try parseAsRoot(arguments)
            if !(command is Serve || command is Watch) { portlore_keep_freed_memory() }
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
            StandardOutput.flush()
        } catch {
            StandardOutput.flush()
            exit(with: error)
        }
    }

    /// `portlore sl`: "did you mean 'portlore ls'?" rather than service names that look like "sl".
    static func rejectMistypedCommand(_ word: String?) {
        guard let word, !ShowWithoutParser.isPortOrRange(word) else { return }
        let suggestion = CommandSuggestion.command(for: word, commands: commandNames) { name in
            (try? PortSession.standard(judging: .none)).map { !$0.registry.records(named: name).isEmpty } ?? false
        }
        guard let suggestion else { return }
        StandardError.write("portlore: '\(word)' is not a command, port or service name; did you mean 'portlore \(suggestion)'? See 'portlore --help'.\n")
        processExit(ExitStatus.badInput)
    }

    /// The subcommands' names and "help": words that are never a query. Built once, on first
    /// use: never for `portlore 1302`, once for `portlore ls`.
    static let commandNames: [String] = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]

    static func exit(with error: any Error) -> Never {
        if let status = ExitStatus(error) {
            StandardError.write("portlore: \(status.message)\n")
            processExit(status.code)
        }
        // Help, --version and ExitCode(...) thrown by commands: the parser's own handling.
        let code = exitCode(for: error)
        if code == .success || error is ExitCode {
            exit(withError: error)
        }
        // A usage error: one line, then where to look.
        let message = self.message(for: error)
        StandardError.write("portlore: \(message.split(separator: "\n").first.map(String.init) ?? message) See 'portlore --help'.\n")
        processExit(ExitStatus.badInput)
    }
}
