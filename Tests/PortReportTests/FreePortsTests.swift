import HostInventory
import PortRegistry
import PortReport
import Testing

/// The free-port search over literal registries and sockets, and over the embedded registry.
struct FreePortsTests {
    /// 1000-1999 Unassigned today; 1500 was `old-service` until 2019; 1600 is Reserved;
    /// 1234/tcp is assigned.
    static let registry: Registry = {
        func range(_ low: UInt16, _ high: UInt16) -> PortRange { PortRange(Port(rawValue: low), Port(rawValue: high))! }
        let records = [
            RegistryRecord(ports: range(1000, 1233), transport: nil, serviceName: "", description: "Unassigned", firstSeen: "2017-03-10"),
            RegistryRecord(ports: range(1234, 1234), transport: .tcp, serviceName: "named", description: "A service", firstSeen: "2017-03-10"),
            RegistryRecord(ports: range(1235, 1499), transport: nil, serviceName: "", description: "Unassigned", firstSeen: "2017-03-10"),
            RegistryRecord(ports: range(1500, 1500), transport: .udp, serviceName: "old-service", description: "Old", firstSeen: "2017-03-10", lastSeen: "2019-10-17"),
            RegistryRecord(ports: range(1500, 1500), transport: .udp, serviceName: "", description: "Unassigned", firstSeen: "2019-10-30"),
            RegistryRecord(ports: range(1501, 1599), transport: nil, serviceName: "", description: "Unassigned", firstSeen: "2017-03-10"),
            RegistryRecord(ports: range(1600, 1600), transport: nil, serviceName: "", description: "Reserved", firstSeen: "2017-03-10"),
            RegistryRecord(ports: range(1601, 1999), transport: nil, serviceName: "", description: "Unassigned", firstSeen: "2017-03-10"),
        ]
        return try! Registry(bytes: Registry.compile(records: records, registryDate: "2026-08-17"), path: "test")
    }()

    static func range(_ low: UInt16, _ high: UInt16) -> PortRange { PortRange(Port(rawValue: low), Port(rawValue: high))! }

    static func socket(_ port: UInt16, _ transport: SocketTransport, ip: String = "127.0.0.1", state: SocketState? = nil) -> Listener {
        var listener = Fixture.listener(port: port, transport: transport, ip: ip, owner: .hidden)
        if let state { listener.state = state }
        return listener
    }

    static let sockets = [
        socket(1700, .tcp),
        socket(1701, .udp, ip: "::"),
        socket(1702, .tcp, ip: "::1", state: .established),
    ]

    func allSuggestions(transports: Set<SocketTransport> = [.tcp, .udp]) -> FreePortResult {
        FreePortSearch(
            registry: Self.registry, sockets: Self.sockets, transports: transports,
            ephemeral: 1800...1899, reserved: [1900...1909, 1950...1950]
        ).suggestions(in: Self.range(1000, 1999), count: 1000)
    }

    @Test func neverSuggestsRegisteredUsedEphemeralOrReservedPorts() {
        let result = allSuggestions()
        let ports = Set(result.suggestions.map(\.port.rawValue))
        for excluded: UInt16 in [1234, 1500, 1600, 1700, 1701, 1702, 1800, 1850, 1899, 1900, 1909, 1950] {
            #expect(!ports.contains(excluded), "suggested \(excluded)")
        }
        #expect(ports.count == 1000 - 3 /* IANA */ - 3 /* sockets */ - 100 /* ephemeral */ - 11 /* reserved */)
        #expect(result.ephemeral == 100)
        #expect(result.reserved == 11)
        #expect(result.inUse == 3)
        #expect(result.registered == 3)
    }

    @Test func onlyTheCheckedTransportsCountAsInUse() {
        let ports = Set(allSuggestions(transports: [.tcp]).suggestions.map(\.port.rawValue))
        #expect(ports.contains(1701), "a UDP socket does not use a TCP port")
        #expect(!ports.contains(1700))
        #expect(!ports.contains(1702), "connected sockets count too")
        #expect(!ports.contains(1500), "IANA's history counts for every protocol")
    }

    @Test func roundNumbersComeFirstAndSpreadOut() {
        let first = allSuggestions().suggestions.prefix(4).map(\.port.rawValue)
        #expect(first == [1000, 1100, 1300, 1200], "1600 is Reserved: \(first)")
        let fives = FreePortSearch(registry: Self.registry, sockets: [], ephemeral: nil, reserved: [])
            .suggestions(in: Self.range(1001, 1099), count: 3).suggestions.map(\.port.rawValue)
        #expect(fives == [1050, 1010, 1060], "\(fives)")
    }

    @Test func eachSuggestionSaysWhyItIsSafe() throws {
        let suggestion = try #require(allSuggestions().suggestions.first)
        #expect(suggestion.status == .unassigned)
        #expect(suggestion.ianaRecord?.description == "Unassigned")
        #expect(suggestion.historySince == "2017-03-10")
        let reasons = suggestion.reasons.joined(separator: " ")
        #expect(reasons.contains("IANA lists 1000-1233 as Unassigned"))
        #expect(reasons.contains("No TCP or UDP socket here uses it"))
        #expect(reasons.contains("outside the kernel's ephemeral range 1800-1899"))
        #expect(reasons.contains("reserved"))
    }

    @Test func anEmptyResultSaysWhichChecksLeftNothing() {
        let result = FreePortSearch(registry: Self.registry, sockets: Self.sockets, ephemeral: 1800...1899, reserved: [])
            .suggestions(in: Self.range(1820, 1830), count: 5)
        #expect(result.suggestions.isEmpty)
        #expect(result.emptyExplanation.contains("11 in the kernel's ephemeral range"))
    }

    @Test func theEmbeddedRegistryYieldsOnlyPortsIANANeverAssigned() {
        let search = FreePortSearch(registry: .embedded, sockets: [], ephemeral: 32768...60999, reserved: [])
        let result = search.suggestions(in: FreePortSearch.userPorts, count: 300)
        #expect(result.suggestions.count == 300)
        for suggestion in result.suggestions {
            let port = suggestion.port
            #expect(!(32768...60999).contains(port.rawValue))
            for story in Registry.embedded.stories(of: port) {
                #expect(story.status == .unassigned, "\(port): \(story.status)")
                #expect(story.formerAssignments.isEmpty, "\(port) had a name")
            }
        }
        // Well-known round ports are registered and never suggested.
        let ports = Set(result.suggestions.map(\.port.rawValue))
        for registered: UInt16 in [3000, 5000, 8000, 8080, 9000, 1302] {
            #expect(!ports.contains(registered))
        }
    }

    @Test func theDynamicRangeLeftOfTheEphemeralOneIsIANAFree() throws {
        let search = FreePortSearch(registry: .embedded, sockets: [], ephemeral: 32768...60999, reserved: [])
        let result = search.suggestions(in: FreePortSearch.dynamicPorts, count: 3)
        let first = try #require(result.suggestions.first)
        #expect(first.status == .dynamic)
        #expect(first.port.rawValue >= 61000)
        #expect(result.ephemeral == 60999 - 49152 + 1)
    }
}
