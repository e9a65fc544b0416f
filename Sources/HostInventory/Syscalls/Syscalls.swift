import CNetlink
import Glibc
import PortloreSystem
import SystemPackage

// Every raw C call HostInventory makes sits here, in the manner of swift-system's
// `Internals/Syscalls.swift`: each returns a `Result` carrying a typed `Errno`, and
// retries on EINTR unless told not to, through PortloreSystem's `valueOrErrno` (the one EINTR
// policy; `system_openat`, `system_close` and the whole-file reader `FileContents` live there
// too). Code above this folder never reads `errno`.

/// `readlinkat(2)`; the result is not NUL-terminated.
func system_readlinkat(
    _ directory: FileDescriptor?, _ path: UnsafePointer<CChar>, _ buffer: UnsafeMutableBufferPointer<CChar>
) -> Result<Int, Errno> {
    valueOrErrno { readlinkat(directory?.rawValue ?? AT_FDCWD, path, buffer.baseAddress!, buffer.count) }
}

/// `fstatat(2)`, following symbolic links (so /proc/PID/ns/net gives the namespace's inode).
func system_fstatat(_ directory: FileDescriptor?, _ path: UnsafePointer<CChar>) -> Result<stat, Errno> {
    var status = stat()
    return valueOrErrno { fstatat(directory?.rawValue ?? AT_FDCWD, path, &status, 0) }.map { _ in status }
}

/// `socket(2)` with `SOCK_CLOEXEC`.
func system_socket(_ domain: Int32, _ type: Int32, _ proto: Int32) -> Result<FileDescriptor, Errno> {
    valueOrErrno { socket(domain, type | Int32(SOCK_CLOEXEC.rawValue), proto) }
        .map(FileDescriptor.init(rawValue:))
}

/// `sendto(2)` of one datagram to the kernel (netlink pid 0).
func system_sendToKernel(_ descriptor: FileDescriptor, _ message: UnsafeRawBufferPointer) -> Result<Int, Errno> {
    var kernel = sockaddr_nl()
    kernel.nl_family = sa_family_t(AF_NETLINK)
    return withUnsafePointer(to: &kernel) { address in
        address.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
            valueOrErrno {
                sendto(
                    descriptor.rawValue, message.baseAddress, message.count, 0, address,
                    socklen_t(MemoryLayout<sockaddr_nl>.size))
            }
        }
    }
}

/// `recv(2)` of one datagram.
func system_recv(_ descriptor: FileDescriptor, _ buffer: UnsafeMutableRawBufferPointer) -> Result<Int, Errno> {
    valueOrErrno { recv(descriptor.rawValue, buffer.baseAddress, buffer.count, 0) }
}

/// `setsockopt(2)` of an `Int32` option.
func system_setsockopt(_ descriptor: FileDescriptor, _ level: Int32, _ name: Int32, _ value: Int32) -> Result<Void, Errno> {
    var value = value
    return valueOrErrno {
        setsockopt(descriptor.rawValue, level, name, &value, socklen_t(MemoryLayout<Int32>.size))
    }.map { _ in () }
}

/// `setns(2)`: moves the calling thread (only) into the namespace `descriptor` refers to.
func system_setns(_ descriptor: FileDescriptor, _ type: Int32) -> Result<Void, Errno> {
    valueOrErrno { setns(descriptor.rawValue, type) }.map { _ in () }
}

/// `fdopendir(3)`: the stream owns `descriptor` from then on.
func system_fdopendir(_ descriptor: FileDescriptor) -> Result<OpaquePointer, Errno> {
    guard let stream = fdopendir(descriptor.rawValue) else {
        return .failure(Errno(rawValue: errno))
    }
    return .success(stream)
}

/// `readdir(3)`: nil at the end of the directory (or on an error, which for /proc means the process left).
func system_readdir(_ stream: OpaquePointer) -> UnsafeMutablePointer<dirent>? {
    readdir(stream)
}

/// `closedir(3)`.
func system_closedir(_ stream: OpaquePointer) {
    _ = closedir(stream)
}

/// `pthread_create(3)`, confined to `cpus` when given (else default attributes);
/// pthread calls return the error instead of setting `errno`.
func system_pthread_create(
    _ routine: @convention(c) (UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer?,
    _ argument: UnsafeMutableRawPointer,
    cpus: CPUSet? = nil
) -> Result<pthread_t, Errno> {
    var thread = pthread_t()
    var attributes = pthread_attr_t()
    guard var cpus, pthread_attr_init(&attributes) == 0 else {
        let created = pthread_create(&thread, nil, routine, argument)
        return created == 0 ? .success(thread) : .failure(Errno(rawValue: created))
    }
    defer { pthread_attr_destroy(&attributes) }
    _ = pthread_attr_setaffinity_np(&attributes, MemoryLayout<cpu_set_t>.size, &cpus.raw)
    let created = pthread_create(&thread, &attributes, routine, argument)
    return created == 0 ? .success(thread) : .failure(Errno(rawValue: created))
}

/// The CPUs a thread may run on: a `cpu_set_t`.
struct CPUSet: @unchecked Sendable {
    // `@unchecked`: `cpu_set_t` is a plain array of integers, imported without `Sendable`.
    fileprivate var raw: cpu_set_t

    static func only(_ cpu: Int32) -> CPUSet { CPUSet(raw: portlore_cpu_only(cpu)) }

    /// Its CPU numbers, ascending.
    var members: [Int32] {
        var raw = raw
        return (0..<portlore_cpu_setsize()).filter { portlore_cpu_isset(&raw, $0) != 0 }
    }
}

/// `sched_getcpu(3)`: the CPU the calling thread runs on, nil when unknown.
func system_sched_getcpu() -> Int32? {
    let cpu = sched_getcpu()
    return cpu >= 0 ? cpu : nil
}

/// `sched_getaffinity(2)` of the calling thread.
func system_sched_getaffinity() -> CPUSet? {
    var raw = cpu_set_t()
    return sched_getaffinity(0, MemoryLayout<cpu_set_t>.size, &raw) == 0 ? CPUSet(raw: raw) : nil
}

/// `sched_setaffinity(2)` of the calling thread.
func system_sched_setaffinity(_ cpus: CPUSet) {
    var raw = cpus.raw
    _ = sched_setaffinity(0, MemoryLayout<cpu_set_t>.size, &raw)
}

/// `pthread_join(3)`, discarding the thread's return value.
func system_pthread_join(_ thread: pthread_t) {
    _ = pthread_join(thread, nil)
}

/// `sysconf(3)`; nil when the value is unknown.
func system_sysconf(_ name: Int32) -> Int? {
    let value = sysconf(name)
    return value > 0 ? value : nil
}

/// `pidfd_open(2)`: a descriptor that names one process for as long as it is held, even after
/// its PID is reused. The descriptor is close-on-exec (the kernel always sets it).
func system_pidfd_open(_ pid: Int32) -> Result<FileDescriptor, Errno> {
    valueOrErrno { portlore_pidfd_open(pid) }.map(FileDescriptor.init(rawValue:))
}

/// `pidfd_send_signal(2)` with no `siginfo` and no flags.
func system_pidfd_send_signal(_ descriptor: FileDescriptor, _ signal: Int32) -> Result<Void, Errno> {
    valueOrErrno { portlore_pidfd_send_signal(descriptor.rawValue, signal) }.map { _ in () }
}

/// `poll(2)` for `POLLIN` on each descriptor, at most `milliseconds` long (retried on EINTR
/// with the same timeout, which callers bound by their own deadline); which became readable.
func system_pollReadable(_ descriptors: [FileDescriptor], milliseconds: Int32) -> Result<[Bool], Errno> {
    var entries = descriptors.map { pollfd(fd: $0.rawValue, events: Int16(POLLIN), revents: 0) }
    return valueOrErrno { entries.withUnsafeMutableBufferPointer { poll($0.baseAddress, nfds_t($0.count), milliseconds) } }
        .map { _ in entries.map { $0.revents != 0 } }
}

/// `getpid(2)`.
func system_getpid() -> Int32 { getpid() }
