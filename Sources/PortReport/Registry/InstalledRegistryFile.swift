public import PortRegistry

/// The installed registry file: one header line saying when and where it came from and the
/// checksum of what follows, then the compiled registry. One file, so one `rename` replaces
/// both at once.
///
/// The compiled registry is validated whole before it is installed; the checksum lets later
/// runs trust those same bytes without validating them again (4 ms each time).
enum InstalledRegistryFile {
    static let magic = "portlore-installed-registry 2"

    struct Contents {
        var registry: Registry
        var origin: String
        var installedOn: String
    }

    static func encode(_ compiled: [UInt8], origin: String, installedOn: String) -> [UInt8] {
        let cleanOrigin = origin.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }
        let sum = String(checksum(compiled[...]), radix: 16)
        return Array("\(magic)\t\(installedOn)\t\(sum)\t\(String(cleanOrigin))\n".utf8) + compiled
    }

    static func decode(_ bytes: [UInt8], path: String) throws(RegistryError) -> Contents {
        guard let newline = bytes.prefix(4096).firstIndex(of: UInt8(ascii: "\n")) else {
            throw .corruptRegistry(path: path, reason: "no header line")
        }
        let header = String(decoding: bytes[..<newline], as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
        guard header.count == 4, header[0] == magic, let stored = UInt64(header[2], radix: 16) else {
            throw .corruptRegistry(path: path, reason: "not a file written by this version of portlore registry update")
        }
        let compiled = bytes[(newline + 1)...]
        guard checksum(compiled) == stored else {
            throw .corruptRegistry(path: path, reason: "its contents changed after it was installed")
        }
        let registry = try Registry(previouslyValidatedBytes: Array(compiled), path: path)
        return Contents(registry: registry, origin: String(header[3]), installedOn: String(header[1]))
    }

    /// FNV-1a over 64-bit words (and the tail bytes): catches a changed or truncated file.
    /// Not a defence against someone who may write to the user's data directory; they could
    /// as well change what runs.
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x0000_0100_0000_01b3
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for index in 0..<words {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) &* prime
            }
            for byte in raw[(words * 8)...] {
                hash = (hash ^ UInt64(byte)) &* prime
            }
        }
        return hash ^ UInt64(bytes.count)
    }
}
