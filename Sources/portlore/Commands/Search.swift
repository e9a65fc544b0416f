import ArgumentParser
import PortRegistry
import PortReport

/// `portlore search "remote desktop"`: ranked keyword search over names and descriptions.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search service names and descriptions, current and historical."
    )

    @Argument(help: "Words to look for, e.g. \"remote desktop\".")
    var words: [String]

    @Option(name: .long, help: "Show at most this many matches.")
    var limit = 25

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard words.contains(where: { !$0.trimmingWhitespace.isEmpty }) else {
            throw ValidationError("Give at least one word to search for, like: portlore search \"remote desktop\".")
        }
        guard (1...10_000).contains(limit) else {
            throw ValidationError("--limit must be between 1 and 10000.")
        }
    }

    func run() throws {
        let text = words.joined(separator: " ")
        let session = try PortSession.standard(judging: .none)
        let hits = session.search(text, limit: limit)
        if output.json {
            StandardOutput.write(session.jsonRenderer().render(search: hits, for: text) + "\n")
        } else {
            StandardOutput.write(session.textRenderer(style: output.style).render(search: hits, for: text))
        }
        if hits.isEmpty {
            throw ExitCode(ExitStatus.nothingMatched)
        }
    }
}

