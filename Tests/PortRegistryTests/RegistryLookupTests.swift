import PortRegistry
import Testing

/// Lookups on the registry embedded in the binary.
struct RegistryLookupTests {
    let registry = Registry.embedded

    @Test func carriesTheWholeHistory() {
        #expect(registry.registryDate == "2026-08-17")
        // 15,265 versions since 2017 (record-history.tsv) and those only the older copies hold.
        #expect(registry.versionCount == 30_432)
        #expect(registry.currentRecordCount == 14_533)
        // The rows seen since 2017 are record-history.tsv's, some first seen in an older copy.
        func sinceFirstSnapshot(_ record: RegistryRecord) -> Bool { record.lastSeen.map { $0 >= "2017-03-10" } ?? true }
        func withoutFirstSeen(_ record: RegistryRecord) -> RegistryRecord { var copy = record; copy.firstSeen = ""; return copy }
        let since2017 = registry.allVersions().filter(sinceFirstSnapshot)
        #expect(since2017.count == 15_265)
        #expect(since2017.map(withoutFirstSeen).sorted { "\($0)" < "\($1)" } == RegistryTestData.history.map(withoutFirstSeen).sorted { "\($0)" < "\($1)" })
        #expect(since2017.count { $0.firstSeen < "2017-03-10" } > 10_000)
        #expect(registry.currentRecords().count == 14_533)
    }

    /// Every record of IANA's newest file, parsed here by the XML reader, comes back from the
    /// embedded registry with every field identical: by port (ranges at both ends) or by name.
    @Test func returnsEveryRecordOfTheLatestRegistry() {
        var missing: [RegistryRecord] = []
        for record in RegistryTestData.latest.records {
            var found: [RegistryRecord]
            if let ports = record.ports {
                found = registry.currentRecords(covering: ports.lower, transport: record.transport)
                if !ports.isSinglePort {
                    found = found.filter(registry.currentRecords(covering: ports.upper, transport: record.transport).contains)
                }
            } else {
                found = registry.records(named: record.serviceName).filter(\.isCurrent)
            }
            if !found.map(RegistryTestData.version).contains(record) { missing.append(record) }
        }
        #expect(missing.isEmpty, "\(missing.count) records not found, e.g. \(missing.prefix(2))")
    }

    @Test(arguments: [TransportProtocol.tcp, .udp])
    func port1302WasCi3Software2(transport: TransportProtocol) throws {
        let history = registry.history(covering: Port(rawValue: 1302), transport: transport)
        #expect(history.count == 4)
        // The port-numbers files name a contact and no assignee; the XML names both.
        let text = try #require(history.first)
        #expect(text.serviceName == "ci3-software-2")
        #expect(text.assignee == "")
        #expect(text.contact == "Kelli Watson")
        #expect(text.firstSeen == "2004-01-08")
        #expect(text.lastSeen == "2008-02-29")
        let former = history[1]
        #expect(former.serviceName == "ci3-software-2")
        #expect(former.description == "CI3-Software-2")
        #expect(former.assignee == "Kelli Watson")
        #expect(former.contact == "Kelli Watson")
        #expect(former.firstSeen == "2013-02-18")
        #expect(former.lastSeen == "2019-10-17")
        let current = registry.currentRecords(covering: Port(rawValue: 1302), transport: transport)
        #expect(current.count == 1)
        #expect(current.first?.description == "Reserved")
        #expect(current.first?.serviceName == "")
        #expect(current.first?.note == "De-Assigned on 2019-10-30")
        #expect(current.first?.transport == transport)
    }

    @Test(arguments: [TransportProtocol.tcp, .udp])
    func port7680WentFromPandoPubToMsDo(transport: TransportProtocol) {
        let history = registry.history(covering: Port(rawValue: 7680), transport: transport)
        // Unassigned in the port-numbers files until 2006, pando-pub from the 2008 file to 2022, ms-do since.
        #expect(history.map(\.serviceName).filter { !$0.isEmpty } == ["pando-pub", "pando-pub", "ms-do"])
        #expect(history.last { $0.serviceName == "pando-pub" }?.lastSeen == "2022-04-27")
        #expect(history.first { $0.serviceName == "pando-pub" }?.firstSeen == "2008-02-29")
        #expect(registry.currentRecords(covering: Port(rawValue: 7680), transport: transport).map(\.serviceName) == ["ms-do"])
    }

    @Test func port2CompressnetWasDeassigned() throws {
        let history = registry.history(covering: Port(rawValue: 2), transport: .tcp)
        #expect(history.first?.serviceName == "compressnet")
        let current = try #require(registry.currentRecords(covering: Port(rawValue: 2), transport: .tcp).first)
        #expect(current.description == "Reserved")
        #expect(current.note.hasPrefix("De-assigned on 2025-02-13"))
        #expect(current.modificationDate == "2025-02-13")
    }

    @Test func imapOverUDPIsNowReserved() {
        let udp = registry.currentRecords(covering: Port(rawValue: 143), transport: .udp)
        #expect(udp.map(\.description) == ["Reserved"])
        #expect(registry.history(covering: Port(rawValue: 143), transport: .udp).contains { $0.serviceName == "imap" && !$0.isCurrent })
        #expect(registry.currentRecords(covering: Port(rawValue: 143), transport: .tcp).map(\.serviceName) == ["imap"])
    }

    @Test(arguments: [TransportProtocol.tcp, .udp, .sctp, nil])
    func unassignedRangeMatchesAnyTransport(transport: TransportProtocol?) throws {
        let records = registry.currentRecords(covering: Port(rawValue: 272), transport: transport)
        let record = try #require(records.first)
        #expect(records.count == 1)
        #expect(record.ports?.description == "272-279")
        #expect(record.transport == nil)
        #expect(record.description == "Unassigned")
    }

    @Test func rangeRecordCoversItsPorts() {
        for port: UInt16 in [6000, 6010, 6063] {
            let x11 = registry.currentRecords(covering: Port(rawValue: port), transport: .tcp)
            #expect(x11.map(\.serviceName) == ["x11"])
            #expect(x11.first?.ports?.description == "6000-6063")
            #expect(x11.first?.unauthorized == "Known Unauthorized Use on port 6003")
        }
        #expect(!registry.currentRecords(covering: Port(rawValue: 6064), transport: .tcp).contains { $0.serviceName == "x11" })
    }

    @Test func sortsByTransportThenPorts() {
        let records = registry.currentRecords(covering: Port(rawValue: 80), transport: nil)
        let ranks = records.map { record in record.transport.map { TransportProtocol.allCases.firstIndex(of: $0)! } ?? -1 }
        #expect(ranks == ranks.sorted())
        #expect(Set(records.map(\.serviceName)) == ["http", "www", "www-http"])
        #expect(records.first?.transport == .tcp)
    }

    @Test func findsNamesIgnoringCase() {
        let https = registry.records(named: "HTTPS")
        #expect(!https.isEmpty)
        #expect(https.allSatisfy { $0.serviceName == "https" })
        #expect(https.contains { $0.isCurrent && $0.ports?.lower.rawValue == 443 && $0.transport == .tcp })
        #expect(Set(https.compactMap(\.transport)) == [.tcp, .udp, .sctp])
    }

    @Test func findsHistoricalOnlyNames() {
        let former = registry.records(named: "ci3-software-2")
        #expect(former.count == 4)  // tcp and udp, in the port-numbers files and in the XML
        #expect(former.allSatisfy { !$0.isCurrent && $0.ports?.lower.rawValue == 1302 })
        #expect(registry.records(named: "no-such-service-x").isEmpty)
        #expect(registry.records(named: "").isEmpty)
    }

    @Test func findsBothNameOnlyRdpRecords() {
        let rdp = registry.records(named: "rdp")
        #expect(rdp.filter { $0.ports == nil && $0.isCurrent }.map(\.description).sorted() == ["Reliable Data Protocol", "Windows Remote Desktop Protocol"])
        #expect(Set(rdp.filter { $0.ports == nil }.map(\.description)) == ["Reliable Data Protocol", "Windows Remote Desktop Protocol"])
    }

    @Test(arguments: [
        ("postgress", "postgresql"),
        ("htps", "https"),
        ("sshh", "ssh"),
        ("ms-wbt-srever", "ms-wbt-server"),
        ("kerberos-adm", "kerberos-adm"),
    ])
    func suggestsCloseNames(typed: String, expected: String) {
        let names = registry.closestServiceNames(to: typed, limit: 5)
        #expect(names.contains(expected), "\(names)")
        #expect(names.count <= 5)
    }

    @Test func suggestsNothingForNonsense() {
        #expect(registry.closestServiceNames(to: "zqxjkvbw", limit: 5).isEmpty)
        #expect(registry.closestServiceNames(to: "http", limit: 0).isEmpty)
    }

    @Test func searchFindsRemoteDesktop() throws {
        let hits = registry.search("remote desktop", limit: 10)
        let rank = try #require(hits.firstIndex { $0.record.serviceName == "ms-wbt-server" })
        #expect(rank < 3)
        #expect(hits[rank].record.ports?.lower.rawValue == 3389)
        #expect(hits[rank].record.isCurrent)
        #expect(hits[rank].matchedTerms.contains("remote"))
        #expect(hits.contains { $0.record.serviceName == "rdp" })
    }

    @Test func searchDeduplicatesVersionsPreferringTheCurrentOne() {
        let hits = registry.search("imap", limit: 50)
        let identities = hits.map(\.record.identity)
        #expect(Set(identities).count == identities.count)
        let imapTCP = hits.filter { $0.record.serviceName == "imap" && $0.record.transport == .tcp }
        #expect(imapTCP.count == 1)
        #expect(imapTCP.first?.record.isCurrent == true)
        #expect(hits.first?.record.serviceName == "imap")
    }

    @Test func searchFindsFormerAssignments() {
        let hits = registry.search("pando", limit: 10)
        #expect(hits.contains { $0.record.serviceName == "pando-pub" && !$0.record.isCurrent })
    }

    @Test func searchRanksByScore() {
        let hits = registry.search("ssh", limit: 20)
        #expect(hits.first?.record.serviceName == "ssh")
        #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.score >= $1.score })
        #expect(registry.search("   ", limit: 5).isEmpty)
    }
}
