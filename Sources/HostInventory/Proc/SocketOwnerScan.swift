import Glibc
import SystemPackage

/// One descriptor that refers to a socket: the socket's inode and the process holding it.
struct SocketHolding: Sendable, Equatable {
    var inode: UInt64
    var pid: Int32
}

/// Finds which processes hold which sockets, in one pass over /proc/*/fd.
///
/// Each descriptor costs one `readlinkat` ("socket:[31337]"): this is the main
/// cost of a snapshot (about 2/3 of it with 20,000 listeners), so the pass uses
/// directory descriptors and a reused buffer instead of building strings, keeps
/// only the inodes asked for, and shares the PIDs among one thread per CPU.
/// Socket inodes are global, so one pass serves every network namespace.
enum SocketOwnerScan {
    /// Below this many processes a second thread costs more than it saves.
    static let pidsPerExtraThread = 64

    /// Every (socket, process) pair found, grouped by process: all of one PID's
    /// pairs are adjacent. A process holding a socket through several descriptors
    /// (after `dup`) appears once per descriptor.
    ///
    /// Each thread appends pairs to a flat array of its own: a dictionary of PID
    /// arrays cost one allocation per socket (20,000 of them) plus a merge.
    ///
    /// - Parameters:
    ///   - inodes: the sockets to look for; nil for every socket.
    ///   - work: runs on the calling thread while other threads start the scan;
    ///     the calling thread joins the scan when it is done. Lets a snapshot
    ///     query sock_diag and read /proc/*/fd at the same time.
    static func holdings(of inodes: Set<UInt64>?, alongside work: () -> Void = {}) -> [SocketHolding] {
        if let inodes, inodes.isEmpty {
            work()
            return []
        }
        guard let proc = try? Directory("/proc") else {
            work()
            return []
        }
        var pids: [Int32] = []
        proc.forEachEntry { entry in
            if let pid = entry.decimalValue { pids.append(pid) }
        }
        let cursor = WorkCursor(count: pids.count)
        let threadCount = WorkCursor.threadCount(items: pids.count, itemsPerThread: pidsPerExtraThread)
        let workers = (0..<threadCount).map { _ in Worker() }
        let procDescriptor = proc.descriptor
        withoutActuallyEscaping(work) { work in
            var bodies: [() -> Void] = workers.map { worker in { worker.scan(pids, cursor, procDescriptor, inodes) } }
            let first = bodies[0]
            bodies[0] = {
                work()
                first()
            }
            JoinedThreads.run(bodies)
        }
        guard workers.count > 1 else { return workers[0].holdings }
        return Array(workers.map(\.holdings).joined())
    }

    /// One thread's share of the scan.
    ///
    /// `@unchecked Sendable`: each worker is used by exactly one thread while the
    /// scan runs, and read by the caller only after `JoinedThreads.run` joined it.
    final class Worker: @unchecked Sendable {
        var holdings: [SocketHolding] = []

        func scan(_ pids: [Int32], _ cursor: WorkCursor, _ proc: FileDescriptor, _ inodes: Set<UInt64>?) {
            let link = UnsafeMutableBufferPointer<CChar>.allocate(capacity: 64)
            defer { link.deallocate() }
            let fdPath = UnsafeMutableBufferPointer<CChar>.allocate(capacity: 32)
            defer { fdPath.deallocate() }
            while let index = cursor.take() {
                let pid = pids[index]
                // "PID/fd", relative to /proc.
                var length = 0
                for byte in "\(pid)/fd".utf8 {
                    fdPath[length] = CChar(bitPattern: byte)
                    length += 1
                }
                fdPath[length] = 0
                // EACCES (not ours, not root) and ENOENT (it left) are skipped silently.
                guard let descriptors = try? Directory(UnsafePointer(fdPath.baseAddress!), relativeTo: proc)
                else { continue }
                descriptors.forEachEntry { name in
                    guard case .success(let count) = system_readlinkat(descriptors.descriptor, name, link),
                        let inode = socketInode(UnsafeBufferPointer(rebasing: link[..<count])),
                        inodes?.contains(inode) ?? true
                    else { return }
                    holdings.append(SocketHolding(inode: inode, pid: pid))
                }
            }
        }
    }

    /// The inode in a "socket:[31337]" link target, or nil for any other target.
    static func socketInode(_ target: UnsafeBufferPointer<CChar>) -> UInt64? {
        // "socket:[" is 8 bytes; the shortest target is "socket:[1]".
        guard target.count >= 10, target[0] == 0x73, target[6] == 0x3A, target[7] == 0x5B,
            target[target.count - 1] == 0x5D, target[1] == 0x6F, target[2] == 0x63
        else { return nil }
        var inode: UInt64 = 0
        for index in 8..<(target.count - 1) {
            let digit = UInt8(bitPattern: target[index]) &- 0x30
            guard digit <= 9 else { return nil }
            inode = inode &* 10 &+ UInt64(digit)
        }
        return inode
    }
}
