import PortRegistry

#if canImport(Glibc)
import Glibc
#endif

/// Whole-file reads and atomic writes with plain system calls.
enum FileBytes {
    /// Reads a file to its end with a read loop (Foundation's readers truncate /proc files;
    /// one code path for all files).
    static func read(_ path: String) throws(RegistryError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .fileAccess(path: path, reason: Self.reason(errno)) }
        defer { close(descriptor) }
        var result: [UInt8] = []
        // Regular files say their size: one allocation instead of a doubling series.
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_size > 0 {
            result.reserveCapacity(Int(status.st_size))
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .fileAccess(path: path, reason: Self.reason(errno))
            }
            if count == 0 { return result }
            result.append(contentsOf: chunk[..<count])
        }
    }

    /// Writes to a temporary file beside `path`, flushes it to disk, then renames it over
    /// `path`: a reader sees the old file or the new one, never a half-written one.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(RegistryError) {
        let temporary = path + ".partial-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .fileAccess(path: temporary, reason: Self.reason(errno)) }
        var failure: Int32?
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw .fileAccess(path: path, reason: Self.reason(failure))
        }
        // Make the rename itself durable.
        let directory = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        let directoryDescriptor = open(directory.isEmpty ? "/" : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }

    /// `mkdir -p`.
    static func makeDirectory(_ path: String) throws(RegistryError) {
        var built = ""
        for component in path.split(separator: "/") {
            built += "/" + component
            if mkdir(built, 0o755) != 0 && errno != EEXIST {
                throw .fileAccess(path: built, reason: Self.reason(errno))
            }
        }
    }

    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
