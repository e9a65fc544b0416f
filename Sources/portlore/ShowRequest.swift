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
        let loaded = RegistryStore.standard().load()
        let snapshot = noHost ? nil : try HostScan.snapshot(for: parsed)
        let rules = noHost ? nil : RuleBook(allowlist: try Allowlist.load(path: allow))
        let answer = try PortReporter(registry: loaded.registry, snapshot: snapshot, rules: rules).answer(parsed)
        if json {
            let renderer = JSONRenderer(includesHistory: history, registryDate: loaded.registry.registryDate, registrySource: loaded.source)
            StandardOutput.write(renderer.render(answer, query: query) + "\n")
        } else {
            let renderer = TextRenderer(
                style: OutputOptions.style(color), showsHistory: history,
                registryDate: loaded.registry.registryDate, registrySource: loaded.source,
                scannedAsRoot: snapshot?.isRoot ?? false
            )
            StandardOutput.write(renderer.render(answer))
        }
        if let problem = loaded.problem {
            StandardError.write("portlore: warning: \(problem.description)\n")
        }
    }
}
