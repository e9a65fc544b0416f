import PortRegistry
import Testing

struct PortQueryTests {
    @Test(arguments: [
        ("443", PortQuery.port(Port(rawValue: 443), nil)),
        ("53/udp", .port(Port(rawValue: 53), .udp)),
        ("1302/TCP", .port(Port(rawValue: 1302), .tcp)),
        ("0", .port(Port(rawValue: 0), nil)),
        ("65535", .port(Port(rawValue: 65535), nil)),
        ("8000-8010", .range(PortRange(Port(rawValue: 8000), Port(rawValue: 8010))!, nil)),
        ("6000-6063/sctp", .range(PortRange(Port(rawValue: 6000), Port(rawValue: 6063))!, .sctp)),
        ("80-80", .port(Port(rawValue: 80), nil)),
        ("postgresql", .serviceName("postgresql")),
        ("ci3-software-2", .serviceName("ci3-software-2")),
        ("  https ", .serviceName("https")),
        ("914c/g", .serviceName("914c/g")),
        ("Apple Remote Desktop (Net Assistant)", .serviceName("Apple Remote Desktop (Net Assistant)")),
    ])
    func parses(text: String, expected: PortQuery) throws {
        #expect(try PortQuery(parsing: text) == expected)
    }

    @Test(arguments: [
        ("70000", RegistryError.invalidPort("70000")),
        ("-1", .invalidPort("-1")),
        ("abc/tcp", .invalidPort("abc")),
        ("1302/xyz", .invalidProtocol("xyz")),
        ("5-3", .invalidRange("5-3")),
        ("65536/udp", .invalidPort("65536")),
        ("99999999999999999999", .invalidPort("99999999999999999999")),
    ])
    func refuses(text: String, expected: RegistryError) {
        #expect(throws: expected) { try PortQuery(parsing: text) }
    }

    @Test(arguments: ["", "   ", String(repeating: "9", count: 10_000), "ab\u{1B}[2J", "12/foo"])
    func refusesWhatIsNeitherPortNorName(text: String) {
        #expect(throws: RegistryError.self) { try PortQuery(parsing: text) }
    }

    @Test func errorsAreOneShortSentence() {
        let long = String(repeating: "9", count: 10_000)
        for text in ["70000", "1302/xyz", "5-3", "", long, "abc/tcp"] {
            do {
                _ = try PortQuery(parsing: text)
                Issue.record("\(text.prefix(10)) parsed")
            } catch {
                #expect(!error.description.contains("\n"))
                #expect(error.description.count < 200, "\(error.description)")
                #expect(error.description.hasSuffix("."))
            }
        }
    }
}

struct PortTierTests {
    @Test(arguments: [(0, PortTier.system), (1023, .system), (1024, .user), (49151, .user), (49152, .dynamic), (65535, .dynamic)])
    func tierEdges(port: Int, tier: PortTier) throws {
        #expect(try #require(Port(port)).tier == tier)
    }

    @Test func portsOutsideTheRangeDoNotExist() {
        #expect(Port(-1) == nil)
        #expect(Port(65536) == nil)
    }
}

@Test func protocolsOrderAsDeclared() {
    // tcp, udp, sctp, dccp: the order lookups return records in.
    #expect(TransportProtocol.allCases.sorted() == TransportProtocol.allCases)
    #expect(TransportProtocol.allCases.reversed().sorted() == TransportProtocol.allCases)
}
