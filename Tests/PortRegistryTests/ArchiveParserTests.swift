import PortRegistry
import Testing

/// The parsers of the registry's older formats, on excerpts copied from Data/iana/archive/ and
/// on the whole files.
struct ArchiveParserTests {
    static func archive(_ name: String) -> [UInt8] { RegistryTestData.bytes("archive/" + name) }

    static func port(_ low: UInt16, _ high: UInt16? = nil) -> PortRange? {
        PortRange(Port(rawValue: low), Port(rawValue: high ?? low))
    }

    // MARK: RFC 1340

    /// RFC 1340's tables need 100 entries to count as such: the excerpt is padded with a
    /// real block repeated (its records are checked apart).
    static let rfc1340Excerpt = """
                             0/tcp    Reserved                             [JBP]
           rje               5/tcp    Remote Job Entry                  [12,JBP]
           exec            512/tcp    remote process execution;
                                      authentication performed using
                                      passwords and UNIX loppgin names
                           224-241    Reserved                             [JBP]
           man             9535/tcp

        """ + String(repeating: "   legent-1        373/tcp    Legent Corporation                   [KXB]\n", count: 100)

    @Test func rfc1340ReadsKeywordsRangesContinuationsAndInitials() throws {
        let records = try RFC1340PortTables.parse(Array(Self.rfc1340Excerpt.utf8), path: "excerpt")
        #expect(records.count == 105)
        #expect(records[0] == RegistryRecord(ports: Self.port(0), transport: .tcp, serviceName: "", description: "Reserved", contact: "JBP"))
        #expect(records[1] == RegistryRecord(ports: Self.port(5), transport: .tcp, serviceName: "rje", description: "Remote Job Entry", contact: "JBP"))
        #expect(records[2].description == "remote process execution; authentication performed using passwords and UNIX loppgin names")
        #expect(records[3] == RegistryRecord(ports: Self.port(224, 241), transport: nil, serviceName: "", description: "Reserved", contact: "JBP"))
        #expect(records[4] == RegistryRecord(ports: Self.port(9535), transport: .tcp, serviceName: "man", description: ""))
        #expect(records[5].contact == "KXB")
    }

    @Test func rfc1340WholeFile() throws {
        let records = try RFC1340PortTables.parse(Self.archive("1992-07-rfc1340-port-tables.txt"), path: "rfc1340")
        #expect(records.contains { $0.serviceName == "la-maint" && $0.ports == Self.port(51) && $0.transport == .udp })
        #expect(!records.contains { $0.ports?.contains(Port(rawValue: 1302)) == true })
        #expect(records.last?.serviceName == "isode-dua")
    }

    @Test func rfc1340RejectsProse() {
        #expect(throws: RegistryError.self) {
            try RFC1340PortTables.parse(Array("Assigned Numbers\n   echo 7/tcp Echo [JBP]\n".utf8), path: "prose")
        }
    }

    // MARK: port-numbers

    static let portNumbersExcerpt = """
        PORT NUMBERS

        (last updated 2004-01-08)

        The Well Known Ports are those from 0 through 1023.

        Port Assignments:

        Keyword         Decimal    Description                     References
        -------         -------    -----------                     ----------
                          0/tcp    Reserved
        #                          Jon Postel <postel@isi.edu>
        #                15/tcp    Unassigned [was netstat]
        ivmanager       1276/tcp   ivmanager
        ivmanager       1276/udp   ivmanager
        #                          Xavier Roques <xroques@infovista.fr>
        ci3-software-2  1302/tcp   CI3-Software-2
        #                          Kelli Watson <kwatson@ci3software.com>
        #                          Second Person <two@example.com>
        active-net	3322-3325  Active Networks

        REGISTERED PORT NUMBERS

        The Registered Ports are in the range 1024-49151.

        REFERENCES
        ----------
        [RFC768] Postel, J., "User Datagram Protocol", STD 6, RFC 768,

        """ + String(repeating: "Port Assignments:\nx 1/tcp y\n", count: 1_000)

    @Test func portNumbersReadsEntriesContactsAndCommentedPorts() throws {
        let records = try PortNumbersText.parse(Array(Self.portNumbersExcerpt.utf8), path: "excerpt")
        #expect(records.count == 1_006)
        #expect(records[0] == RegistryRecord(ports: Self.port(0), transport: .tcp, serviceName: "", description: "Reserved", contact: "Jon Postel"))
        // A commented-out line is an Unassigned entry, without the next block's contact.
        #expect(records[1] == RegistryRecord(ports: Self.port(15), transport: .tcp, serviceName: "", description: "Unassigned [was netstat]"))
        #expect(records[2] == RegistryRecord(ports: Self.port(1276), transport: .tcp, serviceName: "ivmanager", description: "ivmanager", contact: "Xavier Roques"))
        #expect(records[3].contact == "Xavier Roques")
        #expect(records[4].contact == "Kelli Watson;Second Person")
        #expect(records[4].assignee == "")
        #expect(records[5] == RegistryRecord(ports: Self.port(3322, 3325), transport: nil, serviceName: "active-net", description: "Active Networks"))
        // Nothing from the prose or the references.
        #expect(!records.contains { $0.ports == Self.port(1024, 49151) })
    }

    @Test func portNumbersWholeFiles() throws {
        for name in ["2004-01-08-port-numbers.txt", "2008-02-29-port-numbers.txt"] {
            let records = try PortNumbersText.parse(Self.archive(name), path: name)
            let ci3 = try #require(records.first { $0.serviceName == "ci3-software-2" && $0.transport == .tcp })
            #expect(ci3.ports == Self.port(1302))
            #expect(ci3.contact == "Kelli Watson")
            #expect(records.count > 8_000)
        }
        let named0 = try PortNumbersText.parse(Self.archive("2008-02-29-port-numbers.txt"), path: "2008")
            .filter { $0.serviceName.hasSuffix("-itunes") }
        #expect(named0.map(\.serviceName).sorted() == ["spl-itunes", "spr-itunes"])
        #expect(named0.allSatisfy { $0.ports == nil })
    }

    // MARK: IANA's text rendering (2013)

    @Test func plainTextWholeFile() throws {
        let records = try IANAPlainText.parse(Self.archive("2013-12-19-service-names-port-numbers.txt"), path: "text")
        let ci3 = try #require(records.first { $0.serviceName == "ci3-software-2" && $0.transport == .udp })
        #expect(ci3 == RegistryRecord(ports: Self.port(1302), transport: .udp, serviceName: "ci3-software-2", description: "CI3-Software-2",
                                      assignee: "Kelli Watson", contact: "Kelli Watson"))
        // A service name without a port.
        #expect(records.contains { $0.ports == nil && $0.serviceName == "https" && $0.description == "HTTP over SSL/TLS" })
        // An organization that wraps ("ZigBee Alliance's / Network Device / working group") is
        // read from its own line only: a piece, which the merge looks for in the XML's version.
        let zigbee = try #require(records.first { $0.serviceName == "zigbee-gateway" && $0.transport == .udp })
        #expect(zigbee.assignee == "Network Device")
        #expect(zigbee.contact == "Leslie Mulder")
        #expect(records.count > 12_000)
    }

    // MARK: Merging

    @Test func mergeJoinsACopyThatAgreesAndStartsAVersionWhenOneDoesNot() {
        let old = RegistryRecord(ports: Self.port(9), transport: .tcp, serviceName: "x", description: "X", contact: "Ann")
        var xml = old
        xml.assignee = "Ann"
        xml.registrationDate = "2001-01-01"
        let history = [RegistryRecord(ports: xml.ports, transport: .tcp, serviceName: "x", description: "X", assignee: "Ann", contact: "Ann",
                                      registrationDate: "2001-01-01", firstSeen: "2017-03-10")]
        var text = xml
        text.registrationDate = ""  // the text rendering leaves dates out: it confirms the XML version
        let merged = ArchiveMerge.merge(older: [
            (RegistryCopy(date: "2004-01-08", format: .portNumbersText), [old]),
            (RegistryCopy(date: "2008-02-29", format: .portNumbersText), [old]),
            (RegistryCopy(date: "2013-02-18", format: .xml), [xml]),
            (RegistryCopy(date: "2013-12-19", format: .plainText), [text]),
            (RegistryCopy(date: "2015-01-09", format: .xml), [xml]),
        ], history: history)
        #expect(merged.count == 2)
        #expect(merged.map(\.firstSeen) == ["2004-01-08", "2013-02-18"])
        #expect(merged.map(\.lastSeen) == ["2008-02-29", nil])
        #expect(merged[1].registrationDate == "2001-01-01")
    }

    @Test func theTextRenderingConfirmsAVersionByItsPieces() {
        let xml = RegistryRecord(ports: Self.port(9), transport: .udp, serviceName: "z", description: "A long description that wraps",
                                 assignee: "ZigBee Alliance's Network Device working group", contact: "Leslie Mulder")
        var piece = xml
        piece.description = "description that"
        piece.assignee = "Network Device"
        var other = piece
        other.description = "something else"
        let copies: [(copy: RegistryCopy, records: [RegistryRecord])] = [
            (RegistryCopy(date: "2013-02-18", format: .xml), [xml]),
            (RegistryCopy(date: "2013-12-19", format: .plainText), [piece]),
            (RegistryCopy(date: "2015-01-09", format: .xml), [xml]),
        ]
        let confirmed = ArchiveMerge.merge(older: copies, history: [])
        #expect(confirmed.count == 1)
        #expect(confirmed.first?.lastSeen == "2015-01-09")
        var changed = copies
        changed[1].records = [other]
        // A piece the version does not hold is a change: three versions.
        #expect(ArchiveMerge.merge(older: changed, history: []).count == 3)
    }
}
