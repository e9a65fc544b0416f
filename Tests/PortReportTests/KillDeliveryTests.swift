import Foundation
import Glibc
import HostInventory
import PortReport
import Testing

/// `KillDelivery` against real processes: a target is signalled through a pidfd only while its
/// PID still names the process the scan saw.
struct KillDeliveryTests {
    /// A `sleep` child (SIGKILL always works, whatever the test runner's signal mask).
    final class Sleeper {
        let process = Process()
        init() throws {
            process.executableURL = URL(fileURLWithPath: "/bin/sleep")
            process.arguments = ["300"]
            try process.run()
        }
        var pid: Int32 { process.processIdentifier }
        func cleanUp() {
            if process.isRunning { kill(pid, SIGKILL) }
            process.waitUntilExit()
        }
    }

    static func target(pid: Int32, startTicks: UInt64?) -> KillTarget {
        var details = Fixture.process("sleep", pid: pid)
        details.startTicks = startTicks
        return KillTarget(process: details, sockets: [], refusal: nil)
    }

    /// The plan recorded a start time the process does not have: the PID names some other
    /// process now. Nothing is signalled, and the outcome says why.
    @Test func aStartTimeThatDiffersIsNotSignalled() throws {
        let child = try Sleeper()
        defer { child.cleanUp() }
        let mark = try #require(ProcessPresence.mark(of: child.pid))
        let target = Self.target(pid: child.pid, startTicks: mark.startTicks + 1)

        let handles = KillDelivery.handles(for: [target])
        guard case .failure(.replaced(let found))? = handles[child.pid] else {
            Issue.record("expected a start-time mismatch, got \(String(describing: handles[child.pid]))")
            return
        }
        #expect(found == mark.startTicks)

        let outcomes = KillDelivery(timeout: 1, force: true).deliver(.kill, to: [target], handles: handles)
        #expect(outcomes.map(\.result) == [.pidReused])
        #expect(outcomes.first?.signalsSent == [])
        #expect(child.process.isRunning, "the process now holding the PID must not be signalled")
        let text = TextRenderer(style: .plain, registryDate: "2026-01-01", registrySource: "test").render(killOutcomes: outcomes)
        #expect(text.contains("Not signalled") && text.contains("start time changed"), "\(text)")
    }

    /// The start time matches: the signal goes through the pidfd and the wait on it sees the exit.
    @Test func aMatchingStartTimeIsSignalledAndWaitedFor() throws {
        let child = try Sleeper()
        defer { child.cleanUp() }
        let mark = try #require(ProcessPresence.mark(of: child.pid))
        let target = Self.target(pid: child.pid, startTicks: mark.startTicks)
        let handles = KillDelivery.handles(for: [target])
        let outcomes = KillDelivery(timeout: 30, force: false).deliver(.kill, to: [target], handles: handles)
        #expect(outcomes.map(\.result) == [.stopped])
        #expect(outcomes.first?.signalsSent == [.kill])
        child.process.waitUntilExit()
        #expect(child.process.terminationReason == .uncaughtSignal)
        #expect(child.process.terminationStatus == SIGKILL)
    }

    /// A process that exited (and was reaped) before the handle was opened is already gone.
    @Test func aProcessThatLeftIsAlreadyGone() throws {
        let child = try Sleeper()
        let mark = try #require(ProcessPresence.mark(of: child.pid))
        child.cleanUp()
        let target = Self.target(pid: child.pid, startTicks: mark.startTicks)
        let outcomes = KillDelivery(timeout: 1, force: false).deliver(.terminate, to: [target], handles: KillDelivery.handles(for: [target]))
        #expect(outcomes.map(\.result) == [.alreadyGone])
    }

    @Test func theAncestorChainIsRefused() {
        let sockets = [
            Fixture.listener(port: 80, owner: .processes([Fixture.process("bash", pid: 300), Fixture.process("timeout", pid: 400)])),
            Fixture.listener(port: 80, ip: "::", owner: .processes([Fixture.process("nginx", pid: 900)])),
        ]
        let plan = KillPlan(sockets: sockets, ownPID: 500, ancestors: [400, 300, 1])
        #expect(plan.targets.map(\.refusal) == [.ancestor, .parent, nil])
        #expect(plan.signallable.map(\.process.pid) == [900])
        #expect(KillRefusal.ancestor.sentence(pid: 300, name: "bash").contains("ancestor"))
    }

    /// Our own chain, read from /proc: it starts at our parent and ends at PID 1 (or the top of
    /// our PID namespace).
    @Test func ourAncestryStartsAtOurParent() {
        let chain = ProcessAncestry.ofCurrentProcess()
        #expect(chain.first == getppid())
        #expect(!chain.contains(getpid()))
    }
}
