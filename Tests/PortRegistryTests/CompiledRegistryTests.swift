import FoundationEssentials
import PortRegistry
import Testing

struct CompiledRegistryTests {
    static let sample: [RegistryRecord] = [
        RegistryRecord(ports: PortRange(single: Port(rawValue: 7)), transport: .tcp, serviceName: "echo", description: "Echo",
                       assignee: "Jon Postel", contact: "Jon Postel", references: ["rfc862"], firstSeen: "2017-03-10"),
        RegistryRecord(ports: PortRange(Port(rawValue: 5), Port(rawValue: 9)), transport: nil, serviceName: "", description: "Unassigned",
                       firstSeen: "2017-03-10", lastSeen: "2020-01-01"),
        RegistryRecord(ports: nil, transport: .udp, serviceName: "Weird\\Name", description: "tab\there\nnewline \u{1F} \u{7F} ?? \"q\" é",
                       references: ["", "a;b", "[x]"], note: "n", serviceCode: "0x42", unauthorized: "u", firstSeen: "2018-01-01"),
        RegistryRecord(ports: PortRange(single: Port(rawValue: 65535)), transport: .dccp, serviceName: "top", description: "",
                       firstSeen: "2019-01-01"),
    ]

    @Test func roundTripsSampleRecords() throws {
        let bytes = Registry.compile(records: Self.sample, registryDate: "2030-01-02")
        let registry = try Registry(bytes: bytes, path: "sample")
        #expect(registry.allVersions() == Self.sample)
        #expect(registry.registryDate == "2030-01-02")
        #expect(registry.versionCount == 4)
        #expect(registry.currentRecordCount == 3)
        #expect(registry.records(named: "weird\\NAME") == [Self.sample[2]])
        #expect(registry.history(covering: Port(rawValue: 7), transport: .udp) == [Self.sample[1]])
        #expect(registry.history(covering: Port(rawValue: 7), transport: .tcp) == [Self.sample[1], Self.sample[0]])
        #expect(registry.currentRecords(covering: Port(rawValue: 65535), transport: nil) == [Self.sample[3]])
        #expect(registry.currentRecords(covering: Port(rawValue: 10), transport: nil).isEmpty)
    }

    @Test func roundTripsTheWholeHistory() throws {
        let history = RegistryTestData.history
        let bytes = Registry.compile(records: history, registryDate: "2026-08-17")
        let registry = try Registry(bytes: bytes, path: "history")
        #expect(registry.versionCount == history.count)
        #expect(registry.allVersions() == history)
        #expect(bytes == Registry.compile(records: registry.allVersions(), registryDate: "2026-08-17"))
    }

    @Test func keepsItsCopiesAndRefusesThemOutOfOrder() throws {
        let copies = [RegistryCopy(date: "1992-07", format: .rfc1340), RegistryCopy(date: "2004-01-08", format: .portNumbersText),
                      RegistryCopy(date: "2013-12-19", format: .plainText)]
        var bytes = Registry.compile(records: Self.sample, registryDate: "2030-01-02", copies: copies)
        let registry = try Registry(bytes: bytes, path: "copies")
        #expect(registry.copies == copies + [RegistryCopy(date: "2030-01-02", format: .xml)])
        #expect(registry.copy(after: "2004-01-08")?.date == "2013-12-19")
        #expect(registry.copy(after: "2005-01-01")?.date == "2013-12-19")
        #expect(registry.copy(before: "2004-01-08")?.date == "1992-07")
        #expect(registry.copy(on: "2013-12-19")?.format == .plainText)
        #expect(registry.copy(on: "2013-12-20") == nil)
        // Swap the first two copies' years: out of date order.
        let first = bytes.count - 4 * 13
        bytes[first..<(first + 4)] = ArraySlice("2005".utf8)
        #expect {
            try Registry(bytes: bytes, path: "r.bin")
        } throws: { error in
            guard case .corruptRegistry(_, let found) = error as? RegistryError else { return false }
            return found.contains("copy 1 is malformed or out of date order")
        }
    }

    @Test func roundTripsAnEmptyRegistry() throws {
        let registry = try Registry(bytes: Registry.compile(records: [], registryDate: "2030-01-02"), path: "empty")
        #expect(registry.allVersions().isEmpty)
        #expect(registry.currentRecords(covering: Port(rawValue: 80), transport: nil).isEmpty)
        #expect(registry.records(named: "http").isEmpty)
        #expect(registry.search("http", limit: 5).isEmpty)
        #expect(registry.closestServiceNames(to: "http", limit: 5).isEmpty)
    }

    /// PortRegistry reads bytes, never files: a header without its body is refused and named
    /// by the path its caller gives.
    @Test func refusesAHeaderWithoutItsBody() throws {
        #expect {
            try Registry(bytes: Array("portlore-registry 1\n".utf8), path: "/data/registry.plrg")
        } throws: { error in
            guard case .corruptRegistry(let errorPath, _) = error as? RegistryError else { return false }
            return errorPath == "/data/registry.plrg"
        }
    }

    static let sampleBytes = Registry.compile(records: RegistryTestData.history.prefix(300).map { $0 }, registryDate: "2026-08-17")

    /// Every prefix of a compiled file is refused: a truncated install never loads.
    @Test func refusesEveryTruncation() {
        let bytes = Self.sampleBytes
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 2000)) {
            #expect(throws: RegistryError.self, "prefix of \(length) bytes") {
                try Registry(bytes: Array(bytes.prefix(length)), path: "cut")
            }
        }
    }

    /// Flipped bytes either make the file refused or leave a registry whose lookups still work;
    /// they never crash.
    @Test func survivesCorruptedBytes() {
        var generator = SplitMix64(seed: 7)
        let original = Self.sampleBytes
        var refused = 0
        for _ in 0..<1500 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                bytes[index] = UInt8.random(in: 0...255, using: &generator)
            }
            guard let registry = try? Registry(bytes: bytes, path: "corrupt") else { refused += 1; continue }
            for port: UInt16 in [0, 1, 7, 80, 100, 272, 1302, 65535] {
                _ = registry.history(covering: Port(rawValue: port), transport: nil)
                _ = registry.currentRecords(covering: Port(rawValue: port), transport: .udp)
            }
            _ = registry.records(named: "echo")
            _ = registry.closestServiceNames(to: "ech", limit: 3)
            _ = registry.search("echo protocol", limit: 3)
            _ = registry.allVersions()
        }
        #expect(refused > 0)
    }

    @Test(arguments: [
        ("", "does not start with the 'portlore-registry' header"),
        ("PK\u{3}\u{4}zip", "does not start with the 'portlore-registry' header"),
        ("portlore-registry 1\n", "format version 1"),
        ("portlore-registry 2\ndate yesterday\n", "not a YYYY-MM-DD date"),
    ])
    func namesWhatIsWrong(text: String, reason: String) {
        #expect {
            try Registry(bytes: Array(text.utf8), path: "r.bin")
        } throws: { error in
            guard case .corruptRegistry(let path, let found) = error as? RegistryError else { return false }
            return path == "r.bin" && found.contains(reason)
        }
    }

    @Test func refusesAnIndexOutOfBounds() throws {
        var bytes = Registry.compile(records: Self.sample, registryDate: "2030-01-02")
        // The name index comes before the copies (one here, the registry's own: 13 bytes);
        // point its last entry past the records.
        bytes[bytes.count - 13 - 2] = UInt8(ascii: "_")
        #expect {
            try Registry(bytes: bytes, path: "r.bin")
        } throws: { error in
            guard case .corruptRegistry(_, let found) = error as? RegistryError else { return false }
            return found.contains("name entry")
        }
    }
}
