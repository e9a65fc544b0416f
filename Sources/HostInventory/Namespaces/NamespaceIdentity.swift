import Glibc

/// Which network namespace a thread or process is in: the inode of its
/// /proc/.../ns/net file (what `ip netns identify` and `lsns` compare).
enum NamespaceIdentity {
    /// The calling thread's namespace (`setns` moves threads, not processes).
    static func ofCurrentThread() -> NetworkNamespace {
        NetworkNamespace(inode: inode(of: "/proc/thread-self/ns/net") ?? inode(of: "/proc/self/ns/net") ?? 0, isHost: false)
    }

    /// The host's namespace: PID 1's when we can see it (root), else our own.
    static func hostInode() -> UInt64? {
        inode(of: "/proc/1/ns/net") ?? inode(of: "/proc/self/ns/net")
    }

    /// The inode in a /proc/PID/ns/net link target ("net:[4026531840]", nsfs's
    /// name for it), which is the inode `stat` finds behind the link; nil for any other text.
    static func inode(ofLink target: UnsafeBufferPointer<CChar>) -> UInt64? {
        LinkTarget.inode(target, kind: "net")
    }

    /// The inode `path` leads to, following the magic link.
    static func inode(of path: String) -> UInt64? {
        path.withCString { path in
            switch system_fstatat(nil, path) {
            case .success(let status): return UInt64(status.st_ino)
            case .failure: return nil
            }
        }
    }
}
