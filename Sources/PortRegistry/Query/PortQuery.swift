/// What a user asks about: `443`, `53/udp`, `8000-8010`, `8000-8010/tcp` or `postgresql`.
public enum PortQuery: Hashable, Sendable {
    case port(Port, TransportProtocol?)
    case range(PortRange, TransportProtocol?)
    case serviceName(String)

    /// The longest query worth reading; IANA's longest service name has 15 characters.
    static let maximumLength = 256

    /// Parses a query from the command line or a URL.
    ///
    /// Text starting with a digit or `-` is a port or range; anything else made of letters,
    /// digits, `-`, `_`, `.`, `+` and `/` is a service name.
    public init(parsing text: String) throws(RegistryError) {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { throw .invalidQuery("The query is empty") }
        guard trimmed.utf8.count <= Self.maximumLength else {
            throw .invalidQuery("The query is \(trimmed.utf8.count) characters long, more than any port or service name")
        }
        let bytes = Array(trimmed.utf8)
        let startsNumeric = bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+")
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[0])

        var portPart = trimmed[...]
        var transport: TransportProtocol?
        if let slash = trimmed.firstIndex(of: "/") {
            let name = trimmed[trimmed.index(after: slash)...]
            portPart = trimmed[..<slash]
            guard let parsed = TransportProtocol(name: name) else {
                if startsNumeric { throw .invalidProtocol(String(name)) }
                throw .invalidQuery("'\(RegistryError.clip(trimmed))' is neither a port nor a service name")
            }
            transport = parsed
            if !portPart.isEmpty, !startsNumeric, portPart.allSatisfy({ $0.isLetter }) {
                // `abc/tcp`: a protocol was given, so the user meant a port.
                throw .invalidPort(String(portPart))
            }
        }

        if startsNumeric || transport != nil {
            if let dash = portPart.dropFirst().firstIndex(of: "-") {
                let lower = try Self.port(portPart[..<dash])
                let upper = try Self.port(portPart[portPart.index(after: dash)...])
                guard let range = PortRange(lower, upper) else { throw .invalidRange(String(portPart)) }
                self = range.isSinglePort ? .port(lower, transport) : .range(range, transport)
            } else {
                self = .port(try Self.port(portPart), transport)
            }
            return
        }

        guard bytes.allSatisfy(Self.isServiceNameByte) else {
            throw .invalidQuery("'\(RegistryError.clip(trimmed))' is neither a port nor a service name")
        }
        self = .serviceName(trimmed)
    }

    private static func port(_ text: Substring) throws(RegistryError) -> Port {
        guard !text.isEmpty, text.utf8.count <= 5, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
              let value = Int(text), let port = Port(value)
        else { throw .invalidPort(String(text)) }
        return port
    }

    private static func isServiceNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "*"):
            true
        default:
            false
        }
    }
}

extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
