/// What a user asks about: `443`, `53/udp`, `8000-8010`, `8000-8010/tcp` or `postgresql`.
public enum PortQuery: Hashable, Sendable {
    case port(Port, TransportProtocol?)
    case range(PortRange, TransportProtocol?)
    case serviceName(String)

    /// The longest query worth reading; IANA's longest service name has 15 characters.
    static let maximumLength = 256

    /// Parses a query from the command line or a URL.
    ///
    /// Text made of digits and dashes, optionally followed by `/protocol`, is a port or range;
    /// anything else is a service name (IANA's include `914c/g`, `EtherNet/IP-1` and
    /// `Apple Remote Desktop (Net Assistant)`).
    public init(parsing text: String) throws(RegistryError) {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else { throw .invalidQuery("The query is empty") }
        guard trimmed.utf8.count <= Self.maximumLength else {
            throw .invalidQuery("The query is \(trimmed.utf8.count) characters long, more than any port or service name")
        }
        guard !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .invalidQuery("The query contains control characters")
        }

        var portPart = trimmed[...]
        var transport: TransportProtocol?
        if let slash = trimmed.lastIndex(of: "/") {
            let suffix = trimmed[trimmed.index(after: slash)...]
            let prefix = trimmed[..<slash]
            if let parsed = TransportProtocol(name: suffix) {
                // `abc/tcp`: a protocol was given, so the user meant a port.
                guard Self.looksNumeric(prefix) else { throw .invalidPort(String(prefix)) }
                transport = parsed
                portPart = prefix
            } else if Self.looksNumeric(prefix) {
                throw .invalidProtocol(String(suffix))
            }
        }

        guard Self.looksNumeric(portPart) else {
            self = .serviceName(trimmed)
            return
        }
        if let dash = portPart.dropFirst().firstIndex(of: "-") {
            let lower = try Self.port(portPart[..<dash])
            let upper = try Self.port(portPart[portPart.index(after: dash)...])
            guard let range = PortRange(lower, upper) else { throw .invalidRange(String(portPart)) }
            self = range.isSinglePort ? .port(lower, transport) : .range(range, transport)
        } else {
            self = .port(try Self.port(portPart), transport)
        }
    }

    /// Digits, dashes and signs with at least one digit: `443`, `8000-8010`, `-1`.
    private static func looksNumeric(_ text: Substring) -> Bool {
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "-"), UInt8(ascii: "+"): continue
            default: return false
            }
        }
        return digits > 0
    }

    private static func port(_ text: Substring) throws(RegistryError) -> Port {
        guard !text.isEmpty, text.utf8.count <= 5, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
              let value = Int(text), let port = Port(value)
        else { throw .invalidPort(String(text)) }
        return port
    }
}
