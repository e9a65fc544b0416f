import PortloreSystem
import Glibc
import SystemPackage

/// An open directory: its entries are listed with `forEachEntry`, and its descriptor
/// serves as the base of `*at` calls, which saves building "/proc/PID/..." strings.
struct Directory: ~Copyable {
    private let stream: OpaquePointer
    /// The directory's descriptor, valid while `self` lives.
    let descriptor: FileDescriptor

    /// Opens `path`, relative to `base` when given.
    init(_ path: UnsafePointer<CChar>, relativeTo base: FileDescriptor? = nil) throws(Errno) {
        (stream, descriptor) = try Self.open(path, relativeTo: base).get()
    }

    init(_ path: String, relativeTo base: FileDescriptor? = nil) throws(Errno) {
        (stream, descriptor) = try path.withCString { Self.open($0, relativeTo: base) }.get()
    }

    private static func open(
        _ path: UnsafePointer<CChar>, relativeTo base: FileDescriptor?
    ) -> Result<(OpaquePointer, FileDescriptor), Errno> {
        switch system_openat(base, path, O_RDONLY | O_DIRECTORY) {
        case .failure(let error): return .failure(error)
        case .success(let descriptor):
            switch system_fdopendir(descriptor) {
            case .success(let stream): return .success((stream, descriptor))
            case .failure(let error):
                system_close(descriptor)
                return .failure(error)
            }
        }
    }

    deinit { system_closedir(stream) }

    /// Calls `body` with each entry's NUL-terminated name, "." and ".." excluded.
    func forEachEntry(_ body: (UnsafePointer<CChar>) -> Void) {
        while let entry = system_readdir(stream) {
            withUnsafePointer(to: &entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) { name in
                    if name[0] == 0x2E && (name[1] == 0 || (name[1] == 0x2E && name[2] == 0)) { return }
                    body(name)
                }
            }
        }
    }
}

extension UnsafePointer<CChar> {
    /// The entry name as a decimal number (a PID or a descriptor), or nil when it is not one.
    var decimalValue: Int32? {
        var value: Int32 = 0
        var index = 0
        while self[index] != 0 {
            let digit = self[index] &- 0x30
            guard digit >= 0 && digit <= 9, index < 10 else { return nil }
            value = value &* 10 &+ Int32(digit)
            index += 1
        }
        return index == 0 ? nil : value
    }
}
