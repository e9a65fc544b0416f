public import PortRegistry

/// Reading a registry file the user names (`registry update --from FILE`).
public enum RegistryFile {
    /// The registry is about 4 MB; anything past 64 MiB is not one.
    static let maximumSize = 64 << 20

    /// A regular file of at most `maximumSize` bytes, checked as it is read (see
    /// `FileBytes.readRegularFile`).
    public static func read(_ path: String) throws(RegistryError) -> [UInt8] {
        try FileBytes.readRegularFile(path, limit: maximumSize)
    }
}
