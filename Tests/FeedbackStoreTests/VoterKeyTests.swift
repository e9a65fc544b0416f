import FoundationEssentials
@testable import FeedbackStore
import Testing

struct VoterKeyTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ])
    func sha256MatchesFIPSVectors(message: String, digest: String) {
        #expect(SHA256.hash(Array(message.utf8)).hexString == digest)
    }

    @Test func keyIsTheHashOfSaltAddressPortAndDay() {
        let salt = (0..<32).map { UInt8($0) }
        let key = VoterKey.make(salt: salt, clientAddress: "192.0.2.1", port: 1302, day: "2026-12-01")
        // sha256(salt 00 "192.0.2.1" 00 "1302" 00 "2026-12-01"), computed with Python's hashlib.
        #expect(key == "849576f58c030de83b4701d764cea5bc4b521f3331ebb6819d552102fdf41a7b")
        #expect(!key.contains("192"))
        #expect(VoterKey.make(salt: salt, clientAddress: "192.0.2.1", port: 1303, day: "2026-12-01") != key)
        #expect(VoterKey.make(salt: salt, clientAddress: "192.0.2.1", port: 1302, day: "2026-12-02") != key)
        #expect(VoterKey.make(salt: salt, clientAddress: "192.0.2.10", port: 1302, day: "2026-12-01") != key)
        #expect(VoterKey.make(salt: salt.reversed(), clientAddress: "192.0.2.1", port: 1302, day: "2026-12-01") != key)
    }

    @Test(arguments: [
        (Int64(0), "1970-01-01"), (951_782_400, "2000-02-29"), (1_764_547_199, "2025-11-30"),
        (1_764_547_200, "2025-12-01"), (-1, "1969-12-31"), (4_102_444_800, "2100-01-01"),
    ])
    func utcDay(seconds: Int64, day: String) {
        #expect(VoterKey.utcDay(secondsSince1970: seconds) == day)
    }

    @Test func saltsAreRandom() throws {
        #expect(try VoterKey.randomSalt() != VoterKey.randomSalt())
    }

    @Test func voteRefusesLongCommentsAndTrimsBlankOnes() throws {
        let thai500 = String(repeating: "ก", count: 500)
        #expect(try Vote(port: 1302, helpful: true, comment: thai500, day: "2026-12-01", voter: "x").comment == thai500)
        #expect(throws: FeedbackStoreError.self) { try Vote(port: 1302, helpful: true, comment: thai500 + "ข", day: "2026-12-01", voter: "x") }
        #expect(try Vote(port: 1302, helpful: true, comment: " \n ", day: "2026-12-01", voter: "x").comment == nil)
        #expect(throws: FeedbackStoreError.self) { try Vote(port: 65536, helpful: true, comment: nil, day: "2026-12-01", voter: "x") }
    }
}

struct DatabaseURLTests {
    @Test func parsesTheUsualForms() throws {
        let url = try DatabaseURL(parsing: "postgres://portlore:p%40ss@127.0.0.1:55432/feedback?sslmode=disable")
        #expect(url.user == "portlore")
        #expect(url.password == "p@ss")
        #expect(url.host == "127.0.0.1")
        #expect(url.port == 55432)
        #expect(url.database == "feedback")
        #expect(url.tls == .disable)
        #expect(url.description == "postgres://portlore:***@127.0.0.1:55432/feedback")
        let six = try DatabaseURL(parsing: "postgresql://me@[::1]/db")
        #expect(six.host == "::1")
        #expect(six.port == 5432)
        #expect(six.tls == .prefer)
    }

    @Test(arguments: [
        "mysql://me@host/db", "postgres://host/db", "postgres://me@host", "postgres://me@host:0/db",
        "postgres://me@host/db?sslmode=maybe", "postgres://me@host/db?user=x", "postgres://@host/db",
    ])
    func refusesWhatIsNotAPostgresURL(text: String) {
        #expect(throws: FeedbackStoreError.self) { try DatabaseURL(parsing: text) }
    }

    @Test func locationDefaultsToTheXDGStateDirectory() throws {
        #expect(try FeedbackStoreLocation(dataDirectory: nil, database: nil, environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == .directory("/s/portlore"))
        #expect(try FeedbackStoreLocation(dataDirectory: nil, database: nil, environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == .directory("/h/.local/state/portlore"))
        #expect(throws: FeedbackStoreError.twoLocations) { try FeedbackStoreLocation(dataDirectory: "/d", database: "postgres://a@b/c", environment: [:]) }
    }
}

struct FeedbackExportTests {
    @Test func csvQuotesWhatNeedsQuoting() {
        let csv = FeedbackExport.csv([
            FeedbackEntry(port: 1302, helpful: true, comment: "plain", day: "2026-12-01"),
            FeedbackEntry(port: 80, helpful: false, comment: "a, \"b\"\nc", day: "2026-12-01"),
            FeedbackEntry(port: 0, helpful: true, comment: nil, day: "2026-12-02"),
        ])
        #expect(csv == "port,helpful,comment,day\r\n1302,yes,plain,2026-12-01\r\n80,no,\"a, \"\"b\"\"\nc\",2026-12-01\r\n0,yes,,2026-12-02\r\n")
    }

    @Test func jsonEscapes() {
        let json = FeedbackExport.json([FeedbackEntry(port: 1302, helpful: false, comment: "say \"hi\"\\\u{1}", day: "2026-12-01")])
        #expect(json == "{\"feedback\":[\n{\"port\":1302,\"helpful\":false,\"comment\":\"say \\\"hi\\\"\\\\\\u0001\",\"day\":\"2026-12-01\"}\n]}\n")
        #expect(FeedbackExport.json([]) == "{\"feedback\":[]}\n")
    }

    /// A comment with every kind of awkward character comes back whole from the exported JSON.
    @Test func jsonExportReadsBackWhole() throws {
        let comment = "</script> & \"q\" \\ tab\tnew\nline\u{1}\u{8}\u{1f} \u{2028} é 😀 a/b"
        let json = FeedbackExport.json([FeedbackEntry(port: 7, helpful: true, comment: comment, day: "2026-12-01")])
        struct Export: Decodable { struct Vote: Decodable { var port: Int; var helpful: Bool; var comment: String?; var day: String }; var feedback: [Vote] }
        let export = try JSONDecoder().decode(Export.self, from: Data(json.utf8))
        #expect(export.feedback.count == 1)
        #expect(export.feedback.first?.comment == comment)
        #expect(export.feedback.first?.day == "2026-12-01")
        #expect(json.contains("a/b"), "slashes are left as they are")
    }
}
