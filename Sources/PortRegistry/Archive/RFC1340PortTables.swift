/// Reads the port tables of RFC 1340, "Assigned Numbers" (July 1992): lines such as
///
/// ```
///    echo              7/tcp    Echo                              [95,JBP]
///                    224-241    Reserved                             [JBP]
///                               passwords and UNIX loppgin names
/// ```
///
/// A keyword (absent for Reserved and Unassigned lines), the port or range with its protocol
/// (none for some ranges), the description, and in brackets the RFC's reference numbers and
/// its contacts' initials. An indented line without a port continues the description above.
/// The contact is kept as the RFC gives it, initials such as `JBP` (the RFC resolves them in a
/// section these tables do not include); the reference numbers point into the RFC's own list
/// and are dropped.
public enum RFC1340PortTables {
    public static func parse(_ bytes: [UInt8], path: String) throws(RegistryError) -> [RegistryRecord] {
        var records: [RegistryRecord] = []
        for line in ArchiveText.lines(bytes) where !ArchiveText.isBlank(line) {
            var tokens = ArchiveText.tokens(line)
            var name = ""
            var port = ArchiveText.portToken(tokens[0])
            if port == nil, tokens.count > 1, let second = ArchiveText.portToken(tokens[1]) {
                name = UTF8Bytes.string(tokens[0])
                port = second
                tokens.removeFirst(2)
            } else if port != nil {
                tokens.removeFirst()
            }
            guard let (ports, transport) = port else {
                // A continuation of the description above.
                guard !records.isEmpty, UTF8Bytes.isWhitespace(line.first ?? 0) else {
                    throw .corruptRegistry(path: path, reason: "line '\(ArchiveText.text(line))' is neither a port entry nor a continuation")
                }
                let more = ArchiveText.text(line)
                records[records.count - 1].description += records[records.count - 1].description.isEmpty ? more : " " + more
                continue
            }
            var contacts: [String] = []
            if let last = tokens.last, last.first == UInt8(ascii: "["), last.last == UInt8(ascii: "]") {
                tokens.removeLast()
                for part in last.dropFirst().dropLast().split(separator: UInt8(ascii: ",")) where UTF8Bytes.decimal(part) == nil {
                    contacts.append(UTF8Bytes.string(part))
                }
            }
            let description = ArchiveText.text(tokens.joined(separator: [UTF8Bytes.space]))
            records.append(RegistryRecord(
                ports: ports, transport: transport, serviceName: name, description: description,
                contact: contacts.joined(separator: ";")
            ))
        }
        guard records.count >= 100 else {
            throw .corruptRegistry(path: path, reason: "it has \(records.count) port entries, too few for RFC 1340's tables")
        }
        return records
    }
}
