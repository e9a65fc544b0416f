import Foundation
import Glibc
import Testing

/// `portlore kill` never reaches a process it was not asked about: one in another network
/// namespace, one of its own ancestors, or one it cannot see.
struct KillSafetyTests {
    static let isRoot = geteuid() == 0
    static let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// A python3 listener in a network namespace the test creates holds the same port number as
    /// one in ours. By default only ours is stopped; `--netns all` stops both, and the plan
    /// names each holder's namespace.
    @Test(.enabled(if: isRoot && NetworkNamespaceFixture.available, "needs root and ip(8) to create a network namespace"))
    func staysInItsOwnNetworkNamespaceUnlessTold() throws {
        let namespace = try NetworkNamespaceFixture(label: "kill")
        defer { namespace.remove() }
        let ours = try TerminableChild()
        defer { ours.cleanUp() }
        let theirs = try TerminableChild(port: ours.port, namespace: namespace.name)
        defer { theirs.cleanUp() }
        #expect(theirs.port == ours.port)

        let plain = try Portlore.run(["kill", "\(ours.port)/tcp", "--yes", "--json"])
        #expect(plain.status == 0, "\(plain.stderr)")
        let targets = try #require(plain.json?["targets"] as? [[String: Any]])
        #expect(targets.compactMap { ($0["process"] as? [String: Any])?["pid"] as? Int } == [Int(ours.pid)])
        ours.process.waitUntilExit()
        #expect(theirs.process.isRunning, "the holder in the other namespace must be left alone")

        let again = try TerminableChild(port: ours.port)
        defer { again.cleanUp() }
        let plan = try Portlore.run(["kill", "\(ours.port)/tcp", "--netns", "all", "--dry-run"])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("pid \(again.pid)") && plan.stdout.contains("pid \(theirs.pid)"), "\(plan.stdout)")
        #expect(plan.stdout.contains("Netns") && plan.stdout.contains(namespace.name), "the plan names the namespace: \(plan.stdout)")

        let named = try Portlore.run(["kill", "\(ours.port)/tcp", "--netns", namespace.name, "--dry-run", "--json"])
        #expect(named.status == 0, "\(named.stderr)")
        let namedTargets = try #require(named.json?["targets"] as? [[String: Any]])
        #expect(namedTargets.compactMap { ($0["process"] as? [String: Any])?["pid"] as? Int } == [Int(theirs.pid)])

        let all = try Portlore.run(["kill", "\(ours.port)/tcp", "--netns", "all", "--yes", "--json"])
        #expect(all.status == 0, "\(all.stderr)")
        let stopped = try #require(all.json?["targets"] as? [[String: Any]])
        #expect(Set(stopped.compactMap { ($0["process"] as? [String: Any])?["pid"] as? Int }) == [Int(again.pid), Int(theirs.pid)])
        #expect(stopped.allSatisfy { $0["result"] as? String == "stopped" }, "\(stopped)")
        theirs.process.waitUntilExit()
        again.process.waitUntilExit()
    }

    @Test func anUnknownNamespaceNameIsBadInput() throws {
        let run = try Portlore.run(["kill", "8080", "--netns", "portlore-no-such-namespace-\(getpid())", "--yes"])
        #expect(run.status == (Self.isRoot ? 2 : 4), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)
        let slash = try Portlore.run(["kill", "8080", "--netns", "../etc", "--yes"])
        #expect(slash.status == 2, "\(slash.stderr)")
    }

    /// The holder runs `timeout 20 portlore kill PORT --yes`: portlore's parent is `timeout`,
    /// the holder its grandparent. It is refused as an ancestor and keeps running.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/timeout"), "needs timeout(1)"))
    func refusesItsGrandparent() throws {
        let script = """
            import json, signal, socket, subprocess, sys
            signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM])
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen()
            run = subprocess.run(["/usr/bin/timeout", "20", sys.argv[1], "kill", str(s.getsockname()[1]), "--yes", "--json"], capture_output=True, text=True)
            print(json.dumps({"status": run.returncode, "stdout": run.stdout, "stderr": run.stderr}), flush=True)
            """
        let outcome = try KillCommandTests.python(["-c", script, Portlore.executable.path])
        #expect(outcome["status"] as? Int == 2, "the holder must survive to report: \(outcome)")
        #expect((outcome["stderr"] as? String)?.contains("ancestor") == true, "\(outcome)")
        let document = try JSONSerialization.jsonObject(with: Data((outcome["stdout"] as? String ?? "").utf8)) as? [String: Any]
        let target = try #require((document?["targets"] as? [[String: Any]])?.first)
        #expect(target["refusal"] as? String == "ancestor")
        #expect(target["result"] as? String == "refused")
    }

    /// As root but without CAP_SYS_PTRACE (setpriv drops it from the bounding set), portlore
    /// cannot read the holder's /proc/PID/fd: the holder is hidden, which is exit 4 and
    /// "owner hidden", never "No process holds" (exit 1). Nothing is signalled.
    @Test(.enabled(if: isRoot && setpriv != nil, "needs root and setpriv(1) to run portlore without CAP_SYS_PTRACE"))
    func aHiddenHolderIsAnEnvironmentProblem() throws {
        let child = try TerminableChild()
        defer { child.cleanUp() }
        let run = try Portlore.run(
            ["--bounding-set", "-sys_ptrace", "--", Portlore.executable.path, "kill", "\(child.port)/tcp", "--yes"],
            executable: URL(fileURLWithPath: Self.setpriv!))
        #expect(run.status == 4, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stderr.contains("owner hidden"), "\(run.stderr)")
        #expect(!run.stderr.contains("No process holds"))
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(child.process.isRunning)
    }
}

/// A network namespace made with `ip netns add` for one test, with its loopback up; `remove`
/// deletes it.
struct NetworkNamespaceFixture {
    static let ipTool = ["/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/sbin/ip"
    static var available: Bool { FileManager.default.isExecutableFile(atPath: ipTool) }

    let name: String

    init(label: String) throws {
        name = "portlore-\(label)-\(getpid())-\(UInt16.random(in: 0...UInt16.max))"
        try Self.ip(["netns", "add", name])
        try Self.ip(["-n", name, "link", "set", "lo", "up"])
    }

    func remove() {
        try? Self.ip(["netns", "delete", name])
    }

    static func ip(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ipTool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "ip \(arguments.joined(separator: " ")) failed"])
        }
    }
}
