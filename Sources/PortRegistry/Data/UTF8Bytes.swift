/// Byte-level text helpers for the registry's parsers.
///
/// The data files are read as bytes, not `Character`s: String's character APIs are 25-35x slower
/// on Linux (SWIFT-LINUX-NOTES.md), and a 15,000-line file must parse in milliseconds.
enum UTF8Bytes {
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")

    /// A `String` from UTF-8 bytes; invalid sequences become U+FFFD rather than failing.
    @inline(__always)
    static func string(_ bytes: UnsafeRawBufferPointer) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    @inline(__always)
    static func string(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// A non-negative decimal number of at most `maximumDigits` digits, or `nil`.
    static func decimal(_ bytes: some Collection<UInt8>, maximumDigits: Int = 9) -> Int? {
        guard !bytes.isEmpty, bytes.count <= maximumDigits else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == newline || byte == carriageReturn
    }

    @inline(__always)
    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    /// ASCII-lower-cased UTF-8 bytes of `text` (service names are ASCII).
    static func lowercasedBytes(_ text: String) -> [UInt8] {
        text.utf8.map(lowercased)
    }

    /// Trims whitespace at both ends and collapses inner runs of whitespace (space, tab, CR, LF)
    /// to one space, as Data/iana/README.md says record-history.tsv does.
    static func collapsingWhitespace(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if isWhitespace(byte) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(space); pendingSpace = false }
                result.append(byte)
            }
        }
        return result
    }

    /// The 1-based line number of byte `offset`, for error messages.
    static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for index in 0..<min(offset, bytes.count) where bytes[index] == newline { line += 1 }
        return line
    }
}
