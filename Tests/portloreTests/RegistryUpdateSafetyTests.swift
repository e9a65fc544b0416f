import Foundation
import Glibc
import Testing

/// `portlore registry update` against hostile files and servers (issue 10, "A registry update
/// cannot be poisoned"). Every server is a python3 process on 127.0.0.1 that the test starts.
@Suite(.serialized)
struct RegistryUpdateSafetyTests {
    /// A private data home holding `name` with `bytes`.
    static func home(_ label: String, file name: String? = nil, bytes: Data = Data()) throws -> (home: URL, file: URL?) {
        let home = try Portlore.temporaryDirectory(label)
        guard let name else { return (home, nil) }
        let file = home.appendingPathComponent(name)
        try bytes.write(to: file)
        return (home, file)
    }

    static func installed(_ home: URL) -> Bool {
        FileManager.default.fileExists(atPath: home.appendingPathComponent("portlore/registry.plrg").path)
    }

    static func registryDate(_ home: URL) throws -> String? {
        try Portlore.run(["registry", "info", "--json"], dataHome: home).json?["registry_date"] as? String
    }

    /// registry-latest.xml with its `<updated>` date replaced.
    static func xml(updated date: String) throws -> Data {
        let xml = try String(contentsOf: Portlore.dataDirectory.appendingPathComponent("registry-latest.xml"), encoding: .utf8)
        return Data(xml.replacingOccurrences(of: "<updated>2026-08-17</updated>", with: "<updated>\(date)</updated>").utf8)
    }

    static let deepNesting = Data(("<registry>" + String(repeating: "<a>", count: 40_000)).utf8)

    /// `/tmp/portlore-download-*` now.
    static func downloadFiles() -> Set<String> {
        Set(((try? FileManager.default.contentsOfDirectory(atPath: "/tmp")) ?? []).filter { $0.hasPrefix("portlore-download-") })
    }

    // MARK: Deep nesting

    @Test func deepNestingIsBadInputFromAFileAndFromAURL() throws {
        let (home, file) = try Self.home("deep", file: "deep.xml", bytes: Self.deepNesting)
        defer { try? FileManager.default.removeItem(at: home) }
        let fromFile = try Portlore.run(["registry", "update", "--from", file!.path], dataHome: home)
        #expect(fromFile.status == 2, "was a crash: \(fromFile.status) \(fromFile.stderr)")
        #expect(fromFile.stderr.contains("nested 65 elements deep"))
        #expect(fromFile.stderr.split(separator: "\n").count == 1)

        let server = try HostileHTTPServer(serving: home)
        defer { server.stop() }
        let fromURL = try Portlore.run(["registry", "update", "--url", server.url("/file/deep.xml")], dataHome: home)
        #expect(fromURL.status == 2, "\(fromURL.stderr)")
        #expect(fromURL.stderr.contains("nested 65 elements deep"))
        #expect(!Self.installed(home))
    }

    // MARK: Dates

    @Test(arguments: ["2026-13-45", "9999-99-99", "2099-01-01"])
    func poisonedDatesAreRefusedAndLaterUpdatesStillWork(date: String) throws {
        let (home, file) = try Self.home("date", file: "poisoned.xml", bytes: try Self.xml(updated: date))
        defer { try? FileManager.default.removeItem(at: home) }
        let poisoned = try Portlore.run(["registry", "update", "--from", file!.path], dataHome: home)
        #expect(poisoned.status == 2, "\(date) installed: \(poisoned.stdout)")
        #expect(poisoned.stderr.contains(date))
        #expect(poisoned.stderr.split(separator: "\n").count == 1)
        #expect(!Self.installed(home))

        let genuine = home.appendingPathComponent("genuine.xml")
        try RegistryCommandTests.newerRegistry().write(to: genuine)
        let update = try Portlore.run(["registry", "update", "--from", genuine.path], dataHome: home)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(try Self.registryDate(home) == "2026-09-01")
    }

    @Test func aCSVRecordDatedInTheFarFutureIsRefused() throws {
        var lines = ["Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes"]
        for index in 0..<10_000 { lines.append("svc\(index),\(index),tcp,Service \(index),,,2020-01-01,,,,,") }
        lines.append("evil,1302,tcp,Evil,,,2020-01-01,9999-12-31,,,,")
        let (home, file) = try Self.home("csv", file: "evil.csv", bytes: Data(lines.joined(separator: "\n").utf8))
        defer { try? FileManager.default.removeItem(at: home) }
        let run = try Portlore.run(["registry", "update", "--from", file!.path], dataHome: home)
        #expect(run.status == 2, "\(run.stdout)")
        #expect(run.stderr.contains("9999-12-31") && run.stderr.contains("after tomorrow"))
        #expect(!Self.installed(home))
    }

    @Test func resetIsTheWayBackToTheEmbeddedRegistry() throws {
        let home = try Portlore.temporaryDirectory("reset")
        defer { try? FileManager.default.removeItem(at: home) }
        let none = try Portlore.run(["registry", "update", "--reset"], dataHome: home)
        #expect(none.status == 0)
        #expect(none.stdout.contains("No registry was installed"))

        // A registry dated today by the clock installs; the genuine 2026-09-01 one is then "not newer".
        let today = String(ISO8601DateFormatter().string(from: Date()).prefix(10))
        let late = home.appendingPathComponent("today.xml")
        try Self.xml(updated: today).write(to: late)
        #expect(try Portlore.run(["registry", "update", "--from", late.path], dataHome: home).status == 0)
        let genuine = home.appendingPathComponent("genuine.xml")
        try RegistryCommandTests.newerRegistry().write(to: genuine)
        let refused = try Portlore.run(["registry", "update", "--from", genuine.path], dataHome: home)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("not newer"))

        let reset = try Portlore.run(["registry", "update", "--reset", "--json"], dataHome: home)
        #expect(reset.status == 0, "\(reset.stderr)")
        #expect(reset.json?["removed_registry_date"] as? String == today)
        #expect(reset.json?["registry_date"] as? String == "2026-08-17")
        #expect(!Self.installed(home))
        #expect(try Self.registryDate(home) == "2026-08-17")
        #expect(try Portlore.run(["registry", "update", "--from", genuine.path], dataHome: home).status == 0)
        #expect(try Self.registryDate(home) == "2026-09-01")

        let both = try Portlore.run(["registry", "update", "--reset", "--from", genuine.path], dataHome: home)
        #expect(both.status == 2)
        #expect(Self.installed(home), "a refused --reset removes nothing")
    }

    // MARK: Size and file kind

    @Test(arguments: ["/dev/zero", "fifo", "directory"])
    func nonRegularFilesAreRefused(kind: String) throws {
        let home = try Portlore.temporaryDirectory("kind")
        defer { try? FileManager.default.removeItem(at: home) }
        var path = kind
        if kind == "fifo" {
            path = home.appendingPathComponent("fifo").path
            #expect(mkfifo(path, 0o600) == 0)
        } else if kind == "directory" {
            path = home.path
        }
        let run = try Portlore.run(["registry", "update", "--from", path], dataHome: home)
        #expect(run.status == 2, "\(kind): \(run.stderr)")
        #expect(run.stderr.contains("not a regular file"))
        #expect(!Self.installed(home))
    }

    @Test func aFileLargerThanTheCapIsRefusedUnread() throws {
        let (home, file) = try Self.home("large", file: "large.xml")
        defer { try? FileManager.default.removeItem(at: home) }
        // Sparse: 65 MiB that take no disk.
        #expect(truncate(file!.path, 65 << 20) == 0)
        let run = try Portlore.run(["registry", "update", "--from", file!.path], dataHome: home)
        #expect(run.status == 2)
        #expect(run.stderr.contains("far larger"))
    }

    // MARK: Downloads

    @Test func anEndlessDownloadIsCutOffAtTheCap() throws {
        let home = try Portlore.temporaryDirectory("endless")
        defer { try? FileManager.default.removeItem(at: home) }
        let server = try HostileHTTPServer(serving: home)
        defer { server.stop() }
        let before = Self.downloadFiles()
        let run = try Portlore.run(["registry", "update", "--url", server.url("/endless")], dataHome: home)
        #expect(run.status == 4, "\(run.stderr)")
        #expect(run.stderr.contains("more than 67108864 bytes"))
        #expect(Self.downloadFiles().subtracting(before).isEmpty, "no download file in /tmp")
        #expect(!Self.installed(home))
    }

    @Test func redirectsStayOnTheSameHost() throws {
        let (home, _) = try Self.home("redirect", file: "registry.xml", bytes: try RegistryCommandTests.newerRegistry())
        defer { try? FileManager.default.removeItem(at: home) }
        let server = try HostileHTTPServer(serving: home)
        defer { server.stop() }
        // Another host: nothing is fetched from it (localhost is refused before any connection).
        let elsewhere = "http://localhost:\(server.port)/file/registry.xml"
        let away = try Portlore.run(["registry", "update", "--url", server.url("/redirect/" + elsewhere)], dataHome: home)
        #expect(away.status == 4, "\(away.stderr)")
        #expect(away.stderr.contains("another host (localhost)"))
        #expect(!Self.installed(home))

        let loop = try Portlore.run(["registry", "update", "--url", server.url("/loop")], dataHome: home)
        #expect(loop.status == 4)
        #expect(loop.stderr.contains("redirects more than 5 times"))

        let same = try Portlore.run(["registry", "update", "--url", server.url("/redirect/%2Ffile%2Fregistry.xml")], dataHome: home)
        #expect(same.status == 0, "\(same.stderr)")
        #expect(try Self.registryDate(home) == "2026-09-01")
    }

    @Test func curlDiesWithPortloreAndLeavesNothingBehind() throws {
        let home = try Portlore.temporaryDirectory("killed")
        defer { try? FileManager.default.removeItem(at: home) }
        let server = try HostileHTTPServer(serving: home)
        defer { server.stop() }
        let before = Self.downloadFiles()

        let portlore = Process()
        portlore.executableURL = Portlore.executable
        portlore.arguments = ["registry", "update", "--url", server.url("/trickle")]
        portlore.environment = ["XDG_DATA_HOME": home.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        portlore.standardOutput = FileHandle.nullDevice
        portlore.standardError = FileHandle.nullDevice
        try portlore.run()
        #expect(server.nextLine() == "connected")
        let curl = try #require(Self.child(of: portlore.processIdentifier, named: "curl"), "curl is running under portlore")
        kill(portlore.processIdentifier, SIGKILL)
        portlore.waitUntilExit()
        // The kernel kills curl with portlore (setpriv --pdeathsig), or its next write (the
        // server trickles every 50 ms) hits the closed pipe; allow it 20 s.
        #expect(Self.waitUntilGone(curl, seconds: 20), "curl \(curl) outlived portlore")
        #expect(Self.downloadFiles().subtracting(before).isEmpty)
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent("portlore").path)) ?? []
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func leftoversOfAKilledRunAreRemovedByTheNextOne() throws {
        let home = try Portlore.temporaryDirectory("leftovers")
        defer { try? FileManager.default.removeItem(at: home) }
        let store = home.appendingPathComponent("portlore")
        try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
        // A PID that is gone: a child that has exited and been reaped.
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let partial = store.appendingPathComponent("registry.plrg.partial-\(gone.processIdentifier)")
        try Data("half".utf8).write(to: partial)
        let download = URL(fileURLWithPath: "/tmp/portlore-download-test\(getpid())")
        try Data("half".utf8).write(to: download)
        defer { try? FileManager.default.removeItem(at: download) }
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: download.path)

        let run = try Portlore.run(["registry", "update", "--from", "/nonexistent/registry.xml"], dataHome: home)
        #expect(run.status == 4)
        #expect(!FileManager.default.fileExists(atPath: partial.path))
        #expect(!FileManager.default.fileExists(atPath: download.path))
    }

    @Test func aStalledTransferFailsWithinHalfAMinute() throws {
        let home = try Portlore.temporaryDirectory("stall")
        defer { try? FileManager.default.removeItem(at: home) }
        let server = try HostileHTTPServer(serving: home)
        defer { server.stop() }
        let run = try Portlore.run(["registry", "update", "--url", server.url("/stall")], dataHome: home)
        #expect(run.status == 4)
        #expect(run.stderr.contains("stalled"))
    }

    // MARK: Processes

    static func child(of parent: Int32, named name: String) -> Int32? {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = Int32(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")"), let open = stat.firstIndex(of: "(") else { continue }
            let comm = stat[stat.index(after: open)..<close]
            let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
            if comm == name, fields.count > 1, Int32(fields[1]) == parent { return pid }
        }
        return nil
    }

    /// Waits (polling /proc) until `pid` has exited; a zombie counts as exited.
    static func waitUntilGone(_ pid: Int32, seconds: Double) -> Bool {
        let deadline = Date(timeIntervalSinceNow: seconds)
        while Date() < deadline {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return true }
            if stat[stat.index(close, offsetBy: 2)] == "Z" { return true }
            usleep(20_000)
        }
        return false
    }
}
