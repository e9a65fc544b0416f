import SQLiteNIO

/// Opens the SQLite file of a store the way another process would.
enum SQLiteConnectionOpener {
    static func open(_ path: String) async throws -> SQLiteConnection {
        try await SQLiteConnection.open(storage: .file(path: path))
    }
}
