/// Reads IANA's `port-numbers` text file (as published until 2011), whose tables look like
///
/// ```
/// compressnet       3/tcp    Compression Process
/// #                          Bernie Volz <VOLZ@PROCESS.COM>
/// #                 4/tcp    Unassigned
///                   0/tcp    Reserved
/// active-net	3322-3325  Active Networks
/// ```
///
/// Only the lines between "Port Assignments:" and the next section heading are tables. A
/// keyword on port 0 (`spr-itunes 0/tcp`, 2008) is a service name without a port, as the file
/// says. An entry is a
/// keyword (absent for Reserved lines), a port or range with a protocol (none for a few
/// ranges), and a description. A `#` line holding an entry is one IANA commented out: an
/// Unassigned port, sometimes with its former keyword ("Unassigned [was netstat]"); it is kept
/// as an entry without a service name. Any other `#` line names a contact, `Name <email>`, of
/// the uncommented entries since the previous contact line; consecutive contact lines are
/// several contacts. The file names no assignee, so `assignee` stays empty.
public enum PortNumbersText {
    public static func parse(_ bytes: [UInt8], path: String) throws(RegistryError) -> [RegistryRecord] {
        var records: [RegistryRecord] = []
        var inTables = false
        var awaitingContact: [Int] = []  // entries since the last contact line
        var contactRun: [Int] = []       // the entries the current run of contact lines names
        for line in ArchiveText.lines(bytes) {
            if ArchiveText.startsWith(line, "Port Assignments:") { inTables = true; continue }
            if ["REGISTERED PORT NUMBERS", "DYNAMIC AND/OR PRIVATE PORTS", "REFERENCES"].contains(where: { ArchiveText.startsWith(line, $0) }) {
                inTables = false
                continue
            }
            guard inTables, !ArchiveText.isBlank(line) else { continue }
            let commented = line.first == UInt8(ascii: "#")
            let body = commented ? line.dropFirst() : line
            let tokens = ArchiveText.tokens(body)
            guard !tokens.isEmpty else { continue }

            if let entry = entry(tokens) {
                if commented && !entry.serviceName.isEmpty {
                    // "#name port/proto ..." does not occur; a commented entry is unassigned.
                    continue
                }
                if !commented { awaitingContact.append(records.count) }
                records.append(entry)
                contactRun = []
                continue
            }
            guard commented else { continue }  // prose inside the tables ("Keyword Decimal ...")
            let contact = contactName(body)
            guard !contact.isEmpty else { continue }
            if contactRun.isEmpty {
                contactRun = awaitingContact
                awaitingContact = []
            }
            for index in contactRun {
                records[index].contact += records[index].contact.isEmpty ? contact : ";" + contact
            }
        }
        guard records.count >= 1_000 else {
            throw .corruptRegistry(path: path, reason: "it has \(records.count) port entries, too few for IANA's port-numbers file")
        }
        return records
    }

    /// `keyword port/proto description` or `port/proto description`; `nil` when the line is not an entry.
    static func entry(_ tokens: [ArraySlice<UInt8>]) -> RegistryRecord? {
        var rest = tokens[...]
        if let port = ArchiveText.portToken(rest[rest.startIndex]) {
            rest = rest.dropFirst()
            return RegistryRecord(ports: port.ports, transport: port.transport, serviceName: "",
                                  description: ArchiveText.text(rest.joined(separator: [UTF8Bytes.space])))
        }
        guard rest.count >= 2, let port = ArchiveText.portToken(rest[rest.startIndex + 1]) else { return nil }
        let name = UTF8Bytes.string(rest[rest.startIndex])
        rest = rest.dropFirst(2)
        // "A value of 0 in the port numbers registry below indicates that no port has been
        // allocated" (the 2008 file): a named port 0 is a service name without a port.
        let ports = port.ports.upper.rawValue == 0 ? nil : port.ports
        return RegistryRecord(ports: ports, transport: port.transport, serviceName: name,
                              description: ArchiveText.text(rest.joined(separator: [UTF8Bytes.space])))
    }

    /// `Kelli Watson <kwatson@ci3software.com>` → `Kelli Watson`; a bare address stays as it is.
    static func contactName(_ body: ArraySlice<UInt8>) -> String {
        var kept: [UInt8] = []
        var depth = 0
        for byte in body {
            if byte == UInt8(ascii: "<") { depth += 1; continue }
            if byte == UInt8(ascii: ">") { depth = max(0, depth - 1); continue }
            if depth == 0 { kept.append(byte) }
        }
        let name = ArchiveText.text(kept)
        if !name.isEmpty { return name }
        return ArchiveText.text(body.filter { $0 != UInt8(ascii: "<") && $0 != UInt8(ascii: ">") })
    }
}
