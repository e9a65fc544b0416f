import FeedbackStore
import Foundation
import Logging
import PostgresNIO
import SQLiteNIO
import Testing

/// The stores the contract runs against: a SQLite file in a fresh temporary directory, and a
/// fresh database in the PostgreSQL server named by `PORTLORE_TEST_DATABASE` (set by .ci/run's
/// postgres stage: `postgres://postgres@127.0.0.1:PORT/postgres?sslmode=disable`).
enum StoreFixtures {
    static let databaseVariable = "PORTLORE_TEST_DATABASE"

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment[databaseVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    static let skipReason: Comment = "PORTLORE_TEST_DATABASE is not set: no PostgreSQL server to test against (.ci/run's postgres stage starts one and sets it)"

    /// A place for a new, empty store of `kind`.
    static func newLocation(_ kind: StoreKind) async throws -> FeedbackStoreLocation {
        switch kind {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("portlore-feedback-\(UUID().uuidString)")
            // Not created: the store creates its directory on first use.
            return .directory(directory.path + "/nested/state")
        case .postgres:
            guard let text = postgresURL else { throw FixtureError.noPostgres }
            let base = try DatabaseURL(parsing: text)
            let name = "portlore_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            try await withAdminClient(base) { client in
                try await client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
            }
            var fresh = base
            fresh.database = name
            return .postgres(fresh)
        }
    }

    /// Runs `body` on a new location, then removes it whether `body` threw or not.
    static func withNewLocation(_ kind: StoreKind, _ body: (FeedbackStoreLocation) async throws -> Void) async throws {
        let location = try await newLocation(kind)
        do {
            try await body(location)
        } catch {
            await remove(location)
            throw error
        }
        await remove(location)
    }

    /// Drops a test database or removes a test directory.
    static func remove(_ location: FeedbackStoreLocation) async {
        switch location {
        case .directory(let path):
            let root = URL(fileURLWithPath: path).deletingLastPathComponent().deletingLastPathComponent()
            try? FileManager.default.removeItem(at: root)
        case .postgres(let url):
            guard let text = postgresURL, let base = try? DatabaseURL(parsing: text) else { return }
            try? await withAdminClient(base) { client in
                try await client.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(url.database) WITH (FORCE)"))
            }
        }
    }

    /// Runs SQL on a location's database directly, as an operator (or a newer portlore) would.
    static func execute(_ sql: String, at location: FeedbackStoreLocation) async throws {
        switch location {
        case .directory(let path):
            let connection = try await SQLiteConnectionOpener.open(path + "/" + SQLiteFeedbackStore.fileName)
            _ = try await connection.query(sql)
            try await connection.close()
        case .postgres(let url):
            try await withAdminClient(url) { client in
                try await client.query(PostgresQuery(unsafeSQL: sql))
            }
        }
    }

    static func withAdminClient(_ url: DatabaseURL, _ work: @Sendable (PostgresClient) async throws -> Void) async throws {
        let client = PostgresClient(configuration: .init(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database,
            tls: url.tls == .disable ? .disable : .prefer(.makeClientConfiguration())
        ))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            try await work(client)
        }
    }

    enum FixtureError: Error { case noPostgres }
}

enum StoreKind: String, Sendable, CaseIterable {
    case sqlite, postgres
}
