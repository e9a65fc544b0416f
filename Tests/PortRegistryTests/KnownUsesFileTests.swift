import FoundationEssentials
@testable import PortRegistry
import Testing

/// Data/known-uses/known-uses.tsv: well formed, sorted, sourced, without duplicates, and the
/// copy compiled into the binary is the file.
struct KnownUsesFileTests {
    static let fileURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data/known-uses/known-uses.tsv")

    static func fileText() throws -> String {
        String(decoding: try Data(contentsOf: fileURL), as: UTF8.self)
    }

    @Test func theBinaryCarriesTheFileByteForByte() throws {
        #expect(knownUsesTSV == (try Self.fileText()), "run scripts/embed-known-uses")
    }

    @Test func fileIsWellFormedWithAtLeast300Entries() throws {
        let table = try KnownUses(tsv: try Self.fileText())
        #expect(table.all.count >= 300)
        #expect(table.all.count == KnownUses.embedded.all.count)
        // One entry per line after the header: nothing was skipped.
        let lines = try Self.fileText().split(separator: "\n")
        #expect(lines.count == table.all.count + 1)
    }

    @Test func everyEntryIsSortedUniqueAndSourcedOverHTTPS() throws {
        let uses = try KnownUses(tsv: try Self.fileText()).all
        var seen = Set<String>()
        for (previous, next) in zip(uses, uses.dropFirst()) {
            let ordered = previous.port < next.port
                || (previous.port == next.port && Array(previous.software.utf8).lexicographicallyPrecedes(Array(next.software.utf8)))
            #expect(ordered, "\(previous.port) \(previous.software) before \(next.port) \(next.software)")
        }
        for use in uses {
            #expect(seen.insert("\(use.port)\t\(use.software)").inserted, "twice: \(use.port) \(use.software)")
            let url = try #require(URL(string: use.source), "\(use.software): \(use.source)")
            #expect(url.scheme == "https", "\(use.software): \(use.source)")
            #expect(url.host?.contains(".") == true, "\(use.software): \(use.source)")
            #expect(!use.transports.isEmpty)
            #expect(!use.software.isEmpty)
            #expect(use.port.rawValue >= 1)
            if !use.kind.makesProgramsExpected {
                #expect(use.programs.isEmpty, "\(use.software): malware names no expected program")
            }
        }
    }

    /// The examples the project was asked for.
    @Test(arguments: [
        (UInt16(9090), "Prometheus"), (9100, "Prometheus node_exporter"), (3000, "Grafana"), (5173, "Vite development server"),
        (8888, "Jupyter Server"), (6443, "Kubernetes API server"), (25565, "Minecraft Java Edition server"), (6881, "BitTorrent"),
    ])
    func carriesTheWellKnownOnes(port: UInt16, software: String) throws {
        let uses = KnownUses.embedded.uses(of: Port(rawValue: port))
        #expect(uses.contains { $0.software == software }, "\(port): \(uses.map(\.software))")
    }

    @Test func lookupsFilterByProtocol() {
        let table = KnownUses.embedded
        #expect(table.uses(of: Port(rawValue: 8125), transport: .tcp).isEmpty, "StatsD is UDP only")
        #expect(table.uses(of: Port(rawValue: 8125), transport: .udp).map(\.software).contains("StatsD"))
        #expect(table.uses(of: Port(rawValue: 13020)).isEmpty, "portlore's own port is known for nothing")
        let prometheus = table.uses(of: Port(rawValue: 9090)).first { $0.software == "Prometheus" }
        #expect(prometheus?.programs == ["prometheus"])
        #expect(prometheus?.kind == .default)
        #expect(prometheus?.source == "https://prometheus.io/docs/prometheus/latest/getting_started/")
    }

    static let header = KnownUses.header + "\n"

    /// A broken file is refused with the line at fault, never half read.
    @Test(arguments: [
        ("port\tprotocol\tsoftware\tkind\tprograms\tsource\n", 1, "header"),
        (header + "9090\ttcp\tPrometheus\tdefault\tprometheus\n", 2, "5 fields"),
        (header + "0\ttcp\tX\tdefault\t-\thttps://example.org/\n", 2, "port"),
        (header + "65536\ttcp\tX\tdefault\t-\thttps://example.org/\n", 2, "port"),
        (header + "09\ttcp\tX\tdefault\t-\thttps://example.org/\n", 2, "port"),
        (header + "9090\ttcp,tcp\tX\tdefault\t-\thttps://example.org/\n", 2, "protocols"),
        (header + "9090\tquic\tX\tdefault\t-\thttps://example.org/\n", 2, "protocols"),
        (header + "9090\ttcp\tX\tusual\t-\thttps://example.org/\n", 2, "kind"),
        (header + "9090\ttcp\tX\tdefault\t-\thttp://example.org/\n", 2, "https"),
        (header + "9090\ttcp\tX\tdefault\t-\thttps://example.org/a b\n", 2, "https"),
        (header + "9090\ttcp\tX\tdefault\t/usr/bin/x\thttps://example.org/\n", 2, "programs"),
        (header + "9090\ttcp\t\tdefault\t-\thttps://example.org/\n", 2, "empty field"),
        (header + "9091\ttcp\tA\tdefault\t-\thttps://example.org/\n9090\ttcp\tB\tdefault\t-\thttps://example.org/\n", 3, "out of order"),
        (header + "9090\ttcp\tB\tdefault\t-\thttps://example.org/\n9090\ttcp\tA\tdefault\t-\thttps://example.org/\n", 3, "out of order"),
        (header + "9090\ttcp\tA\tdefault\t-\thttps://example.org/\n9090\tudp\tA\thabit\t-\thttps://example.org/\n", 3, "repeats"),
        (header + "9090\ttcp\tA\tdefault\t-\thttps://example.org/\n\n9091\ttcp\tB\tdefault\t-\thttps://example.org/\n", 3, "empty"),
        (header + "9090\ttcp\tA\tdefault\t-\thttps://example.org/", 2, "newline"),
    ])
    func brokenFilesAreRefusedNamingTheLine(text: String, line: Int, reason: String) {
        #expect {
            _ = try KnownUses(tsv: text)
        } throws: { error in
            guard let error = error as? KnownUsesFileError else { return false }
            return error.line == line && error.description.contains(reason) && error.description.contains("Line \(line)")
        }
    }

    @Test func aSmallValidFileReadsBack() throws {
        let table = try KnownUses(tsv: Self.header
            + "22000\ttcp,udp\tSyncthing sync protocol\tdefault\tsyncthing\thttps://docs.syncthing.net/users/firewall.html\n"
            + "31337\tudp\tBack Orifice\tmalware\t-\thttps://en.wikipedia.org/wiki/Back_Orifice\n")
        #expect(table.all.count == 2)
        #expect(table.uses(of: Port(rawValue: 22000), transport: .udp).first?.transports == [.tcp, .udp])
        #expect(table.uses(of: Port(rawValue: 31337)).first?.kind == .malware)
        #expect(table.uses(of: Port(rawValue: 31337)).first?.programs == [])
    }
}
