/// A registry file as IANA publishes it: service-names-port-numbers.xml or .csv.
public enum IANARegistryFile {
    /// Fewer records than this means a truncated or wrong file: IANA's registry has had more
    /// than 13,900 since 2017.
    public static let minimumRecordCount = 10_000

    /// Parses IANA's XML or CSV (told apart by the first byte that isn't whitespace), validating
    /// it: malformed, truncated or implausibly small files throw `RegistryError.corruptRegistry`.
    ///
    /// The CSV has no registry date; its date is the newest registration or modification date
    /// of its records. Records come back in file order, with empty `firstSeen` and `nil` `lastSeen`.
    public static func parse(_ bytes: [UInt8], path: String) throws(RegistryError) -> (registryDate: String, records: [RegistryRecord]) {
        let first = bytes.drop { UTF8Bytes.isWhitespace($0) || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }.first
        guard let first else { throw .corruptRegistry(path: path, reason: "the file is empty") }
        if first == UInt8(ascii: "<") {
            return try IANAXMLReader.parse(bytes, path: path, minimumRecords: minimumRecordCount)
        }
        let records = try IANACSVReader.parse(bytes, path: path, minimumRecords: minimumRecordCount)
        let newest = records.lazy.flatMap { [$0.registrationDate, $0.modificationDate] }
            .filter { RegistryDate.isValid(Array($0.utf8)) }.max() ?? ""
        guard RegistryDate.isValid(Array(newest.utf8)) else {
            throw .corruptRegistry(path: path, reason: "no record has a YYYY-MM-DD date to date the registry by")
        }
        return (newest, records)
    }
}
