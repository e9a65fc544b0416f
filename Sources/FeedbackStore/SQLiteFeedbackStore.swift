import Logging
import NIOCore
import NIOPosix
import SQLiteNIO

#if canImport(Glibc)
import Glibc
#endif

/// Feedback in one SQLite file, `feedback.sqlite` under the data directory: WAL journal,
/// `synchronous=FULL` (a vote is on disk before `record` returns), created on first use and
/// migrated by `Schema`. Several processes may open the same file.
public final class SQLiteFeedbackStore: FeedbackStore {
    public static let fileName = "feedback.sqlite"

    public let salt: [UInt8]
    public let path: String
    private let connection: SQLiteConnection

    private init(connection: SQLiteConnection, path: String, salt: [UInt8]) {
        self.connection = connection
        self.path = path
        self.salt = salt
    }

    /// Opens (creating the directory, mode 0700, and the file when missing) and migrates the store.
    public static func open(directory: String) async throws(FeedbackStoreError) -> SQLiteFeedbackStore {
        try createDirectories(directory)
        let path = directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(storage: .file(path: path), logger: Logger(label: "portlore.feedback", factory: { _ in SwiftLogNoOpLogHandler() }))
        } catch {
            throw .cannotOpen(location: path, reason: "\(error)")
        }
        do throws(FeedbackStoreError) {
            _ = try await rows(connection, path, "PRAGMA journal_mode=WAL")
            _ = try await rows(connection, path, "PRAGMA synchronous=FULL")
            _ = try await rows(connection, path, "PRAGMA foreign_keys=ON")
            try await migrate(connection, path)
            let salt = try await loadSalt(connection, path)
            return SQLiteFeedbackStore(connection: connection, path: path, salt: salt)
        } catch {
            try? await connection.close()
            throw error
        }
    }

    public func record(_ vote: Vote) async throws(FeedbackStoreError) -> Bool {
        let inserted = try await Self.rows(connection, path, """
            INSERT INTO feedback_votes (port, day, voter, helpful, comment) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (voter, port, day) DO NOTHING RETURNING id
            """, [.integer(vote.port), .text(vote.day), .text(vote.voter), .integer(vote.helpful ? 1 : 0), vote.comment.map { .text($0) } ?? .null])
        return !inserted.isEmpty
    }

    public func tally(port: Int) async throws(FeedbackStoreError) -> Tally {
        let rows = try await Self.rows(connection, path, """
            SELECT COALESCE(SUM(helpful), 0) AS yes, COUNT(*) - COALESCE(SUM(helpful), 0) AS no
            FROM feedback_votes WHERE port = ?
            """, [.integer(port)])
        guard let row = rows.first else { return Tally(yes: 0, no: 0) }
        return Tally(yes: row.column("yes")?.integer ?? 0, no: row.column("no")?.integer ?? 0)
    }

    public func allFeedback() async throws(FeedbackStoreError) -> [FeedbackEntry] {
        let rows = try await Self.rows(connection, path, "SELECT port, helpful, comment, day FROM feedback_votes ORDER BY id")
        return rows.map { row in
            FeedbackEntry(
                port: row.column("port")?.integer ?? 0, helpful: row.column("helpful")?.integer == 1,
                comment: row.column("comment")?.string, day: row.column("day")?.string ?? ""
            )
        }
    }

    public func close() async {
        try? await connection.close()
    }

    // MARK: - Opening

    private static func migrate(_ connection: SQLiteConnection, _ path: String) async throws(FeedbackStoreError) {
        _ = try await rows(connection, path, Schema.createVersionTable)
        // BEGIN IMMEDIATE takes the write lock: two processes opening a new store migrate it once.
        _ = try await rows(connection, path, "BEGIN IMMEDIATE")
        do throws(FeedbackStoreError) {
            let found = try await rows(connection, path, "SELECT COALESCE(MAX(version), 0) AS version FROM feedback_schema").first?.column("version")?.integer ?? 0
            guard found <= Schema.currentVersion else {
                throw .schemaTooNew(location: path, found: found, known: Schema.currentVersion)
            }
            for (index, statements) in Schema.steps(.sqlite).enumerated() where index + 1 > found {
                for statement in statements { _ = try await rows(connection, path, statement) }
                _ = try await rows(connection, path, "INSERT INTO feedback_schema (version) VALUES (?)", [.integer(index + 1)])
            }
            _ = try await rows(connection, path, "COMMIT")
        } catch {
            _ = try? await rows(connection, path, "ROLLBACK")
            throw error
        }
    }

    private static func loadSalt(_ connection: SQLiteConnection, _ path: String) async throws(FeedbackStoreError) -> [UInt8] {
        let fresh = try VoterKey.randomSalt().hexString
        _ = try await rows(connection, path, "INSERT INTO feedback_settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING", [.text(Schema.saltSetting), .text(fresh)])
        guard let stored = try await rows(connection, path, "SELECT value FROM feedback_settings WHERE name = ?", [.text(Schema.saltSetting)]).first?.column("value")?.string,
              let salt = HexBytes.decode(stored) else {
            throw .databaseFailed(location: path, reason: "the voter salt is missing or not hex")
        }
        return salt
    }

    private static func rows(_ connection: SQLiteConnection, _ path: String, _ sql: String, _ binds: [SQLiteData] = []) async throws(FeedbackStoreError) -> [SQLiteRow] {
        do {
            return try await connection.query(sql, binds)
        } catch {
            throw .databaseFailed(location: path, reason: "\(error)")
        }
    }

    /// `mkdir -p` with mode 0700 for the parts it creates.
    private static func createDirectories(_ directory: String) throws(FeedbackStoreError) {
        guard !directory.isEmpty else { throw .cannotOpen(location: directory, reason: "the data directory is empty") }
        var prefix = directory.hasPrefix("/") ? "" : "."
        for part in directory.split(separator: "/") {
            prefix += "/" + part
            if mkdir(prefix, 0o700) != 0 && errno != EEXIST {
                throw .cannotOpen(location: prefix, reason: String(cString: strerror(errno)))
            }
        }
        var status = stat()
        guard stat(directory, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else {
            throw .cannotOpen(location: directory, reason: "it is not a directory")
        }
    }
}

/// Hex text back to bytes; `nil` when it is not an even number of hex digits.
enum HexBytes {
    static func decode(_ text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count % 2 == 0, !digits.isEmpty else { return nil }
        var bytes: [UInt8] = []
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let high = value(digits[index]), let low = value(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        return bytes
    }

    private static func value(_ digit: UInt8) -> UInt8? {
        switch digit {
        case 0x30...0x39: digit - 0x30
        case 0x61...0x66: digit - 0x61 + 10
        case 0x41...0x46: digit - 0x41 + 10
        default: nil
        }
    }
}
