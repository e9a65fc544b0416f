/// Fixed-width, big-endian base-64 numbers for the compiled registry's index tables.
///
/// The URL-safe alphabet (`A-Z a-z 0-9 - _`) needs no escaping in a C string literal, so the
/// generated registry_blob.c stays small and diffable; each digit carries 6 bits.
enum Base64Number {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Digit values by byte; 0xFF for a byte that is not a digit.
    static let digitValues: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, byte) in alphabet.enumerated() { table[Int(byte)] = UInt8(value) }
        return table
    }()

    /// The number of digits needed for every value up to `maximum`.
    static func width(forMaximum maximum: Int) -> Int {
        var width = 1
        while width < 10, maximum >= 1 << (6 * width) { width += 1 }
        return width
    }

    static func append(_ value: Int, width: Int, to output: inout [UInt8]) {
        precondition(value >= 0 && value < 1 << (6 * width), "\(value) does not fit in \(width) base-64 digits")
        for shift in stride(from: 6 * (width - 1), through: 0, by: -6) {
            output.append(alphabet[(value >> shift) & 63])
        }
    }

    /// Reads `width` digits at `offset`; `nil` if one is not a digit. The caller checks bounds.
    @inline(__always)
    static func read(_ bytes: UnsafeRawBufferPointer, at offset: Int, width: Int) -> Int? {
        var value = 0
        for index in offset..<(offset + width) {
            let digit = digitValues[Int(bytes[index])]
            if digit == 0xFF { return nil }
            value = value << 6 | Int(digit)
        }
        return value
    }
}
