import HostInventory
import PortRegistry
import PortReport
import Testing

/// `/metrics` and `ls --prometheus` stay within budget however many sockets a host has.
struct PrometheusRendererTests {
    /// `count` listeners on distinct ports held by 200 processes; every tenth runs from /tmp (a
    /// warning), the rest raise info at most, as the standard rules judge them.
    static func busyHost(_ count: Int, allowlist: Allowlist = Allowlist()) -> [ListingEntry] {
        let book = RuleBook(allowlist: allowlist)
        return (0..<count).map { index in
            let port = UInt16(10_000 + index % 50_000)
            let name = "worker\(index % 200)"
            let process = Fixture.process(name, pid: Int32(1000 + index % 200), executable: index % 10 == 0 ? "/tmp/\(name)" : "/usr/bin/\(name)")
            let listener = Fixture.listener(port: port, ip: index % 2 == 0 ? "127.0.0.1" : "::1", owner: .processes([process]))
            let context = Fixture.context(listener)
            return ListingEntry(listener: listener, registry: PortSummary(context.story), findings: book.findings(for: context))
        }
    }

    static func series(_ text: String) -> [Substring] {
        text.split(separator: "\n").filter { !$0.hasPrefix("#") }
    }

    static func value(of name: String, in text: String) -> Double? {
        series(text).first { $0.hasPrefix(name + " ") }.flatMap { Double($0.split(separator: " ").last!) }
    }

    let renderer = PrometheusRenderer(version: "0.1.0", registryDate: "2026-11-30")
    let scan = PrometheusRenderer.Scan(isRoot: true, seconds: 0.5, finishedAt: 1_800_000_000)

    @Test func twentyThousandListenersStayWithinBudget() throws {
        let listing = Self.busyHost(20_000)
        let text = renderer.render(listing: listing, scan: scan)
        let series = Self.series(text)
        #expect(series.count <= 1_000, "\(series.count) series")
        #expect(text.utf8.count <= 256 * 1024, "\(text.utf8.count) bytes")
        #expect(Self.value(of: "portlore_listeners", in: text) == 20_000)
        // The capped families say what they left out.
        let flagged = listing.filter { ($0.findings.first?.severity ?? .info) >= .notice }.count
        #expect(flagged >= 2_000, "every tenth runs from /tmp")
        let omitted = try #require(series.first { $0.hasPrefix(#"portlore_omitted_series{metric="portlore_listener"}"#) })
        let shown = series.filter { $0.hasPrefix("portlore_listener{") }.count
        #expect(Double(omitted.split(separator: " ").last!) == Double(flagged - shown))
        #expect(shown > 0)
        // Aggregates cover everyone.
        let byProcess = series.filter { $0.hasPrefix("portlore_listeners_by_process{") }
        #expect(byProcess.count == 100)
        #expect(series.contains(#"portlore_omitted_series{metric="portlore_listeners_by_process"} 100"#))
        #expect(series.contains(#"portlore_build_info{version="0.1.0"} 1"#))
    }

    @Test func onlyNoticeOrWorseFindingsGetTheirOwnSeries() {
        let quiet = Fixture.listener(port: 8080, owner: .processes([Fixture.process("agent", uid: 0, user: "root")]))
        let loud = Fixture.listener(port: 1302, owner: .processes([Fixture.process("legacy")]))
        let book = RuleBook()
        let listing = [quiet, loud].map { listener in
            let context = Fixture.context(listener)
            return ListingEntry(listener: listener, registry: PortSummary(context.story), findings: book.findings(for: context))
        }
        #expect(listing[0].findings.contains { $0.rule == "root-on-high-port" && $0.severity == .info })
        let text = renderer.render(listing: listing, scan: scan)
        #expect(!text.contains(#"portlore_listener{port="8080""#))
        #expect(!text.contains(#"portlore_finding{rule="root-on-high-port""#))
        #expect(text.contains(#"portlore_findings{rule="root-on-high-port",severity="info"} 1"#), "still counted")
        #expect(text.contains(#"portlore_listener{port="1302",protocol="tcp",address="127.0.0.1",process="legacy",user="dev",iana_status="deassigned",severity="warning"} 1"#))
        #expect(text.contains(#"portlore_finding{rule="port-deassigned",severity="warning",port="1302""#))
    }

    @Test func allowlistedFindingsLeaveNoSeries() throws {
        let allowlist = try Allowlist(parsing: "rule=port-deassigned port=1302/tcp process=legacy\n", path: "allow")
        let loud = Fixture.listener(port: 1302, owner: .processes([Fixture.process("legacy")]))
        let context = Fixture.context(loud)
        let entry = ListingEntry(listener: loud, registry: PortSummary(context.story), findings: RuleBook(allowlist: allowlist).findings(for: context))
        let text = renderer.render(listing: [entry], scan: scan)
        #expect(!text.contains("portlore_finding{rule=\"port-deassigned\""))
        #expect(!text.contains("portlore_listener{"))
        // The socket itself is still counted: de-assigned ports stay visible in the aggregate.
        #expect(text.contains(#"portlore_listeners_by_iana_status{iana_status="deassigned"} 1"#))
    }

    @Test func aCapKeepsTheMostSevere() {
        let small = PrometheusRenderer(version: "x", registryDate: "2026-11-30", budget: .init(flaggedListeners: 1, findings: 1, processes: 1))
        let book = RuleBook()
        let listeners = [
            Fixture.listener(port: 1023, owner: .processes([Fixture.process("a", uid: 0, user: "root")])),  // reserved: notice
            Fixture.listener(port: 4444, owner: .processes([Fixture.process("b", executable: "/memfd:x")])),  // alert
        ]
        let listing = listeners.map { listener in
            let context = Fixture.context(listener)
            return ListingEntry(listener: listener, registry: PortSummary(context.story), findings: book.findings(for: context))
        }
        let series = Self.series(small.render(listing: listing, scan: scan))
        let shown = series.filter { $0.hasPrefix("portlore_listener{") }
        #expect(shown.count == 1)
        #expect(shown.first?.hasPrefix(#"portlore_listener{port="4444""#) == true)
        #expect(shown.first?.contains(#"severity="alert""#) == true)
        #expect(series.contains(#"portlore_omitted_series{metric="portlore_listener"} 1"#))
    }
}
