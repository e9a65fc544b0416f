// portlore-data: compiles Data/iana/ into Sources/CRegistryData/registry_blob.c.
//
//   swift run portlore-data [--data Data/iana] [--output Sources/CRegistryData/registry_blob.c] [--check]
//
// Records come from the older copies in archive/ (1992-2015), merged in front of
// record-history.tsv (2017+); the registry date is registry-latest.xml's <updated>; the copies
// are archive/'s files and snapshots.tsv's dates. The tool first proves that the XML's records
// are exactly the TSV's current rows. With --check
// it writes nothing and exits 1 when the committed C file is not what it would write.
import FoundationEssentials
import Glibc
import PortRegistry
import PortloreSystem

struct Options {
    var dataDirectory = "Data/iana"
    var output = "Sources/CRegistryData/registry_blob.c"
    var check = false

    static let usage = "usage: portlore-data [--data DIR] [--output FILE.c] [--check]"

    init(arguments: [String]) throws {
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--data": dataDirectory = try Self.value(of: argument, from: &remaining)
            case "--output": output = try Self.value(of: argument, from: &remaining)
            case "--check": check = true
            case "-h", "--help": print(Self.usage); exit(0)
            default: throw ToolFailure("unknown argument '\(argument)'; \(Self.usage)")
            }
        }
    }

    private static func value(of option: String, from remaining: inout ArraySlice<String>) throws -> String {
        guard let value = remaining.popFirst() else { throw ToolFailure("\(option) needs a value; \(usage)") }
        return value
    }
}

func run() throws {
    let options = try Options(arguments: Array(CommandLine.arguments.dropFirst()))
    let historyPath = options.dataDirectory + "/record-history.tsv"
    let xmlPath = options.dataDirectory + "/registry-latest.xml"

    let history = try RecordHistoryTable.parse(try FileContents.read(historyPath, limit: .max), path: historyPath)
    let latest = try IANARegistryFile.parse(try FileContents.read(xmlPath, limit: .max), path: xmlPath)
    try DataConsistency.verify(latest: latest.records, xmlPath: xmlPath, history: history, historyPath: historyPath)

    let archive = try RegistryArchive.read(directory: options.dataDirectory + "/archive")
    let snapshotsPath = options.dataDirectory + "/snapshots.tsv"
    let snapshots = try RegistryArchive.snapshotDates(try FileContents.read(snapshotsPath, limit: .max), path: snapshotsPath)
    let records = ArchiveMerge.merge(older: archive, history: history)
    let copies = archive.map(\.copy) + snapshots.map { RegistryCopy(date: $0, format: .xml) }
    let blob = Registry.compile(records: records, registryDate: latest.registryDate, copies: copies)
    // Read it back as a file would be: the tool never emits data the reader refuses.
    _ = try Registry(bytes: blob, path: "the compiled registry")
    let source = Array(CSourceWriter.source(blob: blob, registryDate: latest.registryDate).utf8)

    if options.check {
        let committed = (try? FileContents.read(options.output, limit: .max)) ?? []
        guard committed == source else {
            let committedLines = committed.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let sourceLines = source.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let line = (zip(committedLines, sourceLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(committedLines.count, sourceLines.count)) + 1
            throw ToolFailure("\(options.output) is not what \(options.dataDirectory) compiles to (first difference at line \(line); \(committed.count) bytes committed, \(source.count) generated); run `swift run portlore-data` and commit the result.")
        }
        print("\(options.output) is up to date: \(records.count) versions (\(history.count) since 2017), \(latest.records.count) current records, registry of \(latest.registryDate).")
    } else {
        try AtomicFile.write(source, to: options.output)
        print("Wrote \(options.output): \(source.count) bytes, blob \(blob.count) bytes, \(records.count) versions (\(history.count) since 2017), \(copies.count) copies, registry of \(latest.registryDate).")
    }
}

do {
    try run()
} catch {
    _ = Array("portlore-data: \(error)\n".utf8).withUnsafeBytes { StandardStream.error.writeAll($0) }
    exit(1)
}
