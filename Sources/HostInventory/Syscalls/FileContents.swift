import Glibc
import SystemPackage

/// Whole-file reads for /proc and /sys.
///
/// An `open`/`read` loop until 0: `Data(contentsOf:)` and `String(contentsOfFile:)`
/// trust the size `stat` reports, which is 0 or 4096 for /proc files, and silently
/// returned 4,050 of 3,000,300 bytes of /proc/net/tcp under load.
enum FileContents {
    /// Reads `path` (relative to `base` when given) to its end.
    static func read(_ path: UnsafePointer<CChar>, relativeTo base: FileDescriptor? = nil) throws(Errno) -> [UInt8] {
        let descriptor = try system_openat(base, path, O_RDONLY).get()
        defer { system_close(descriptor) }
        let outcome: Result<[UInt8], Errno> = withUnsafeTemporaryAllocation(byteCount: 1 << 16, alignment: 16) { chunk in
            var bytes: [UInt8] = []
            while true {
                switch system_read(descriptor, chunk) {
                case .success(0): return .success(bytes)
                case .success(let count): bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<count]))
                case .failure(let error): return .failure(error)
                }
            }
        }
        return try outcome.get()
    }

    static func read(_ path: String, relativeTo base: FileDescriptor? = nil) throws(Errno) -> [UInt8] {
        let outcome = path.withCString { path -> Result<[UInt8], Errno> in
            do throws(Errno) { return .success(try read(path, relativeTo: base)) } catch { return .failure(error) }
        }
        return try outcome.get()
    }
}

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
