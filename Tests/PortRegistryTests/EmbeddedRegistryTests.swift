import PortRegistry
import Testing

/// The registry compiled into the binary, checked record by record against IANA's newest XML.
struct EmbeddedRegistryTests {
    /// Every one of the 14,533 current records, every field (assignee and contact included),
    /// exactly as registry-latest.xml gives it.
    @Test func everyCurrentRecordIsTheXMLsOnEveryField() {
        let latest = RegistryTestData.latest
        let embedded = Registry.embedded.currentRecords().map(RegistryTestData.version)
        #expect(embedded.count == 14_533)
        #expect(Registry.embedded.registryDate == latest.registryDate)
        // Identical duplicates are written once: compare counted multisets of distinct versions.
        var fromXML: [RegistryRecord: Int] = [:], fromBlob: [RegistryRecord: Int] = [:]
        for record in latest.records { fromXML[record, default: 0] = 1 }
        for record in embedded { fromBlob[record, default: 0] += 1 }
        let onlyXML = fromXML.keys.filter { fromBlob[$0] == nil }
        let onlyBlob = fromBlob.keys.filter { fromXML[$0] == nil }
        #expect(onlyXML.isEmpty, "in the XML only: \(Array(onlyXML.prefix(3)))")
        #expect(onlyBlob.isEmpty, "in the embedded registry only: \(Array(onlyBlob.prefix(3)))")
        #expect(fromBlob.values.allSatisfy { $0 == 1 }, "a current version is written twice")
        // The assignee is IANA's <assignee>, not the contact, for 1,253 current records.
        #expect(embedded.count { $0.assignee != $0.contact } == 1_253)
    }

    @Test(arguments: [TransportProtocol.tcp, .udp])
    func httpsNamesItsAssigneeAndItsContact(transport: TransportProtocol) throws {
        let https = try #require(Registry.embedded.currentRecords(covering: Port(rawValue: 443), transport: transport).first)
        #expect(https.serviceName == "https")
        #expect(https.assignee == "IESG")
        #expect(https.contact == "IETF Chair")
    }

    @Test func copiesRunFromRFC1340ToTheNewestRegistry() throws {
        let copies = Registry.embedded.copies
        #expect(copies.count == 460)
        #expect(copies.first == RegistryCopy(date: "1992-07", format: .rfc1340))
        #expect(copies.last == RegistryCopy(date: "2026-08-17", format: .xml))
        #expect(copies.filter { $0.format == .portNumbersText }.count == 9)
        #expect(copies.map(\.date) == copies.map(\.date).sorted())
        #expect(Registry.embedded.copy(after: "2008-02-29") == RegistryCopy(date: "2013-02-18", format: .xml))
        #expect(Registry.embedded.copy(before: "2004-01-08")?.format == .rfc1340)
        #expect(Registry.embedded.copy(after: "2026-08-17") == nil)
        #expect(Registry.embedded.copy(before: "1992-07") == nil)
    }
}
