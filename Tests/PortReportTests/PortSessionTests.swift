import HostInventory
import PortRegistry
import PortReport
import Synchronization
import Testing

/// A host written as a literal that the test changes between polls, and that records what it
/// was asked for. Sockets come back without owners when the caller asked for none, as
/// `LinuxHostInventory` returns them (`.hidden`).
final class ScriptedHost: HostInventory {
    private let state: Mutex<(listeners: [Listener], isRoot: Bool, asked: [InventoryOptions])>

    init(_ listeners: [Listener], isRoot: Bool = true) {
        state = Mutex((listeners, isRoot, []))
    }

    func set(_ listeners: [Listener]) {
        state.withLock { $0.listeners = listeners }
    }

    var asked: [InventoryOptions] { state.withLock { $0.asked } }

    func snapshot(_ options: InventoryOptions) throws(InventoryError) -> HostSnapshot {
        state.withLock { state in
            state.asked.append(options)
            let listeners = state.listeners.filter { listener in
                options.transports.contains(listener.transport) && options.families.contains(listener.family)
                    && (options.port?.contains(listener.local.port) ?? true)
            }.map { listener in
                var copy = listener
                if !options.resolveOwners { copy.owner = .hidden }
                return copy
            }
            return HostSnapshot(listeners: listeners, isRoot: state.isRoot, scannedNamespaces: [Fixture.hostNamespace])
        }
    }
}

/// The session every command and route asks, driven by a literal host: no process, no /proc.
struct PortSessionTests {
    static let legacy = Fixture.process("legacy-exporter", pid: 4242, executable: "/opt/legacy/exporter")
    static var legacyWithSecret: ProcessDetails {
        var process = legacy
        process.commandLine = ["/opt/legacy/exporter", "--password=hunter2"]
        return process
    }

    static func session(_ host: ScriptedHost, allowlist: Allowlist = Allowlist()) -> PortSession {
        PortSession(registry: .embedded, rules: RuleBook(allowlist: allowlist), inventory: host)
    }

    @Test func answersAPortWithItsListenersAndFindings() throws {
        let host = ScriptedHost([
            Fixture.listener(port: 1302, owner: .processes([Self.legacy])),
            Fixture.listener(port: 8080, owner: .processes([Fixture.process("web", pid: 77)])),
        ])
        let session = Self.session(host)
        let query = try PortQuery(parsing: "1302")
        let snapshot = try session.scan(for: query)
        // The scan asks only for the port the question is about.
        #expect(host.asked.map(\.port) == [1302...1302])
        guard case .port(let portrait) = try session.answer(query, on: snapshot) else {
            Issue.record("1302 is a port")
            return
        }
        #expect(portrait.listeners?.map(\.local.port) == [1302])
        #expect(portrait.findings.contains { $0.rule == "port-deassigned" })
        #expect(portrait.stories.first?.status == .deassigned)

        // Unjudged (the server's redacted view) and without the host (--no-host).
        guard case .port(let unjudged) = try session.answer(query, on: snapshot, judged: false),
              case .port(let registryOnly) = try session.answer(query, on: nil) else {
            Issue.record("1302 is a port")
            return
        }
        #expect(unjudged.findings.isEmpty && unjudged.listeners?.count == 1)
        #expect(registryOnly.listeners == nil && registryOnly.findings.isEmpty)
    }

    @Test func unknownServiceIsAnError() {
        let session = Self.session(ScriptedHost([]))
        #expect(throws: ReportError.self) { try session.answer(.serviceName("no-such-service-xyz"), on: nil) }
    }

    @Test func listsInDisplayOrderWithFindingsAndRedactsWhatLeaves() throws {
        let owner = SocketOwnership.processes([Self.legacyWithSecret])
        // Deliberately out of order: UDP before TCP, a high port first, IPv6 before IPv4.
        let host = ScriptedHost([
            Fixture.listener(port: 9000, owner: owner),
            Fixture.listener(port: 1302, transport: .udp, owner: owner),
            Fixture.listener(port: 1302, ip: "::1", owner: owner),
            Fixture.listener(port: 1302, owner: owner),
            Fixture.listener(port: 53, transport: .udp, owner: .none),
        ])
        let session = Self.session(host)
        var filter = ListenerFilter()
        filter.ports = PortRange(Port(rawValue: 1000), Port(rawValue: 10000))!
        let options = PortSession.inventoryOptions(for: filter, includeConnected: false, allNamespaces: false)
        #expect(options.port == 1000...10000)
        let listing = try session.listing(filter, options: options)
        let entries = listing.judge.entries()
        #expect(entries.map { "\($0.listener.local.port)/\($0.listener.transport.rawValue) \($0.listener.local.ip)" } == [
            "1302/tcp 127.0.0.1", "1302/tcp ::1", "1302/udp 127.0.0.1", "9000/tcp 127.0.0.1",
        ])
        #expect(entries[0].registry.status == .deassigned)
        #expect(entries[0].findings.contains { $0.rule == "port-deassigned" })

        let (scan, redacted) = listing.redacted()
        let snapshot = scan.snapshot
        let commandLines = (snapshot.listeners + redacted.map(\.listener)).flatMap { listener -> [String] in
            guard case .processes(let processes) = listener.owner else { return [] }
            return processes.flatMap(\.commandLine)
        }
        #expect(!commandLines.isEmpty)
        #expect(!commandLines.contains { $0.contains("hunter2") })
        // Judged on the real command line, before redaction: the findings survive it.
        #expect(redacted[0].findings == entries[0].findings)
    }

    @Test func freePortsSkipPortsInUse() throws {
        let host = ScriptedHost([Fixture.listener(port: 13000, owner: .none)])
        let session = Self.session(host)
        let range = PortRange(Port(rawValue: 13000), Port(rawValue: 13009))!
        let report = try session.freePorts(in: range, count: 10, transports: [.tcp], ephemeral: nil, reserved: [13005...13005])
        let ports = report.result.suggestions.map(\.port.rawValue)
        #expect(!ports.isEmpty)
        #expect(!ports.contains(13000) && !ports.contains(13005))
        #expect(report.result.inUse == 1 && report.result.reserved == 1)
        // Every socket in any state of our own namespace counts as using a port.
        #expect(host.asked.first?.includeConnected == true && host.asked.first?.allNamespaces == false)
    }

    @Test func killPlanKeepsToTheNamespaceAndRefusesAncestors() throws {
        let other = NetworkNamespace(inode: 4026532000, name: "lab", isHost: false)
        let parent = Fixture.process("shell", pid: 100)
        let host = ScriptedHost([
            Fixture.listener(port: 8080, owner: .processes([Fixture.process("web", pid: 200)])),
            Fixture.listener(port: 8080, ip: "::1", owner: .processes([parent])),
            Fixture.listener(port: 8080, owner: .processes([Fixture.process("lab-web", pid: 300)]), namespace: other),
        ])
        let session = Self.session(host)
        let all = try session.killPlan(port: 8080, transport: .tcp, namespace: "all", ownPID: 1, ancestors: [100])
        #expect(all.plan.targets.map(\.process.pid) == [100, 200, 300])
        #expect(all.plan.signallable.map(\.process.pid) == [200, 300])
        let lab = try session.killPlan(port: 8080, transport: nil, namespace: "lab", ownPID: 1, ancestors: [100])
        #expect(lab.plan.targets.map(\.process.pid) == [300])
        #expect(host.asked.last?.port == 8080...8080)
    }

    @Test func watchPollsReportWhatAppearedWithOwnersAndWhatLeft() throws {
        let web = Fixture.listener(port: 8080, owner: .processes([Fixture.process("web", pid: 200)]))
        let legacy = Fixture.listener(port: 1302, owner: .processes([Self.legacy]))
        let host = ScriptedHost([web])
        let session = Self.session(host)
        var polls = try session.watch(InventoryOptions(), minimumSeverity: nil, at: 1_000)
        #expect(polls.baseline.listeners.count == 1)
        // Polls ask for no owners; owners are resolved only for what appeared.
        #expect(host.asked.first?.resolveOwners == false)

        let initial = polls.initialEvents()
        #expect(initial.map(\.change) == [.appeared])
        #expect(initial.first?.listener.owner == web.owner)
        #expect(initial.first?.time == 1_000)

        #expect(try polls.poll(at: 1_001).isEmpty)

        host.set([web, legacy])
        let appeared = try polls.poll(at: 1_002)
        #expect(appeared.map(\.change) == [.appeared])
        #expect(appeared.first?.listener.owner == legacy.owner, "the owner is resolved for a socket that appeared")
        #expect(appeared.first?.registry?.status == .deassigned)
        #expect(appeared.first?.findings.contains { $0.rule == "port-deassigned" } == true)
        #expect(appeared.first?.time == 1_002)

        host.set([legacy])
        let gone = try polls.poll(at: 1_003)
        #expect(gone.map(\.change) == [.disappeared])
        #expect(gone.first?.listener.owner == web.owner, "a socket that left still names its process")
    }

    @Test func watchAtASeverityReportsOnlyThoseSockets() throws {
        let host = ScriptedHost([])
        var polls = try Self.session(host).watch(InventoryOptions(), minimumSeverity: .warning, at: 0)
        host.set([
            Fixture.listener(port: 1302, owner: .processes([Self.legacy])),
            Fixture.listener(port: 8080, owner: .processes([Fixture.process("web", pid: 200)])),
        ])
        let events = try polls.poll(at: 1)
        #expect(events.map(\.listener.local.port) == [1302])
        #expect(events.allSatisfy { $0.findings.allSatisfy { $0.severity >= .warning } })
        host.set([])
        #expect(try polls.poll(at: 2).map(\.listener.local.port) == [1302])
    }
}
