import PortloreSystem
public import PortRegistry

/// Reading a registry file the user names (`registry update --from FILE`).
public enum RegistryFile {
    /// The registry is about 4 MB; anything past 64 MiB is not one.
    static let maximumSize = 64 << 20

    /// A regular file of at most `maximumSize` bytes, checked before and as it is read: a FIFO
    /// blocked forever and `/dev/zero` ran out of memory before this check.
    public static func read(_ path: String) throws(RegistryError) -> [UInt8] {
        do throws(FileError) { return try FileContents.read(path, limit: maximumSize, regularFileOnly: true) } catch {
            throw RegistryError(error)
        }
    }
}
