extension CompiledRegistry {
    /// Checks every table entry and record line, so that lookups on bytes from a file can't read
    /// out of bounds or decode garbage. One pass over the bytes; no strings are built.
    func validateContents(path: String) throws(RegistryError) {
        func failure(_ reason: String) -> RegistryError {
            .corruptRegistry(path: path, reason: "compiled registry: \(reason)")
        }
        func checkedNumber(at offset: Int, width: Int, table: String) throws(RegistryError) -> Int {
            guard let value = Base64Number.read(bytes, at: offset, width: width) else {
                throw failure("the \(table) table has a bad digit at byte \(offset)")
            }
            return value
        }

        // Record lines: offsets ascending, each right after a newline, one line per record.
        let recordBytes = recordsRange.count
        guard recordBytes == 0 || bytes[recordsRange.upperBound - 1] == UTF8Bytes.newline else {
            throw failure("the records section does not end with a newline")
        }
        var previous = -1
        var current = 0
        for index in 0..<versionCount {
            let offset = try checkedNumber(at: offsetsStart + index * width, width: width, table: "offsets")
            guard offset > previous, offset < recordBytes, index > 0 || offset == 0,
                  offset == 0 || bytes[recordsRange.lowerBound + offset - 1] == UTF8Bytes.newline
            else { throw failure("record \(index) starts at \(offset), outside the records section or mid-line") }
            previous = offset
        }
        for index in 0..<versionCount {
            let line = lineRange(index)
            let lineBytes = UnsafeRawBufferPointer(rebasing: bytes[line])
            if lineBytes.contains(UTF8Bytes.newline) {
                throw failure("record \(index) spans more than one line")
            }
            if let problem = CompiledRecordLine.problem(in: lineBytes) {
                throw failure("record \(index) is malformed: \(problem)")
            }
            if CompiledRecordLine.fieldRanges(lineBytes)[CompiledRecordLine.lastSeenField].isEmpty { current += 1 }
        }
        guard versionCount > 0 || recordBytes == 0 else { throw failure("it has record bytes but no records") }
        guard current == currentCount else {
            throw failure("the header announces \(currentCount) current records, the records section has \(current)")
        }

        var previousPort = -1
        var previousCoverage = 0
        for segment in 0..<segmentCount {
            let entry = segmentsStart + segment * (Self.segmentPortWidth + width)
            let port = try checkedNumber(at: entry, width: Self.segmentPortWidth, table: "segments")
            let coverage = try checkedNumber(at: entry + Self.segmentPortWidth, width: width, table: "segments")
            guard port > previousPort, port <= 65535, segment > 0 || port == 0 else {
                throw failure("segment \(segment) starts at port \(port), out of order")
            }
            guard coverage >= previousCoverage, coverage <= coverageCount, segment > 0 || coverage == 0 else {
                throw failure("segment \(segment) points at coverage entry \(coverage), out of bounds")
            }
            previousPort = port
            previousCoverage = coverage
        }
        for position in 0..<coverageCount {
            let index = try checkedNumber(at: coverageStart + position * width, width: width, table: "coverage")
            guard index < versionCount else { throw failure("coverage entry \(position) names record \(index) of \(versionCount)") }
        }
        var previousCopy = ""
        for index in 0..<copyCount {
            guard let copy = copy(index), copy.date > previousCopy else {
                throw failure("copy \(index) is malformed or out of date order")
            }
            previousCopy = copy.date
        }
        for position in 0..<nameCount {
            let index = try checkedNumber(at: namesStart + position * width, width: width, table: "names")
            guard index < versionCount else { throw failure("name entry \(position) names record \(index) of \(versionCount)") }
        }
    }
}
