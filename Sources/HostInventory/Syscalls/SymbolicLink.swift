import Glibc
import SystemPackage

/// `readlink` results as bytes.
enum SymbolicLink {
    /// The target of `path` (relative to `base`), or nil when it cannot be read.
    static func target(_ path: UnsafePointer<CChar>, relativeTo base: FileDescriptor? = nil) -> Result<[UInt8], Errno> {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: Int(PATH_MAX) + 1) { buffer in
            system_readlinkat(base, path, buffer).map { count in
                UnsafeRawBufferPointer(start: buffer.baseAddress, count: count).map { $0 }
            }
        }
    }
}
