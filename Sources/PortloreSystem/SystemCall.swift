#if canImport(Glibc)
package import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
package import SystemPackage

// portlore's one EINTR policy, the same as swift-system's (`Sources/System/Util.swift`): every call
// is retried when a signal interrupts it, except `close`, which on Linux has released the
// descriptor even when it reports EINTR. swift-system's own calls (`read(into:)`, `writeAll`,
// `open`) apply it themselves; the calls it lacks go through `valueOrErrno` here. No code
// outside this target and HostInventory/Syscalls reads `errno`.

/// Runs `call` until it stops failing with EINTR (when `retryOnInterrupt`), turning -1 into `errno`.
@inline(__always)
package func valueOrErrno<Value: FixedWidthInteger>(
    retryOnInterrupt: Bool = true, _ call: () -> Value
) -> Result<Value, Errno> {
    while true {
        let value = call()
        if value != -1 { return .success(value) }
        let error = Errno(rawValue: errno)
        if retryOnInterrupt && error == .interrupted { continue }
        return .failure(error)
    }
}

/// `openat(2)` with `O_CLOEXEC` always set; relative to the working directory without `directory`.
/// (swift-system 1.8 has `open` but no `openat`.)
package func system_openat(
    _ directory: FileDescriptor?, _ path: UnsafePointer<CChar>, _ flags: Int32, _ mode: mode_t = 0
) -> Result<FileDescriptor, Errno> {
    valueOrErrno { openat(directory?.rawValue ?? AT_FDCWD, path, flags | O_CLOEXEC, mode) }
        .map(FileDescriptor.init(rawValue:))
}

/// `close(2)`, never retried: on Linux the descriptor is gone even after EINTR.
package func system_close(_ descriptor: FileDescriptor) {
    #if canImport(Glibc)
    _ = Glibc.close(descriptor.rawValue)
    #else
    _ = Darwin.close(descriptor.rawValue)
    #endif
}
