public import PortRegistry

/// The installed registry file: one header line saying where it came from, then the
/// compiled registry. One file, so one `rename` replaces both at once.
enum InstalledRegistryFile {
    static let magic = "portlore-installed-registry 1"

    struct Contents {
        var registry: Registry
        var origin: String
        var installedOn: String
    }

    static func encode(_ compiled: [UInt8], origin: String, installedOn: String) -> [UInt8] {
        let cleanOrigin = origin.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }
        return Array("\(magic)\t\(installedOn)\t\(String(cleanOrigin))\n".utf8) + compiled
    }

    static func decode(_ bytes: [UInt8], path: String) throws(RegistryError) -> Contents {
        guard let newline = bytes.prefix(4096).firstIndex(of: UInt8(ascii: "\n")) else {
            throw .corruptRegistry(path: path, reason: "no header line")
        }
        let header = String(decoding: bytes[..<newline], as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
        guard header.count == 3, header[0] == magic else {
            throw .corruptRegistry(path: path, reason: "not a file written by portlore registry update")
        }
        let registry = try Registry(bytes: Array(bytes[(newline + 1)...]), path: path)
        return Contents(registry: registry, origin: String(header[2]), installedOn: String(header[1]))
    }
}
