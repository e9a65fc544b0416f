/// A network namespace, identified by the inode of its `nsfs` file.
public struct NetworkNamespace: Sendable, Hashable, Codable {
    public var inode: UInt64
    /// The name under /run/netns (as `ip netns` gives it), when it has one.
    public var name: String?
    /// True for the namespace of PID 1 (or our own when not root).
    public var isHost: Bool

    public init(inode: UInt64, name: String? = nil, isHost: Bool) {
        self.inode = inode
        self.name = name
        self.isHost = isHost
    }
}
