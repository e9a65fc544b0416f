import HostInventory
import PortRegistry
import PortReport
import Testing

/// Connections and TIME_WAIT leftovers (`ls --all`) are traces, not services: nothing above info.
struct NonListeningSocketTests {
    static func socket(_ state: SocketState, port: UInt16, owner: SocketOwnership) -> Listener {
        var listener = Fixture.listener(port: port, owner: owner)
        listener.state = state
        return listener
    }

    @Test(arguments: [SocketState.timeWait, .established, .closeWait, .finWait2])
    func ownerlessNonListenersAreNotJudged(state: SocketState) {
        let findings = Fixture.findings(Self.socket(state, port: 7777, owner: .none))
        #expect(!findings.contains { $0.rule == "socket-without-process" })
        #expect(findings.allSatisfy { $0.severity == .info })
    }

    @Test func aConnectionOnADeassignedPortIsInfo() throws {
        let connection = Self.socket(.established, port: 1302, owner: .processes([Fixture.process("nc", executable: "/tmp/nc")]))
        let findings = Fixture.findings(connection)
        let deassigned = try #require(findings.first { $0.rule == "port-deassigned" })
        #expect(deassigned.severity == .info)
        #expect(findings.allSatisfy { $0.severity == .info }, "\(findings.map { ($0.rule, $0.severity) })")
    }

    @Test func theSameListenerStillWarns() {
        let listening = Fixture.findings(Fixture.listener(port: 1302, owner: .processes([Fixture.process("nc")])))
        #expect(listening.contains { $0.rule == "port-deassigned" && $0.severity == .warning })
        let ownerless = Fixture.findings(Fixture.listener(port: 7777, owner: .none))
        #expect(ownerless.contains { $0.rule == "socket-without-process" && $0.severity == .warning })
    }
}
