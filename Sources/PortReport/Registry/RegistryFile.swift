public import PortRegistry

/// Reading a registry file the user names (`registry update --from FILE`).
public enum RegistryFile {
    /// The registry is about 4 MB; anything past 64 MiB is not one.
    static let maximumSize = 64 << 20

    public static func read(_ path: String) throws(RegistryError) -> [UInt8] {
        let bytes = try FileBytes.read(path)
        guard bytes.count <= maximumSize else {
            throw .corruptRegistry(path: path, reason: "\(bytes.count) bytes is far larger than any IANA registry")
        }
        return bytes
    }
}
