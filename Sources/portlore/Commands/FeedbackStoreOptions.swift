import ArgumentParser
import FeedbackStore
import PortReport
import PortloreSystem

/// `--data-dir` / `--database`, shared by `serve` and `feedback export`.
struct FeedbackStoreOptions: ParsableArguments {
    static let databaseVariable = "PORTLORE_DATABASE"

    @Option(name: .long, help: "Directory of the SQLite feedback store (default: $XDG_STATE_HOME/portlore, else ~/.local/state/portlore).")
    var dataDir: String?

    @Option(name: .long, help: "PostgreSQL feedback store, postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE (or $PORTLORE_DATABASE, which keeps a password out of ps).")
    var database: String?

    func location() throws -> FeedbackStoreLocation {
        let environment = ProcessEnvironment.values(["XDG_STATE_HOME", "HOME", Self.databaseVariable])
        let database = database ?? (dataDir == nil ? environment[Self.databaseVariable].flatMap { $0.isEmpty ? nil : $0 } : nil)
        do {
            return try FeedbackStoreLocation(dataDirectory: dataDir, database: database, environment: environment)
        } catch {
            throw CommandFailure(message: error.description, code: ExitStatus.badInput)
        }
    }
}
