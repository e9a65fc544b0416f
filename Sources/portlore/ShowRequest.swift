import HostInventory
import PortRegistry
import PortReport

/// What `portlore show` was asked, as plain values: the parsed `Show` command and
/// `ShowWithoutParser` both run it. A plain struct, because building a `Show` runs its
/// property wrappers' initializers, whose name sets make the Swift runtime scan every
/// protocol conformance record in the binary (about 15% of `portlore 1302 --no-host`).
struct ShowRequest {
    var query: String
    var history = false
    var noHost = false
    var allow: String?
    var json = false
    var color: OutputOptions.ColorChoice = .auto

    func run() throws {
        let parsed = try PortQuery(parsing: query)
        let session = try PortSession.standard(judging: noHost ? .none : .allowlist(path: allow))
        let snapshot = noHost ? nil : try session.scan(for: parsed)
        let answer = try session.answer(parsed, on: snapshot)
        if json {
            StandardOutput.write(session.jsonRenderer(includesHistory: history).render(answer, query: query) + "\n")
        } else {
            let renderer = session.textRenderer(style: OutputOptions.style(color), showsHistory: history, scannedAsRoot: snapshot?.isRoot ?? false)
            StandardOutput.write(renderer.render(answer))
        }
        if let problem = session.registryProblem {
            StandardError.write("portlore: warning: \(problem.description)\n")
        }
    }
}
