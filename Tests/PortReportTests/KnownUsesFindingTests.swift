import HostInventory
import PortRegistry
import PortReport
import Testing

/// `unexpected-service` on ports known for software outside IANA's registry (Data/known-uses/).
struct KnownUsesFindingTests {
    static func unexpected(_ listener: Listener) -> [Finding] {
        Fixture.findings(listener).filter { $0.rule == "unexpected-service" }
    }

    @Test(arguments: [
        (UInt16(9090), SocketTransport.tcp, "prometheus", "/usr/bin/prometheus"),
        (9090, .tcp, "cockpit-ws", "/usr/libexec/cockpit-ws"),
        (9100, .tcp, "node_exporter", "/usr/local/bin/node_exporter"),
        (22000, .tcp, "syncthing", "/usr/bin/syncthing"),
        (22000, .udp, "syncthing", "/usr/bin/syncthing"),
        // The kernel keeps 15 bytes of a process name (the executables here say nothing).
        (10257, .tcp, "kube-controller", "/usr/local/bin/hyperkube"),
        (9113, .tcp, "nginx-prometheu", "/opt/exporter/run"),
        (15672, .tcp, "beam.smp", "/usr/lib/erlang/erts-14.2/bin/beam.smp"),
        (6443, .tcp, "k3s-server", "/usr/local/bin/k3s"),
        // Ports whose known software runs in a generic runtime are not judged.
        (9200, .tcp, "java", "/usr/share/elasticsearch/jdk/bin/java"),
        (5173, .tcp, "node", "/usr/bin/node"),
        (25565, .tcp, "anything", "/opt/anything"),
        // Malware alone makes nobody expected, and raises no mismatch either.
        (31337, .udp, "anything", "/opt/anything"),
    ])
    func knownSoftwareIsNotFlagged(port: UInt16, transport: SocketTransport, name: String, executable: String) {
        let listener = Fixture.listener(port: port, transport: transport, owner: .processes([Fixture.process(name, executable: executable)]))
        let found = Self.unexpected(listener)
        #expect(found.isEmpty, "\(name) on \(port): \(found.map(\.reason))")
    }

    @Test func somethingElseOnPrometheusPortIsANotice() throws {
        let listener = Fixture.listener(port: 9090, owner: .processes([Fixture.process("nc", executable: "/usr/bin/nc.openbsd")]))
        let finding = try #require(Self.unexpected(listener).first)
        #expect(finding.severity == .notice)
        #expect(finding.pid == 4242)
        #expect(finding.reason.contains("9090/tcp"))
        #expect(finding.reason.contains("Prometheus"))
        #expect(finding.reason.contains("Cockpit web console"))
        #expect(finding.reason.contains("known uses, not IANA"))
        #expect(finding.reason.contains("nc (/usr/bin/nc.openbsd, pid 4242)"))
    }

    @Test func theProtocolMatters() {
        // Syncthing's local discovery is UDP 21027; a TCP listener there is judged by nothing.
        let tcp = Fixture.listener(port: 21027, transport: .tcp, owner: .processes([Fixture.process("nc")]))
        #expect(Self.unexpected(tcp).isEmpty)
        let udp = Fixture.listener(port: 21027, transport: .udp, owner: .processes([Fixture.process("nc")]))
        #expect(Self.unexpected(udp).count == 1)
    }

    @Test func malwareOnThePortIsNamedInTheReason() throws {
        let listener = Fixture.listener(port: 5554, owner: .processes([Fixture.process("ftpd", executable: "/tmp/ftpd")]))
        let finding = try #require(Self.unexpected(listener).first)
        #expect(finding.reason.contains("Android Emulator console"))
        #expect(finding.reason.contains("Sasser worm FTP server (malware)"))
    }

    @Test func theRuleReadsTheTableItIsGiven() throws {
        let table = try KnownUses(tsv: KnownUses.header + "\n"
            + "7777\ttcp\tExample daemon\tdefault\texampled\thttps://example.org/docs\n")
        let rule = ServiceMismatchRule(knownUses: table)
        func evaluate(_ name: String) -> [Finding] {
            var findings: [Finding] = []
            rule.evaluate(Fixture.context(Fixture.listener(port: 7777, owner: .processes([Fixture.process(name)]))), into: &findings)
            return findings
        }
        #expect(evaluate("exampled").isEmpty)
        #expect(evaluate("exampled-worker").isEmpty, "a prefix, as for the built-in list")
        let other = evaluate("intruder")
        #expect(other.count == 1)
        #expect(other.first?.reason.contains("Example daemon") == true)
        // The embedded table knows nothing of 7777 as Example daemon.
        var embedded: [Finding] = []
        ServiceMismatchRule().evaluate(Fixture.context(Fixture.listener(port: 7777, owner: .processes([Fixture.process("intruder")]))), into: &embedded)
        #expect(embedded.isEmpty)
    }

    @Test func portraitsCarryTheKnownUsesOfTheirProtocols() {
        let reporter = PortReporter(registry: .embedded, snapshot: nil)
        #expect(reporter.portrait(of: Port(rawValue: 9090), transport: nil).knownUses.map(\.software) == ["Cockpit web console", "Prometheus"])
        #expect(reporter.portrait(of: Port(rawValue: 8125), transport: .tcp).knownUses.isEmpty)
        #expect(!reporter.portrait(of: Port(rawValue: 8125), transport: .udp).knownUses.isEmpty)
    }
}
