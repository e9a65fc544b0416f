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
        // An array, not a dictionary keyed by inode: a host has a few namespaces, and a
        // [UInt64: _] costs `portlore 1302` a runtime scan of every protocol conformance
        // record (UInt64: Hashable) the first time one is made.
        var found: [NamespaceEntrance] = []
        func add(_ inode: UInt64, name: String?, path: @autoclosure () -> String) {
            if let index = found.firstIndex(where: { $0.namespace.inode == inode }) {
                if found[index].namespace.name == nil, let name {
                    found[index].namespace.name = name
                    found[index].path = path()
                }
                return
            }
            found.append(NamespaceEntrance(
                namespace: NetworkNamespace(inode: inode, name: name, isHost: inode == hostInode), path: path()))
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
            // "PID/ns/net", relative to /proc, written in place: no string per process.
            let path = UnsafeMutableBufferPointer<CChar>.allocate(capacity: 32)
            defer { path.deallocate() }
            proc.forEachEntry { entry in
                guard entry.decimalValue != nil else { return }
                var length = 0
                while entry[length] != 0 && length < 16 {
                    path[length] = entry[length]
                    length += 1
                }
                for byte in "/ns/net".utf8 {
                    path[length] = CChar(bitPattern: byte)
                    length += 1
                }
                path[length] = 0
                // EACCES (another user's process) and ENOENT (it left) are both just skipped.
                let read = system_readlinkat(proc.descriptor, UnsafePointer(path.baseAddress!), link)
                if case .success(let count) = read,
                    let inode = NamespaceIdentity.inode(ofLink: UnsafeBufferPointer(rebasing: link[..<count]))
                {
                    add(inode, name: nil, path: "/proc/" + String(cString: UnsafePointer(path.baseAddress!)))
                }
            }
        }
        return found.sorted { lhs, rhs in
            if lhs.namespace.isHost != rhs.namespace.isHost { return lhs.namespace.isHost }
            return lhs.namespace.inode < rhs.namespace.inode
        }
    }
}
