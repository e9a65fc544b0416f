import PortRegistry
import Testing

struct IANACSVReaderTests {
    /// Writes records as IANA's CSV does: RFC 4180 quoting, references in brackets.
    static func csv(_ records: [RegistryRecord], lineEnding: String = "\r\n") -> [UInt8] {
        func quoted(_ field: String) -> String {
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
            return "\"" + field.replacing("\"", with: "\"\"") + "\""
        }
        func references(_ references: [String]) -> String {
            if references.count == 1, !references[0].hasPrefix("[") { return references[0] }
            return references.map { "[\($0)]" }.joined()
        }
        var text = "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes" + lineEnding
        for record in records {
            let fields = [
                record.serviceName, record.ports?.description ?? "", record.transport?.rawValue ?? "",
                record.description, record.assignee, record.contact, record.registrationDate,
                record.modificationDate, references(record.references), record.serviceCode,
                record.unauthorized, record.note,
            ]
            text += fields.map(quoted).joined(separator: ",") + lineEnding
        }
        return Array(text.utf8)
    }

    @Test(arguments: ["\r\n", "\n"])
    func readsBackTheRecordsItWasWrittenFrom(lineEnding: String) throws {
        let records = RegistryTestData.latest.records
        let parsed = try IANARegistryFile.parse(Self.csv(records, lineEnding: lineEnding), path: "registry.csv")
        #expect(parsed.records.count == records.count)
        for (read, written) in zip(parsed.records, records) where read != written {
            Issue.record("read \(read), wrote \(written)")
            break
        }
        // The CSV has no <updated>: the newest record date stands in.
        #expect(parsed.registryDate == records.flatMap { [$0.registrationDate, $0.modificationDate] }.filter { $0.count == 10 }.max())
    }

    @Test func readsIANAsOwnSpelling() throws {
        let row = #"http,80,TCP,"World Wide Web ""HTTP"", see\#nthe RFC",[IESG],[IETF_Chair],,2021-10-01,[RFC9110][RFC-ietf-x-01],,,"Defined TXT keys: u=<username>""#
        let padding = String(repeating: "pad,1,tcp,pad,,,,,,,,\n", count: IANARegistryFile.minimumRecordCount)
        let header = "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes\n"
        let parsed = try IANARegistryFile.parse(Array((header + row + "\n" + padding).utf8), path: "iana.csv")
        #expect(parsed.records.first == RegistryRecord(
            ports: PortRange(single: Port(rawValue: 80)), transport: .tcp, serviceName: "http",
            description: #"World Wide Web "HTTP", see the RFC"#, assignee: "IESG", contact: "IETF_Chair",
            references: ["rfc9110", "RFC-ietf-x-01"], modificationDate: "2021-10-01",
            note: "Defined TXT keys: u=<username>"))
        #expect(parsed.registryDate == "2021-10-01")
    }

    @Test(arguments: [
        ("Service Name,Port Number\nx,1\n", "no 'Transport Protocol' column"),
        ("Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes\nx,\"1", "ends inside the quoted field"),
        ("Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes\nx,99999,tcp,,,,,,,,,\n", "port number '99999'"),
        ("Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes\nx,1,tcp\n", "line 2 has 3 fields"),
        ("Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes\nx,1,tcp,,,,,,,,,\n", "1 records, fewer than"),
    ])
    func refusesMalformedCSV(text: String, reason: String) {
        #expect {
            try IANARegistryFile.parse(Array(text.utf8), path: "bad.csv")
        } throws: { error in
            guard case .corruptRegistry(let path, let found) = error as? RegistryError else { return false }
            return path == "bad.csv" && found.contains(reason)
        }
    }

    @Test func refusesATruncatedCSV() throws {
        let bytes = Self.csv(RegistryTestData.latest.records)
        #expect(throws: RegistryError.self) { try IANARegistryFile.parse(Array(bytes.prefix(bytes.count / 3)), path: "cut.csv") }
    }
}
