import Foundation
import Glibc
import Testing

/// `portlore 9090` tells what software is known to use the port, and the findings use it.
struct KnownUsesCommandTests {
    static let prometheusSource = "https://prometheus.io/docs/prometheus/latest/getting_started/"

    static func ports(_ run: PortloreRun) throws -> [[String: Any]] {
        let json = try #require(run.json, "not JSON: \(run.stdout.prefix(200))")
        return try #require(json["ports"] as? [[String: Any]])
    }

    @Test func jsonCarriesKnownUses() throws {
        let run = try Portlore.run(["9090", "--json", "--no-host"])
        #expect(run.status == 0)
        let port = try #require(try Self.ports(run).first)
        let uses = try #require(port["known_uses"] as? [[String: Any]])
        let prometheus = try #require(uses.first { $0["software"] as? String == "Prometheus" })
        #expect(prometheus["kind"] as? String == "default")
        #expect(prometheus["source"] as? String == Self.prometheusSource)
        #expect(prometheus["protocols"] as? [String] == ["tcp"])
        #expect(uses.contains { $0["software"] as? String == "Cockpit web console" })
        // IANA's record is still there, unchanged.
        let stories = try #require(port["protocols"] as? [[String: Any]])
        let tcp = try #require(stories.first { $0["protocol"] as? String == "tcp" })
        let records = try #require(tcp["records"] as? [[String: Any]])
        #expect(records.first?["service_name"] as? String == "websm")
    }

    @Test func aPortKnownForNothingHasAnEmptyList() throws {
        let run = try Portlore.run(["13020/tcp", "--json", "--no-host"])
        #expect(run.status == 0)
        let uses = try #require(try Self.ports(run).first?["known_uses"] as? [Any])
        #expect(uses.isEmpty)
    }

    @Test func udpQuestionLeavesOutTCPOnlySoftware() throws {
        let run = try Portlore.run(["9090/udp", "--json", "--no-host"])
        let uses = try #require(try Self.ports(run).first?["known_uses"] as? [Any])
        #expect(uses.isEmpty, "Prometheus and Cockpit use 9090/tcp only")
    }

    @Test func textPortraitListsThemWithTheirSources() throws {
        let run = try Portlore.run(["9090", "--no-host"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("websm"))
        #expect(run.stdout.contains("Known uses"))
        #expect(run.stdout.contains("not from IANA"))
        let line = try #require(run.stdout.split(separator: "\n").first { $0.contains("Prometheus") })
        #expect(line.contains("default"))
        #expect(line.contains(Self.prometheusSource))
        let minecraft = try Portlore.run(["25565", "--no-host"])
        #expect(minecraft.stdout.contains("Minecraft Java Edition server"))
        let quiet = try Portlore.run(["1302", "--no-host"])
        #expect(!quiet.stdout.contains("Known uses"))
    }

    @Test func aCopiedBinaryStillKnowsThem() throws {
        let directory = try Portlore.temporaryDirectory("known-uses-copy")
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("portlore")
        try FileManager.default.copyItem(at: Portlore.executable, to: copy)
        let run = try Portlore.run(["6443", "--no-host"], executable: copy, currentDirectory: directory)
        #expect(run.status == 0)
        #expect(run.stdout.contains("Kubernetes API server"))
    }

    // MARK: Real listeners

    static let isRoot = geteuid() == 0
    static let ipTool: String? = {
        let candidates: [String] = ["/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip"]
        return candidates.first { access($0, X_OK) == 0 }
    }()
    static let python3: String? = {
        let candidates: [String] = ["/usr/bin/python3", "/usr/local/bin/python3"]
        return candidates.first { access($0, X_OK) == 0 }
    }()

    /// A python script saved under `name`: run directly, the kernel names the process after the
    /// script (its comm), as it would a daemon of that name. It binds, prints its port, waits.
    static func script(named name: String, in directory: URL, python: String) throws -> URL {
        let url = directory.appendingPathComponent(name)
        let text = """
            #!\(python) -u
            import socket, sys
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((sys.argv[1], int(sys.argv[2])))
            s.listen()
            print(s.getsockname()[1], flush=True)
            sys.stdin.read()

            """
        try Data(text.utf8).write(to: url)
        guard chmod(url.path, 0o755) == 0 else { throw CocoaError(.fileWriteNoPermission) }
        return url
    }

    /// Runs `executable` inside the network namespace `namespace` and waits for its ready line.
    static func start(_ executable: URL, in namespace: String, ip: String, port: Int) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ip)
        process.arguments = ["netns", "exec", namespace, executable.path, "127.0.0.1", String(port)]
        _ = try ReadyLine.start(process, what: "\(executable.lastPathComponent) on 127.0.0.1:\(port)")
        return process
    }

    static func stop(_ process: Process) {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// The findings `portlore 9090/tcp --json` gives about `pid`, and whether it saw `pid` at all.
    static func findings(about pid: Int32, namespace: String) throws -> (seen: Bool, rules: [String], reasons: [String]) {
        let run = try Portlore.run(["9090/tcp", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let port = try #require(try ports(run).first)
        let listeners = try #require(port["listeners"] as? [[String: Any]])
        let seen = listeners.contains { listener in
            listener["netns_name"] as? String == namespace
                && ((listener["processes"] as? [[String: Any]]) ?? []).contains { ($0["pid"] as? Int).map(Int32.init) == pid }
        }
        let findings = ((port["findings"] as? [[String: Any]]) ?? []).filter { ($0["pid"] as? Int).map(Int32.init) == pid }
        return (seen, findings.compactMap { $0["rule"] as? String }, findings.compactMap { $0["reason"] as? String })
    }

    /// A real process named prometheus listening on 9090 raises no `unexpected-service`; a
    /// process of another name on the same port does. Each runs in a network namespace this
    /// test creates, so nothing on the host's 9090 is touched.
    @Test(.enabled(if: isRoot, "ip netns add and reading other namespaces need root"),
          .enabled(if: ipTool != nil && python3 != nil, "needs ip (iproute2) and python3"))
    func prometheusOn9090IsExpectedAndAStrangerIsNot() throws {
        let ip = try #require(Self.ipTool), python = try #require(Self.python3)
        let namespace = "portlore-ku-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let add = Process()
        add.executableURL = URL(fileURLWithPath: ip)
        add.arguments = ["netns", "add", namespace]
        try add.run()
        add.waitUntilExit()
        try #require(add.terminationStatus == 0)
        defer {
            let delete = Process()
            delete.executableURL = URL(fileURLWithPath: ip)
            delete.arguments = ["netns", "del", namespace]
            try? delete.run()
            delete.waitUntilExit()
        }
        let up = Process()
        up.executableURL = URL(fileURLWithPath: ip)
        up.arguments = ["-n", namespace, "link", "set", "lo", "up"]
        try up.run()
        up.waitUntilExit()
        try #require(up.terminationStatus == 0)

        let directory = try Portlore.temporaryDirectory("known-uses-children")
        defer { try? FileManager.default.removeItem(at: directory) }

        let prometheus = try Self.start(try Self.script(named: "prometheus", in: directory, python: python), in: namespace, ip: ip, port: 9090)
        let expected = try Self.findings(about: prometheus.processIdentifier, namespace: namespace)
        Self.stop(prometheus)
        #expect(expected.seen, "portlore should see the prometheus child in \(namespace)")
        #expect(!expected.rules.contains("unexpected-service"), "\(expected.reasons)")

        let stranger = try Self.start(try Self.script(named: "mystery-daemon", in: directory, python: python), in: namespace, ip: ip, port: 9090)
        defer { Self.stop(stranger) }
        let flagged = try Self.findings(about: stranger.processIdentifier, namespace: namespace)
        #expect(flagged.seen)
        #expect(flagged.rules.contains("unexpected-service"), "\(flagged.rules)")
        #expect(flagged.reasons.contains { $0.contains("Prometheus") && $0.contains("mystery-daemon") }, "\(flagged.reasons)")
    }
}
