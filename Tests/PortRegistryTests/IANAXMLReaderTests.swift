import PortRegistry
import Testing

struct IANAXMLReaderTests {
    /// The proof that the reader converts fields exactly as the history did: every record of
    /// registry-latest.xml equals a current row of record-history.tsv, and the other way round.
    @Test func latestRegistryEqualsTheHistorysCurrentRows() {
        let latest = RegistryTestData.latest
        #expect(latest.registryDate == "2026-08-17")
        #expect(latest.records.count == 14_533)
        let current = RegistryTestData.history.filter(\.isCurrent).map(RegistryTestData.version)
        // The TSV writes identical duplicates once: compare as multisets of distinct versions.
        let fromXML = Set(latest.records), fromTSV = Set(current)
        #expect(fromXML.count == fromTSV.count)
        let onlyXML = fromXML.subtracting(fromTSV), onlyTSV = fromTSV.subtracting(fromXML)
        #expect(onlyXML.isEmpty, "in the XML only: \(Array(onlyXML.prefix(3)))")
        #expect(onlyTSV.isEmpty, "in the TSV only: \(Array(onlyTSV.prefix(3)))")
        #expect(latest.records.filter { $0.ports == nil && $0.serviceName == "rdp" }.count == 2)
    }

    @Test func convertsMarkupAsTheHistoryDoes() throws {
        let records = RegistryTestData.latest.records
        let compressnet = try #require(records.first { $0.ports?.lower.rawValue == 2 && $0.transport == .tcp })
        #expect(compressnet.note == "De-assigned on 2025-02-13, previously compressnet by [Bernie_Volz]")
        let whoispp = try #require(records.first { $0.serviceName == "whoispp" })
        #expect(whoispp.description == #"whois++ IANA assigned this well-formed service name as a replacement for "whois++"."#)
        let nas = try #require(records.first { $0.serviceName == "nas" })
        #expect(nas.contact == "Vera Heinau;Heiko Schlichting")
        #expect(nas.assignee == nas.contact)  // no <assignee>: the contact, as IANA's CSV has it
        let https = try #require(records.first { $0.serviceName == "https" && $0.transport == .tcp })
        #expect(https.assignee == "IESG")
        #expect(https.contact == "IETF Chair")
        let exp1 = try #require(records.first { $0.serviceName == "exp1" })
        #expect(exp1.references == ["note:1", "rfc4727", "rfc6335"])
        let prserver = try #require(records.first { $0.serviceName == "afs3-prserver" })
        #expect(prserver.description == "users & groups database")
    }

    static let miniature = """
        <?xml version='1.0' encoding='UTF-8'?>
        <!-- a registry of two records -->
        <registry xmlns="http://www.iana.org/assignments" id="service-names-port-numbers">
          <updated>2030-01-02</updated>
          <record date="2001-02-03" updated="2004-05-06">
            <name>demo</name>
            <protocol>udp</protocol>
            <description>Demo &amp; test<br/>line\ttwo <xref type="rfc" data="rfc1"/></description>
            <xref type="person" data="Ann"/>
            <xref type="text">free   text</xref>
            <xref type="uri" data="https://example.com/a?b=1&amp;c=2">label</xref>
            <xref type="note" data="2"/>
            <number>100-102</number>
            <note><paragraph>One.</paragraph><paragraph>Two &#x41;&#66;.</paragraph></note>
            <sc>0x1</sc>
            <unauthorized>yes</unauthorized>
          </record>
          <record>
            <name>only-name</name>
            <protocol>tcp</protocol>
            <assignee><xref type="person" data="Org"/></assignee>
            <xref type="person" data="Nobody"/>
            <description>x</description>
          </record>
          <people>
            <person id="Ann"><name>Ann  Example</name><org>Ignored</org></person>
            <person id="Org"><org>An Org</org></person>
          </people>
        </registry>
        """

    @Test func readsEveryFieldOfAMiniatureRegistry() throws {
        let parsed = try IANARegistryFile.parseForTesting(Array(Self.miniature.utf8))
        #expect(parsed.registryDate == "2030-01-02")
        #expect(parsed.records == [
            RegistryRecord(
                ports: PortRange(Port(rawValue: 100), Port(rawValue: 102)), transport: .udp, serviceName: "demo",
                description: "Demo & test line two [rfc1]", assignee: "Ann Example", contact: "Ann Example",
                references: ["free text", "https://example.com/a?b=1&c=2", "note:2"],
                registrationDate: "2001-02-03", modificationDate: "2004-05-06", note: "One. Two AB.",
                serviceCode: "0x1", unauthorized: "yes"),
            RegistryRecord(ports: nil, transport: .tcp, serviceName: "only-name", description: "x",
                           assignee: "An Org", contact: "Nobody"),
        ])
    }

    /// A cut anywhere in the file is refused, naming where it stopped.
    @Test(arguments: [0.1, 0.5, 0.79, 0.9, 0.99])
    func refusesATruncatedRegistry(fraction: Double) {
        let bytes = RegistryTestData.xmlBytes
        let cut = Array(bytes.prefix(Int(Double(bytes.count) * fraction)))
        #expect {
            try IANARegistryFile.parse(cut, path: "cut.xml")
        } throws: { error in
            guard case .corruptRegistry(let path, let reason) = error as? RegistryError else { return false }
            return path == "cut.xml" && reason.contains("ends inside <") && reason.contains("at byte \(cut.count)")
        }
    }

    @Test func namesTheElementATruncationEndsIn() {
        let bytes = RegistryTestData.xmlBytes
        let recordStart = bytes.count / 2
        var index = recordStart
        while !bytes[index...].starts(with: Array("<description>".utf8)) { index += 1 }
        let cut = Array(bytes.prefix(index + 15))
        #expect(throws: RegistryError.corruptRegistry(path: "cut.xml", reason: "it ends inside <description> at byte \(cut.count)")) {
            try IANARegistryFile.parse(cut, path: "cut.xml")
        }
    }

    @Test func refusesAWellFormedButTooSmallRegistry() {
        #expect {
            try IANARegistryFile.parse(Array(Self.miniature.utf8), path: "small.xml")
        } throws: { error in
            guard case .corruptRegistry(_, let reason) = error as? RegistryError else { return false }
            return reason.contains("2 records, fewer than the 10000")
        }
    }

    @Test(arguments: [
        ("", "the file is empty"),
        ("\u{0}\u{1}garbage\u{FF}", "this is not IANA's CSV"),
        ("<registry><updated>2030-01-02</updated><record></nope></registry>", "</nope> at byte"),
        ("<registry><record><name>a &bogus; b</name></record></registry>", "the entity &bogus;"),
        ("<html><body/></html>", "not IANA's <registry>"),
        ("<registry><record/></registry>", "no top-level <updated>"),
        ("<registry><updated>soon</updated></registry>", "'soon' is not YYYY-MM-DD"),
        ("<registry><updated>2030-01-01</updated></registry><extra/>", "follows the end of the root element"),
        ("<registry><record><number>70000</number></record>", "ends inside <registry>"),
        ("<registry a=b></registry>", "is not quoted"),
    ])
    func refusesMalformedFiles(text: String, reason: String) {
        #expect {
            try IANARegistryFile.parse(Array(text.utf8), path: "bad.xml")
        } throws: { error in
            guard case .corruptRegistry(let path, let found) = error as? RegistryError else { return false }
            return path == "bad.xml" && found.contains(reason)
        }
    }

    @Test func refusesGarbageBytes() {
        var generator = SplitMix64(seed: 42)
        for length in [1, 7, 100, 4096] {
            let garbage = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            #expect(throws: RegistryError.self) { try IANARegistryFile.parse(garbage, path: "garbage") }
            #expect(throws: RegistryError.self) { try IANARegistryFile.parse([UInt8(ascii: "<")] + garbage, path: "garbage") }
        }
    }
}

extension IANARegistryFile {
    /// Parses without the minimum record count, for small hand-written registries.
    static func parseForTesting(_ bytes: [UInt8]) throws -> (registryDate: String, records: [RegistryRecord]) {
        let padding = String(repeating: "<record><description>pad</description></record>\n", count: minimumRecordCount)
        let text = String(decoding: bytes, as: UTF8.self).replacing("<people>", with: padding + "<people>")
        let parsed = try parse(Array(text.utf8), path: "test.xml")
        return (parsed.registryDate, parsed.records.filter { $0.description != "pad" })
    }
}

/// A small deterministic generator, so a failing case can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
