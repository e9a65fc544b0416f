import HostInventory
import PortReport
import Testing

/// Which processes `portlore kill` would signal and which it refuses, from literal sockets.
struct KillPlanTests {
    @Test func refusesInitItselfAndItsParent() {
        let sockets = [
            Fixture.listener(port: 80, owner: .processes([Fixture.process("init", pid: 1)])),
            Fixture.listener(port: 80, ip: "::", owner: .processes([Fixture.process("portlore", pid: 500)])),
            Fixture.listener(port: 80, ip: "0.0.0.0", owner: .processes([Fixture.process("bash", pid: 400), Fixture.process("nginx", pid: 900)])),
        ]
        let plan = KillPlan(sockets: sockets, ownPID: 500, parentPID: 400)
        #expect(plan.targets.map(\.process.pid) == [1, 400, 500, 900])
        #expect(plan.targets.map(\.refusal) == [.initProcess, .parent, .itself, nil])
        #expect(plan.signallable.map(\.process.pid) == [900])
        #expect(KillRefusal.initProcess.sentence(pid: 1, name: "init").hasPrefix("Refusing to signal PID 1"))
    }

    @Test func groupsSocketsByProcessAndKeepsOwnerlessApart() {
        let nginx = Fixture.process("nginx", pid: 900)
        let sockets = [
            Fixture.listener(port: 80, owner: .processes([nginx, Fixture.process("nginx", pid: 901)])),
            Fixture.listener(port: 80, ip: "::1", owner: .processes([nginx])),
            Fixture.listener(port: 80, transport: .udp, owner: .hidden),
        ]
        let plan = KillPlan(sockets: sockets, ownPID: 2, parentPID: 3)
        #expect(plan.targets.map(\.process.pid) == [900, 901])
        #expect(plan.targets[0].sockets.count == 2)
        #expect(plan.ownerless.count == 1)
        #expect(!plan.isEmpty)
        #expect(KillPlan(sockets: [], ownPID: 2, parentPID: 3).isEmpty)
    }

    @Test(arguments: [("TERM", "SIGTERM"), ("sigkill", "SIGKILL"), ("9", "SIGKILL"), ("HUP", "SIGHUP"), ("40", "signal 40")])
    func signalsParse(text: String, name: String) {
        #expect(KillSignal(parsing: text)?.name == name)
    }

    @Test(arguments: ["", "0", "65", "TERMINATE", "-9"])
    func badSignalsDoNotParse(text: String) {
        #expect(KillSignal(parsing: text) == nil)
    }
}
