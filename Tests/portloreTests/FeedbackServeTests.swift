import Foundation
import Glibc
import Testing

/// Votes through real `portlore serve` processes: acknowledged votes survive SIGKILL, two
/// replicas count into one store, and `portlore feedback export` reads what they stored.
struct FeedbackServeTests {
    /// SQLite always; PostgreSQL when .ci/run's postgres stage gives PORTLORE_TEST_DATABASE.
    static var stores: [[String]] {
        var stores: [[String]] = [["--data-dir", "SQLITE"]]
        if let url = ProcessInfo.processInfo.environment["PORTLORE_TEST_DATABASE"], !url.isEmpty {
            stores.append(["--database", url])
        }
        return stores
    }

    /// A port no other run of this test used today: counts are measured as differences anyway.
    static func freshPort() -> Int { Int.random(in: 20000...60000) }

    static func withStore(_ store: [String], _ body: ([String]) throws -> Void) throws {
        guard store[1] == "SQLITE" else { return try body(store) }
        let directory = try Portlore.temporaryDirectory("feedback-store")
        defer { try? FileManager.default.removeItem(at: directory) }
        try body(["--data-dir", directory.path])
    }

    @Test(arguments: stores)
    func acknowledgedVotesSurviveKillNine(store: [String]) throws {
        try Self.withStore(store) { store in
            let target = Self.freshPort()
            let first = try ServeChild(arguments: store + ["--trust-forwarded-for"])
            let before = try first.tally(port: target)
            var acknowledged = (yes: 0, no: 0)
            for index in 0..<30 {
                let helpful = index % 3 != 0
                let status = try first.vote(port: target, helpful: helpful, from: "198.51.100.\(index)")
                #expect(status == 303)
                if status == 303 { if helpful { acknowledged.yes += 1 } else { acknowledged.no += 1 } }
            }
            // Right after the last acknowledgement: no shutdown, no checkpoint, nothing flushed.
            first.killHard()
            #expect(first.process.terminationReason == .uncaughtSignal)

            let second = try ServeChild(arguments: store + ["--trust-forwarded-for"])
            defer { second.stop() }
            let after = try second.tally(port: target)
            #expect((after["yes"] ?? -1) - (before["yes"] ?? 0) == acknowledged.yes)
            #expect((after["no"] ?? -1) - (before["no"] ?? 0) == acknowledged.no)
            #expect(acknowledged.yes == 20)

            // Never a raw address: none of the 30 is in the store's files (database and WAL).
            if store[0] == "--data-dir" {
                for name in try FileManager.default.contentsOfDirectory(atPath: store[1]) {
                    let bytes = try Data(contentsOf: URL(fileURLWithPath: store[1]).appendingPathComponent(name))
                    #expect(bytes.range(of: Data("198.51.100.".utf8)) == nil, "\(name)")
                }
            }
        }
    }

    @Test(arguments: stores)
    func twoReplicasCountIntoOneStore(store: [String]) throws {
        try Self.withStore(store) { store in
            let target = Self.freshPort()
            let a = try ServeChild(arguments: store + ["--trust-forwarded-for"])
            defer { a.stop() }
            let b = try ServeChild(arguments: store + ["--trust-forwarded-for"])
            defer { b.stop() }
            #expect(a.port != b.port)
            let before = try a.tally(port: target)
            for index in 0..<20 {
                let replica = index.isMultiple(of: 2) ? a : b
                #expect(try replica.vote(port: target, helpful: true, from: "203.0.113.\(index)") == 303)
            }
            // The same readers through the other replica, the same day: not counted twice.
            for index in 0..<20 {
                let replica = index.isMultiple(of: 2) ? b : a
                #expect(try replica.vote(port: target, helpful: false, from: "203.0.113.\(index)") == 303)
            }
            let fromA = try a.tally(port: target), fromB = try b.tally(port: target)
            #expect(fromA == fromB)
            #expect((fromA["yes"] ?? -1) - (before["yes"] ?? 0) == 20)
            #expect((fromA["no"] ?? -1) - (before["no"] ?? 0) == 0)

            // `feedback export` reads the same store the replicas wrote.
            let export = try Portlore.run(["feedback", "export", "--format", "json"] + store)
            #expect(export.status == 0, "\(export.stderr)")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
            let entries = try #require(document["feedback"] as? [[String: Any]])
            #expect(entries.filter { $0["port"] as? Int == target }.count - ((before["yes"] ?? 0) + (before["no"] ?? 0)) == 20)
        }
    }

    @Test func exportWritesCSVAndJSON() throws {
        let directory = try Portlore.temporaryDirectory("feedback-export")
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try ServeChild(arguments: ["--data-dir", directory.path])
        let answer = try server.request("POST", "/th/ports/1302/feedback", headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                        body: "helpful=yes&comment=%E0%B8%94%E0%B8%B5%2C+%22%E0%B8%A1%E0%B8%B2%E0%B8%81%22")
        #expect(answer.status == 303)
        #expect(answer.headers.lowercased().contains("location: /th/ports/1302?thanks=1#feedback"))
        server.stop()

        let csv = try Portlore.run(["feedback", "export", "--data-dir", directory.path])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.components(separatedBy: "\r\n")
        #expect(lines.first == "port,helpful,comment,day")
        #expect(lines.dropFirst().first?.hasPrefix("1302,yes,\"ดี, \"\"มาก\"\"\",20") == true, "\(csv.stdout)")

        let json = try Portlore.run(["feedback", "export", "--format", "json", "--data-dir", directory.path])
        #expect(json.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let entries = try #require(document["feedback"] as? [[String: Any]])
        #expect(entries.count == 1)
        #expect(entries.first?["comment"] as? String == "ดี, \"มาก\"")
        #expect(entries.first?["port"] as? Int == 1302)
        // No voter key and no address anywhere in the store's export.
        #expect(!json.stdout.contains("127.0.0.1"))

        let both = try Portlore.run(["feedback", "export", "--data-dir", directory.path, "--database", "postgres://a@127.0.0.1/b"])
        #expect(both.status == 2)
        #expect(both.stderr.contains("not both"))
        let badURL = try Portlore.run(["feedback", "export", "--database", "mysql://x"])
        #expect(badURL.status == 2)
        #expect(badURL.stderr.split(separator: "\n").count == 1)
    }
}
