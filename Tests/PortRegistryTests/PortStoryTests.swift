import PortRegistry
import Testing

/// What a port is and was, told from the embedded registry and its history.
struct PortStoryTests {
    let registry = Registry.embedded

    func story(_ port: UInt16, _ transport: TransportProtocol) throws -> PortStory {
        try #require(registry.stories(of: Port(rawValue: port), transport: transport).first)
    }

    @Test(arguments: [TransportProtocol.tcp, .udp])
    func port1302WasCi3Software2(transport: TransportProtocol) throws {
        let story = try story(1302, transport)
        #expect(story.status == .deassigned)
        #expect(story.deassignedOn == "2019-10-30")
        #expect(story.current.first?.description == "Reserved")
        #expect(story.deassignment?.statedIn == .ianaNote)
        #expect(story.deassignment?.lastNamedIn?.date == "2019-10-17")
        #expect(story.deassignment?.firstUnnamedIn?.date == "2019-10-30")
        let former = try #require(story.formerAssignments.first)
        #expect(former.serviceName == "ci3-software-2")
        #expect(former.description == "CI3-Software-2")
        #expect(former.assignee == "Kelli Watson")
        #expect(former.contact == "Kelli Watson")
        #expect(former.lastSeen == "2019-10-17")
        // In every copy from the port-numbers file of 2004-01-08 to 2019-10-17; not in RFC 1340.
        let tenure = try #require(story.formerNames.first)
        #expect(tenure.firstSeen == RegistryCopy(date: "2004-01-08", format: .portNumbersText))
        #expect(tenure.lastSeen?.date == "2019-10-17")
        #expect(tenure.inEveryCopy)
        #expect(tenure.absentBefore == RegistryCopy(date: "1992-07", format: .rfc1340))
        #expect(tenure.goneBy?.date == "2019-10-30")
        #expect(story.versions.count == 4)
    }

    /// De-assigned before 2017: named in IANA's copies of 1992-2013, nameless today.
    @Test(arguments: [(51, "la-maint"), (81, "hosts2-ns"), (100, "newacct"), (1276, "ivmanager")])
    func deassignedBefore2017(port: UInt16, name: String) throws {
        let story = try story(port, .tcp)
        #expect(story.status == .deassigned)
        #expect(story.formerAssignments.map(\.serviceName).contains(name))
        let window = try #require(story.deassignment)
        #expect(try #require(window.lastNamedIn?.date) < "2017-03-10")
        #expect(window.firstUnnamedIn != nil)
    }

    @Test func ivmanagerWasRemovedOnTheDateIANAsNoteGives() throws {
        let story = try story(1276, .udp)
        #expect(story.deassignedOn == "2014-05-23")
        #expect(story.deassignment?.statedIn == .ianaNote)
        #expect(story.deassignment?.lastNamedIn?.date == "2013-12-19")
        #expect(story.deassignment?.firstUnnamedIn?.date == "2015-01-09")
    }

    /// Every port that carried a service name in a copy before 2017 and carries none today is
    /// de-assigned, never Reserved or Unassigned; Reserved ports never had a name.
    @Test func aNameOnceMeansDeassignedNeverReserved() {
        var pairs = Set<String>(), ports = Set<UInt16>()
        for raw in UInt16(0)...UInt16(49151) {
            for story in registry.stories(of: Port(rawValue: raw)) {
                let named = story.versions.contains { !$0.serviceName.isEmpty }
                if story.status == .reserved || story.status == .unassigned { #expect(!named, "\(raw) had a name") }
                guard story.status == .deassigned, let last = story.deassignment?.lastNamedIn?.date, last < "2017-03-10" else { continue }
                pairs.insert("\(raw)/\(story.transport?.rawValue ?? "any")")
                ports.insert(raw)
            }
        }
        #expect(pairs.count >= 82, "\(pairs.count) pairs on \(ports.count) ports")
        #expect(ports.count >= 56, "\(pairs.count) pairs on \(ports.count) ports")
    }

    /// IANA's own words for a withdrawn entry are kept and understood as de-assigned.
    @Test(arguments: [(659, "Removed"), (2905, "De-registered")])
    func ianaWordsMeanDeassigned(port: UInt16, words: String) throws {
        let stories = registry.stories(of: Port(rawValue: port))
        let story = try #require(stories.first { $0.current.contains { $0.description == words } })
        #expect(story.status == .deassigned)
        #expect(story.deassignment?.ianaWords == words)
    }

    /// Without a date from IANA, the de-assignment is a window between two of our copies.
    @Test func aWindowWhenIANAGivesNoDate() throws {
        var windows = 0
        for raw in UInt16(0)...UInt16(49151) {
            for story in registry.stories(of: Port(rawValue: raw)) where story.status == .deassigned && story.deassignedOn == nil {
                guard let last = story.deassignment?.lastNamedIn, let next = story.deassignment?.firstUnnamedIn else { continue }
                #expect(last.date < next.date)
                #expect(registry.copy(after: last.date) == next)
                windows += 1
            }
        }
        #expect(windows > 0)
    }

    @Test func port7680WasPandoPubAndIsNowMsDo() throws {
        let story = try story(7680, .tcp)
        #expect(story.status == .assigned)
        #expect(story.current.map(\.serviceName) == ["ms-do"])
        #expect(story.formerAssignments.map(\.serviceName).contains("pando-pub"))
        #expect(story.formerAssignments.first?.lastSeen == "2022-04-27")
    }

    @Test func port2WasCompressnetUntil2025() throws {
        let story = try story(2, .tcp)
        #expect(story.status == .deassigned)
        #expect(story.deassignedOn == "2025-02-13")
        #expect(story.formerAssignments.map(\.serviceName) == ["compressnet"])
        #expect(story.formerNames.first?.firstSeen.format == .rfc1340)
        #expect(story.formerNames.first?.absentBefore == nil)  // seen since our earliest copy
    }

    @Test func port143UdpWasImapAndIsNowReserved() throws {
        let story = try story(143, .udp)
        #expect(story.status == .deassigned)
        #expect(story.current.first?.description == "Reserved")
        // RFC 1340 called it imap2; the XML's imap left UDP after 2021-02-18.
        #expect(story.formerAssignments.map(\.serviceName) == ["imap2", "imap"])
        #expect(story.formerAssignments.last?.lastSeen == "2021-02-18")
        #expect(story.formerNames.first?.firstSeen.format == .rfc1340)
        // TCP keeps imap; imap2 is its RFC 1340 name.
        let tcp = try self.story(143, .tcp)
        #expect(tcp.status == .assigned)
        #expect(tcp.formerAssignments.map(\.serviceName) == ["imap2"])
    }

    @Test func portsInsideRangeRecords() throws {
        let unassigned = try #require(registry.stories(of: Port(rawValue: 272)).first)
        #expect(unassigned.status == .unassigned)
        #expect(unassigned.current.first?.ports?.description == "272-279")
        let x11 = try story(6010, .tcp)
        #expect(x11.status == .assigned)
        #expect(x11.current.first?.serviceName == "x11")
        #expect(x11.current.first?.unauthorized == "Known Unauthorized Use on port 6003")
    }

    @Test func dynamicPortsHaveNoRecordButATier() throws {
        let story = try #require(registry.stories(of: Port(rawValue: 50000)).first)
        #expect(story.status == .dynamic)
        #expect(story.current.isEmpty)
        #expect(story.tier == .dynamic)
    }

    @Test func aliasesShareAPort() throws {
        let story = try story(80, .tcp)
        #expect(story.status == .assigned)
        #expect(story.current.map(\.serviceName).contains("http"))
    }

    @Test func everyProtocolTheRegistryListsGetsAStory() {
        let transports = registry.stories(of: Port(rawValue: 1302)).compactMap(\.transport)
        #expect(transports == [.tcp, .udp])
    }
}

struct HistoryMergeTests {
    func record(_ name: String, _ description: String, firstSeen: String, lastSeen: String? = nil) -> RegistryRecord {
        RegistryRecord(
            ports: PortRange(single: Port(rawValue: 4000)), transport: .tcp, serviceName: name,
            description: description, firstSeen: firstSeen, lastSeen: lastSeen
        )
    }

    @Test func unchangedVersionsKeepTheirFirstSeenAndChangedOnesAreClosed() throws {
        let history = [
            record("old", "Old", firstSeen: "2017-03-10", lastSeen: "2018-01-01"),
            record("keep", "Kept", firstSeen: "2018-01-02"),
            record("gone", "Gone", firstSeen: "2018-01-02"),
        ]
        let newer = [
            record("keep", "Kept", firstSeen: "ignored"),
            record("new", "New", firstSeen: "ignored"),
            record("new", "New", firstSeen: "ignored"),  // an identical duplicate is kept once
        ]
        let merged = try HistoryMerge.merge(history: history, previousDate: "2026-08-17", newer: newer, newerDate: "2026-09-01")
        #expect(merged.count == 4)
        #expect(merged.first { $0.serviceName == "old" }?.lastSeen == "2018-01-01")
        #expect(merged.first { $0.serviceName == "keep" }?.firstSeen == "2018-01-02")
        #expect(merged.first { $0.serviceName == "keep" }?.isCurrent == true)
        #expect(merged.first { $0.serviceName == "gone" }?.lastSeen == "2026-08-17")
        #expect(merged.first { $0.serviceName == "new" }?.firstSeen == "2026-09-01")
    }

    @Test(arguments: ["2026-08-17", "2025-01-01"])
    func olderOrSameDateIsRefused(date: String) {
        #expect(throws: RegistryError.notNewer(candidate: date, installed: "2026-08-17")) {
            try HistoryMerge.merge(history: [], previousDate: "2026-08-17", newer: [], newerDate: date)
        }
    }
}

/// The lookup a listing uses must tell every port exactly what a fresh story tells.
struct PortStoryLookupTests {
    @Test(arguments: [TransportProtocol.tcp, .udp])
    func everyPortInOrderGetsTheFreshStory(transport: TransportProtocol) {
        let registry = Registry.embedded
        var lookup = PortStoryLookup(registry: registry)
        var mismatches: [UInt16] = []
        var reused = 0
        for raw in UInt16.min...UInt16.max {
            let port = Port(rawValue: raw)
            let fresh = registry.stories(of: port, transport: transport)[0]
            let looked = lookup.story(of: port, transport: transport)
            if looked != fresh { mismatches.append(raw) }
            if lookup.reusedStory { reused += 1 }
        }
        #expect(mismatches.isEmpty, "first differing ports: \(mismatches.prefix(5))")
        // The reuse was exercised, not bypassed: most ports sit in long Unassigned or Dynamic runs.
        #expect(reused > 50_000, "reused \(reused) stories")
    }

    @Test func switchingProtocolsAndJumpingBackStillAnswerRight() {
        let registry = Registry.embedded
        var lookup = PortStoryLookup(registry: registry)
        for (raw, transport) in [(1302, TransportProtocol.tcp), (1302, .udp), (1301, .tcp), (49151, .tcp), (49152, .tcp), (49151, .tcp), (80, .udp)] {
            let port = Port(rawValue: UInt16(raw))
            #expect(lookup.story(of: port, transport: transport) == registry.stories(of: port, transport: transport)[0])
        }
    }
}
