/// A small, strict, byte-level XML reader: enough of XML 1.0 for IANA's registry files (elements,
/// attributes, text, the five named entities and character references, comments, processing
/// instructions, CDATA, a DOCTYPE without an internal subset).
///
/// The binary links FoundationEssentials only, which has no `XMLParser`. The caller decides, per
/// element, whether to build its subtree (`XMLElementNode`) or only check it; a truncated or
/// malformed file throws `RegistryError.corruptRegistry` naming the innermost open element and
/// the byte offset.
///
/// Elements may nest at most `maximumDepth` deep: reading and skipping recurse once per level,
/// and 40,000 nested `<a>`s (120 KB) overflowed the stack before the limit existed.
struct XMLDocumentReader {
    /// IANA's registry nests 5 deep (`registry`, `record`, `description`, `paragraph`, `xref`).
    static let maximumDepth = 64

    let bytes: [UInt8]
    let path: String
    var position = 0

    init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
    }

    struct StartTag {
        var name: String
        var attributes: [(name: String, value: String)]
        var isEmpty: Bool
        var offset: Int
    }

    func failure(_ reason: String) -> RegistryError {
        .corruptRegistry(path: path, reason: reason)
    }

    func endFailure(inside element: String?) -> RegistryError {
        failure(element.map { "it ends inside <\($0)> at byte \(bytes.count)" } ?? "it ends before its root element at byte \(bytes.count)")
    }

    // MARK: Document

    /// Skips the prolog (XML declaration, processing instructions, comments, DOCTYPE) and reads
    /// the root element's start tag.
    mutating func readRootStartTag() throws(RegistryError) -> StartTag {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        while true {
            skipWhitespace()
            guard position < bytes.count else {
                throw failure(bytes.isEmpty ? "the file is empty" : "it has no root element")
            }
            guard bytes[position] == UInt8(ascii: "<") else {
                throw failure("byte \(position) is text before the root element; this is not XML")
            }
            if try skipMarkupDeclaration(inside: nil) { continue }
            return try readStartTag(inside: nil)
        }
    }

    /// After the root element: only whitespace, comments and processing instructions.
    mutating func expectEndOfDocument() throws(RegistryError) {
        while true {
            skipWhitespace()
            guard position < bytes.count else { return }
            guard bytes[position] == UInt8(ascii: "<"), try skipMarkupDeclaration(inside: nil) else {
                throw failure("byte \(position) follows the end of the root element")
            }
        }
    }

    // MARK: Content

    enum ContentEvent {
        case start(StartTag)
        case text([UInt8])
        case end
    }

    /// The next piece of `element`'s content: a child's start tag, text (entities decoded), or
    /// `element`'s matching end tag.
    mutating func nextContent(of element: StartTag) throws(RegistryError) -> ContentEvent {
        while true {
            guard position < bytes.count else { throw endFailure(inside: element.name) }
            if bytes[position] != UInt8(ascii: "<") {
                return .text(try readText(inside: element.name))
            }
            guard position + 1 < bytes.count else { throw endFailure(inside: element.name) }
            switch bytes[position + 1] {
            case UInt8(ascii: "/"):
                let offset = position
                position += 2
                let name = try readName(inside: element.name)
                skipWhitespace()
                guard position < bytes.count else { throw endFailure(inside: element.name) }
                guard bytes[position] == UInt8(ascii: ">") else { throw failure("the end tag at byte \(offset) is malformed") }
                position += 1
                guard name == element.name else {
                    throw failure("</\(name)> at byte \(offset) closes <\(element.name)> opened at byte \(element.offset)")
                }
                return .end
            case UInt8(ascii: "!"):
                if position + 8 < bytes.count, Array(bytes[position..<(position + 9)]) == Array("<![CDATA[".utf8) {
                    let start = position + 9
                    guard let end = find(Array("]]>".utf8), from: start) else { throw endFailure(inside: element.name) }
                    position = end + 3
                    return .text(Array(bytes[start..<end]))
                }
                _ = try skipMarkupDeclaration(inside: element.name)
            case UInt8(ascii: "?"):
                _ = try skipMarkupDeclaration(inside: element.name)
            default:
                return .start(try readStartTag(inside: element.name))
            }
        }
    }

    /// Refuses an element nested deeper than `maximumDepth`; the root element is at depth 1.
    func checkDepth(_ element: StartTag, depth: Int) throws(RegistryError) {
        guard depth <= Self.maximumDepth else {
            throw failure("<\(element.name)> at byte \(element.offset) is nested \(depth) elements deep, more than the \(Self.maximumDepth) a registry file may use")
        }
    }

    /// Reads the rest of `element` (whose start tag was just read), building its subtree.
    /// `depth` is the element's own depth (a child of the root is at 2).
    mutating func readElement(_ element: StartTag, depth: Int) throws(RegistryError) -> XMLElementNode {
        try checkDepth(element, depth: depth)
        var node = XMLElementNode(name: element.name, attributes: element.attributes, children: [], offset: element.offset)
        guard !element.isEmpty else { return node }
        while true {
            switch try nextContent(of: element) {
            case .start(let child): node.children.append(.element(try readElement(child, depth: depth + 1)))
            case .text(let text): node.children.append(.text(text))
            case .end: return node
            }
        }
    }

    /// Reads the rest of `element` only to check it is well formed.
    mutating func skipElement(_ element: StartTag, depth: Int) throws(RegistryError) {
        try checkDepth(element, depth: depth)
        guard !element.isEmpty else { return }
        while true {
            switch try nextContent(of: element) {
            case .start(let child): try skipElement(child, depth: depth + 1)
            case .text: continue
            case .end: return
            }
        }
    }

    // MARK: Tokens

    private mutating func skipWhitespace() {
        while position < bytes.count, UTF8Bytes.isWhitespace(bytes[position]) { position += 1 }
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], Array(bytes[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }

    /// Skips `<?...?>`, `<!--...-->` or `<!DOCTYPE ...>` at `position`; `false` if it is none.
    private mutating func skipMarkupDeclaration(inside element: String?) throws(RegistryError) -> Bool {
        guard position + 1 < bytes.count else { throw endFailure(inside: element) }
        let terminator: [UInt8]
        switch bytes[position + 1] {
        case UInt8(ascii: "?"): terminator = Array("?>".utf8)
        case UInt8(ascii: "!"):
            terminator = Array(bytes[position..<min(bytes.count, position + 4)]) == Array("<!--".utf8)
                ? Array("-->".utf8) : Array(">".utf8)
        default: return false
        }
        guard let end = find(terminator, from: position + 2) else { throw endFailure(inside: element) }
        position = end + terminator.count
        return true
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        UTF8Bytes.isAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    private mutating func readName(inside element: String?) throws(RegistryError) -> String {
        let start = position
        while position < bytes.count, Self.isNameByte(bytes[position]) { position += 1 }
        guard position < bytes.count else { throw endFailure(inside: element) }
        guard position > start else { throw failure("byte \(start) should start a name in a tag") }
        return UTF8Bytes.string(bytes[start..<position])
    }

    private mutating func readStartTag(inside element: String?) throws(RegistryError) -> StartTag {
        let offset = position
        position += 1
        let name = try readName(inside: element)
        var attributes: [(name: String, value: String)] = []
        while true {
            skipWhitespace()
            guard position < bytes.count else { throw endFailure(inside: element ?? name) }
            switch bytes[position] {
            case UInt8(ascii: ">"):
                position += 1
                return StartTag(name: name, attributes: attributes, isEmpty: false, offset: offset)
            case UInt8(ascii: "/"):
                guard position + 1 < bytes.count else { throw endFailure(inside: element ?? name) }
                guard bytes[position + 1] == UInt8(ascii: ">") else { throw failure("the tag <\(name)> at byte \(offset) is malformed") }
                position += 2
                return StartTag(name: name, attributes: attributes, isEmpty: true, offset: offset)
            default:
                let attributeName = try readName(inside: element ?? name)
                skipWhitespace()
                guard position < bytes.count else { throw endFailure(inside: element ?? name) }
                guard bytes[position] == UInt8(ascii: "=") else { throw failure("the attribute \(attributeName) of <\(name)> at byte \(offset) has no value") }
                position += 1
                skipWhitespace()
                guard position < bytes.count else { throw endFailure(inside: element ?? name) }
                let quote = bytes[position]
                guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                    throw failure("the attribute \(attributeName) of <\(name)> at byte \(offset) is not quoted")
                }
                let start = position + 1
                var end = start
                while end < bytes.count, bytes[end] != quote {
                    guard bytes[end] != UInt8(ascii: "<") else { throw failure("the attribute \(attributeName) of <\(name)> at byte \(offset) contains '<'") }
                    end += 1
                }
                guard end < bytes.count else { throw endFailure(inside: element ?? name) }
                attributes.append((attributeName, String(decoding: try decodeEntities(start..<end), as: UTF8.self)))
                position = end + 1
            }
        }
    }

    private mutating func readText(inside element: String) throws(RegistryError) -> [UInt8] {
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "<") { position += 1 }
        return try decodeEntities(start..<position)
    }

    /// Text with `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and `&#...;` decoded.
    private func decodeEntities(_ range: Range<Int>) throws(RegistryError) -> [UInt8] {
        guard bytes[range].contains(UInt8(ascii: "&")) else { return Array(bytes[range]) }
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&") else { output.append(byte); index += 1; continue }
            var end = index + 1
            while end < range.upperBound, end - index < 12, bytes[end] != UInt8(ascii: ";") { end += 1 }
            guard end < range.upperBound, bytes[end] == UInt8(ascii: ";") else {
                throw failure("the '&' at byte \(index) starts no entity")
            }
            let entity = Array(bytes[(index + 1)..<end])
            switch entity {
            case Array("amp".utf8): output.append(UInt8(ascii: "&"))
            case Array("lt".utf8): output.append(UInt8(ascii: "<"))
            case Array("gt".utf8): output.append(UInt8(ascii: ">"))
            case Array("quot".utf8): output.append(UInt8(ascii: "\""))
            case Array("apos".utf8): output.append(UInt8(ascii: "'"))
            default:
                guard entity.first == UInt8(ascii: "#"), let scalar = Self.characterReference(entity.dropFirst()) else {
                    throw failure("the entity &\(String(decoding: entity, as: UTF8.self)); at byte \(index) is not one XML defines")
                }
                output.append(contentsOf: Array(String(Character(scalar)).utf8))
            }
            index = end + 1
        }
        return output
    }

    private static func characterReference(_ digits: ArraySlice<UInt8>) -> Unicode.Scalar? {
        var value: UInt32 = 0
        if digits.first == UInt8(ascii: "x") {
            guard digits.count > 1 else { return nil }
            for byte in digits.dropFirst() {
                guard let digit = hexValue(byte), value < 0x110000 else { return nil }
                value = value * 16 + digit
            }
        } else {
            guard !digits.isEmpty else { return nil }
            for byte in digits {
                guard byte >= 0x30, byte <= 0x39, value < 0x110000 else { return nil }
                value = value * 10 + UInt32(byte - 0x30)
            }
        }
        return Unicode.Scalar(value)
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}

/// An element subtree built by `XMLDocumentReader.readElement`.
struct XMLElementNode {
    enum Content {
        case element(XMLElementNode)
        case text([UInt8])
    }

    var name: String
    var attributes: [(name: String, value: String)]
    var children: [Content]
    var offset: Int

    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    var childElements: [XMLElementNode] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    func firstChild(named name: String) -> XMLElementNode? {
        for case .element(let element) in children where element.name == name { return element }
        return nil
    }

    /// All text inside, markup dropped.
    var textBytes: [UInt8] {
        var output: [UInt8] = []
        for child in children {
            switch child {
            case .text(let text): output.append(contentsOf: text)
            case .element(let element): output.append(contentsOf: element.textBytes)
            }
        }
        return output
    }
}
