import FoundationEssentials
import PortRegistry

/// Data/iana/, read once per test run.
enum RegistryTestData {
    static let directory: String = {
        // Tests/PortRegistryTests/RegistryTestData.swift -> the package root.
        var components = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        components.removeLast(3)
        return components.joined(separator: "/") + "/Data/iana"
    }()

    static func bytes(_ name: String) -> [UInt8] {
        let path = directory + "/" + name
        do {
            return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            fatalError("Cannot read \(path): \(error)")
        }
    }

    static let xmlPath = directory + "/registry-latest.xml"
    static let historyPath = directory + "/record-history.tsv"
    static let xmlBytes = bytes("registry-latest.xml")

    static let latest: (registryDate: String, records: [RegistryRecord]) = {
        do { return try IANARegistryFile.parse(xmlBytes, path: xmlPath) } catch { fatalError("\(error)") }
    }()

    static let history: [RegistryRecord] = {
        do { return try RecordHistoryTable.parse(bytes("record-history.tsv"), path: historyPath) } catch { fatalError("\(error)") }
    }()

    /// A record without its snapshot dates: what IANA's own file can tell.
    static func version(_ record: RegistryRecord) -> RegistryRecord {
        var version = record
        version.firstSeen = ""
        version.lastSeen = nil
        return version
    }
}
