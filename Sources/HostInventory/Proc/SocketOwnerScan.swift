import Glibc
import SystemPackage

/// Finds which processes hold which sockets, in one pass over /proc/*/fd.
///
/// Each descriptor costs one `readlinkat` ("socket:[31337]"): this is the main
/// cost of a snapshot, so the pass uses directory descriptors and a reused
/// buffer instead of building strings, and keeps only the inodes asked for.
/// Socket inodes are global, so one pass serves every network namespace.
enum SocketOwnerScan {
    /// inode → the PIDs holding it, in /proc order (ascending), each once.
    static func owners(of inodes: Set<UInt64>) -> [UInt64: [Int32]] {
        var owners: [UInt64: [Int32]] = [:]
        guard !inodes.isEmpty, let proc = try? Directory("/proc") else { return owners }
        let link = UnsafeMutableBufferPointer<CChar>.allocate(capacity: 64)
        defer { link.deallocate() }
        let fdPath = UnsafeMutableBufferPointer<CChar>.allocate(capacity: 32)
        defer { fdPath.deallocate() }

        proc.forEachEntry { entry in
            guard let pid = entry.decimalValue else { return }
            // "PID/fd", relative to /proc.
            var length = 0
            while entry[length] != 0 {
                fdPath[length] = entry[length]
                length += 1
            }
            for byte in "/fd\0".utf8 {
                fdPath[length] = CChar(bitPattern: byte)
                length += 1
            }
            // EACCES (not ours, not root) and ENOENT (it left) are skipped silently.
            guard let descriptors = try? Directory(UnsafePointer(fdPath.baseAddress!), relativeTo: proc.descriptor)
            else { return }
            descriptors.forEachEntry { name in
                guard case .success(let count) = system_readlinkat(descriptors.descriptor, name, link),
                    let inode = socketInode(UnsafeBufferPointer(rebasing: link[..<count])),
                    inodes.contains(inode)
                else { return }
                if owners[inode, default: []].last != pid {
                    owners[inode, default: []].append(pid)
                }
            }
        }
        return owners
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
