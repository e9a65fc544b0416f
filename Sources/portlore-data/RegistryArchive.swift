import FoundationEssentials
import PortRegistry
import PortloreSystem

/// Data/iana/archive/: the registry's copies older than the 2017+ history, each named
/// `DATE-KIND.ext` by the registry's own date (the archive's README lists them).
enum RegistryArchive {
    /// Every copy in the directory, parsed with its format's reader, oldest first.
    static func read(directory: String) throws -> [(copy: RegistryCopy, records: [RegistryRecord])] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            throw ToolFailure("cannot list \(directory): \(error)")
        }
        var copies: [(copy: RegistryCopy, records: [RegistryRecord])] = []
        for name in names where name != "README.md" {
            let path = directory + "/" + name
            let bytes = try FileContents.read(path, limit: .max)
            let (date, format) = try dateAndFormat(of: name)
            let records: [RegistryRecord]
            switch format {
            case .rfc1340: records = try RFC1340PortTables.parse(bytes, path: path)
            case .portNumbersText: records = try PortNumbersText.parse(bytes, path: path)
            case .plainText: records = try IANAPlainText.parse(bytes, path: path)
            case .xml:
                let parsed = try IANARegistryFile.parse(bytes, path: path)
                guard parsed.registryDate == date else {
                    throw ToolFailure("\(path) is named for \(date) but its <updated> date is \(parsed.registryDate)")
                }
                records = parsed.records
            }
            copies.append((RegistryCopy(date: date, format: format), records))
        }
        return copies
    }

    /// `2004-01-08-port-numbers.txt` → (2004-01-08, port-numbers text).
    static func dateAndFormat(of name: String) throws -> (String, RegistryCopy.Format) {
        let kinds: [(suffix: String, format: RegistryCopy.Format)] = [
            ("-rfc1340-port-tables.txt", .rfc1340), ("-service-names-port-numbers.xml", .xml),
            ("-service-names-port-numbers.txt", .plainText), ("-port-numbers.txt", .portNumbersText),
        ]
        for kind in kinds where name.hasSuffix(kind.suffix) {
            let date = String(name.dropLast(kind.suffix.count))
            if RegistryCopy.isValidDate(date) {
                return (date, kind.format)
            }
        }
        throw ToolFailure("archive file '\(name)' is not named DATE-rfc1340-port-tables.txt, DATE-port-numbers.txt or DATE-service-names-port-numbers.{xml,txt}")
    }

    /// The registry dates of snapshots.tsv (its first column), the 2017+ copies.
    static func snapshotDates(_ bytes: [UInt8], path: String) throws -> [String] {
        let lines = bytes.split(separator: UInt8(ascii: "\n")).dropFirst()
        return try lines.map { line in
            let date = String(decoding: line.prefix { $0 != UInt8(ascii: "\t") }, as: UTF8.self)
            guard date.utf8.count == 10 else { throw ToolFailure("\(path): '\(date)' is not a registry date") }
            return date
        }
    }
}
