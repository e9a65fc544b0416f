import FeedbackStore
import SQLiteNIO
import Testing

/// What every FeedbackStore must do. `SQLiteFeedbackStoreTests` and `PostgresFeedbackStoreTests`
/// run each of these against their store.
enum StoreContract {
    static func vote(_ store: any FeedbackStore, port: Int, helpful: Bool, from address: String, day: String = "2026-12-01", comment: String? = nil) throws -> Vote {
        try Vote(port: port, helpful: helpful, comment: comment, day: day,
                 voter: VoterKey.make(salt: store.salt, clientAddress: address, port: port, day: day))
    }

    /// A new store counts nothing; one vote per voter per port per day; the tally splits yes and no.
    static func countsOneVotePerClientPerPortPerDay(_ kind: StoreKind) async throws {
        try await StoreFixtures.withNewLocation(kind) { location in
            let store = try await location.open()
            #expect(try await store.tally(port: 1302) == Tally(yes: 0, no: 0))

            #expect(try await store.record(vote(store, port: 1302, helpful: true, from: "192.0.2.1")))
            // The same reader again today, even changing their mind: not counted.
            #expect(try await store.record(vote(store, port: 1302, helpful: false, from: "192.0.2.1")) == false)
            #expect(try await store.record(vote(store, port: 1302, helpful: false, from: "192.0.2.2")))
            // The same reader on another port, and on the same port the next day: counted.
            #expect(try await store.record(vote(store, port: 1301, helpful: false, from: "192.0.2.1")))
            #expect(try await store.record(vote(store, port: 1302, helpful: true, from: "192.0.2.1", day: "2026-12-02")))

            #expect(try await store.tally(port: 1302) == Tally(yes: 2, no: 1))
            #expect(try await store.tally(port: 1301) == Tally(yes: 0, no: 1))
            #expect(try await store.tally(port: 65535) == Tally(yes: 0, no: 0))
            await store.close()
        }
    }

    /// Comments come back in order, exactly as written (Thai, quotes, newlines), with no voter key.
    static func keepsCommentsInOrder(_ kind: StoreKind) async throws {
        try await StoreFixtures.withNewLocation(kind) { location in
            let store = try await location.open()
            let thai = "ขอบคุณมากครับ \"1302\", อธิบายชัดเจน\nบรรทัดที่สอง"
            #expect(try await store.record(vote(store, port: 1302, helpful: true, from: "198.51.100.7", comment: thai)))
            #expect(try await store.record(vote(store, port: 80, helpful: false, from: "198.51.100.7", comment: "   ")))
            #expect(try await store.record(vote(store, port: 0, helpful: true, from: "2001:db8::1")))
            let entries = try await store.allFeedback()
            #expect(entries == [
                FeedbackEntry(port: 1302, helpful: true, comment: thai, day: "2026-12-01"),
                FeedbackEntry(port: 80, helpful: false, comment: nil, day: "2026-12-01"),
                FeedbackEntry(port: 0, helpful: true, comment: nil, day: "2026-12-01"),
            ])
            await store.close()
        }
    }

    /// Closing and opening again keeps votes and the salt (so a voter stays one voter), and the
    /// opening again does not migrate again; a schema newer than this portlore is refused.
    static func reopensWithVotesAndSalt(_ kind: StoreKind) async throws {
        try await StoreFixtures.withNewLocation(kind) { location in
            let first = try await location.open()
            #expect(first.salt.count == 32)
            #expect(try await first.record(vote(first, port: 1302, helpful: true, from: "203.0.113.9")))
            let salt = first.salt
            await first.close()

            let second = try await location.open()
            #expect(second.salt == salt)
            #expect(try await second.tally(port: 1302) == Tally(yes: 1, no: 0))
            #expect(try await second.record(vote(second, port: 1302, helpful: true, from: "203.0.113.9")) == false)
            await second.close()

            // A store written by a newer portlore is refused, not damaged.
            try await StoreFixtures.execute("INSERT INTO feedback_schema (version) VALUES (99)", at: location)
            await #expect(throws: FeedbackStoreError.self) { try await location.open() }
            let description = await {
                do { _ = try await location.open(); return "" } catch { return "\(error)" }
            }()
            #expect(description.contains("schema version 99"))
        }
    }

    /// Two stores opened on one location at once (two replicas) count into one tally, and
    /// concurrent votes are all kept.
    static func replicasShareOneStore(_ kind: StoreKind) async throws {
        try await StoreFixtures.withNewLocation(kind) { location in
            async let openedA = location.open()
            async let openedB = location.open()
            let (a, b) = try await (openedA, openedB)
            #expect(a.salt == b.salt)
            try await withThrowingTaskGroup(of: Bool.self) { group in
                for index in 0..<40 {
                    let store = index.isMultiple(of: 2) ? a : b
                    let vote = try vote(store, port: 4242, helpful: index % 4 != 3, from: "10.0.\(index / 200).\(index % 200)")
                    group.addTask { try await store.record(vote) }
                }
                var counted = 0
                for try await wasCounted in group where wasCounted { counted += 1 }
                #expect(counted == 40)
            }
            #expect(try await a.tally(port: 4242) == Tally(yes: 30, no: 10))
            #expect(try await b.tally(port: 4242) == Tally(yes: 30, no: 10))
            await a.close()
            await b.close()
        }
    }
}

@Suite struct SQLiteFeedbackStoreTests {
    @Test func countsOneVotePerClientPerPortPerDay() async throws { try await StoreContract.countsOneVotePerClientPerPortPerDay(.sqlite) }
    @Test func keepsCommentsInOrder() async throws { try await StoreContract.keepsCommentsInOrder(.sqlite) }
    @Test func reopensWithVotesAndSalt() async throws { try await StoreContract.reopensWithVotesAndSalt(.sqlite) }
    @Test func replicasShareOneStore() async throws { try await StoreContract.replicasShareOneStore(.sqlite) }

    /// The file is in WAL mode and the directory private to its owner.
    @Test func walModeAndPrivateDirectory() async throws {
        try await StoreFixtures.withNewLocation(.sqlite) { location in
            let store = try await location.open()
            await store.close()
            guard case .directory(let path) = location else { return }
            let connection = try await SQLiteConnectionOpener.open(path + "/" + SQLiteFeedbackStore.fileName)
            let mode = try await connection.query("PRAGMA journal_mode").first?.column("journal_mode")?.string
            try await connection.close()
            #expect(mode == "wal")
            let attributes = try FileManagerAttributes.permissions(path)
            #expect(attributes == 0o700)
        }
    }

    @Test func unwritableDirectorySaysWhere() async throws {
        let location = FeedbackStoreLocation.directory("/proc/portlore-cannot-be-here")
        await #expect {
            try await location.open()
        } throws: { error in
            (error as? FeedbackStoreError)?.description.contains("/proc/portlore-cannot-be-here") == true
        }
    }
}

@Suite(.enabled(if: StoreFixtures.postgresURL != nil, StoreFixtures.skipReason))
struct PostgresFeedbackStoreTests {
    @Test func countsOneVotePerClientPerPortPerDay() async throws { try await StoreContract.countsOneVotePerClientPerPortPerDay(.postgres) }
    @Test func keepsCommentsInOrder() async throws { try await StoreContract.keepsCommentsInOrder(.postgres) }
    @Test func reopensWithVotesAndSalt() async throws { try await StoreContract.reopensWithVotesAndSalt(.postgres) }
    @Test func replicasShareOneStore() async throws { try await StoreContract.replicasShareOneStore(.postgres) }
}

/// Opening a store that cannot be reached fails at once with a sentence that names it.
struct UnreachableStoreTests {
    @Test func unreachableServerSaysWhere() async throws {
        // Port 1 on loopback: nothing listens there; the store says which database it tried.
        let location = FeedbackStoreLocation.postgres(try DatabaseURL(parsing: "postgres://portlore@127.0.0.1:1/none?sslmode=disable"))
        await #expect {
            try await location.open()
        } throws: { error in
            (error as? FeedbackStoreError)?.description.contains("127.0.0.1:1/none") == true
        }
    }
}
