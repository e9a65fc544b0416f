import PortRegistry
import Testing

struct RecordHistoryTableTests {
    @Test func readsEveryRowOfTheHistory() {
        let history = RegistryTestData.history
        #expect(history.count == 15_265)
        #expect(history.count(where: \.isCurrent) == 14_533)
        #expect(Set(history.map(\.identity)).count == 14_779)
    }

    @Test func readsAllColumns() throws {
        let row = try #require(RegistryTestData.history.first { $0.ports?.lower.rawValue == 143 && $0.transport == .tcp && $0.isCurrent })
        #expect(row == RegistryRecord(
            ports: PortRange(single: Port(rawValue: 143)), transport: .tcp, serviceName: "imap",
            description: "Internet Message Access Protocol", assignee: "IESG", contact: "IETF Chair",
            references: ["rfc3501", "rfc9051"], registrationDate: "", modificationDate: "2021-02-22",
            firstSeen: "2021-09-21", lastSeen: nil))
    }

    @Test func readsRangesAndNameOnlyRecords() {
        let history = RegistryTestData.history
        #expect(history.contains { $0.ports?.description == "6000-6063" && $0.serviceName == "x11" })
        #expect(history.filter { $0.ports == nil && $0.serviceName == "rdp" && $0.isCurrent }.count == 2)
    }

    @Test(arguments: [
        ("", "the file is empty"),
        ("port_low\tport_high\n", "not the record-history header"),
        (RecordHistoryTable.columns.joined(separator: "\t") + "\n1\t2\n", "line 2 has 2 columns, not 15"),
        (RecordHistoryTable.columns.joined(separator: "\t") + "\n9\t7" + String(repeating: "\t", count: 13) + "\n", "line 2 has ports '9-7'"),
        (RecordHistoryTable.columns.joined(separator: "\t") + "\n1\t1\tquic" + String(repeating: "\t", count: 12) + "\n", "protocol 'quic'"),
    ])
    func refusesMalformedTables(text: String, reason: String) {
        #expect {
            try RecordHistoryTable.parse(Array(text.utf8), path: "h.tsv")
        } throws: { error in
            guard case .corruptRegistry(let path, let found) = error as? RegistryError else { return false }
            return path == "h.tsv" && found.contains(reason)
        }
    }
}
