import Foundation
import Testing
@testable import HostInventory

/// Sockets held by real child processes.
struct ChildProcessOwnerTests {
    @Test("a forked child sharing its parent's socket: both PIDs are owners",
          .enabled(if: hasPython3, "needs python3 to start a pre-fork child"))
    func sharedSocket() throws {
        let child = try ChildProcess(python3, ["-c", PythonScripts.listenAndFork])
        defer { child.finish() }
        let words = child.readLine().split(separator: " ")
        let port = try #require(words.first.flatMap { UInt16($0) })
        let grandchild = try #require(words.last.flatMap { Int32($0) })
        defer { kill(grandchild, SIGTERM) }

        let snapshot = try LinuxHostInventory().snapshot(InventoryOptions(transports: [.tcp], port: port...port))
        let listener = try #require(snapshot.listeners.first)
        #expect(snapshot.listeners.count == 1)
        #expect(listener.local.description == "127.0.0.1:\(port)")
        guard case .processes(let owners) = listener.owner else {
            Issue.record("expected two owners, got \(listener.owner)")
            return
        }
        #expect(owners.map(\.pid).sorted() == [child.pid, grandchild].sorted())
        let parent = try #require(owners.first { $0.pid == child.pid })
        let forked = try #require(owners.first { $0.pid == grandchild })
        #expect(forked.parentPID == child.pid)
        #expect(parent.parentPID == getpid())
        #expect(parent.commandLine.first?.hasSuffix("python3") == true || parent.commandLine.first?.contains("python") == true)
        #expect(parent.commandLine.dropFirst().first == "-c")
        #expect(parent.uid == geteuid())
        if isRoot { #expect(parent.user == "root") }
    }

    @Test("a process whose executable was deleted after it started",
          .enabled(if: hasPython3, "needs python3 to copy and start"))
    func deletedExecutable() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("portlore-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("python3").path
        try FileManager.default.copyItem(atPath: python3, toPath: copy)

        let child = try ChildProcess(copy, ["-c", PythonScripts.listen])
        defer { child.finish() }
        let port = try #require(UInt16(child.readLine()))
        try FileManager.default.removeItem(atPath: copy)

        let owner = try #require(try Self.onlyOwner(ofTCPPort: port))
        #expect(owner.pid == child.pid)
        #expect(owner.executableDeleted)
        #expect(owner.executable == copy)
        #expect(owner.name == "python3")
    }

    @Test("the owner's uid is its effective uid, also when it is not dumpable",
          .enabled(if: isRoot, "changes a child's uids"),
          .enabled(if: hasPython3, "needs python3"))
    func effectiveUIDOfANonDumpableProcess() throws {
        // ruid 1000, euid 65534 (nobody), suid 0; PR_SET_DUMPABLE 0 makes /proc/PID/*'s files root's.
        let script = """
            import ctypes, os, socket, sys
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(("127.0.0.1", 0))
            s.listen()
            os.setresgid(65534, 65534, 65534)
            os.setresuid(1000, 65534, 0)
            ctypes.CDLL(None).prctl(4, 0, 0, 0, 0)
            print(s.getsockname()[1], flush=True)
            sys.stdin.read()
            """
        let child = try ChildProcess(python3, ["-c", script])
        defer { child.finish() }
        let port = try #require(UInt16(child.readLine()))

        let owner = try #require(try Self.onlyOwner(ofTCPPort: port))
        #expect(owner.pid == child.pid)
        #expect(owner.uid == 65534)
        #expect(owner.user == "nobody")
    }

    /// The one process the snapshot names as holder of the TCP listener on `port`; nil
    /// (after recording why) when the socket or its owner is missing.
    static func onlyOwner(ofTCPPort port: UInt16) throws -> ProcessDetails? {
        let snapshot = try LinuxHostInventory().snapshot(InventoryOptions(transports: [.tcp], port: port...port))
        let listener = try #require(snapshot.listeners.first)
        guard case .processes(let owners) = listener.owner, let owner = owners.first else {
            Issue.record("expected the child as owner, got \(listener.owner)")
            return nil
        }
        return owner
    }
}
