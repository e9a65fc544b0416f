/// A cursor over the bytes of a /proc or /etc file.
///
/// /proc is parsed as bytes, never as `Character`s: String's character APIs are
/// 25-35x slower on Linux, and /proc/net/tcp has a line per socket.
struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    var isAtEnd: Bool { position >= bytes.count }

    mutating func skipSpaces() {
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
    }

    /// The next run of non-blank bytes on this line, after leading blanks; empty at a line's end.
    mutating func field() -> Range<Int> {
        skipSpaces()
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A { break }
            position += 1
        }
        return start..<position
    }

    /// Moves past the next newline (or to the end).
    mutating func skipLine() {
        while position < bytes.count {
            defer { position += 1 }
            if bytes[position] == 0x0A { return }
        }
    }

    /// Moves past `count` fields.
    mutating func skipFields(_ count: Int) {
        for _ in 0..<count { _ = field() }
    }

    /// `range` as an unsigned decimal number.
    func decimal(_ range: Range<Int>) -> UInt64? {
        guard !range.isEmpty, range.count <= 20 else { return nil }
        var value: UInt64 = 0
        for index in range {
            let digit = bytes[index] &- 0x30
            guard digit <= 9 else { return nil }
            let (product, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            value = product &+ UInt64(digit)
        }
        return value
    }

    /// `range` as a signed decimal number.
    func signedDecimal(_ range: Range<Int>) -> Int64? {
        guard let first = range.first else { return nil }
        if bytes[first] == 0x2D {
            return decimal(range.dropFirst()).flatMap { $0 <= UInt64(Int64.max) ? -Int64($0) : nil }
        }
        return decimal(range).flatMap { $0 <= UInt64(Int64.max) ? Int64($0) : nil }
    }

    /// `range` as a hexadecimal number (upper or lower case).
    func hexadecimal(_ range: Range<Int>) -> UInt64? {
        guard !range.isEmpty, range.count <= 16 else { return nil }
        var value: UInt64 = 0
        for index in range {
            guard let nibble = Self.nibble(bytes[index]) else { return nil }
            value = value << 4 | UInt64(nibble)
        }
        return value
    }

    static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
