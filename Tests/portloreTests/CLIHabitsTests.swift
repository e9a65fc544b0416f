import Foundation
import Glibc
import Testing

/// Habits of ss and lsof users, tried as they would type them.
@Suite(.serialized)
struct CLIHabitsTests {
    static func pids(_ run: PortloreRun) throws -> [Int] {
        try ListCommandTests.listeners(run).flatMap { ($0["processes"] as? [[String: Any]] ?? []).compactMap { $0["pid"] as? Int } }
    }

    @Test func aColonPortIsAPortEverywhere() throws {
        let portrait = try Portlore.run([":1302", "--no-host"])
        #expect(portrait.status == 0, "\(portrait.stderr)")
        #expect(portrait.stdout.contains("ci3-software-2"))
        let withProtocol = try Portlore.run([":53/udp", "--no-host", "--json"])
        #expect(withProtocol.status == 0, "\(withProtocol.stderr)")

        let child = try ListeningChild()
        defer { child.stop() }
        for arguments in [["--port", ":\(child.port)"], ["--port=:\(child.port)"], [":\(child.port)"], [String(child.port)]] {
            let run = try Portlore.run(["ls", "--json"] + arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(try Self.pids(run).contains(Int(child.pid)), "\(arguments)")
        }
        let both = try Portlore.run(["ls", "--port", "1", "2"])
        #expect(both.status == 2)
    }

    @Test func ssStyleFlagBundles() throws {
        let tcp = try ListeningChild()
        defer { tcp.stop() }
        let udp = try ListeningChild(udp: true)
        defer { udp.stop() }
        let tlnp = try Portlore.run(["ls", "-tlnp", "--json", String(tcp.port)])
        #expect(tlnp.status == 0, "\(tlnp.stderr)")
        #expect(try Self.pids(tlnp) == [Int(tcp.pid)])
        // -t leaves the UDP socket out; -u finds it; -4 and -6 pick the family.
        #expect(try Self.pids(try Portlore.run(["ls", "-tlnp", "--json", "--pid", String(udp.pid)])).isEmpty)
        #expect(try Self.pids(try Portlore.run(["ls", "-ulnp", "--json", "--pid", String(udp.pid)])) == [Int(udp.pid)])
        #expect(try Self.pids(try Portlore.run(["ls", "-t", "-l", "-n", "-p", "-4", "--json", "--pid", String(tcp.pid)])) == [Int(tcp.pid)])
        #expect(try Self.pids(try Portlore.run(["ls", "-tln6", "--json", "--pid", String(tcp.pid)])).isEmpty)
        // -a adds connected sockets: the state column appears.
        let all = try Portlore.run(["ls", "-ta", String(tcp.port)])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.contains("STATE"))
    }

    @Test(arguments: [(["sl"], "ls"), (["serach", "remote"], "search"), (["wacth"], "watch"), (["sreve"], "serve")])
    func aMistypedCommandSuggestsTheCommand(arguments: [String], command: String) throws {
        let run = try Portlore.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains("did you mean 'portlore \(command)'"), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(run.stdout.isEmpty)
    }

    @Test(arguments: ["postgresql", "ssh", "sd"])
    func realServiceNamesAreStillLookedUp(name: String) throws {
        let run = try Portlore.run([name, "--no-host"])
        #expect(run.status == 0, "\(name): \(run.stderr)")
        #expect(!run.stderr.contains("did you mean"))
    }

    @Test func notesGoToStandardError() throws {
        // A root-held listener, listed by an unprivileged user: its owner is hidden, and the
        // table says so on stderr, leaving stdout to the rows.
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return }
        let child = try ListeningChild()
        defer { child.stop() }
        let run = try Portlore.run(["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", Portlore.executable.path,
                                    "ls", "--port", String(child.port)], executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(String(child.port)))
        #expect(!run.stdout.contains("note"))
        #expect(!run.stdout.contains("run as root"))
        #expect(run.stderr.contains("portlore: note: 1 socket's owner hidden; run as root to see it."), "\(run.stderr)")
    }

    @Test func outputFitsTheColumnsItIsGiven() throws {
        let portrait = try Portlore.run(["80", "--no-host"], environment: ["COLUMNS": "60"])
        #expect(portrait.status == 0)
        let lines = portrait.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count > 10)
        for line in lines {
            #expect(line.unicodeScalars.count <= 60, "\(line.unicodeScalars.count) columns: \(line)")
        }
        // Nothing is lost from prose: the words are all there, only broken into lines.
        let unwrapped = try Portlore.run(["80", "--no-host"], environment: ["COLUMNS": "10000"])
        let words = { (text: String) in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) }
        #expect(words(portrait.stdout).count >= words(unwrapped.stdout).count)

        let child = try ListeningChild()
        defer { child.stop() }
        let narrow = try Portlore.run(["ls", "--all", "--port", String(child.port)], environment: ["COLUMNS": "50"])
        let rows = narrow.stdout.split(separator: "\n")
        #expect(rows.allSatisfy { $0.unicodeScalars.count <= 50 }, "\(rows)")
        #expect(rows.contains { $0.contains("…") }, "wide cells are cut with an ellipsis: \(rows)")
        // Piped without COLUMNS: whole rows, for grep and awk.
        let piped = try Portlore.run(["ls", "--port", String(child.port)], environment: ["COLUMNS": ""])
        #expect(piped.stdout.contains("\(child.pid)/python3"))
        #expect(!piped.stdout.contains("…"))
    }

    @Test func historyWorksOnRanges() throws {
        let run = try Portlore.run(["1300-1303", "--history", "--no-host"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("History of 1302/tcp"))
        #expect(run.stdout.contains("ci3-software-2"))
        let without = try Portlore.run(["1300-1303", "--no-host"])
        #expect(!without.stdout.contains("History of"))
    }

    @Test func serveOnABusyPortNamesItsHolder() throws {
        let child = try ListeningChild()
        defer { child.stop() }
        let run = try Portlore.run(["serve", "--port", String(child.port)])
        #expect(run.status == 4)
        #expect(run.stderr.contains("python3 (pid \(child.pid)"), "\(run.stderr)")
        #expect(run.stderr.contains("127.0.0.1:\(child.port)"))
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    @Test func lsPrometheusPrintsTheMetricsExposition() throws {
        // A listener from a copy of python3 in /tmp: a warning, so it has series of its own.
        let directory = try Portlore.temporaryDirectory("prometheus")
        defer { try? FileManager.default.removeItem(at: directory) }
        let python = try #require(ListCommandTests.pythonExecutable())
        let copy = directory.appendingPathComponent("python3")
        try FileManager.default.copyItem(atPath: python, toPath: copy.path)
        let child = try ListeningChild(executable: copy.path)
        defer { child.stop() }
        let run = try Portlore.run(["ls", "--prometheus", "--port", String(child.port)])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.contains("portlore_listeners 1"))
        #expect(lines.contains { $0.hasPrefix("portlore_build_info{version=") })
        #expect(lines.contains { $0.hasPrefix("portlore_listener{port=\"\(child.port)\",protocol=\"tcp\",address=\"127.0.0.1\",process=\"python3\"") && $0.contains("severity=\"warning\"") })
        #expect(lines.contains { $0.hasPrefix("portlore_finding{rule=\"executable-writable-dir\",severity=\"warning\",port=\"\(child.port)\"") })
        #expect(try Portlore.run(["ls", "--prometheus", "--json"]).status == 2)
    }
}
