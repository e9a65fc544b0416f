/// What can go wrong with feedback storage; each description is one sentence that says what to do.
public enum FeedbackStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A vote the store refuses (port out of range, comment too long).
    case invalidVote(String)
    /// `--database` is not a `postgres://user[:password]@host[:port]/database` URL.
    case badDatabaseURL(String)
    /// Both --data-dir and --database were given.
    case twoLocations
    /// The data directory cannot be created or the database file opened.
    case cannotOpen(location: String, reason: String)
    /// The database answered an error.
    case databaseFailed(location: String, reason: String)
    /// The store's schema is newer than this portlore knows.
    case schemaTooNew(location: String, found: Int, known: Int)

    public var description: String {
        switch self {
        case .invalidVote(let reason):
            "The vote was refused: \(reason)."
        case .badDatabaseURL(let reason):
            "Bad --database: \(reason); give postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE."
        case .twoLocations:
            "Give either --data-dir (SQLite) or --database (PostgreSQL), not both."
        case .cannotOpen(let location, let reason):
            "Cannot open the feedback store at \(location) (\(reason)); check that the directory is writable or give another --data-dir."
        case .databaseFailed(let location, let reason):
            "The feedback store at \(location) failed (\(reason)); check that the database is up and try again."
        case .schemaTooNew(let location, let found, let known):
            "The feedback store at \(location) has schema version \(found), newer than the \(known) this portlore knows; upgrade portlore."
        }
    }
}
