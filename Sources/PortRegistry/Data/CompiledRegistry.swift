/// The compact, precompiled registry the binary carries (and `portlore registry update` writes):
/// every version of every record, the registry date, and indexes by port and by service name.
///
/// It is printable text, so that the generated C literal in registry_blob.c escapes little and
/// diffs by record. Version 2:
///
/// ```
/// portlore-registry 1\n            magic and format version
/// date 2026-08-17\n                 the registry's <updated> date
/// width W\n                         digits of every index number below (base-64, 6 bits each)
/// versions N\n                      record versions (lines in the records section)
/// current C\n                       versions with an empty last_seen
/// records B\n                       bytes of the records section
/// segments S\n                      entries of the port segment table
/// coverage K\n                      entries of the coverage table
/// names M\n                         entries of the name index
/// copies P\n                        registry copies the history was built from
/// \n
/// records      B bytes: N lines, one per version (see `CompiledRecordLine`)
/// offsets      N x W digits: where each line starts in the records section, then \n
/// segments     S x (3 + W) digits: a start port (3 digits) and the index of its first coverage
///              entry, ports ascending from 0, then \n. A segment runs to the next one's start;
///              every port of it is covered by the same records.
/// coverage     K x W digits: record indexes, each segment's run sorted by transport, ports and
///              first_seen, then \n
/// names        M x W digits: indexes of the records that have a service name, sorted by
///              ASCII-lower-cased name (then index), then \n
/// copies       P lines of 13 bytes, oldest first: the copy's date padded with spaces to 10
///              bytes (`1992-07   ` for RFC 1340), a space, its format (`r` RFC 1340,
///              `p` port-numbers text, `x` XML, `t` IANA's text rendering), \n
/// ```
///
/// Reading is lazy: opening checks the header and table bounds; a lookup decodes only the lines
/// it returns. Bytes read from a file are validated whole (`validateContents`) before use, so a
/// corrupt file throws instead of crashing; the embedded bytes are checked in CI instead.
struct CompiledRegistry: Sendable {
    static let magic = "portlore-registry"
    static let formatVersion = 2
    static let segmentPortWidth = 3
    static let copyLineWidth = 13

    let storage: RegistryBytes
    let registryDate: String
    let width: Int
    let versionCount: Int
    let currentCount: Int
    let recordsRange: Range<Int>
    let offsetsStart: Int
    let segmentCount: Int
    let segmentsStart: Int
    let coverageCount: Int
    let coverageStart: Int
    let nameCount: Int
    let namesStart: Int
    let copyCount: Int
    let copiesStart: Int

    var bytes: UnsafeRawBufferPointer { storage.buffer }

    /// Opens compiled bytes, checking the header and that the tables fit exactly.
    init(storage: RegistryBytes, path: String) throws(RegistryError) {
        self.storage = storage
        var reader = HeaderReader(bytes: storage.buffer, path: path)
        try reader.expectLine(Self.magic, value: String(Self.formatVersion))
        registryDate = try reader.dateLine("date")
        width = try reader.numberLine("width", maximum: 9)
        guard width >= 1 else { throw reader.failure("the index width is 0") }
        versionCount = try reader.numberLine("versions")
        currentCount = try reader.numberLine("current", maximum: versionCount)
        let recordBytes = try reader.numberLine("records")
        segmentCount = try reader.numberLine("segments", maximum: 65537)
        coverageCount = try reader.numberLine("coverage")
        nameCount = try reader.numberLine("names", maximum: versionCount)
        copyCount = try reader.numberLine("copies", maximum: 1 << 20)
        try reader.expectBlankLine()

        let start = reader.offset
        recordsRange = start..<(start + recordBytes)
        offsetsStart = recordsRange.upperBound
        segmentsStart = offsetsStart + versionCount * width + 1
        coverageStart = segmentsStart + segmentCount * (Self.segmentPortWidth + width) + 1
        namesStart = coverageStart + coverageCount * width + 1
        copiesStart = namesStart + nameCount * width + 1
        let end = copiesStart + copyCount * Self.copyLineWidth
        guard end == storage.buffer.count else {
            throw reader.failure(end > storage.buffer.count
                ? "it is truncated: the header announces \(end) bytes, the file has \(storage.buffer.count)"
                : "it has \(storage.buffer.count - end) bytes after the last table")
        }
        for (name, tableEnd) in [("offsets", segmentsStart), ("segments", coverageStart), ("coverage", namesStart), ("names", copiesStart)]
        where storage.buffer[tableEnd - 1] != UTF8Bytes.newline {
            throw reader.failure("the \(name) table does not end with a newline")
        }
    }

    // MARK: Tables

    @inline(__always)
    func number(at offset: Int) -> Int {
        Base64Number.read(bytes, at: offset, width: width) ?? 0
    }

    /// The bytes of record `index`'s line, without its newline.
    func lineRange(_ index: Int) -> Range<Int> {
        let start = recordsRange.lowerBound + number(at: offsetsStart + index * width)
        let end = index + 1 < versionCount
            ? recordsRange.lowerBound + number(at: offsetsStart + (index + 1) * width) - 1
            : recordsRange.upperBound - 1
        return start..<max(start, end)
    }

    func record(_ index: Int) -> RegistryRecord {
        CompiledRecordLine.decode(UnsafeRawBufferPointer(rebasing: bytes[lineRange(index)]))
    }

    /// The bytes of record `index`'s service name field (escaped as stored; names need no escapes).
    func serviceNameRange(_ index: Int) -> Range<Int> {
        let line = lineRange(index)
        var field = 0
        var fieldStart = line.lowerBound
        var position = line.lowerBound
        while position < line.upperBound {
            if bytes[position] == UTF8Bytes.tab {
                if field == CompiledRecordLine.serviceNameField { return fieldStart..<position }
                field += 1
                fieldStart = position + 1
            }
            position += 1
        }
        return field == CompiledRecordLine.serviceNameField ? fieldStart..<position : position..<position
    }

    /// Record `index`'s service name, unescaped.
    func serviceName(_ index: Int) -> String {
        CompiledRecordLine.unescaped(UnsafeRawBufferPointer(rebasing: bytes[serviceNameRange(index)]))
    }

    func segmentStartPort(_ segment: Int) -> Int {
        Base64Number.read(bytes, at: segmentsStart + segment * (Self.segmentPortWidth + width), width: Self.segmentPortWidth) ?? 0
    }

    /// The segment holding `port`: the last one starting at or below it; -1 when there are none.
    /// Every port of a segment is covered by the same records.
    func segment(containing port: Int) -> Int {
        guard segmentCount > 0 else { return -1 }
        var low = 0, high = segmentCount
        while high - low > 1 {
            let middle = (low + high) / 2
            if segmentStartPort(middle) <= port { low = middle } else { high = middle }
        }
        return low
    }

    /// Record indexes covering `port`: one binary search over the segment table.
    func recordIndexes(covering port: Int) -> [Int] {
        let low = segment(containing: port)
        guard low >= 0 else { return [] }
        let entry = segmentsStart + low * (Self.segmentPortWidth + width) + Self.segmentPortWidth
        let first = number(at: entry)
        let end = low + 1 < segmentCount
            ? number(at: entry + Self.segmentPortWidth + width)
            : coverageCount
        guard first <= end, end <= coverageCount else { return [] }
        return (first..<end).map { number(at: coverageStart + $0 * width) }
    }

    // MARK: Copies

    /// Copy `index` (oldest first); `nil` for a malformed line (never in validated bytes).
    func copy(_ index: Int) -> RegistryCopy? {
        let start = copiesStart + index * Self.copyLineWidth
        var dateEnd = start + 10
        while dateEnd > start, bytes[dateEnd - 1] == UTF8Bytes.space { dateEnd -= 1 }
        let date = UnsafeRawBufferPointer(rebasing: bytes[start..<dateEnd])
        guard RegistryCopy.isValidDate(date), bytes[start + 10] == UTF8Bytes.space,
              bytes[start + 12] == UTF8Bytes.newline,
              let format = Self.copyFormat(code: bytes[start + 11])
        else { return nil }
        return RegistryCopy(date: UTF8Bytes.string(date), format: format)
    }

    static func copyFormat(code: UInt8) -> RegistryCopy.Format? {
        switch code {
        case UInt8(ascii: "r"): .rfc1340
        case UInt8(ascii: "p"): .portNumbersText
        case UInt8(ascii: "x"): .xml
        case UInt8(ascii: "t"): .plainText
        default: nil
        }
    }

    static func copyCode(_ format: RegistryCopy.Format) -> UInt8 {
        switch format {
        case .rfc1340: UInt8(ascii: "r")
        case .portNumbersText: UInt8(ascii: "p")
        case .xml: UInt8(ascii: "x")
        case .plainText: UInt8(ascii: "t")
        }
    }

    /// The index of the first copy dated after `date` (`copyCount` when none is).
    func firstCopyIndex(after date: String) -> Int {
        let key = Array(date.utf8)
        var low = 0, high = copyCount
        while low < high {
            let middle = (low + high) / 2
            let start = copiesStart + middle * Self.copyLineWidth
            var end = start + 10
            while end > start, bytes[end - 1] == UTF8Bytes.space { end -= 1 }
            if !key.lexicographicallyPrecedes(UnsafeRawBufferPointer(rebasing: bytes[start..<end])) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    func nameIndexEntry(_ position: Int) -> Int {
        number(at: namesStart + position * width)
    }

    /// Compares record `index`'s lower-cased service name with `key` (already lower-cased).
    func compareName(ofRecord index: Int, with key: [UInt8]) -> Int {
        let range = serviceNameRange(index)
        if bytes[range].contains(CompiledRecordLine.backslash) {
            // An escaped name (never in IANA's data): compare what it decodes to.
            let name = UTF8Bytes.lowercasedBytes(serviceName(index))
            return name == key ? 0 : name.lexicographicallyPrecedes(key) ? -1 : 1
        }
        var position = range.lowerBound
        for byte in key {
            guard position < range.upperBound else { return -1 }
            let stored = UTF8Bytes.lowercased(bytes[position])
            if stored != byte { return stored < byte ? -1 : 1 }
            position += 1
        }
        return position < range.upperBound ? 1 : 0
    }

    /// Record indexes whose service name equals `name`, ignoring ASCII case.
    func recordIndexes(named name: String) -> [Int] {
        let key = UTF8Bytes.lowercasedBytes(name)
        var low = 0, high = nameCount  // first entry whose name >= key
        while low < high {
            let middle = (low + high) / 2
            if compareName(ofRecord: nameIndexEntry(middle), with: key) < 0 { low = middle + 1 } else { high = middle }
        }
        var result: [Int] = []
        var position = low
        while position < nameCount {
            let index = nameIndexEntry(position)
            guard compareName(ofRecord: index, with: key) == 0 else { break }
            result.append(index)
            position += 1
        }
        return result
    }
}

/// Reads the `key value\n` lines of the compiled registry's header, strictly.
private struct HeaderReader {
    let bytes: UnsafeRawBufferPointer
    let path: String
    var offset = 0

    func failure(_ reason: String) -> RegistryError {
        .corruptRegistry(path: path, reason: "compiled registry: \(reason)")
    }

    /// Reads one line `key value`, at most 64 bytes, and returns the value's bytes.
    mutating func line(_ key: String) throws(RegistryError) -> ArraySlice<UInt8> {
        var end = offset
        while end < bytes.count, end - offset <= 64, bytes[end] != UTF8Bytes.newline { end += 1 }
        guard end < bytes.count, bytes[end] == UTF8Bytes.newline else {
            throw failure(offset == 0 ? "it does not start with the '\(CompiledRegistry.magic)' header" : "the header line '\(key)' is missing or truncated at byte \(offset)")
        }
        let line = Array(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]))
        let prefix = Array(key.utf8) + [UTF8Bytes.space]
        guard line.starts(with: prefix) else {
            throw failure(offset == 0 ? "it does not start with the '\(CompiledRegistry.magic)' header" : "expected the header line '\(key)' at byte \(offset)")
        }
        offset = end + 1
        return line[prefix.count...]
    }

    mutating func expectLine(_ key: String, value: String) throws(RegistryError) {
        let found = try line(key)
        guard Array(found) == Array(value.utf8) else {
            throw failure("it is format version \(UTF8Bytes.string(found)), this portlore reads version \(value)")
        }
    }

    mutating func numberLine(_ key: String, maximum: Int = 1 << 30) throws(RegistryError) -> Int {
        let found = try line(key)
        guard let value = UTF8Bytes.decimal(found, maximumDigits: 10), value <= maximum else {
            throw failure("the header '\(key)' is '\(UTF8Bytes.string(found))', not a number up to \(maximum)")
        }
        return value
    }

    mutating func dateLine(_ key: String) throws(RegistryError) -> String {
        let found = try line(key)
        guard RegistryDate.isValid(found) else {
            throw failure("the header '\(key)' is '\(UTF8Bytes.string(found))', not a YYYY-MM-DD date")
        }
        return UTF8Bytes.string(found)
    }

    mutating func expectBlankLine() throws(RegistryError) {
        guard offset < bytes.count, bytes[offset] == UTF8Bytes.newline else {
            throw failure("the header does not end with a blank line at byte \(offset)")
        }
        offset += 1
    }
}

/// IANA's registry dates, `YYYY-MM-DD`.
enum RegistryDate {
    static func isValid(_ bytes: some Collection<UInt8>) -> Bool {
        guard bytes.count == 10 else { return false }
        for (position, byte) in bytes.enumerated() {
            let isDigit = byte >= 0x30 && byte <= 0x39
            if position == 4 || position == 7 { guard byte == UInt8(ascii: "-") else { return false } } else { guard isDigit else { return false } }
        }
        return true
    }
}
