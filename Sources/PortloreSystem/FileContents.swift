#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
package import SystemPackage

/// portlore's one whole-file reader, for /proc and /sys as for the registry and the token file.
///
/// It reads until `read` returns 0: `Data(contentsOf:)` and `String(contentsOfFile:)` trust the
/// size `stat` reports, which is 0 or 4096 for /proc files, and silently returned 4,050 of
/// 3,000,300 bytes of /proc/net/tcp under load. Reads go through swift-system's
/// `read(into:retryOnInterrupt:)`, which retries on EINTR.
package enum FileContents {
    /// Reads `path` (relative to `base` when given) to its end: the /proc and /sys path, which
    /// keeps its 64 KiB chunk on the stack (a scan reads three files per process).
    package static func read(_ path: UnsafePointer<CChar>, relativeTo base: FileDescriptor? = nil) throws(Errno) -> [UInt8] {
        let descriptor = try system_openat(base, path, O_RDONLY).get()
        defer { system_close(descriptor) }
        let outcome: Result<[UInt8], Errno> = withUnsafeTemporaryAllocation(byteCount: chunkSize, alignment: 16) { chunk in
            var bytes: [UInt8] = []
            while true {
                switch read(descriptor, into: chunk) {
                case .success(0): return .success(bytes)
                case .success(let count): bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<count]))
                case .failure(let error): return .failure(error)
                }
            }
        }
        return try outcome.get()
    }

    package static func read(_ path: String, relativeTo base: FileDescriptor? = nil) throws(Errno) -> [UInt8] {
        let outcome = path.withCString { path -> Result<[UInt8], Errno> in
            do throws(Errno) { return .success(try read(path, relativeTo: base)) } catch { return .failure(error) }
        }
        return try outcome.get()
    }

    /// Reads a file to its end, refusing more than `limit` bytes as they arrive. With
    /// `regularFileOnly`, anything but a regular file is refused before a byte is read (a FIFO
    /// would block forever, `/dev/zero` would run out of memory): the file is opened with
    /// `O_NONBLOCK` so that a FIFO without a writer opens at once, and `fstat` on the open
    /// descriptor says what it is.
    package static func read(_ path: String, limit: Int, regularFileOnly: Bool = false) throws(FileError) -> [UInt8] {
        let flags = O_RDONLY | (regularFileOnly ? O_NONBLOCK | O_NOCTTY : 0)
        let descriptor: FileDescriptor
        do throws(Errno) { descriptor = try path.withCString { system_openat(nil, $0, flags) }.get() } catch {
            throw FileError(path: path, error)
        }
        defer { system_close(descriptor) }
        // Regular files say their size: one allocation instead of a doubling series.
        let status: Stat
        do throws(Errno) { status = try descriptor.stat() } catch { throw FileError(path: path, error) }
        let size = status.type == .regular ? Int(status.size) : 0
        if regularFileOnly {
            guard status.type == .regular else { throw FileError(path: path, reason: .notRegularFile(kind: kind(of: status.type))) }
            guard size <= limit else { throw FileError(path: path, reason: .largerThan(size: size, limit: limit)) }
        }
        return try readToEnd(descriptor, path: path, sizeHint: min(size, limit), limit: limit)
    }

    /// The first `count` bytes of a file (all of it when shorter): for a file with one short line
    /// of interest, such as a token file.
    package static func prefix(_ path: String, count: Int) throws(FileError) -> [UInt8] {
        let descriptor: FileDescriptor
        do throws(Errno) { descriptor = try path.withCString { system_openat(nil, $0, O_RDONLY) }.get() } catch {
            throw FileError(path: path, error)
        }
        defer { system_close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: count)
        while bytes.count < count {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, into: UnsafeMutableRawBufferPointer(rebasing: $0[..<(count - bytes.count)])) }
            switch got {
            case .success(0): return bytes
            case .success(let read): bytes += chunk[..<read]
            case .failure(let error): throw FileError(path: path, error)
            }
        }
        return bytes
    }

    /// Reads an open descriptor (a file or a pipe) to its end, refusing more than `limit` bytes
    /// as they arrive; `path` names it in errors.
    package static func readToEnd(_ descriptor: FileDescriptor, path: String, sizeHint: Int = 0, limit: Int = .max) throws(FileError) -> [UInt8] {
        let outcome: Result<[UInt8], FileError> = withUnsafeTemporaryAllocation(byteCount: chunkSize, alignment: 16) { chunk in
            var bytes: [UInt8] = []
            if sizeHint > 0 { bytes.reserveCapacity(sizeHint) }
            while true {
                switch read(descriptor, into: chunk) {
                case .success(0): return .success(bytes)
                case .success(let count):
                    guard bytes.count + count <= limit else { return .failure(FileError(path: path, reason: .grewPast(limit))) }
                    bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<count]))
                case .failure(let error): return .failure(FileError(path: path, error))
                }
            }
        }
        return try outcome.get()
    }

    static let chunkSize = 1 << 16

    /// One `read(2)` through swift-system, which retries on EINTR.
    @inline(__always)
    static func read(_ descriptor: FileDescriptor, into buffer: UnsafeMutableRawBufferPointer) -> Result<Int, Errno> {
        do { return .success(try descriptor.read(into: buffer, retryOnInterrupt: true)) } catch {
            return .failure(error as? Errno ?? .ioError)
        }
    }

    /// What a non-regular file is, for an error message.
    package static func kind(of type: FileType) -> String {
        switch type {
        case .directory: "a directory"
        case .fifo: "a FIFO"
        case .characterSpecial: "a character device"
        case .blockSpecial: "a block device"
        case .socket: "a socket"
        default: "a special file"
        }
    }
}

/// What `stat` says about a path, for the few checks portlore makes before trusting a file.
package enum FileStatus {
    /// The permission bits (`0o777` part of `st_mode`), following symbolic links; nil when the
    /// path cannot be examined.
    package static func permissionBits(of path: String) -> Int? {
        guard let status = try? Stat(FilePath(path)) else { return nil }
        return Int(status.permissions.rawValue & 0o777)
    }
}
