import Foundation
import Glibc
import Testing

/// `portlore kill`, against real child processes on loopback.
struct KillCommandTests {
    static let isRoot = geteuid() == 0

    @Test func stopsARealChildWithSIGTERM() throws {
        let child = try TerminableChild()
        defer { child.cleanUp() }
        let run = try Portlore.run(["kill", "\(child.port)/tcp", "--yes", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let target = try #require((run.json?["targets"] as? [[String: Any]])?.first)
        #expect(target["result"] as? String == "stopped")
        #expect(target["signals_sent"] as? [String] == ["SIGTERM"])
        #expect((target["process"] as? [String: Any])?["pid"] as? Int == Int(child.pid))
        child.process.waitUntilExit()
        #expect(child.process.terminationReason == .uncaughtSignal)
        #expect(child.process.terminationStatus == SIGTERM)
    }

    @Test func textShowsTheHolderAndWhatHappened() throws {
        let child = try TerminableChild()
        defer { child.cleanUp() }
        let run = try Portlore.run(["kill", "\(child.port)", "--yes"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\(child.port) is held by"))
        #expect(run.stdout.contains("pid \(child.pid)"))
        #expect(run.stdout.contains("python3"))
        #expect(run.stdout.contains("Stopped pid \(child.pid) (python3) with SIGTERM."))
    }

    @Test func withoutATerminalNothingIsKilledUnlessYes() throws {
        let child = try TerminableChild()
        defer { child.cleanUp() }
        let run = try Portlore.run(["kill", "\(child.port)"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--yes"))
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(child.process.isRunning)
    }

    @Test func dryRunSendsNothing() throws {
        let child = try TerminableChild()
        defer { child.cleanUp() }
        let run = try Portlore.run(["kill", "\(child.port)/tcp", "--dry-run", "--force", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.json?["dry_run"] as? Bool == true)
        let target = try #require((run.json?["targets"] as? [[String: Any]])?.first)
        #expect(target["result"] as? String == "would-signal")
        #expect(target["signals_sent"] as? [String] == ["SIGTERM", "SIGKILL"])
        #expect(child.process.isRunning)
    }

    @Test func aSurvivorNeedsForce() throws {
        let child = try TerminableChild(ignoresTerm: true)
        defer { child.cleanUp() }
        let stubborn = try Portlore.run(["kill", "\(child.port)/tcp", "--yes", "--timeout", "0.5", "--json"])
        #expect(stubborn.status == 5, "\(stubborn.stderr)")
        #expect(stubborn.stderr.contains("--force"))
        #expect((stubborn.json?["targets"] as? [[String: Any]])?.first?["result"] as? String == "survived")
        #expect(child.process.isRunning)

        let forced = try Portlore.run(["kill", "\(child.port)/tcp", "--yes", "--timeout", "0.5", "--force", "--json"])
        #expect(forced.status == 0, "\(forced.stderr)")
        let target = try #require((forced.json?["targets"] as? [[String: Any]])?.first)
        #expect(target["result"] as? String == "stopped")
        #expect(target["signals_sent"] as? [String] == ["SIGTERM", "SIGKILL"])
        child.process.waitUntilExit()
        #expect(child.process.terminationStatus == SIGKILL)
    }

    @Test func otherSignalsByNameOrNumber() throws {
        let child = try TerminableChild()
        defer { child.cleanUp() }
        let run = try Portlore.run(["kill", "\(child.port)", "--yes", "--signal", "2", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.json?["signal"] as? String == "SIGINT")
        child.process.waitUntilExit()
        #expect(!child.process.isRunning)
    }

    @Test func whenNothingListensItSaysSoAndExitsOne() throws {
        // A port that was just free: bind it, note it, close it.
        let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                _ = bind(probe, $0, length)
                _ = getsockname(probe, $0, &length)
            }
        }
        close(probe)
        let port = Int(UInt16(bigEndian: address.sin_port))
        let run = try Portlore.run(["kill", "\(port)/tcp", "--yes"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("Nothing listens on \(port)/tcp"), "\(run.stderr)")
    }

    @Test(arguments: [["70000"], ["80/sctp"], ["8000-8010"], ["80", "--signal", "NOPE"], ["80", "--timeout", "-1"]])
    func badUsageExitsTwo(arguments: [String]) throws {
        let run = try Portlore.run(["kill"] + arguments + ["--yes"])
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
    }

    /// The listener is portlore's own parent: refused, said so, and it keeps running.
    @Test func refusesItsParent() throws {
        let script = """
            import json, socket, subprocess, sys
            s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen()
            run = subprocess.run([sys.argv[1], "kill", str(s.getsockname()[1]), "--yes", "--json"], capture_output=True, text=True)
            print(json.dumps({"status": run.returncode, "stdout": run.stdout, "stderr": run.stderr}), flush=True)
            """
        let outcome = try Self.python(["-c", script, Portlore.executable.path])
        #expect(outcome["status"] as? Int == 2, "\(outcome)")
        #expect((outcome["stderr"] as? String)?.contains("parent") == true, "\(outcome)")
        let document = try JSONSerialization.jsonObject(with: Data((outcome["stdout"] as? String ?? "").utf8)) as? [String: Any]
        let target = try #require((document?["targets"] as? [[String: Any]])?.first)
        #expect(target["refusal"] as? String == "parent")
        #expect(target["result"] as? String == "refused")
    }

    /// PID 1 of a fresh PID namespace (unshare) holds the port: portlore, inside the namespace,
    /// refuses it. The machine's own PID 1 is never involved.
    @Test(.enabled(if: isRoot && FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare"),
                   "needs root and unshare(1) to start a process as PID 1 of a new PID namespace"))
    func refusesPIDOne() throws {
        let script = """
            import json, os, socket, subprocess, sys
            assert os.getpid() == 1
            s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen()
            run = subprocess.run([sys.argv[1], "kill", str(s.getsockname()[1]), "--yes", "--json"], capture_output=True, text=True)
            print(json.dumps({"status": run.returncode, "stdout": run.stdout, "stderr": run.stderr}), flush=True)
            """
        let outcome = try Self.python(["-c", script, Portlore.executable.path], prefix: ["/usr/bin/unshare", "--pid", "--fork", "--mount-proc"])
        #expect(outcome["status"] as? Int == 2, "\(outcome)")
        #expect((outcome["stderr"] as? String)?.contains("Refusing to signal PID 1") == true, "\(outcome)")
        let document = try JSONSerialization.jsonObject(with: Data((outcome["stdout"] as? String ?? "").utf8)) as? [String: Any]
        let target = try #require((document?["targets"] as? [[String: Any]])?.first)
        #expect(target["refusal"] as? String == "init")
        #expect((target["process"] as? [String: Any])?["pid"] as? Int == 1)
    }

    /// Runs python3 with `arguments` (after `prefix`), returns the JSON object it prints.
    static func python(_ arguments: [String], prefix: [String] = []) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: prefix.first ?? "/usr/bin/env")
        process.arguments = Array(prefix.dropFirst()) + (prefix.isEmpty ? ["python3"] : [try Self.python3Path()]) + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = Portlore.emptyDataHome.path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }

    static func python3Path() throws -> String {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(directory)/python3"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return "/usr/bin/python3"
    }
}

/// A python3 listener on 127.0.0.1 that dies on SIGTERM (or ignores it, on request).
///
/// The test runner's threads block SIGTERM and a child inherits the mask, so the script unblocks
/// it first thing. `cleanUp` sends SIGKILL to whatever is left.
final class TerminableChild {
    let process = Process()
    let port: Int
    var pid: Int32 { process.processIdentifier }

    /// - Parameters:
    ///   - port: the port to bind on 127.0.0.1 (0: the kernel's choice).
    ///   - namespace: a network namespace (`ip netns` name) to run in, through `ip netns exec`.
    init(ignoresTerm: Bool = false, port requested: Int = 0, namespace: String? = nil) throws {
        let script = """
            import signal, socket, sys
            signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM, signal.SIGINT])
            signal.signal(signal.SIGTERM, signal.SIG_IGN if sys.argv[1] == "ignore" else signal.SIG_DFL)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            s = socket.socket(); s.bind(("127.0.0.1", int(sys.argv[2]))); s.listen()
            print(s.getsockname()[1], flush=True)
            sys.stdin.read()
            """
        let python = ["python3", "-c", script, ignoresTerm ? "ignore" : "default", String(requested)]
        if let namespace {
            process.executableURL = URL(fileURLWithPath: NetworkNamespaceFixture.ipTool)
            process.arguments = ["netns", "exec", namespace, "/usr/bin/env"] + python
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = python
        }
        port = try ReadyLine.start(process, what: "the child listener")
    }

    func cleanUp() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}
