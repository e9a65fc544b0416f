/// Reads IANA's plain-text rendering of service-names-port-numbers.xml (as of 2013): a table
/// of fixed-width columns, then a people table.
///
/// ```
/// ci3-software-2     1302        tcp    CI3-Software-2               [Kelli_Watson]     ...     [Kelli_Watson]
/// https                          tcp    HTTP over SSL/TLS            [Tim_Berners_Lee]  ...
/// [Kelli_Watson]                                            Kelli Watson           mailto:kwatson&ci3software.com
/// ```
///
/// A record's line has the protocol in columns 30-37 (1-based 31-38); before it the service
/// name (from column 0) and the port or range, either of which may be absent. The description
/// is in columns 38-66; the assignee's and the contact's `[Person_Id]`s start at columns 67 and
/// 118 and resolve through the people table (its name column at 58, else its organization at
/// 84, else the id, as the XML reader does).
///
/// A cell longer than its column wraps onto lines above and below the record's own line
/// (the rendering centres every cell in its row), and those lines cannot always be told from
/// the neighbouring rows'. So only the record's own line is read: a longer description or
/// organization is a piece of the real one. `ArchiveMerge` therefore lets a record from this
/// file confirm a version when its pieces are found in it, and the dates, references and
/// notes (later columns) are not read at all.
public enum IANAPlainText {
    static let protocolColumns = 30..<38
    static let descriptionColumns = 38..<67
    static let assigneeColumns = 67..<118
    static let contactColumns = 118..<168
    static let personNameColumns = 58..<84
    static let personOrganizationColumns = 84..<106

    public static func parse(_ bytes: [UInt8], path: String) throws(RegistryError) -> [RegistryRecord] {
        let lines = ArchiveText.lines(bytes)
        var people: [String: String] = [:]
        var peopleStart = lines.count
        for (index, line) in lines.enumerated().reversed() where ArchiveText.text(line) == "People" {
            peopleStart = index
            break
        }
        for line in lines[peopleStart...] where line.first == UInt8(ascii: "[") {
            guard let close = line.firstIndex(of: UInt8(ascii: "]")) else { continue }
            let id = UTF8Bytes.string(line[(line.startIndex + 1)..<close])
            let name = ArchiveText.text(column(line, personNameColumns))
            let organization = ArchiveText.text(column(line, personOrganizationColumns))
            people[id] = !name.isEmpty ? name : !organization.isEmpty ? organization : id
        }

        var records: [RegistryRecord] = []
        var ids: [(assignee: [String], contact: [String])] = []
        for line in lines[..<peopleStart] {
            let head = column(line, 0..<protocolColumns.lowerBound)
            let protocolTokens = ArchiveText.tokens(column(line, protocolColumns))
            if protocolTokens.count == 1,
               let transport = TransportProtocol(rawValue: UTF8Bytes.string(protocolTokens[0])) {
                let headTokens = ArchiveText.tokens(head)
                var name = ""
                var ports: PortRange?
                var valid = headTokens.count <= 2
                for token in headTokens {
                    if let parsed = ArchiveText.portToken(token), parsed.transport == nil, ports == nil {
                        ports = parsed.ports
                    } else if name.isEmpty, ports == nil, line.first.map(UTF8Bytes.isWhitespace) == false {
                        name = UTF8Bytes.string(token)
                    } else {
                        valid = false
                    }
                }
                if valid, !name.isEmpty || ports != nil {
                    records.append(RegistryRecord(
                        ports: ports, transport: transport, serviceName: name,
                        description: ArchiveText.text(column(line, descriptionColumns))
                    ))
                    ids.append((personIDs(column(line, assigneeColumns)), personIDs(column(line, contactColumns))))
                }
            }
        }
        for index in records.indices {
            records[index].contact = ids[index].contact.map { people[$0] ?? $0 }.joined(separator: ";")
            // As in the XML: a record without an assignee names its contact in that role.
            let assignees = ids[index].assignee.map { people[$0] ?? $0 }
            records[index].assignee = assignees.isEmpty ? records[index].contact : assignees.joined(separator: ";")
        }
        guard records.count >= IANARegistryFile.minimumRecordCount else {
            throw .corruptRegistry(path: path, reason: "it has \(records.count) records, fewer than the \(IANARegistryFile.minimumRecordCount) a complete registry has")
        }
        return records
    }

    /// The bytes of `line` in `columns` (fewer, or none, when the line is shorter).
    static func column(_ line: ArraySlice<UInt8>, _ columns: Range<Int>) -> ArraySlice<UInt8> {
        let start = min(line.startIndex + columns.lowerBound, line.endIndex)
        let end = min(line.startIndex + columns.upperBound, line.endIndex)
        return line[start..<end]
    }

    /// The `[Person_Id]`s in a cell.
    static func personIDs(_ cell: ArraySlice<UInt8>) -> [String] {
        ArchiveText.tokens(cell).compactMap { token in
            guard token.first == UInt8(ascii: "["), token.last == UInt8(ascii: "]"), token.count > 2 else { return nil }
            return UTF8Bytes.string(token.dropFirst().dropLast())
        }
    }
}
