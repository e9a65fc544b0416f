/// One copy of IANA's port registry that the history was built from: the 1992 RFC, a
/// `port-numbers` text file, an XML file or its text rendering, or a 2017+ snapshot.
public struct RegistryCopy: Hashable, Sendable, Comparable {
    /// The registry's own "last updated" date, `YYYY-MM-DD`; `YYYY-MM` for RFC 1340.
    public var date: String
    public var format: Format

    public init(date: String, format: Format) {
        self.date = date
        self.format = format
    }

    public enum Format: String, Hashable, Sendable, CaseIterable {
        /// RFC 1340 "Assigned Numbers" (1992): names, ports, descriptions, contacts as initials.
        case rfc1340 = "rfc1340"
        /// IANA's `port-numbers` text file (until 2011): names, ports, descriptions, contacts.
        case portNumbersText = "port-numbers"
        /// IANA's service-names-port-numbers.xml: every field.
        case xml = "xml"
        /// IANA's plain-text rendering of the XML: names, ports, descriptions, assignee, contact.
        case plainText = "text"
    }

    /// "RFC 1340 (1992-07)", "the port-numbers file of 2004-01-08", "the registry of 2019-10-17".
    public var title: String {
        switch format {
        case .rfc1340: "RFC 1340 (\(date))"
        case .portNumbersText: "the port-numbers file of \(date)"
        case .xml, .plainText: "the registry of \(date)"
        }
    }

    public static func < (a: RegistryCopy, b: RegistryCopy) -> Bool { a.date < b.date }

    /// `YYYY-MM-DD` or `YYYY-MM`.
    /// Whether `text` is `YYYY-MM-DD` or `YYYY-MM`.
    public static func isValidDate(_ text: String) -> Bool { isValidDate(Array(text.utf8)) }

    static func isValidDate(_ bytes: some Collection<UInt8>) -> Bool {
        if bytes.count == 7 {
            return RegistryDate.isValid(Array(bytes) + Array("-01".utf8))
        }
        return RegistryDate.isValid(bytes)
    }
}
