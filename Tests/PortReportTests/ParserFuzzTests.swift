import FoundationEssentials
@testable import HostInventory
@testable import PortRegistry
import PortReport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A mutation fuzzer over every parser that reads untrusted bytes: the port query, IANA's XML
/// and CSV, /proc/net/{tcp,udp}, /proc/PID/stat, cmdline and cgroup, and the command-line
/// redactor. Seeds are real inputs (this host's /proc files, slices of Data/iana's registry,
/// the audit's reproducers); each execution mutates one (bit flips, byte changes, deletions,
/// duplicated or spliced chunks, inserted tokens) and runs the parser on it.
///
/// A finding is a crash (the test process dies: rerun with the printed seed to replay it) or a
/// broken property, recorded as an issue. The time per target comes from
/// `PORTLORE_FUZZ_SECONDS` (default 1 s, so that the ordinary test run stays short;
/// tests/fuzz/run.sh gives it more) and the seed from `PORTLORE_FUZZ_SEED`.
@Suite(.serialized)
struct ParserFuzzTests {
    static let seconds = Double(ProcessInfo.processInfo.environment["PORTLORE_FUZZ_SECONDS"] ?? "") ?? 1
    static let seed = UInt64(ProcessInfo.processInfo.environment["PORTLORE_FUZZ_SEED"] ?? "") ?? 0x5EED_0F_9081

    @Test func portQuery() {
        let seeds = ["443", "53/udp", "6000-6010", "postgresql", "1302/tcp", "http-alt", "0", "65535", "65536",
                     "8000-", "-1", "a/b/c", String(repeating: "9", count: 40), "ssh/sctp", " 22 ", "1-2-3"].map { Array($0.utf8) }
        Self.fuzz("PortQuery", seeds: seeds, tokens: ["/", "-", "tcp", "udp", "65535", "0", " ", "\u{0}"]) { bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            _ = try? PortQuery(parsing: text)
        }
    }

    @Test func ianaXML() {
        let full = Self.file(Self.dataDirectory + "/registry-latest.xml")
        var seeds: [[UInt8]] = [Array(("<registry>" + String(repeating: "<a>", count: 200)).utf8)]
        // The prolog and the first records, and a slice from the middle, closed by hand.
        if let start = full.firstIndex(of: UInt8(ascii: "<")) {
            let head = Array(full[start..<min(full.count, start + 6000)])
            if let lastRecord = Self.lastRange(of: Array("</record>".utf8), in: head) {
                seeds.append(Array(head[..<lastRecord.upperBound]) + Array("</registry>".utf8))
            }
        }
        seeds.append(Array("""
            <?xml version='1.0'?><registry xmlns="http://www.iana.org/assignments"><updated>2026-08-17</updated>
            <record date="2006-05" updated="2024-02-29"><name>a&amp;b</name><protocol>tcp</protocol><number>1-2</number>
            <description>x<br/>y<xref type="rfc" data="rfc1"/><![CDATA[<z>]]></description><xref type="person" data="P"/></record>
            <people><person id="P"><name>&#x41;&#66;</name></person></people><!-- c --></registry>
            """.utf8))
        Self.fuzz("IANA XML", seeds: seeds, tokens: ["<", ">", "</", "/>", "&amp;", "&#x110000;", "<![CDATA[", "]]>", "<!--", "\"", "2026-13-45", "<record>", "</record>", "<a>"]) { bytes in
            _ = try? IANAXMLReader.parse(bytes, path: "fuzz.xml", minimumRecords: 0)
            _ = try? IANARegistryFile.parse(bytes, path: "fuzz.xml")
        }
    }

    @Test func ianaCSV() {
        let seeds = [
            "Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes\n"
                + "http,80,tcp,World Wide Web HTTP,[Tim_Berners_Lee],[Tim_Berners_Lee],,2024-02-29,[RFC9110],,,\n"
                + "\"a,\"\"b\",1-2,udp,\"multi\nline\",,,2006-05,,[x][y],,,\r\n",
        ].map { Array($0.utf8) }
        Self.fuzz("IANA CSV", seeds: seeds, tokens: [",", "\"", "\"\"", "\n", "\r\n", "[", "]", "9999-12-31", "2026-13-45", "65535"]) { bytes in
            if let records = try? IANACSVReader.parse(bytes, path: "fuzz.csv", minimumRecords: 0) {
                for record in records { #expect(record.ports.map { $0.lower <= $0.upper } ?? true) }
            }
            _ = try? IANARegistryFile.parse(bytes, path: "fuzz.csv")
        }
    }

    @Test func procNetTables() {
        let seeds = ["/proc/net/tcp", "/proc/net/tcp6", "/proc/net/udp", "/proc/net/udp6"].map { Self.file($0) }.filter { !$0.isEmpty }
            + [Array("  sl  local_address rem_address   st\n   0: 0100007F:0CEA 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 31337 1\n".utf8)]
        let namespace = NetworkNamespace(inode: 1, isHost: true)
        Self.fuzz("/proc/net", seeds: seeds, tokens: [":", " ", "\n", "0A", "FFFFFFFF", "0000000000000000FFFF00000100007F", "ZZ"]) { bytes in
            for family in [AddressFamily.ipv4, .ipv6] {
                for listener in ProcNetParser.parse(bytes, transport: .tcp, family: family, namespace: namespace) {
                    #expect(listener.family == family)
                }
            }
        }
    }

    @Test func procStatCmdlineAndCgroup() {
        let seeds = [Self.file("/proc/self/stat"), Self.file("/proc/self/cmdline"), Self.file("/proc/self/cgroup"), Self.file("/proc/1/stat"),
                     Array("4242 (a (b) c) S 1 4242 4242 0 -1 4194560 0 0 0 0 0 0 0 0 20 0 1 0 123456 0 0\n".utf8),
                     Array("0::/system.slice/docker-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.scope\n12:pids:/docker/x\n".utf8)]
        Self.fuzz("/proc/PID/{stat,cmdline,cgroup}", seeds: seeds, tokens: ["(", ")", " ", ":", "\n", "\u{0}", "docker", "0::/"]) { bytes in
            _ = ProcStat(bytes)
            let arguments = CommandLineParser.arguments(bytes)
            // NUL-joined, the arguments give back the bytes (one trailing NUL dropped), for valid UTF-8.
            if String(validating: bytes, as: UTF8.self) != nil {
                var expected = bytes[...]
                if expected.last == 0 { expected = expected.dropLast() }
                #expect(Array(arguments.joined(separator: "\u{0}").utf8) == Array(expected))
            }
            if let path = CgroupPath.path(bytes), let id = CgroupPath.containerID(path) {
                #expect(id.utf8.count == 64)
            }
        }
    }

    @Test func redactor() {
        let seeds = ["app\u{0}--password=x\u{0}--token\u{0}t", "sh\u{0}-c\u{0}mysql -px db", "curl\u{0}-H\u{0}Authorization: Bearer x",
                     "app\u{0}https://u:p@h/?access_token=x&a=b", "java\u{0}-Ddb.password=x"].map { Array($0.utf8) }
        let redactor = CommandLineRedactor()
        Self.fuzz("CommandLineRedactor", seeds: seeds, tokens: ["=", ":", "-", "--", " ", "?", "&", "@", "://", "password", "Bearer", "\u{0}"]) { bytes in
            let arguments = CommandLineParser.arguments(bytes)
            let once = redactor.redact(arguments)
            #expect(once.count == arguments.count)
            #expect(redactor.redact(once) == once, "redaction is stable: \(arguments)")
        }
    }

    // MARK: - The engine

    /// Runs `body` on mutated seeds for `seconds`; prints executions and findings.
    static func fuzz(_ name: String, seeds: [[UInt8]], tokens: [String], body: ([UInt8]) -> Void) {
        var random = SplitMix64(seed: seed ^ UInt64(truncatingIfNeeded: name.utf8.reduce(0) { $0 &* 31 &+ Int($1) }))
        let tokenBytes = tokens.map { Array($0.utf8) }
        let corpus = seeds.filter { !$0.isEmpty }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .milliseconds(Int64(seconds * 1000)))
        var executions = 0
        for input in corpus {
            body(input)
            executions += 1
        }
        while clock.now < deadline {
            for _ in 0..<16 {
                var input = corpus[Int(random.next() % UInt64(corpus.count))]
                let rounds = 1 + Int(random.next() % 8)
                for _ in 0..<rounds { mutate(&input, random: &random, tokens: tokenBytes, corpus: corpus) }
                body(input)
                executions += 1
            }
        }
        print("fuzz \(name): \(executions) executions in \(seconds) s, seed \(seed); findings are the issues recorded above (none if this suite passed)")
    }

    static func mutate(_ input: inout [UInt8], random: inout SplitMix64, tokens: [[UInt8]], corpus: [[UInt8]]) {
        let position = input.isEmpty ? 0 : Int(random.next() % UInt64(input.count))
        switch random.next() % 8 {
        case 0 where !input.isEmpty:
            input[position] ^= UInt8(1 << (random.next() % 8))
        case 1 where !input.isEmpty:
            input[position] = UInt8(truncatingIfNeeded: random.next())
        case 2 where !input.isEmpty:
            let count = min(input.count - position, 1 + Int(random.next() % 16))
            input.removeSubrange(position..<(position + count))
        case 3 where !input.isEmpty:
            // Duplicate a chunk (nesting, repeated fields).
            let count = min(input.count - position, 1 + Int(random.next() % 64))
            let chunk = input[position..<(position + count)]
            input.insert(contentsOf: Array(chunk), at: position)
        case 4:
            let token = tokens[Int(random.next() % UInt64(tokens.count))]
            input.insert(contentsOf: token, at: position)
        case 5:
            // Splice in part of another seed.
            let other = corpus[Int(random.next() % UInt64(corpus.count))]
            let start = Int(random.next() % UInt64(other.count))
            let count = min(other.count - start, 1 + Int(random.next() % 256))
            input.insert(contentsOf: other[start..<(start + count)], at: position)
        case 6 where !input.isEmpty:
            input.removeSubrange(position...)
        default:
            input.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
        }
        if input.count > 1 << 20 { input.removeSubrange((1 << 20)...) }
    }

    static let dataDirectory: String = {
        var components = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        components.removeLast(3)
        return components.joined(separator: "/") + "/Data/iana"
    }()

    static func file(_ path: String) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { return result }
            result.append(contentsOf: chunk[..<count])
        }
    }

    static func lastRange(of needle: [UInt8], in bytes: [UInt8]) -> Range<Int>? {
        guard bytes.count >= needle.count else { return nil }
        for start in stride(from: bytes.count - needle.count, through: 0, by: -1) where bytes[start..<(start + needle.count)].elementsEqual(needle) {
            return start..<(start + needle.count)
        }
        return nil
    }
}

/// A small, seedable generator (SplitMix64), so that a run can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
