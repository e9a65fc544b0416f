extension CompiledRegistry {
    /// Builds the compiled form (see `CompiledRegistry`) of `records`, kept in the given order.
    static func compile(records: [RegistryRecord], registryDate: String, copies: [RegistryCopy]) -> [UInt8] {
        precondition(RegistryDate.isValid(Array(registryDate.utf8)), "registry date '\(registryDate)' is not YYYY-MM-DD")
        let copies = Set(copies + [RegistryCopy(date: registryDate, format: .xml)]).sorted()
        precondition(copies.allSatisfy { RegistryCopy.isValidDate(Array($0.date.utf8)) }, "a copy's date is not YYYY-MM-DD or YYYY-MM")
        precondition(Set(copies.map(\.date)).count == copies.count, "two copies share a date")

        var recordBytes: [UInt8] = []
        recordBytes.reserveCapacity(records.count * 100)
        var offsets: [Int] = []
        offsets.reserveCapacity(records.count)
        for record in records {
            offsets.append(recordBytes.count)
            CompiledRecordLine.append(record, to: &recordBytes)
        }

        // Port segments: cut 0...65535 at every record's first port and at the port after its
        // last, so each segment is covered by one fixed set of records.
        var cuts: Set<Int> = [0]
        for record in records {
            guard let ports = record.ports else { continue }
            cuts.insert(Int(ports.lower.rawValue))
            if ports.upper.rawValue < UInt16.max { cuts.insert(Int(ports.upper.rawValue) + 1) }
        }
        let segmentStarts = cuts.sorted()
        var covering = [[Int]](repeating: [], count: segmentStarts.count)
        for (index, record) in records.enumerated() {
            guard let ports = record.ports else { continue }
            var segment = firstIndex(in: segmentStarts, notBelow: Int(ports.lower.rawValue))
            while segment < segmentStarts.count, segmentStarts[segment] <= Int(ports.upper.rawValue) {
                covering[segment].append(index)
                segment += 1
            }
        }
        var coverage: [Int] = []
        var coverageStarts: [Int] = []
        for var indexes in covering {
            indexes.sort { a, b in
                let (ra, rb) = (records[a], records[b])
                if RecordOrdering.byTransportThenPorts(ra, rb) { return true }
                if RecordOrdering.byTransportThenPorts(rb, ra) { return false }
                return a < b
            }
            coverageStarts.append(coverage.count)
            coverage.append(contentsOf: indexes)
        }

        let lowerNames = records.map { UTF8Bytes.lowercasedBytes($0.serviceName) }
        let named = records.indices.filter { !records[$0].serviceName.isEmpty }.sorted { a, b in
            lowerNames[a] != lowerNames[b] ? lowerNames[a].lexicographicallyPrecedes(lowerNames[b]) : a < b
        }

        let width = Base64Number.width(forMaximum: max(records.count, recordBytes.count, coverage.count))
        let current = records.count(where: \.isCurrent)
        var output = Array("""
            \(magic) \(formatVersion)
            date \(registryDate)
            width \(width)
            versions \(records.count)
            current \(current)
            records \(recordBytes.count)
            segments \(segmentStarts.count)
            coverage \(coverage.count)
            names \(named.count)
            copies \(copies.count)


            """.utf8)
        output.reserveCapacity(output.count + recordBytes.count + (records.count + coverage.count + named.count) * width
            + segmentStarts.count * (segmentPortWidth + width) + 4)
        output.append(contentsOf: recordBytes)
        for offset in offsets { Base64Number.append(offset, width: width, to: &output) }
        output.append(UTF8Bytes.newline)
        for (start, coverageStart) in zip(segmentStarts, coverageStarts) {
            Base64Number.append(start, width: segmentPortWidth, to: &output)
            Base64Number.append(coverageStart, width: width, to: &output)
        }
        output.append(UTF8Bytes.newline)
        for index in coverage { Base64Number.append(index, width: width, to: &output) }
        output.append(UTF8Bytes.newline)
        for index in named { Base64Number.append(index, width: width, to: &output) }
        output.append(UTF8Bytes.newline)
        for copy in copies {
            output.append(contentsOf: copy.date.utf8)
            output.append(contentsOf: repeatElement(UTF8Bytes.space, count: 11 - copy.date.utf8.count))
            output.append(copyCode(copy.format))
            output.append(UTF8Bytes.newline)
        }
        return output
    }

    private static func firstIndex(in sorted: [Int], notBelow value: Int) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
