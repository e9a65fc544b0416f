/// Reads IANA's service-names-port-numbers.xml into `RegistryRecord`s, converting each field
/// exactly as Data/iana/README.md says record-history.tsv does, so that a record read here equals
/// its row there (a test proves it for all 14,533 records of registry-latest.xml):
///
/// - `<number>` `1302` or `6000-6063` gives the ports; `<protocol>`, `<name>`, `<sc>` as given.
/// - `<description>`, `<note>`, `<unauthorized>`: text with `<br/>` as a space, each inline
///   `<xref>` as `[data]`, `<paragraph>`s joined by spaces.
/// - contact: the record's own `<xref type="person">`s, each resolved through `<people>` to its
///   `<name>`, else `<org>`, else its id, joined by `;`.
/// - assignee: the `<xref type="person">`s inside `<assignee>`, resolved the same way and joined
///   by `;`; when the record has no `<assignee>`, the same as contact (IANA's CSV convention).
///   1,253 current records name an assignee other than their contact (443/tcp: IESG, contact
///   IETF Chair).
/// - references: the record's other `<xref>`s in document order: `note:N` for footnotes, the
///   `data` attribute (rfc/draft ids, URIs) when there is one, else the element's text.
/// - registration/modification date: the record's `date`/`updated` attributes.
/// - Every field: whitespace runs (tabs, newlines) collapsed to one space, ends trimmed.
struct IANAXMLReader {
    /// Reads the whole file; `minimumRecords` guards against a truncated but well-formed file.
    static func parse(_ bytes: [UInt8], path: String, minimumRecords: Int) throws(RegistryError) -> (registryDate: String, records: [RegistryRecord]) {
        var reader = XMLDocumentReader(bytes: bytes, path: path)
        let root = try reader.readRootStartTag()
        guard root.name == "registry" else {
            throw reader.failure("its root element is <\(root.name)>, not IANA's <registry>")
        }
        var registryDate: String?
        var recordNodes: [XMLElementNode] = []
        var people: [String: String] = [:]
        if !root.isEmpty {
            content: while true {
                switch try reader.nextContent(of: root) {
                case .end: break content
                case .text: continue
                case .start(let child):
                    switch child.name {
                    case "record":
                        recordNodes.append(try reader.readElement(child, depth: 2))
                    case "updated" where registryDate == nil:
                        let node = try reader.readElement(child, depth: 2)
                        registryDate = UTF8Bytes.string(UTF8Bytes.collapsingWhitespace(node.textBytes)[...])
                    case "people":
                        let node = try reader.readElement(child, depth: 2)
                        for person in node.childElements where person.name == "person" {
                            guard let id = person.attribute("id") else { continue }
                            people[id] = personName(person, id: id)
                        }
                    default:
                        try reader.skipElement(child, depth: 2)
                    }
                }
            }
        }
        try reader.expectEndOfDocument()

        guard let registryDate else { throw reader.failure("it has no top-level <updated> date") }
        guard RegistryDate.isValid(Array(registryDate.utf8)) else {
            throw reader.failure("its <updated> date '\(registryDate)' is not YYYY-MM-DD")
        }
        guard CalendarDate(registryDate)?.day != nil else {
            throw reader.failure("its <updated> date '\(registryDate)' is not a day of the calendar")
        }
        guard recordNodes.count >= minimumRecords else {
            throw reader.failure("it has \(recordNodes.count) records, fewer than the \(minimumRecords) a complete registry has")
        }
        var records: [RegistryRecord] = []
        records.reserveCapacity(recordNodes.count)
        for node in recordNodes {
            records.append(try record(node, people: people, reader: reader))
        }
        return (registryDate, records)
    }

    private static func personName(_ person: XMLElementNode, id: String) -> String {
        for field in ["name", "org"] {
            if let element = person.firstChild(named: field) {
                let text = UTF8Bytes.collapsingWhitespace(element.textBytes)
                if !text.isEmpty { return UTF8Bytes.string(text[...]) }
            }
        }
        return id
    }

    private static func record(_ node: XMLElementNode, people: [String: String], reader: XMLDocumentReader) throws(RegistryError) -> RegistryRecord {
        var ports: PortRange?
        var transport: TransportProtocol?
        var record = RegistryRecord(ports: nil, transport: nil, serviceName: "", description: "")
        var contacts: [String] = []
        var assignees: [String]?
        for child in node.childElements {
            switch child.name {
            case "number":
                let text = fieldText(child)
                guard let range = portRange(text) else {
                    throw reader.failure("the record at byte \(node.offset) has number '\(text)', not a port or range")
                }
                ports = range
            case "protocol":
                let text = fieldText(child)
                if !text.isEmpty {
                    guard let parsed = TransportProtocol(rawValue: text) else {
                        throw reader.failure("the record at byte \(node.offset) has protocol '\(text)', not tcp, udp, sctp or dccp")
                    }
                    transport = parsed
                }
            case "name": record.serviceName = fieldText(child)
            case "description": record.description = fieldText(child)
            case "note": record.note = fieldText(child)
            case "sc": record.serviceCode = fieldText(child)
            case "unauthorized": record.unauthorized = fieldText(child)
            case "xref":
                let type = child.attribute("type") ?? ""
                let data = child.attribute("data") ?? ""
                if type == "person" {
                    contacts.append(people[data] ?? data)
                } else if type == "note" {
                    record.references.append("note:" + data)
                } else if !data.isEmpty {
                    record.references.append(UTF8Bytes.string(UTF8Bytes.collapsingWhitespace(Array(data.utf8))[...]))
                } else {
                    record.references.append(UTF8Bytes.string(UTF8Bytes.collapsingWhitespace(child.textBytes)[...]))
                }
            case "assignee":
                assignees = child.childElements.filter { $0.name == "xref" && $0.attribute("type") == "person" }
                    .map { people[$0.attribute("data") ?? ""] ?? ($0.attribute("data") ?? "") }
            default:
                continue
            }
        }
        record.ports = ports
        record.transport = transport
        record.contact = contacts.joined(separator: ";")
        record.assignee = assignees.map { $0.joined(separator: ";") } ?? record.contact
        record.registrationDate = node.attribute("date") ?? ""
        record.modificationDate = node.attribute("updated") ?? ""
        for date in [record.registrationDate, record.modificationDate] where CalendarDate.looksLikeDay(date) && CalendarDate(date) == nil {
            throw reader.failure("the record at byte \(node.offset) has the date '\(date)', which is not a day of the calendar")
        }
        return record
    }

    /// A field's text: `<br/>` as a space, inline `<xref>`s as `[data]`, whitespace collapsed.
    static func fieldText(_ element: XMLElementNode) -> String {
        var output: [UInt8] = []
        appendText(element, to: &output)
        return UTF8Bytes.string(UTF8Bytes.collapsingWhitespace(output)[...])
    }

    private static func appendText(_ element: XMLElementNode, to output: inout [UInt8]) {
        for child in element.children {
            switch child {
            case .text(let text):
                output.append(contentsOf: text)
            case .element(let inner) where inner.name == "br":
                output.append(UTF8Bytes.space)
            case .element(let inner) where inner.name == "xref":
                let data = inner.attribute("data") ?? ""
                output.append(UInt8(ascii: "["))
                if data.isEmpty { output.append(contentsOf: inner.textBytes) } else { output.append(contentsOf: data.utf8) }
                output.append(UInt8(ascii: "]"))
            case .element(let inner):
                // <paragraph> and anything else: its text, set apart by spaces.
                output.append(UTF8Bytes.space)
                appendText(inner, to: &output)
                output.append(UTF8Bytes.space)
            }
        }
    }

    /// `1302` or `6000-6063`.
    static func portRange(_ text: String) -> PortRange? {
        let bytes = Array(text.utf8)
        if let dash = bytes.firstIndex(of: UInt8(ascii: "-")) {
            guard let low = UTF8Bytes.decimal(bytes[..<dash], maximumDigits: 5), let lower = Port(low),
                  let high = UTF8Bytes.decimal(bytes[(dash + 1)...], maximumDigits: 5), let upper = Port(high)
            else { return nil }
            return PortRange(lower, upper)
        }
        guard let value = UTF8Bytes.decimal(bytes, maximumDigits: 5), let port = Port(value) else { return nil }
        return PortRange(single: port)
    }
}
