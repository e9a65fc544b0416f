import Foundation
import Glibc
import Testing

/// `portlore registry info|update`: installing a newer IANA registry safely.
@Suite(.serialized)
struct RegistryCommandTests {
    /// registry-latest.xml dated 2026-09-01, with 1303's description changed.
    static func newerRegistry() throws -> Data {
        var xml = try String(contentsOf: Portlore.dataDirectory.appendingPathComponent("registry-latest.xml"), encoding: .utf8)
        xml = xml.replacingOccurrences(of: "<updated>2026-08-17</updated>", with: "<updated>2026-09-01</updated>")
        let renamed = xml.replacingOccurrences(
            of: "<description>sftsrv</description>\n    <number>1303</number>",
            with: "<description>Secure File Transfer Server</description>\n    <number>1303</number>"
        )
        #expect(renamed != xml, "1303/tcp's record was found and changed")
        xml = renamed
        return Data(xml.utf8)
    }

    @Test func infoSaysTheEmbeddedRegistryIsInUse() throws {
        let run = try Portlore.run(["registry", "info", "--json"])
        #expect(run.status == 0)
        let json = try #require(run.json)
        #expect(json["registry_date"] as? String == "2026-08-17")
        #expect(json["installed"] as? Bool == false)
        #expect((json["current_records"] as? Int ?? 0) > 14_000)
    }

    @Test func updateFromFileInstallsAndExtendsTheHistory() throws {
        let home = try Portlore.temporaryDirectory("xdg")
        defer { try? FileManager.default.removeItem(at: home) }
        let file = home.appendingPathComponent("newer.xml")
        try Self.newerRegistry().write(to: file)

        let update = try Portlore.run(["registry", "update", "--from", file.path], dataHome: home)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("portlore/registry.plrg").path))

        let info = try #require(try Portlore.run(["registry", "info", "--json"], dataHome: home).json)
        #expect(info["registry_date"] as? String == "2026-09-01")
        #expect(info["installed"] as? Bool == true)

        let show = try Portlore.run(["1303/tcp", "--history", "--json", "--no-host"], dataHome: home)
        let story = try #require(((show.json?["ports"] as? [[String: Any]])?.first?["protocols"] as? [[String: Any]])?.first)
        let record = try #require((story["records"] as? [[String: Any]])?.first)
        #expect(record["description"] as? String == "Secure File Transfer Server")
        #expect(record["first_seen"] as? String == "2026-09-01")
        let history = try #require(story["history"] as? [[String: Any]])
        let old = history.last { $0["description"] as? String == "sftsrv" }  // the newest of its versions since 2004
        #expect(old?["last_seen"] as? String == "2026-08-17")
        // The history the binary carries is still there.
        let deassigned = try Portlore.run(["1302", "--no-host"], dataHome: home)
        #expect(deassigned.stdout.contains("ci3-software-2"))

        // The same file again is not newer: refused, and the installed registry stays.
        let again = try Portlore.run(["registry", "update", "--from", file.path], dataHome: home)
        #expect(again.status == 2)
        #expect(again.stderr.contains("not newer"))
        #expect(try Portlore.run(["registry", "info", "--json"], dataHome: home).json?["registry_date"] as? String == "2026-09-01")
    }

    @Test(arguments: ["truncated", "garbage", "empty", "older"])
    func badFilesAreRefusedAndNothingChanges(kind: String) throws {
        let home = try Portlore.temporaryDirectory("xdg-bad")
        defer { try? FileManager.default.removeItem(at: home) }
        let good = home.appendingPathComponent("newer.xml")
        let newer = try Self.newerRegistry()
        try newer.write(to: good)
        #expect(try Portlore.run(["registry", "update", "--from", good.path], dataHome: home).status == 0)
        let installed = home.appendingPathComponent("portlore/registry.plrg")
        let before = try Data(contentsOf: installed)

        let bad = home.appendingPathComponent("bad.xml")
        switch kind {
        case "truncated": try newer.prefix(newer.count / 2).write(to: bad)
        case "garbage": try Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: bad)
        case "empty": try Data().write(to: bad)
        default: try Data(contentsOf: Portlore.dataDirectory.appendingPathComponent("registry-latest.xml")).write(to: bad)
        }
        let run = try Portlore.run(["registry", "update", "--from", bad.path], dataHome: home)
        #expect(run.status == 2, "\(kind): \(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(try Data(contentsOf: installed) == before, "the installed registry is untouched")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent("portlore").path)
        #expect(leftovers == ["registry.plrg"], "no partial files: \(leftovers)")
    }

    @Test func anInstalledFileChangedAfterwardsIsNotTrusted() throws {
        let home = try Portlore.temporaryDirectory("xdg-tamper")
        defer { try? FileManager.default.removeItem(at: home) }
        let file = home.appendingPathComponent("newer.xml")
        try Self.newerRegistry().write(to: file)
        #expect(try Portlore.run(["registry", "update", "--from", file.path], dataHome: home).status == 0)

        // Flip one byte of the compiled registry, after the header line.
        let installed = home.appendingPathComponent("portlore/registry.plrg")
        var bytes = try Data(contentsOf: installed)
        let position = bytes.count - 1000
        bytes[position] = bytes[position] == UInt8(ascii: "a") ? UInt8(ascii: "b") : UInt8(ascii: "a")
        try bytes.write(to: installed)

        let info = try #require(try Portlore.run(["registry", "info", "--json"], dataHome: home).json)
        #expect(info["installed"] as? Bool == false)
        #expect(info["registry_date"] as? String == "2026-08-17", "falls back to the embedded registry")
        #expect((info["problem"] as? String)?.contains("changed after it was installed") == true)
        let show = try Portlore.run(["1302", "--no-host"], dataHome: home)
        #expect(show.status == 0)
        #expect(show.stdout.contains("ci3-software-2"))
        #expect(show.stderr.contains("warning"))
        let text = try Portlore.run(["registry", "info"], dataHome: home)
        #expect(text.stderr.contains("portlore: warning: "), "warnings go to standard error")
        #expect(!text.stdout.contains("warning"))
        #expect(text.stdout.contains("copies since 1992-07"), "the history starts with RFC 1340, not 2017")
    }

    @Test func missingFileIsAnEnvironmentError() throws {
        let run = try Portlore.run(["registry", "update", "--from", "/nonexistent/registry.xml"])
        #expect(run.status == 4)
        #expect(run.stderr.contains("/nonexistent/registry.xml"))
    }

    @Test func updateFromURLOnLoopback() throws {
        let home = try Portlore.temporaryDirectory("xdg-url")
        defer { try? FileManager.default.removeItem(at: home) }
        let served = home.appendingPathComponent("www")
        try FileManager.default.createDirectory(at: served, withIntermediateDirectories: true)
        try Self.newerRegistry().write(to: served.appendingPathComponent("service-names-port-numbers.xml"))

        let server = try LoopbackHTTPServer(serving: served)
        defer { server.stop() }
        let url = "http://127.0.0.1:\(server.port)/service-names-port-numbers.xml"
        let run = try Portlore.run(["registry", "update", "--url", url], dataHome: home)
        #expect(run.status == 0, "\(run.stderr)")
        let info = try #require(try Portlore.run(["registry", "info", "--json"], dataHome: home).json)
        #expect(info["registry_date"] as? String == "2026-09-01")
        #expect((info["source"] as? String)?.contains(url) == true)

        let missing = try Portlore.run(["registry", "update", "--url", "http://127.0.0.1:\(server.port)/nothing.xml"], dataHome: home)
        #expect(missing.status == 4)
        #expect(missing.stderr.contains("nothing.xml"))
    }
}

/// python3's http.server on 127.0.0.1, on a port the kernel picks; it says which when ready.
final class LoopbackHTTPServer {
    let process = Process()
    let port: Int

    init(serving directory: URL) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-u", "-c", """
            import http.server, functools, sys
            handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
            server = http.server.HTTPServer(("127.0.0.1", 0), handler)
            print(server.server_address[1], flush=True)
            server.serve_forever()
            """, directory.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.port = try ReadyLine.port(from: output, of: process, what: "the HTTP server")
    }

    func stop() {
        // SIGKILL: the test runner's threads may block SIGTERM, and a child inherits the mask.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
