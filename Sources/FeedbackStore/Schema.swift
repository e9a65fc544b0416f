/// The feedback schema, one step per version. A store records the versions it applied in
/// `feedback_schema`; opening a store applies the steps it lacks, in one transaction each, and
/// refuses a store whose version is newer than `Schema.steps.count`.
enum Schema {
    enum Dialect { case sqlite, postgres }

    static let saltSetting = "voter_salt"

    /// Statements of each version, in order: version N is `steps(dialect)[N - 1]`.
    static func steps(_ dialect: Dialect) -> [[String]] {
        let id = dialect == .sqlite ? "id INTEGER PRIMARY KEY AUTOINCREMENT" : "id BIGSERIAL PRIMARY KEY"
        let boolean = dialect == .sqlite ? "INTEGER NOT NULL CHECK (helpful IN (0, 1))" : "BOOLEAN NOT NULL"
        return [
            [
                "CREATE TABLE feedback_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
                """
                CREATE TABLE feedback_votes (
                    \(id),
                    port INTEGER NOT NULL CHECK (port BETWEEN 0 AND 65535),
                    day TEXT NOT NULL,
                    voter TEXT NOT NULL,
                    helpful \(boolean),
                    comment TEXT CHECK (comment IS NULL OR length(comment) <= 2000),
                    UNIQUE (voter, port, day)
                )
                """,
                "CREATE INDEX feedback_votes_port ON feedback_votes (port)",
            ],
        ]
    }

    static var currentVersion: Int { steps(.sqlite).count }

    static let createVersionTable = "CREATE TABLE IF NOT EXISTS feedback_schema (version INTEGER NOT NULL)"
}
