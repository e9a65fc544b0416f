#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
package import SystemPackage

/// Files replaced whole: a reader sees the old file or the new one, never a half-written one, and
/// what was written survives a power cut once the call returns.
package enum AtomicFile {
    /// Writes to `PATH.partial-PID` beside `path`, flushes it to disk, renames it over `path`,
    /// then flushes the directory so that the rename itself is durable. On failure the temporary
    /// file is removed and `path` is untouched.
    package static func write(_ bytes: [UInt8], to path: String) throws(FileError) {
        let temporary = partialPath(of: path, pid: getpid())
        let descriptor: FileDescriptor
        do {
            descriptor = try FileDescriptor.open(
                FilePath(temporary), .writeOnly, options: [.create, .truncate, .closeOnExec], permissions: [.ownerReadWrite, .groupRead, .otherRead])
        } catch {
            throw FileError(path: temporary, error as? Errno ?? .ioError)
        }
        var failure: Errno?
        do {
            try descriptor.closeAfter {
                _ = try descriptor.writeAll(bytes)
                try valueOrErrno { fsync(descriptor.rawValue) }.get()
            }
        } catch {
            failure = error as? Errno ?? .ioError
        }
        if failure == nil, case .failure(let error) = valueOrErrno({ rename(temporary, path) }) { failure = error }
        if let failure {
            _ = unlink(temporary)
            throw FileError(path: path, failure)
        }
        syncDirectory(of: path)
    }

    /// Removes `path`, then makes the removal durable; `false` when there was nothing to remove.
    package static func remove(_ path: String) throws(FileError) -> Bool {
        switch valueOrErrno({ unlink(path) }) {
        case .success: break
        case .failure(.noSuchFileOrDirectory): return false
        case .failure(let error): throw FileError(path: path, error)
        }
        syncDirectory(of: path)
        return true
    }

    /// `mkdir -p` with mode 755 for what it creates.
    package static func makeDirectories(_ path: String) throws(FileError) {
        var built = ""
        for component in path.split(separator: "/") {
            built += "/" + component
            if case .failure(let error) = valueOrErrno({ mkdir(built, 0o755) }), error != .fileExists {
                throw FileError(path: built, error)
            }
        }
    }

    /// Deletes the temporary files `write(_:to:)` left beside `directory/name` when it was killed
    /// (`kill -9` between open and rename): those whose writer process is gone. Best effort.
    package static func removeAbandonedPartials(in directory: String, of name: String) {
        let prefix = name + ".partial-"
        for entry in DirectoryEntries.names(in: directory) where entry.hasPrefix(prefix) {
            guard let pid = Int32(entry.dropFirst(prefix.count)), pid > 0 else { continue }
            if pid == getpid() || kill(pid, 0) == 0 || errno == EPERM { continue }
            _ = unlink(directory + "/" + entry)
        }
    }

    static func partialPath(of path: String, pid: Int32) -> String {
        path + ".partial-\(pid)"
    }

    private static func syncDirectory(of path: String) {
        let directory = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        guard case .success(let descriptor) = (directory.isEmpty ? "/" : directory).withCString({
            system_openat(nil, $0, O_RDONLY | O_DIRECTORY)
        }) else { return }
        _ = valueOrErrno { fsync(descriptor.rawValue) }
        system_close(descriptor)
    }
}

/// The names in a directory, "." and ".." excluded; none when it cannot be read.
package enum DirectoryEntries {
    package static func names(in directory: String) -> [String] {
        guard let stream = opendir(directory) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: pointer.pointee)) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Removes the regular files in `directory` whose name starts with `prefix`, that belong to
    /// this process's real user and were last changed more than `seconds` ago. Best effort.
    package static func removeStaleFiles(in directory: String, prefix: String, untouchedFor seconds: Int) {
        let user = getuid()
        let cutoff = time(nil) - seconds
        for entry in names(in: directory) where entry.hasPrefix(prefix) {
            let path = directory + "/" + entry
            guard let status = try? Stat(FilePath(path), followTargetSymlink: false),
                  status.type == .regular, status.userID.rawValue == user, status.st_mtim.tv_sec < cutoff else { continue }
            _ = unlink(path)
        }
    }
}
