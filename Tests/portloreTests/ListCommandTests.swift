import Foundation
import Glibc
import Testing

/// `portlore ls` and its findings, against real listeners on loopback.
@Suite(.serialized)
struct ListCommandTests {
    static func listeners(_ run: PortloreRun) throws -> [[String: Any]] {
        let json = try #require(run.json, "no JSON: \(run.stderr)")
        #expect(json["schema"] as? String == "portlore/1")
        #expect(json["kind"] as? String == "listing")
        return try #require(json["listeners"] as? [[String: Any]])
    }

    @Test func listsOurListenerWithItsProcessAndRegistryStatus() throws {
        let child = try ListeningChild()
        defer { child.stop() }
        let run = try Portlore.run(["ls", "--json", "--port", String(child.port)])
        #expect(run.status == 0)
        let found = try #require(try Self.listeners(run).first)
        #expect(found["port"] as? Int == child.port)
        #expect(found["address"] as? String == "127.0.0.1")
        #expect(found["scope"] as? String == "loopback")
        let process = try #require((found["processes"] as? [[String: Any]])?.first)
        #expect(process["pid"] as? Int32 == child.pid || process["pid"] as? Int == Int(child.pid))
        #expect(process["uid"] as? Int == Int(getuid()))
        #expect((found["iana"] as? [String: Any])?["status"] != nil)
    }

    @Test func filtersByProtocolFamilyAndPid() throws {
        let tcp = try ListeningChild(address: "::1")
        defer { tcp.stop() }
        let udp = try ListeningChild(udp: true)
        defer { udp.stop() }
        let onlyUDP = try Self.listeners(try Portlore.run(["ls", "--json", "--udp", "--pid", String(udp.pid)]))
        #expect(onlyUDP.count == 1)
        #expect(onlyUDP.first?["protocol"] as? String == "udp")
        #expect(onlyUDP.first?["state"] as? String == "unconnected")
        let v6 = try Self.listeners(try Portlore.run(["ls", "--json", "-6", "--pid", String(tcp.pid)]))
        #expect(v6.count == 1)
        #expect(v6.first?["address"] as? String == "::1")
        let v4 = try Self.listeners(try Portlore.run(["ls", "--json", "-4", "--pid", String(tcp.pid)]))
        #expect(v4.isEmpty)
        let text = try Portlore.run(["ls", "--pid", String(udp.pid)])
        #expect(text.stdout.contains("udp"))
        #expect(text.stdout.contains("\(udp.pid)/python3"))
    }

    @Test func ndjsonPrintsOneObjectPerLine() throws {
        let child = try ListeningChild()
        defer { child.stop() }
        let run = try Portlore.run(["ls", "--ndjson", "--pid", String(child.pid)])
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(object?["schema"] as? String == "portlore/1")
        #expect(object?["port"] as? Int == child.port)
    }

    @Test func aListenerOnADeassignedPortIsFlaggedWithTheFormerService() throws {
        let child = try ListeningChild(port: 1301)
        defer { child.stop() }
        let run = try Portlore.run(["ls", "--json", "--port", "1301"])
        let entry = try #require(try Self.listeners(run).first { ($0["processes"] as? [[String: Any]])?.first?["pid"] as? Int == Int(child.pid) })
        #expect((entry["iana"] as? [String: Any])?["status"] as? String == "deassigned")
        #expect((entry["iana"] as? [String: Any])?["former_name"] as? String == "ci3-software-1")
        let findings = try #require(entry["findings"] as? [[String: Any]])
        let deassigned = try #require(findings.first { $0["rule"] as? String == "port-deassigned" })
        #expect((deassigned["reason"] as? String)?.contains("ci3-software-1") == true)

        let check = try Portlore.run(["ls", "--check", "--min-severity", "warning", "--port", "1301"])
        #expect(check.status == 3)
        #expect(check.stdout.contains("port-deassigned"))

        let portrait = try Portlore.run(["1301/tcp"])
        #expect(portrait.stdout.contains("pid \(child.pid)"))
        #expect(portrait.stdout.contains("port-deassigned"))
    }

    @Test func anAllowlistedFindingIsSilenced() throws {
        let child = try ListeningChild(port: 1301)
        defer { child.stop() }
        let directory = try Portlore.temporaryDirectory("allow")
        defer { try? FileManager.default.removeItem(at: directory) }
        let allow = directory.appendingPathComponent("allow")
        try "rule=port-deassigned port=1301/tcp process=python3\n".write(to: allow, atomically: true, encoding: .utf8)
        let run = try Portlore.run(["ls", "--check", "--min-severity", "warning", "--port", "1301", "--allow", allow.path])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(!run.stdout.contains("port-deassigned"))

        // The XDG config path is read without --allow.
        let config = directory.appendingPathComponent("config/portlore")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: allow, to: config.appendingPathComponent("allow"))
        let xdg = try Portlore.run(
            ["ls", "--check", "--min-severity", "warning", "--port", "1301"],
            environment: ["XDG_CONFIG_HOME": directory.appendingPathComponent("config").path]
        )
        #expect(xdg.status == 0)
    }

    @Test func aMalformedAllowlistNamesTheLine() throws {
        let directory = try Portlore.temporaryDirectory("allow-bad")
        defer { try? FileManager.default.removeItem(at: directory) }
        let allow = directory.appendingPathComponent("allow")
        try "# fine\nrule=port-deassigned\nport=99999\n".write(to: allow, atomically: true, encoding: .utf8)
        let run = try Portlore.run(["ls", "--allow", allow.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(allow.path), line 3"))
        #expect(run.stderr.split(separator: "\n").count == 1)
        let missing = try Portlore.run(["ls", "--allow", "/nonexistent/allow"])
        #expect(missing.status == 4)
    }

    @Test func aListenerWhoseExecutableWasDeletedIsAnAlert() throws {
        let directory = try Portlore.temporaryDirectory("deleted")
        defer { try? FileManager.default.removeItem(at: directory) }
        let python = try #require(Self.pythonExecutable())
        let copy = directory.appendingPathComponent("python3-copy")
        try FileManager.default.copyItem(atPath: python, toPath: copy.path)
        let child = try ListeningChild(executable: copy.path)
        defer { child.stop() }
        try FileManager.default.removeItem(at: copy)

        let run = try Portlore.run(["ls", "--json", "--pid", String(child.pid)])
        let entry = try #require(try Self.listeners(run).first)
        let process = try #require((entry["processes"] as? [[String: Any]])?.first)
        #expect(process["executable_deleted"] as? Bool == true)
        let findings = try #require(entry["findings"] as? [[String: Any]])
        let deleted = try #require(findings.first { $0["rule"] as? String == "executable-deleted" })
        #expect(deleted["severity"] as? String == "alert")
        #expect(try Portlore.run(["ls", "--check", "--min-severity", "alert", "--pid", String(child.pid)]).status == 3)
    }

    /// The real python3 binary behind `python3` on PATH (pyenv shims are scripts).
    static func pythonExecutable() -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys; print(sys.executable)"]
        let output = Pipe()
        process.standardOutput = output
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return path.isEmpty ? nil : URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }
}
