/// Who holds a socket.
public enum SocketOwnership: Sendable, Hashable, Codable {
    /// One or more processes hold it (pre-fork servers share one socket).
    case processes([ProcessDetails])
    /// Not root, and no process we can see holds it: "owner hidden — run as root to see it".
    /// Also used when owners were not resolved (`InventoryOptions.resolveOwners == false`).
    case hidden
    /// As root, no process holds it (a kernel socket, or one in TIME_WAIT).
    case none
}
