import Glibc
import PortloreSystem
import Testing

/// Starting a program, collecting its output and how it ended: real processes, no network.
struct ChildProcessTests {
    @Test(arguments: [false, true])
    func collectsOutputErrorsAndExitStatus(dieWithParent: Bool) throws {
        let outcome = try ChildProcess.run(["sh", "-c", "printf hello; printf oops >&2; exit 3"], outputLimit: 100, dieWithParent: dieWithParent)
        #expect(outcome.output == Array("hello".utf8))
        #expect(outcome.errorOutput == Array("oops".utf8))
        #expect(outcome.termination == .exited(3))
        #expect(!outcome.outputOverflowed)
    }

    /// A child that never stops writing is cut off at the limit and killed (else this test hangs).
    @Test func killsAChildThatWritesPastTheLimit() throws {
        let outcome = try ChildProcess.run(["cat", "/dev/zero"], outputLimit: 100_000, dieWithParent: false)
        #expect(outcome.outputOverflowed)
        #expect(outcome.output.isEmpty || outcome.output.count <= 100_000)
        #expect(outcome.termination == .signalled(SIGKILL))
    }

    @Test func aMissingProgramIsNamed() throws {
        #expect(throws: ChildProcess.Failure.notFound("portlore-no-such-program")) {
            try ChildProcess.run(["portlore-no-such-program"], outputLimit: 10, dieWithParent: false)
        }
        // Under setpriv, the wrapper starts and says so the way a shell does: 127.
        let setprivPaths: [String] = ["/usr/bin/setpriv", "/bin/setpriv"]
        if setprivPaths.contains(where: { path in access(path, X_OK) == 0 }) {
            let outcome = try ChildProcess.run(["portlore-no-such-program"], outputLimit: 10, dieWithParent: true)
            #expect(outcome.termination == .exited(127))
        }
    }

    /// The child starts with SIGPIPE at its default even though this process ignores it, so a
    /// child writing into a closed pipe ends instead of outliving its reader.
    @Test func theChildGetsDefaultSignalDispositions() throws {
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        let outcome = try ChildProcess.run(["sh", "-c", "grep -E '^Sig(Ign|Blk)' /proc/self/status"], outputLimit: 4096, dieWithParent: false)
        let text = String(decoding: outcome.output, as: UTF8.self)
        // SIGPIPE is signal 13: bit 12 of the masks, the 0x1000 digit.
        for line in text.split(separator: "\n") {
            let mask = UInt64(line.split(separator: "\t").last ?? "", radix: 16) ?? 0
            #expect(mask & (1 << 12) == 0, "\(line)")
        }
    }

    @Test(arguments: [(Int32(0), ChildProcess.Termination.exited(0)), (3 << 8, .exited(3)), (127 << 8, .exited(127)), (9, .signalled(9)), (15 | 0x80, .signalled(15))])
    func decodesWaitStatuses(_ status: Int32, _ termination: ChildProcess.Termination) {
        #expect(ChildProcess.termination(waitStatus: status) == termination)
    }
}
