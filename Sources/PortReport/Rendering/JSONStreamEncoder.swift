/// An `Encoder` that writes JSON bytes as values are encoded, in declaration order, with
/// keys converted to snake_case.
///
/// Foundation's `JSONEncoder` first builds a tree of every value and then serializes it:
/// for `portlore ls --json` over 20,000 sockets that tree cost 57% of the run and most of
/// its 132 MiB peak. Streaming needs one rule Codable does not state: a container is
/// finished when the `encode(to:)` that made it returns, or when its parent writes again.
public struct JSONStreamEncoder {
    public var pretty: Bool

    public init(pretty: Bool) {
        self.pretty = pretty
    }

    public func encode(_ value: some Encodable) throws -> [UInt8] {
        let writer = JSONByteWriter(pretty: pretty, sink: nil)
        try writer.encodeValue(value, level: 0)
        writer.close(downTo: 0)
        return writer.bytes
    }

    /// Encodes `value`, handing the output to `sink` in chunks of about 64 KiB as it is
    /// written: a listing of 20,000 sockets never sits in memory whole.
    public func encode(_ value: some Encodable, to sink: @escaping (ArraySlice<UInt8>) -> Void) throws {
        let writer = JSONByteWriter(pretty: pretty, sink: sink)
        try writer.encodeValue(value, level: 0)
        writer.close(downTo: 0)
        writer.drain()
    }
}

/// The output and the stack of open objects and arrays, shared by every container.
final class JSONByteWriter {
    // Unchecked: every access comes from the one encoding call on one thread, and the
    // dynamic exclusivity checks cost a tenth of `ls --json`.
    @exclusivity(unchecked) var bytes: [UInt8] = []
    let pretty: Bool
    private let sink: ((ArraySlice<UInt8>) -> Void)?
    private static let chunkSize = 1 << 16
    /// Open containers, outermost first: `true` for an object, and whether it has members yet.
    private var frames: [(isObject: Bool, hasMembers: Bool)] = []
    private var keyCache: [String: [UInt8]] = [:]

    init(pretty: Bool, sink: ((ArraySlice<UInt8>) -> Void)?) {
        self.pretty = pretty
        self.sink = sink
        bytes.reserveCapacity(Self.chunkSize + 4096)
    }

    /// Hands everything written so far to the sink.
    func drain() {
        guard let sink, !bytes.isEmpty else { return }
        sink(bytes[...])
        bytes.removeAll(keepingCapacity: true)
    }

    var level: Int { frames.count }

    // MARK: Structure

    func open(object: Bool) {
        bytes.append(object ? UInt8(ascii: "{") : UInt8(ascii: "["))
        frames.append((object, false))
    }

    /// Closes every container deeper than `level`.
    func close(downTo level: Int) {
        while frames.count > level {
            let frame = frames.removeLast()
            if frame.hasMembers { newline(depth: frames.count) }
            bytes.append(frame.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
        }
    }

    /// Starts a member of the container at `level` (1-based depth): closes anything deeper,
    /// writes the separator and, for objects, the key.
    func beginMember(at level: Int, key: String?) {
        close(downTo: level)
        if sink != nil && bytes.count >= Self.chunkSize { drain() }
        if frames[level - 1].hasMembers { bytes.append(UInt8(ascii: ",")) }
        frames[level - 1].hasMembers = true
        newline(depth: level)
        if let key {
            bytes.append(contentsOf: snakeCaseKey(key))
            bytes.append(UInt8(ascii: ":"))
            if pretty { bytes.append(UInt8(ascii: " ")) }
        }
    }

    private func newline(depth: Int) {
        guard pretty else { return }
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<depth { bytes.append(contentsOf: [0x20, 0x20]) }
    }

    /// Encodes a value in the slot just begun at `level`, and closes what it opened.
    func encodeValue(_ value: some Encodable, level: Int) throws {
        let encoder = JSONStreamingEncoder(writer: self, slotLevel: level)
        try value.encode(to: encoder)
        if !encoder.wroteSomething.value {
            bytes.append(contentsOf: Array("{}".utf8))
        }
        close(downTo: level)
    }

    // MARK: Scalars

    func writeNull() { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    func write(_ value: Bool) { bytes.append(contentsOf: Array((value ? "true" : "false").utf8)) }

    func write<T: BinaryInteger>(_ value: T) { bytes.append(contentsOf: Array(String(value).utf8)) }

    func write(_ value: Double) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "JSON has no \(value)."))
        }
        if value == value.rounded(.towardZero), abs(value) < 1e15 {
            write(Int64(value))
        } else {
            bytes.append(contentsOf: Array(String(value).utf8))
        }
    }

    func write(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escaping: copy them whole.
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) {
            bytes.append(contentsOf: string.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `parentPid` → `"parent_pid"`, the same conversion as `JSONEncoder.KeyEncodingStrategy.convertToSnakeCase`
    /// for our ASCII keys.
    private func snakeCaseKey(_ key: String) -> [UInt8] {
        if let known = keyCache[key] { return known }
        var result: [UInt8] = [UInt8(ascii: "\"")]
        let utf8 = Array(key.utf8)
        for (index, byte) in utf8.enumerated() {
            let isUpper = (0x41...0x5A).contains(byte)
            if isUpper {
                let previousLower = index > 0 && !(0x41...0x5A).contains(utf8[index - 1])
                let nextLower = index + 1 < utf8.count && (0x61...0x7A).contains(utf8[index + 1])
                if index > 0 && (previousLower || nextLower) { result.append(UInt8(ascii: "_")) }
                result.append(byte | 0x20)
            } else {
                result.append(byte)
            }
        }
        result.append(UInt8(ascii: "\""))
        keyCache[key] = result
        return result
    }
}

/// A mutable flag shared between an encoder and the containers it hands out.
final class SharedFlag {
    var value = false
}

struct JSONStreamingEncoder: Encoder {
    let writer: JSONByteWriter
    /// The depth at which this encoder's value sits.
    let slotLevel: Int
    let wroteSomething = SharedFlag()
    /// The level of the object this encoder opened, so a second `container(keyedBy:)` call
    /// (a type flattening another into itself) writes into the same object.
    private let openedObject = SharedLevel()

    init(writer: JSONByteWriter, slotLevel: Int) {
        self.writer = writer
        self.slotLevel = slotLevel
    }

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if let level = openedObject.level, writer.level >= level {
            return KeyedEncodingContainer(JSONKeyedContainer<Key>(writer: writer, level: level))
        }
        writer.close(downTo: slotLevel)
        writer.open(object: true)
        wroteSomething.value = true
        openedObject.level = writer.level
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(writer: writer, level: writer.level))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        writer.close(downTo: slotLevel)
        writer.open(object: false)
        wroteSomething.value = true
        return JSONUnkeyedContainer(writer: writer, level: writer.level)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        wroteSomething.value = true
        return JSONSingleValueContainer(writer: writer, level: slotLevel)
    }
}

final class SharedLevel {
    var level: Int?
}

struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: JSONByteWriter
    let level: Int
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {
        writer.beginMember(at: level, key: key.stringValue)
        writer.writeNull()
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
        writer.beginMember(at: level, key: key.stringValue)
        writer.write(value)
    }
    mutating func encode(_ value: String, forKey key: Key) throws {
        writer.beginMember(at: level, key: key.stringValue)
        writer.write(value)
    }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        writer.beginMember(at: level, key: key.stringValue)
        try writer.write(value)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws { try encode(Double(value), forKey: key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try encodeInteger(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try encodeInteger(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try encodeInteger(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try encodeInteger(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try encodeInteger(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try encodeInteger(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try encodeInteger(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try encodeInteger(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try encodeInteger(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try encodeInteger(value, key) }

    private func encodeInteger(_ value: some BinaryInteger, _ key: Key) throws {
        writer.beginMember(at: level, key: key.stringValue)
        writer.write(value)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        writer.beginMember(at: level, key: key.stringValue)
        try writer.encodeValue(value, level: level)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        writer.beginMember(at: level, key: key.stringValue)
        writer.open(object: true)
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(writer: writer, level: writer.level))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        writer.beginMember(at: level, key: key.stringValue)
        writer.open(object: false)
        return JSONUnkeyedContainer(writer: writer, level: writer.level)
    }

    mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        writer.beginMember(at: level, key: key.stringValue)
        return JSONStreamingEncoder(writer: writer, slotLevel: level)
    }
}

struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let writer: JSONByteWriter
    let level: Int
    private(set) var count = 0
    var codingPath: [any CodingKey] { [] }

    init(writer: JSONByteWriter, level: Int) {
        self.writer = writer
        self.level = level
    }

    mutating func encodeNil() throws {
        begin()
        writer.writeNull()
    }
    mutating func encode(_ value: Bool) throws {
        begin()
        writer.write(value)
    }
    mutating func encode(_ value: String) throws {
        begin()
        writer.write(value)
    }
    mutating func encode(_ value: Double) throws {
        begin()
        try writer.write(value)
    }
    mutating func encode(_ value: Int) throws {
        begin()
        writer.write(value)
    }
    mutating func encode<T: Encodable>(_ value: T) throws {
        begin()
        try writer.encodeValue(value, level: level)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        begin()
        writer.open(object: true)
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(writer: writer, level: writer.level))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        begin()
        writer.open(object: false)
        return JSONUnkeyedContainer(writer: writer, level: writer.level)
    }

    mutating func superEncoder() -> any Encoder {
        begin()
        return JSONStreamingEncoder(writer: writer, slotLevel: level)
    }

    private mutating func begin() {
        writer.beginMember(at: level, key: nil)
        count += 1
    }
}

struct JSONSingleValueContainer: SingleValueEncodingContainer {
    let writer: JSONByteWriter
    let level: Int
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { writer.writeNull() }
    mutating func encode(_ value: Bool) throws { writer.write(value) }
    mutating func encode(_ value: String) throws { writer.write(value) }
    mutating func encode(_ value: Double) throws { try writer.write(value) }
    mutating func encode(_ value: Float) throws { try writer.write(Double(value)) }
    mutating func encode(_ value: Int) throws { writer.write(value) }
    mutating func encode(_ value: Int8) throws { writer.write(value) }
    mutating func encode(_ value: Int16) throws { writer.write(value) }
    mutating func encode(_ value: Int32) throws { writer.write(value) }
    mutating func encode(_ value: Int64) throws { writer.write(value) }
    mutating func encode(_ value: UInt) throws { writer.write(value) }
    mutating func encode(_ value: UInt8) throws { writer.write(value) }
    mutating func encode(_ value: UInt16) throws { writer.write(value) }
    mutating func encode(_ value: UInt32) throws { writer.write(value) }
    mutating func encode(_ value: UInt64) throws { writer.write(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try writer.encodeValue(value, level: level) }
}
