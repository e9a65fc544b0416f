import Glibc
import SystemPackage

/// A network namespace found on this host and a file through which to enter it.
struct NamespaceEntrance: Sendable, Equatable {
    var namespace: NetworkNamespace
    /// /run/netns/NAME, or /proc/PID/ns/net of a process inside it.
    var path: String
}

/// Finds the distinct network namespaces: those of every process (/proc/*/ns/net)
/// and those `ip netns add` pinned under /run/netns, which may hold no process.
enum NetworkNamespaceScan {
    static let namedNamespaces = "/run/netns"

    static func entrances(hostInode: UInt64?, includeProcesses: Bool = true) -> [NamespaceEntrance] {
        var byInode: [UInt64: NamespaceEntrance] = [:]
        var order: [UInt64] = []
        func add(_ inode: UInt64, name: String?, path: String) {
            if var known = byInode[inode] {
                if known.namespace.name == nil, let name {
                    known.namespace.name = name
                    known.path = path
                    byInode[inode] = known
                }
                return
            }
            order.append(inode)
            byInode[inode] = NamespaceEntrance(
                namespace: NetworkNamespace(inode: inode, name: name, isHost: inode == hostInode), path: path)
        }

        if let named = try? Directory(namedNamespaces) {
            named.forEachEntry { name in
                if case .success(let status) = system_fstatat(named.descriptor, name) {
                    let name = String(cString: name)
                    add(UInt64(status.st_ino), name: name, path: "\(namedNamespaces)/\(name)")
                }
            }
        }
        if includeProcesses, let proc = try? Directory("/proc") {
            // Read as a link ("net:[4026531840]"), not `stat`ed: following the link makes
            // nsfs set up an inode each time, and the pass took about 30% longer.
            let link = UnsafeMutableBufferPointer<CChar>.allocate(capacity: 64)
            defer { link.deallocate() }
            proc.forEachEntry { entry in
                guard let pid = entry.decimalValue else { return }
                let path = "\(pid)/ns/net"
                // EACCES (another user's process) and ENOENT (it left) are both just skipped.
                let read = path.withCString { system_readlinkat(proc.descriptor, $0, link) }
                if case .success(let count) = read,
                    let inode = NamespaceIdentity.inode(ofLink: UnsafeBufferPointer(rebasing: link[..<count]))
                {
                    add(inode, name: nil, path: "/proc/\(path)")
                }
            }
        }
        return order.compactMap { byInode[$0] }.sorted { lhs, rhs in
            if lhs.namespace.isHost != rhs.namespace.isHost { return lhs.namespace.isHost }
            return lhs.namespace.inode < rhs.namespace.inode
        }
    }
}
