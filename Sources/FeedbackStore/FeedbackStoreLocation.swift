/// Where `serve` and `feedback export` keep feedback: a SQLite file under a directory
/// (`--data-dir`, by default `$XDG_STATE_HOME/portlore`, else `~/.local/state/portlore`) or a
/// PostgreSQL database (`--database`).
public enum FeedbackStoreLocation: Sendable, Equatable, CustomStringConvertible {
    case directory(String)
    case postgres(DatabaseURL)

    /// Chooses from the two flags; giving both is a usage error.
    public init(dataDirectory: String?, database: String?, environment: [String: String]) throws(FeedbackStoreError) {
        switch (dataDirectory, database) {
        case (.some, .some):
            throw .twoLocations
        case (nil, .some(let url)):
            self = .postgres(try DatabaseURL(parsing: url))
        case (.some(let directory), nil):
            self = .directory(directory)
        case (nil, nil):
            self = .directory(Self.defaultDirectory(environment: environment))
        }
    }

    /// `$XDG_STATE_HOME/portlore` when that is an absolute path, else `$HOME/.local/state/portlore`.
    public static func defaultDirectory(environment: [String: String]) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/portlore"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/root"
        return home + "/.local/state/portlore"
    }

    public var description: String {
        switch self {
        case .directory(let directory): directory + "/" + SQLiteFeedbackStore.fileName
        case .postgres(let url): url.description
        }
    }

    /// Opens the store, creating and migrating it on first use.
    public func open() async throws(FeedbackStoreError) -> any FeedbackStore {
        switch self {
        case .directory(let directory): try await SQLiteFeedbackStore.open(directory: directory)
        case .postgres(let url): try await PostgresFeedbackStore.open(url)
        }
    }
}
