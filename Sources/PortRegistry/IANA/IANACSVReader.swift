/// Reads IANA's service-names-port-numbers.csv (RFC 4180: commas, `"`-quoted fields with `""`
/// for a quote, line breaks inside quotes) into the same `RegistryRecord`s the XML gives, as far
/// as the CSV carries them:
///
/// - columns are found by their header names, in any order;
/// - Assignee and Contact: IANA writes person ids in brackets, `[Jon_Postel]`; those become the
///   ids, `;`-joined (the CSV has no `<people>` to resolve them). Plain text stays as it is.
/// - Reference: `[RFC6335][RFC9110]` becomes `rfc6335`, `rfc9110` (the XML's `data` spelling);
///   other bracketed items are kept as written; text without brackets is one reference.
/// - whitespace runs collapsed to one space, as everywhere in the registry.
enum IANACSVReader {
    static let columns = [
        "Service Name", "Port Number", "Transport Protocol", "Description", "Assignee", "Contact",
        "Registration Date", "Modification Date", "Reference", "Service Code",
        "Unauthorized Use Reported", "Assignment Notes",
    ]

    static func parse(_ bytes: [UInt8], path: String, minimumRecords: Int) throws(RegistryError) -> [RegistryRecord] {
        let rows = try rows(bytes, path: path)
        guard let header = rows.first else { throw .corruptRegistry(path: path, reason: "the file is empty") }
        let names = header.fields.map { UTF8Bytes.string(UTF8Bytes.collapsingWhitespace($0)[...]).lowercased() }
        var positions: [Int] = []
        for column in columns {
            guard let position = names.firstIndex(of: column.lowercased()) else {
                throw .corruptRegistry(path: path, reason: "its header has no '\(column)' column; this is not IANA's CSV")
            }
            positions.append(position)
        }
        var records: [RegistryRecord] = []
        records.reserveCapacity(rows.count)
        for row in rows.dropFirst() {
            if row.fields.count == 1, row.fields[0].isEmpty { continue }  // a blank line
            guard row.fields.count >= names.count else {
                throw .corruptRegistry(path: path, reason: "line \(row.line) has \(row.fields.count) fields, not \(names.count)")
            }
            func text(_ column: Int) -> String {
                UTF8Bytes.string(UTF8Bytes.collapsingWhitespace(row.fields[positions[column]])[...])
            }
            var ports: PortRange?
            let number = text(1)
            if !number.isEmpty {
                guard let range = IANAXMLReader.portRange(number) else {
                    throw .corruptRegistry(path: path, reason: "line \(row.line) has port number '\(number)', not a port or range")
                }
                ports = range
            }
            var transport: TransportProtocol?
            let protocolName = text(2)
            if !protocolName.isEmpty {
                guard let parsed = TransportProtocol(name: protocolName) else {
                    throw .corruptRegistry(path: path, reason: "line \(row.line) has protocol '\(protocolName)', not tcp, udp, sctp or dccp")
                }
                transport = parsed
            }
            for date in [text(6), text(7)] where CalendarDate.looksLikeDay(date) && CalendarDate(date) == nil {
                throw .corruptRegistry(path: path, reason: "line \(row.line) has the date '\(date)', which is not a day of the calendar")
            }
            records.append(RegistryRecord(
                ports: ports, transport: transport, serviceName: text(0), description: text(3),
                assignee: persons(text(4)), contact: persons(text(5)), references: references(text(8)),
                registrationDate: text(6), modificationDate: text(7), note: text(11),
                serviceCode: text(9), unauthorized: text(10)
            ))
        }
        guard records.count >= minimumRecords else {
            throw .corruptRegistry(path: path, reason: "it has \(records.count) records, fewer than the \(minimumRecords) a complete registry has")
        }
        return records
    }

    /// `[a][b]` as `["a", "b"]`; `nil` unless the whole text is such a list.
    static func bracketedItems(_ text: String) -> [String]? {
        guard text.hasPrefix("["), text.hasSuffix("]") else { return nil }
        var items: [String] = []
        var remaining = Substring(text)
        while !remaining.isEmpty {
            guard remaining.first == "[", let close = remaining.firstIndex(of: "]") else { return nil }
            items.append(String(remaining[remaining.index(after: remaining.startIndex)..<close]))
            remaining = remaining[remaining.index(after: close)...].drop { $0 == " " }
        }
        return items
    }

    static func persons(_ text: String) -> String {
        bracketedItems(text)?.joined(separator: ";") ?? text
    }

    static func references(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        guard let items = bracketedItems(text) else { return [text] }
        return items.map { item in
            let bytes = Array(item.utf8)
            let isRFCNumber = bytes.count > 3 && bytes.starts(with: Array("RFC".utf8)) && UTF8Bytes.decimal(bytes[3...]) != nil
            return isRFCNumber ? "rfc" + item.dropFirst(3) : item
        }
    }

    struct Row {
        var fields: [[UInt8]]
        var line: Int
    }

    /// RFC 4180 rows; a quote left open at the end of the file is an error.
    static func rows(_ bytes: [UInt8], path: String) throws(RegistryError) -> [Row] {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ",")
        var rows: [Row] = []
        var fields: [[UInt8]] = []
        var field: [UInt8] = []
        var line = 1
        var rowLine = 1
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var fieldStarted = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == quote, field.isEmpty, !fieldStarted {
                let opened = index
                index += 1
                while true {
                    guard index < bytes.count else {
                        throw .corruptRegistry(path: path, reason: "it ends inside the quoted field opened at byte \(opened) (line \(line))")
                    }
                    let inner = bytes[index]
                    if inner == quote {
                        if index + 1 < bytes.count, bytes[index + 1] == quote { field.append(quote); index += 2; continue }
                        index += 1
                        break
                    }
                    if inner == UTF8Bytes.newline { line += 1 }
                    field.append(inner)
                    index += 1
                }
                fieldStarted = true
                continue
            }
            switch byte {
            case comma:
                fields.append(field); field = []; fieldStarted = false
            case UTF8Bytes.newline:
                fields.append(field); field = []; fieldStarted = false
                rows.append(Row(fields: fields, line: rowLine))
                fields = []
                line += 1
                rowLine = line
            case UTF8Bytes.carriageReturn where index + 1 < bytes.count && bytes[index + 1] == UTF8Bytes.newline:
                break
            default:
                field.append(byte); fieldStarted = true
            }
            index += 1
        }
        if !fields.isEmpty || !field.isEmpty {
            fields.append(field)
            rows.append(Row(fields: fields, line: rowLine))
        }
        return rows
    }
}
