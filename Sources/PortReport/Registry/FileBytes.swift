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
        // Regular files say their size: one allocation instead of a doubling series.
        var status = stat()
        let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
        return try readAll(descriptor, path: path, sizeHint: size, limit: nil)
    }

    /// Reads a file someone hands us (`registry update --from`), refusing what cannot be a
    /// registry before reading much: anything but a regular file (a FIFO blocked forever,
    /// `/dev/zero` ran out of memory) and more than `limit` bytes, counted as they arrive (a file
    /// may grow while it is read). Opened with `O_NONBLOCK` so that opening a FIFO with no writer
    /// returns at once; `fstat` on the open descriptor then says what it is.
    static func readRegularFile(_ path: String, limit: Int) throws(RegistryError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw .fileAccess(path: path, reason: Self.reason(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .fileAccess(path: path, reason: Self.reason(errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw .corruptRegistry(path: path, reason: "it is \(Self.kind(of: status.st_mode)), not a regular file")
        }
        guard status.st_size <= limit else {
            throw .corruptRegistry(path: path, reason: "\(status.st_size) bytes is far larger than any IANA registry (at most \(limit))")
        }
        return try readAll(descriptor, path: path, sizeHint: Int(status.st_size), limit: limit)
    }

    /// Reads `descriptor` to its end, retrying on EINTR; with a `limit`, refuses more bytes than
    /// that as they arrive (a file may grow while it is read).
    private static func readAll(_ descriptor: Int32, path: String, sizeHint: Int, limit: Int?) throws(RegistryError) -> [UInt8] {
        var result: [UInt8] = []
        if sizeHint > 0 { result.reserveCapacity(sizeHint) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .fileAccess(path: path, reason: Self.reason(errno))
            }
            if count == 0 { return result }
            if let limit, result.count + count > limit {
                throw .corruptRegistry(path: path, reason: "it grew past \(limit) bytes while being read, far larger than any IANA registry")
            }
            result.append(contentsOf: chunk[..<count])
        }
    }

    private static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: "a directory"
        case S_IFIFO: "a FIFO"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "a special file"
        }
    }

    /// Removes `path`, then makes the removal durable; `false` when there was nothing to remove.
    static func remove(_ path: String) throws(RegistryError) -> Bool {
        guard unlink(path) == 0 else {
            if errno == ENOENT { return false }
            throw .fileAccess(path: path, reason: Self.reason(errno))
        }
        syncDirectory(of: path)
        return true
    }

    /// Deletes what an interrupted run left behind: `NAME.partial-PID` files in `directory` whose
    /// process is gone (a `kill -9` during `writeAtomically`), and curl's `portlore-download-*`
    /// files in /tmp owned by this user and untouched for 10 minutes (portlore before this version
    /// downloaded into them, for at most 5 minutes; it now reads curl's output through a pipe and
    /// creates none). Best effort: nothing here may stop an update.
    static func removeLeftovers(in directory: String, partialsOf name: String) {
        for entry in entries(of: directory) where entry.hasPrefix(name + ".partial-") {
            guard let pid = Int32(entry.dropFirst(name.count + ".partial-".count)), pid > 0 else { continue }
            if pid == getpid() || kill(pid, 0) == 0 || errno == EPERM { continue }
            unlink(directory + "/" + entry)
        }
        let user = getuid()
        for entry in entries(of: "/tmp") where entry.hasPrefix("portlore-download-") {
            let path = "/tmp/" + entry
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_uid == user,
                  status.st_mtim.tv_sec < time(nil) - 600 else { continue }
            unlink(path)
        }
    }

    private static func entries(of directory: String) -> [String] {
        guard let stream = opendir(directory) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    private static func syncDirectory(of path: String) {
        let directory = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        let directoryDescriptor = open(directory.isEmpty ? "/" : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
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
        syncDirectory(of: path)
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
