import Foundation
import Testing

/// `portlore PORT`, as a user runs it.
struct ShowCommandTests {
    @Test func deassignedPortTellsWhatItWas() throws {
        // Wide enough that no line wraps: the checks below read whole sentences.
        let run = try Portlore.run(["1302", "--no-host"], environment: ["COLUMNS": "10000"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("1302/tcp"))
        #expect(run.stdout.contains("1302/udp"))
        #expect(run.stdout.contains("De-assigned on 2019-10-30 (IANA's note)"))
        #expect(run.stdout.contains("ci3-software-2 \"CI3-Software-2\", assignee Kelli Watson, contact Kelli Watson"))
        #expect(run.stdout.contains("in every copy we hold from 2004-01-08 to 2019-10-17; not in RFC 1340 (1992-07)"))
        #expect(!run.stdout.contains("from 2017-03-10"), "2017-03-10 is only our first snapshot")
        #expect(!run.stdout.contains("hiding"))
        #expect(run.stdout.contains("User port"))
        #expect(!run.stdout.contains("\u{1B}["), "no colours without a terminal")
    }

    @Test func assignedPortShowsItsRecordWithReferenceLinks() throws {
        let run = try Portlore.run(["443/tcp", "--no-host"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Assignee:     IESG"))
        #expect(run.stdout.contains("Contact:      IETF Chair"))
        #expect(run.stdout.contains("Assigned"))
        #expect(run.stdout.contains("https"))
        #expect(run.stdout.contains("https://www.rfc-editor.org/rfc/rfc"))
        #expect(!run.stdout.contains("443/udp"), "a protocol was asked for")
    }

    @Test(arguments: [
        ("272", "Unassigned (in 272-279 Unassigned)"),
        ("6010", "x11"),
        ("6010", "Known Unauthorized Use on port 6003"),
        ("50000", "Dynamic/Private"),
        ("7680", "pando-pub"),
        ("7680", "ms-do"),
        ("2/tcp", "De-assigned on 2025-02-13"),
        ("143/udp", "imap"),
    ])
    func lookupsUsersAskFor(query: String, expected: String) throws {
        let run = try Portlore.run([query, "--no-host"])
        #expect(run.status == 0)
        #expect(run.stdout.contains(expected), "\(query): \(run.stdout)")
    }

    @Test func rangePrintsOneLinePerPortAndProtocol() throws {
        let run = try Portlore.run(["8000-8010", "--no-host"])
        #expect(run.status == 0)
        for port in 8000...8010 {
            #expect(run.stdout.contains("\(port)/tcp"), "missing \(port)/tcp")
        }
    }

    @Test(arguments: ["https", "HTTPS", "mysql"])
    func serviceNamesAreCaseInsensitive(name: String) throws {
        let run = try Portlore.run([name, "--no-host"])
        #expect(run.status == 0)
        #expect(run.stdout.lowercased().contains("service \(name.lowercased())"))
    }

    @Test func historicalServiceNameLeadsToItsPort() throws {
        let run = try Portlore.run(["ci3-software-2", "--no-host"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("no longer in the registry"))
        #expect(run.stdout.contains("1302/tcp"))
        #expect(run.stdout.contains("De-assigned on 2019-10-30"))
    }

    @Test func historyListsEveryVersion() throws {
        let run = try Portlore.run(["1302/tcp", "--history", "--no-host"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("History of 1302/tcp (4 versions;"))
        #expect(run.stdout.contains("2004-01-08 to 2008-02-29"))
        #expect(run.stdout.contains("2013-02-18 to 2019-10-17"))
    }

    @Test(arguments: ["70000", "-1", "abc/tcp", "1302/xyz", "5-3", "", String(repeating: "9", count: 10_000), "65536/udp"])
    func badInputIsOneSentenceAndExitTwo(argument: String) throws {
        let run = try Portlore.run([argument])
        #expect(run.status == 2, "\(argument.prefix(20)): status \(run.status), \(run.stderr)")
        #expect(run.stdout.isEmpty)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1, "one line: \(run.stderr)")
        #expect(run.stderr.count < 300)
    }

    @Test func unknownServiceSuggestsClosestNames() throws {
        let run = try Portlore.run(["postgress"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("postgresql"))
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    @Test func jsonForEveryKindOfQuery() throws {
        for (query, kind) in [("1302", "port"), ("443/udp", "port"), ("8000-8002", "range"), ("https", "service"), ("ci3-software-2", "service")] {
            let run = try Portlore.run([query, "--json", "--no-host"])
            #expect(run.status == 0)
            let json = try #require(run.json, "\(query) printed no JSON")
            #expect(json["schema"] as? String == "portlore/1")
            #expect(json["kind"] as? String == kind)
            let ports = try #require(json["ports"] as? [[String: Any]])
            #expect(!ports.isEmpty)
        }
        let run = try Portlore.run(["1302/tcp", "--json", "--no-host"])
        let json = try #require(run.json)
        let port = try #require((json["ports"] as? [[String: Any]])?.first)
        #expect(port["tier"] as? String == "user")
        let story = try #require((port["protocols"] as? [[String: Any]])?.first)
        #expect(story["status"] as? String == "deassigned")
        #expect(story["deassigned_on"] as? String == "2019-10-30")
        #expect(story["deassigned_on_source"] as? String == "iana-note")
        #expect(story["deassigned_after"] as? String == "2019-10-17")
        #expect(story["deassigned_by"] as? String == "2019-10-30")
        let former = try #require((story["former"] as? [[String: Any]])?.first)
        #expect(former["service_name"] as? String == "ci3-software-2")
        #expect(former["assignee"] as? String == "Kelli Watson")
        #expect(former["contact"] as? String == "Kelli Watson")
        #expect(former["last_seen"] as? String == "2019-10-17")
        let tenure = try #require((story["former_names"] as? [[String: Any]])?.first)
        #expect(tenure["first_seen"] as? String == "2004-01-08")
        #expect(tenure["first_seen_in"] as? String == "port-numbers")
        #expect(tenure["first_seen_kind"] as? String == "appeared-between-copies")
        #expect(tenure["absent_in"] as? String == "1992-07")
        #expect(tenure["in_every_copy"] as? Bool == true)
    }

    @Test func searchRanksRemoteDesktop() throws {
        let run = try Portlore.run(["search", "remote desktop", "--json"])
        #expect(run.status == 0)
        let json = try #require(run.json)
        #expect(json["kind"] as? String == "search")
        let matches = try #require(json["matches"] as? [[String: Any]])
        let names = matches.prefix(10).compactMap { ($0["record"] as? [String: Any])?["service_name"] as? String }
        #expect(names.contains("ms-wbt-server"), "\(names)")
    }

    @Test func searchWithoutMatchesExitsOne() throws {
        let run = try Portlore.run(["search", "zzqxjv-no-such-words"])
        #expect(run.status == 1)
    }

    @Test func helpAndVersionGoToStdoutWithZero() throws {
        let help = try Portlore.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE"))
        let version = try Portlore.run(["--version"])
        #expect(version.status == 0)
        #expect(!version.stdout.isEmpty)
    }

    @Test func binaryWorksCopiedAloneToAnotherDirectory() throws {
        let directory = try Portlore.temporaryDirectory("copy")
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("portlore")
        try FileManager.default.copyItem(at: Portlore.executable, to: copy)
        let elsewhere = try Portlore.temporaryDirectory("cwd")
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let run = try Portlore.run(["1302", "--no-host"], executable: copy, currentDirectory: elsewhere)
        #expect(run.status == 0)
        #expect(run.stdout.contains("ci3-software-2"))
    }
}
