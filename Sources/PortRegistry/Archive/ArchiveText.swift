/// Byte-level pieces shared by the parsers of the registry's older text formats.
enum ArchiveText {
    /// The file's lines, without their `\n` (and a trailing `\r`).
    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == UTF8Bytes.newline {
            var end = index
            if end > start, bytes[end - 1] == UTF8Bytes.carriageReturn { end -= 1 }
            lines.append(bytes[start..<end])
            start = index + 1
        }
        if start < bytes.count { lines.append(bytes[start...]) }
        return lines
    }

    /// Whitespace-separated tokens, with where each starts.
    static func tokens(_ line: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var tokens: [ArraySlice<UInt8>] = []
        var start: Int?
        for index in line.indices {
            if UTF8Bytes.isWhitespace(line[index]) {
                if let begun = start { tokens.append(line[begun..<index]); start = nil }
            } else if start == nil {
                start = index
            }
        }
        if let begun = start { tokens.append(line[begun..<line.endIndex]) }
        return tokens
    }

    /// `1302/tcp`, `6000-6063/udp`, `3322-3325` or `6400`: the ports and, when named, the protocol.
    /// `nil` when the token is not that, or names a protocol other than tcp, udp, sctp or dccp.
    static func portToken(_ token: ArraySlice<UInt8>) -> (ports: PortRange, transport: TransportProtocol?)? {
        var numbers = token
        var transport: TransportProtocol?
        if let slash = token.firstIndex(of: UInt8(ascii: "/")) {
            guard let parsed = TransportProtocol(rawValue: UTF8Bytes.string(token[(slash + 1)...]).lowercased()) else { return nil }
            transport = parsed
            numbers = token[..<slash]
        }
        guard let ports = IANAXMLReader.portRange(UTF8Bytes.string(numbers)) else { return nil }
        return (ports, transport)
    }

    /// Text with whitespace runs collapsed to one space and the ends trimmed, as the XML reader does.
    static func text(_ bytes: some Sequence<UInt8>) -> String {
        UTF8Bytes.string(UTF8Bytes.collapsingWhitespace(Array(bytes))[...])
    }

    /// Whether the line has only whitespace.
    static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        line.allSatisfy(UTF8Bytes.isWhitespace)
    }

    static func startsWith(_ line: ArraySlice<UInt8>, _ prefix: String) -> Bool {
        line.starts(with: prefix.utf8)
    }
}
