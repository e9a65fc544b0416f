import HostInventory
import PortRegistry
import PortReport
import Testing

/// The watch state machine and its schedule, fed literal snapshots and times.
struct WatchTests {
    static let otherNamespace = NetworkNamespace(inode: 4026532999, name: "blue", isHost: false)

    static func socket(
        _ port: UInt16, inode: UInt64, transport: SocketTransport = .tcp, ip: String = "127.0.0.1",
        namespace: NetworkNamespace = Fixture.hostNamespace, owner: SocketOwnership = .hidden
    ) -> Listener {
        var listener = Fixture.listener(port: port, transport: transport, ip: ip, owner: owner, namespace: namespace)
        listener.inode = inode
        return listener
    }

    @Test func firstPollIsTheBaselineAndYieldsNothing() {
        var watch = ListenerWatch()
        #expect(watch.observe([Self.socket(22, inode: 1), Self.socket(53, inode: 2, transport: .udp)], at: 0).isEmpty)
        #expect(watch.hasBaseline)
        #expect(watch.known.count == 2)
        #expect(watch.observe([Self.socket(22, inode: 1), Self.socket(53, inode: 2, transport: .udp)], at: 1).isEmpty)
    }

    @Test func appearedAndDisappearedBetweenPolls() {
        var watch = ListenerWatch()
        _ = watch.observe([Self.socket(22, inode: 1)], at: 0)
        let appeared = watch.observe([Self.socket(22, inode: 1), Self.socket(8080, inode: 9)], at: 1)
        #expect(appeared.map(\.change) == [.appeared])
        #expect(appeared.first?.listener.local.port == 8080)
        #expect(appeared.first?.time == 1)
        let disappeared = watch.observe([Self.socket(8080, inode: 9)], at: 2)
        #expect(disappeared.map(\.change) == [.disappeared])
        #expect(disappeared.first?.listener.local.port == 22)
    }

    @Test func aListenerSeenInOnePollYieldsBothEvents() {
        var watch = ListenerWatch()
        _ = watch.observe([], at: 0)
        #expect(watch.observe([Self.socket(9000, inode: 5)], at: 1).map(\.change) == [.appeared])
        #expect(watch.observe([], at: 2).map(\.change) == [.disappeared])
    }

    @Test func aRestartOnTheSamePortIsANewSocket() {
        var watch = ListenerWatch()
        _ = watch.observe([Self.socket(8080, inode: 9)], at: 0)
        let events = watch.observe([Self.socket(8080, inode: 10)], at: 1)
        #expect(events.map(\.change) == [.disappeared, .appeared], "the old socket goes before the new one comes")
        #expect(events.map(\.listener.inode) == [9, 10])
    }

    @Test func theKeyHoldsNamespaceFamilyAddressAndTransport() {
        let sockets = [
            Self.socket(8080, inode: 1),
            Self.socket(8080, inode: 1, namespace: Self.otherNamespace),
            Self.socket(8080, inode: 1, ip: "::1"),
            Self.socket(8080, inode: 1, ip: "0.0.0.0"),
            Self.socket(8080, inode: 1, transport: .udp),
        ]
        #expect(Set(sockets.map(WatchKey.init)).count == sockets.count)
        var watch = ListenerWatch()
        _ = watch.observe([sockets[0]], at: 0)
        #expect(watch.observe(sockets, at: 1).count == sockets.count - 1)
    }

    @Test func aDisappearedSocketKeepsTheOwnerFoundWhenItAppeared() {
        let process = Fixture.process("redis-server", pid: 777)
        var watch = ListenerWatch()
        _ = watch.observe([], at: 0)
        let hidden = Self.socket(6379, inode: 3)
        _ = watch.observe([hidden], at: 1)
        watch.record(owners: [Self.socket(6379, inode: 3, owner: .processes([process]))])
        // Later polls do not resolve owners; the recorded one stays.
        #expect(watch.observe([hidden], at: 2).isEmpty)
        let gone = watch.observe([], at: 3)
        #expect(gone.first?.listener.owner == .processes([process]))
    }

    @Test func pollsKeepToTheGridOfIntervals() {
        var schedule = WatchSchedule(start: 100, interval: 1)
        #expect(schedule.nextPoll(after: 100.01) == 101)
        #expect(schedule.nextPoll(after: 101.3) == 102, "a slow poll does not push the next one back")
        #expect(schedule.nextPoll(after: 104.5) == 104.5, "an overrun slot is polled at once")
        #expect(schedule.nextPoll(after: 104.6) == 105, "and then the grid resumes")
    }

    /// Polls of varying length (up to 90% of the interval): every listener living two intervals,
    /// wherever it starts, spans the start of some poll.
    @Test(arguments: [0.2, 1.0])
    func noListenerLivingTwoIntervalsIsMissed(interval: Double) {
        var schedule = WatchSchedule(start: 0, interval: interval)
        var polls: [Double] = [0]
        var now = 0.0
        var step = 0
        while now < 100 * interval {
            let duration = interval * 0.9 * Double((step * 7919) % 10) / 10
            step += 1
            now = schedule.nextPoll(after: now + duration)
            polls.append(now)
        }
        for birth in stride(from: 0.0, to: 95 * interval, by: interval / 7) {
            let death = birth + 2 * interval
            #expect(polls.contains { $0 >= birth && $0 < death }, "missed a listener living \(birth)-\(death)")
        }
        var watch = ListenerWatch()
        _ = watch.observe([], at: 0)
        let events = watch.observe([Self.socket(7000, inode: 70)], at: interval) + watch.observe([], at: 2 * interval)
        #expect(events.map(\.change) == [.appeared, .disappeared])
    }

    @Test func theAnnotatorAddsIANAStatusAndFindingsToAppearedSockets() {
        var annotator = WatchAnnotator(registry: .embedded, rules: RuleBook(), isRoot: true)
        let listener = Self.socket(1302, inode: 4, ip: "0.0.0.0", owner: .processes([Fixture.process("exporter")]))
        let appeared = annotator.annotate(WatchEvent(change: .appeared, listener: listener, time: 0))
        #expect(appeared.registry?.status == .deassigned)
        #expect(appeared.findings.contains { $0.rule == "port-deassigned" }, "\(appeared.findings.map(\.rule))")
        let gone = annotator.annotate(WatchEvent(change: .disappeared, listener: listener, time: 1))
        #expect(gone.registry?.status == .deassigned)
        #expect(gone.findings.isEmpty, "findings are told once, when the socket appears")
    }

    @Test func textAndJSONLinesCarryTheEvent() {
        let process = Fixture.process("python3", pid: 4242)
        var annotator = WatchAnnotator(registry: .embedded, rules: RuleBook(), isRoot: true)
        let event = annotator.annotate(WatchEvent(
            change: .appeared, listener: Self.socket(8080, inode: 1, owner: .processes([process])), time: 1_700_000_000.25))
        let text = TextRenderer(style: .plain, registryDate: "2026-08-17", registrySource: "test").render(watchEvent: event)
        #expect(text.contains(" + 8080/tcp"))
        #expect(text.contains("4242/python3 (dev)"))
        #expect(text.hasSuffix("\n") && text.split(separator: "\n").count == 1)
        let json = JSONRenderer(includesHistory: false, registryDate: "2026-08-17", registrySource: "test").renderLine(watchEvent: event)
        #expect(json.contains("\"kind\":\"watch-event\""))
        #expect(json.contains("\"change\":\"appeared\""))
        #expect(json.contains("\"time\":\"2023-11-14T22:13:20.250Z\""))
        #expect(json.split(separator: "\n").count == 1)
    }
}

/// `watch --min-severity`: what passes, fed literal annotated events.
struct WatchSeverityFilterTests {
    static func event(_ change: WatchEvent.Change, port: UInt16, inode: UInt64, findings: [Severity]) -> WatchEvent {
        var listener = Fixture.listener(port: port, owner: .hidden)
        listener.inode = inode
        return WatchEvent(change: change, listener: listener, time: 1, findings: findings.map {
            Finding(rule: RuleID(rawValue: "r-\($0.rawValue)"), severity: $0, reason: "because")
        })
    }

    @Test func onlySocketsWithAFindingAtTheBarAreReported() throws {
        var filter = WatchSeverityFilter(minimum: .warning)
        let quiet = filter.pass(Self.event(.appeared, port: 8080, inode: 1, findings: [.info, .notice]))
        #expect(quiet == nil)
        let passed = filter.pass(Self.event(.appeared, port: 1302, inode: 2, findings: [.warning, .info]))
        let loud = try #require(passed)
        #expect(loud.findings.map(\.severity) == [.warning], "findings below the bar are left out of the line")
        // Disappearances follow appearances: the quiet socket's is dropped, the loud one's kept.
        let quietGone = filter.pass(Self.event(.disappeared, port: 8080, inode: 1, findings: []))
        #expect(quietGone == nil)
        let loudGone = filter.pass(Self.event(.disappeared, port: 1302, inode: 2, findings: []))
        #expect(loudGone != nil)
        let again = filter.pass(Self.event(.disappeared, port: 1302, inode: 2, findings: []))
        #expect(again == nil, "once")
    }
}
