/// One record version as a line of the compiled registry's records section.
///
/// Tab-separated fields, in this order: port_low, port_high (decimal; both empty for a
/// name-only record), protocol (empty for none), service name, description, assignee, contact,
/// registration date, modification date, note, service code, unauthorized, first_seen,
/// last_seen (empty while current), then one field per reference (none when there are none).
/// Inside a field a backslash, a tab, a newline or another control byte is written as `\` and
/// two hex digits, so no field can end early; IANA's text never needs it.
enum CompiledRecordLine {
    static let fixedFieldCount = 14
    static let serviceNameField = 3
    static let descriptionField = 4
    static let lastSeenField = 13
    static let backslash = UInt8(ascii: "\\")

    static func append(_ record: RegistryRecord, to output: inout [UInt8]) {
        if let ports = record.ports {
            output.append(contentsOf: String(ports.lower.rawValue).utf8)
            output.append(UTF8Bytes.tab)
            output.append(contentsOf: String(ports.upper.rawValue).utf8)
        } else {
            output.append(UTF8Bytes.tab)
        }
        let fields = [
            record.transport?.rawValue ?? "", record.serviceName, record.description, record.assignee,
            record.contact, record.registrationDate, record.modificationDate, record.note,
            record.serviceCode, record.unauthorized, record.firstSeen, record.lastSeen ?? "",
        ] + record.references
        for field in fields {
            output.append(UTF8Bytes.tab)
            appendEscaped(field, to: &output)
        }
        output.append(UTF8Bytes.newline)
    }

    private static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        let hexDigits = Array("0123456789abcdef".utf8)
        for byte in text.utf8 {
            if byte < 0x20 || byte == backslash || byte == 0x7F {
                output.append(backslash)
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 15)])
            } else {
                output.append(byte)
            }
        }
    }

    /// The field ranges of a line (without its newline).
    static func fieldRanges(_ line: UnsafeRawBufferPointer) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(fixedFieldCount + 2)
        var start = 0
        for index in 0..<line.count where line[index] == UTF8Bytes.tab {
            ranges.append(start..<index)
            start = index + 1
        }
        ranges.append(start..<line.count)
        return ranges
    }

    /// Checks one line as `decode` will read it; returns why it is malformed, or `nil`.
    static func problem(in line: UnsafeRawBufferPointer) -> String? {
        let fields = fieldRanges(line)
        guard fields.count >= fixedFieldCount else { return "it has \(fields.count) fields, not at least \(fixedFieldCount)" }
        let low = line[fields[0]], high = line[fields[1]]
        if low.isEmpty != high.isEmpty { return "it has only one of its two ports" }
        if !low.isEmpty {
            guard let lower = UTF8Bytes.decimal(low, maximumDigits: 5), let upper = UTF8Bytes.decimal(high, maximumDigits: 5),
                  lower <= upper, upper <= 65535
            else { return "its ports are not a range within 0-65535" }
        }
        if !fields[2].isEmpty, TransportProtocol(rawValue: UTF8Bytes.string(UnsafeRawBufferPointer(rebasing: line[fields[2]]))) == nil {
            return "its protocol is not tcp, udp, sctp or dccp"
        }
        return nil
    }

    /// Decodes a line; tolerant of anything `problem(in:)` would report (never traps).
    static func decode(_ line: UnsafeRawBufferPointer) -> RegistryRecord {
        let fields = fieldRanges(line)
        func text(_ index: Int) -> String {
            guard index < fields.count else { return "" }
            return unescaped(UnsafeRawBufferPointer(rebasing: line[fields[index]]))
        }
        var ports: PortRange?
        if fields.count > 1,
           let low = UTF8Bytes.decimal(line[fields[0]], maximumDigits: 5), let lower = Port(low),
           let high = UTF8Bytes.decimal(line[fields[1]], maximumDigits: 5), let upper = Port(high) {
            ports = PortRange(lower, upper)
        }
        let lastSeen = text(lastSeenField)
        return RegistryRecord(
            ports: ports, transport: TransportProtocol(rawValue: text(2)), serviceName: text(3),
            description: text(4), assignee: text(5), contact: text(6),
            references: fields.count > fixedFieldCount ? (fixedFieldCount..<fields.count).map(text) : [],
            registrationDate: text(7), modificationDate: text(8), note: text(9), serviceCode: text(10),
            unauthorized: text(11), firstSeen: text(12), lastSeen: lastSeen.isEmpty ? nil : lastSeen
        )
    }

    static func unescaped(_ field: UnsafeRawBufferPointer) -> String {
        guard field.contains(backslash) else { return UTF8Bytes.string(field) }
        var output: [UInt8] = []
        output.reserveCapacity(field.count)
        var index = 0
        while index < field.count {
            let byte = field[index]
            if byte == backslash, index + 2 < field.count,
               let high = hexValue(field[index + 1]), let low = hexValue(field[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
