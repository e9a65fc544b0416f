import PortRegistry

/// The port part of `/ports/1302`, `/ports/1302/udp`, `/ports/8000-8010`: a port or a range,
/// with an optional protocol, checked against the server's range limit.
struct PortPath: Sendable, Hashable {
    var query: PortQuery
    /// `1302/udp`, as the user wrote it: the `query` field of the documents.
    var text: String

    /// Parses the path parameters; a service name, a bad number or a too-wide range is a bad parameter.
    init(port rawPort: String, protocol rawProtocol: String?, maximumRangePorts: Int) throws(ServerError) {
        let port = PercentDecoding.decode(rawPort)
        let transport = rawProtocol.map { PercentDecoding.decode($0).lowercased() }
        if let transport, TransportProtocol(name: transport) == nil {
            throw .badParameter(name: "protocol", reason: "'\(ServerError.clip(transport))' is not tcp, udp, sctp or dccp")
        }
        let text = transport.map { "\(port)/\($0)" } ?? port
        let parsed: PortQuery
        do {
            parsed = try PortQuery(parsing: text)
        } catch {
            throw .badParameter(name: "port", reason: error.description)
        }
        switch parsed {
        case .port:
            break
        case .range(let range, _):
            guard range.count <= maximumRangePorts else { throw .rangeTooLarge(range.description, limit: maximumRangePorts) }
        case .serviceName(let name):
            throw .badParameter(name: "port", reason: "'\(ServerError.clip(name))' is not a port number or range; give 0-65535 or a range like 8000-8010, or use /services/NAME")
        }
        self.query = parsed
        self.text = text
    }
}

/// Undoes `%XX` escapes (path segments are not decoded by the router, nor form bodies): the one
/// percent-decoder of the server, lenient for paths and strict for the feedback form.
enum PercentDecoding {
    /// Malformed escapes stay as written; bytes that are not UTF-8 become U+FFFD.
    static func decode(_ text: String, plusIsSpace: Bool = false) -> String {
        guard text.utf8.contains(where: { $0 == 0x25 || (plusIsSpace && $0 == 0x2B) }) else { return text }
        return String(decoding: bytes(text.utf8, plusIsSpace: plusIsSpace, strict: false) ?? [], as: UTF8.self)
    }

    /// The decoded bytes; `nil` when `strict` and a `%` is not followed by two hex digits (else such
    /// a `%` stays as written).
    static func bytes(_ text: some Collection<UInt8>, plusIsSpace: Bool, strict: Bool) -> [UInt8]? {
        let input = Array(text)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == 0x25, index + 2 < input.count, let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2]) {
                bytes.append(high << 4 | low)
                index += 3
            } else if byte == 0x25, strict {
                return nil
            } else {
                bytes.append(plusIsSpace && byte == 0x2B ? 0x20 : byte)
                index += 1
            }
        }
        return bytes
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
