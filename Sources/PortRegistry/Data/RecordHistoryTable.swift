/// Reads Data/iana/record-history.tsv: one row per version of a registry record (its README
/// describes the columns). UTF-8, tab-separated, a header row, no quoting.
public enum RecordHistoryTable {
    /// The header row, in column order.
    public static let columns = [
        "port_low", "port_high", "protocol", "service_name", "description", "assignee", "contact",
        "references", "registration_date", "modification_date", "note", "first_seen", "last_seen",
        "service_code", "unauthorized",
    ]

    public static func parse(_ bytes: [UInt8], path: String) throws(RegistryError) -> [RegistryRecord] {
        var records: [RegistryRecord] = []
        records.reserveCapacity(bytes.count / 90)
        var lineStart = 0
        var lineNumber = 0
        var fields: [Range<Int>] = []
        fields.reserveCapacity(columns.count)
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UTF8Bytes.newline { lineEnd += 1 }
            lineNumber += 1
            var contentEnd = lineEnd
            if contentEnd > lineStart, bytes[contentEnd - 1] == UTF8Bytes.carriageReturn { contentEnd -= 1 }
            defer { lineStart = lineEnd + 1 }

            fields.removeAll(keepingCapacity: true)
            var fieldStart = lineStart
            for index in lineStart..<contentEnd where bytes[index] == UTF8Bytes.tab {
                fields.append(fieldStart..<index)
                fieldStart = index + 1
            }
            fields.append(fieldStart..<contentEnd)

            if lineNumber == 1 {
                let header = fields.map { UTF8Bytes.string(bytes[$0]) }
                guard header == columns else {
                    throw .corruptRegistry(path: path, reason: "line 1 is not the record-history header (\(columns.joined(separator: ", ")))")
                }
                continue
            }
            if lineStart == contentEnd { continue }  // a blank line, e.g. at the end
            guard fields.count == columns.count else {
                throw .corruptRegistry(path: path, reason: "line \(lineNumber) has \(fields.count) columns, not \(columns.count)")
            }
            records.append(try record(bytes, fields: fields, line: lineNumber, path: path))
        }
        guard lineNumber > 0 else { throw .corruptRegistry(path: path, reason: "the file is empty") }
        return records
    }

    private static func record(
        _ bytes: [UInt8], fields: [Range<Int>], line: Int, path: String
    ) throws(RegistryError) -> RegistryRecord {
        func text(_ column: Int) -> String { UTF8Bytes.string(bytes[fields[column]]) }

        var ports: PortRange?
        let low = bytes[fields[0]], high = bytes[fields[1]]
        if !low.isEmpty || !high.isEmpty {
            guard let lowValue = UTF8Bytes.decimal(low, maximumDigits: 5), let lower = Port(lowValue),
                  let highValue = UTF8Bytes.decimal(high, maximumDigits: 5), let upper = Port(highValue),
                  let range = PortRange(lower, upper)
            else {
                throw .corruptRegistry(path: path, reason: "line \(line) has ports '\(text(0))-\(text(1))', not a port range")
            }
            ports = range
        }
        var transport: TransportProtocol?
        if !fields[2].isEmpty {
            guard let parsed = TransportProtocol(rawValue: text(2)) else {
                throw .corruptRegistry(path: path, reason: "line \(line) has protocol '\(text(2))', not tcp, udp, sctp or dccp")
            }
            transport = parsed
        }
        let references = bytes[fields[7]].split(separator: UInt8(ascii: ";")).map(UTF8Bytes.string)
        let lastSeen = fields[12].isEmpty ? nil : text(12)
        return RegistryRecord(
            ports: ports, transport: transport, serviceName: text(3), description: text(4),
            assignee: text(5), contact: text(6), references: references,
            registrationDate: text(8), modificationDate: text(9), note: text(10),
            serviceCode: text(13), unauthorized: text(14), firstSeen: text(11), lastSeen: lastSeen
        )
    }
}
