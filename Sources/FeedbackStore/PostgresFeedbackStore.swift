import Logging
import NIOCore
import PostgresNIO

/// Feedback in PostgreSQL (`--database postgres://...`), so that several replicas behind a load
/// balancer count into one store. The client's connection pool runs in a task this store owns;
/// `close()` ends it. Votes commit with the server's default `synchronous_commit`.
public final class PostgresFeedbackStore: FeedbackStore {
    public let salt: [UInt8]
    public let url: DatabaseURL
    private let client: PostgresClient
    private let runner: Task<Void, Never>

    private init(client: PostgresClient, runner: Task<Void, Never>, url: DatabaseURL, salt: [UInt8]) {
        self.client = client
        self.runner = runner
        self.url = url
        self.salt = salt
    }

    /// Connects, migrates (under an advisory lock, so replicas starting together migrate once)
    /// and reads or creates the salt.
    public static func open(_ url: DatabaseURL) async throws(FeedbackStoreError) -> PostgresFeedbackStore {
        let tls: PostgresClient.Configuration.TLS
        switch url.tls {
        case .disable: tls = .disable
        case .prefer: tls = .prefer(.makeClientConfiguration())
        case .require: tls = .require(.makeClientConfiguration())
        }
        var configuration = PostgresClient.Configuration(host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: tls)
        configuration.options.connectTimeout = .seconds(5)
        configuration.options.maximumConnections = 8
        let salt = try await migrate(url)
        let client = PostgresClient(configuration: configuration)
        let runner = Task { await client.run() }
        return PostgresFeedbackStore(client: client, runner: runner, url: url, salt: salt)
    }

    public func record(_ vote: Vote) async throws(FeedbackStoreError) -> Bool {
        let port = vote.port, day = vote.day, voter = vote.voter, helpful = vote.helpful, comment = vote.comment
        return try await Self.run(url) {
            let rows = try await client.query("""
                INSERT INTO feedback_votes (port, day, voter, helpful, comment) VALUES (\(port), \(day), \(voter), \(helpful), \(comment))
                ON CONFLICT (voter, port, day) DO NOTHING RETURNING id
                """)
            var counted = false
            for try await _ in rows { counted = true }
            return counted
        }
    }

    public func tally(port: Int) async throws(FeedbackStoreError) -> Tally {
        try await Self.run(url) {
            let rows = try await client.query("""
                SELECT COUNT(*) FILTER (WHERE helpful), COUNT(*) FILTER (WHERE NOT helpful) FROM feedback_votes WHERE port = \(port)
                """)
            var tally = Tally(yes: 0, no: 0)
            for try await (yes, no) in rows.decode((Int, Int).self) { tally = Tally(yes: yes, no: no) }
            return tally
        }
    }

    public func allFeedback() async throws(FeedbackStoreError) -> [FeedbackEntry] {
        try await Self.run(url) {
            let rows = try await client.query("SELECT port, helpful, comment, day FROM feedback_votes ORDER BY id")
            var entries: [FeedbackEntry] = []
            for try await (port, helpful, comment, day) in rows.decode((Int, Bool, String?, String).self) {
                entries.append(FeedbackEntry(port: port, helpful: helpful, comment: comment, day: day))
            }
            return entries
        }
    }

    public func close() async {
        runner.cancel()
        _ = await runner.value
    }

    // MARK: - Opening

    /// A number no other portlore lock uses: "pl" 1302.
    private static let migrationLock = 0x706C_1302

    /// Migrates on one direct connection (it fails at once when the server is not there, where
    /// the pool would keep retrying), inside a transaction holding an advisory lock.
    private static func migrate(_ url: DatabaseURL) async throws(FeedbackStoreError) -> [UInt8] {
        let fresh = try VoterKey.randomSalt().hexString
        let logger = Logger(label: "portlore.feedback", factory: { _ in SwiftLogNoOpLogHandler() })
        let outcome: Result<String, FeedbackStoreError> = try await run(url) {
            let tls: PostgresConnection.Configuration.TLS
            switch url.tls {
            case .disable: tls = .disable
            case .prefer: tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
            case .require: tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
            var configuration = PostgresConnection.Configuration(host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: tls)
            configuration.options.connectTimeout = .seconds(5)
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
            do {
                let result = try await connection.withTransaction(logger: logger) { connection -> Result<String, FeedbackStoreError> in
                    try await migrate(connection, url, salt: fresh, logger: logger)
                }
                try await connection.close()
                return result
            } catch {
                try? await connection.close()
                throw error
            }
        }
        guard let salt = HexBytes.decode(try outcome.get()) else {
            throw .databaseFailed(location: url.description, reason: "the voter salt is missing or not hex")
        }
        return salt
    }

    private static func migrate(_ connection: PostgresConnection, _ url: DatabaseURL, salt fresh: String, logger: Logger) async throws -> Result<String, FeedbackStoreError> {
        try await connection.query("SELECT pg_advisory_xact_lock(\(migrationLock))", logger: logger)
        try await connection.query(PostgresQuery(unsafeSQL: Schema.createVersionTable), logger: logger)
        var found = 0
        for try await version in try await connection.query("SELECT COALESCE(MAX(version), 0) FROM feedback_schema", logger: logger).decode(Int.self) {
            found = version
        }
        guard found <= Schema.currentVersion else {
            return .failure(.schemaTooNew(location: url.description, found: found, known: Schema.currentVersion))
        }
        for (index, statements) in Schema.steps(.postgres).enumerated() where index + 1 > found {
            for statement in statements { try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger) }
            try await connection.query("INSERT INTO feedback_schema (version) VALUES (\(index + 1))", logger: logger)
        }
        try await connection.query("INSERT INTO feedback_settings (name, value) VALUES (\(Schema.saltSetting), \(fresh)) ON CONFLICT (name) DO NOTHING", logger: logger)
        var stored = ""
        for try await value in try await connection.query("SELECT value FROM feedback_settings WHERE name = \(Schema.saltSetting)", logger: logger).decode(String.self) {
            stored = value
        }
        return .success(stored)
    }

    /// Runs database work, turning the client's errors into one sentence that names the store.
    private static func run<T: Sendable>(_ url: DatabaseURL, _ work: () async throws -> T) async throws(FeedbackStoreError) -> T {
        do {
            return try await work()
        } catch let error as FeedbackStoreError {
            throw error
        } catch let error as PSQLError {
            throw .databaseFailed(location: url.description, reason: error.serverInfo?[.message] ?? "\(error.code)")
        } catch {
            throw .databaseFailed(location: url.description, reason: "\(error)")
        }
    }
}
