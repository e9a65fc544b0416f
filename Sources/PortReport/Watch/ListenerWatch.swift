public import HostInventory

/// The state machine of `portlore watch`: fed one poll's sockets at a time, it says which
/// appeared and which disappeared since the poll before. Pure: tests feed it literals.
///
/// The first poll is the baseline and yields no events (`portlore watch --initial` renders
/// the baseline itself). A socket present in a single poll still yields both events, so a
/// listener that lived through one poll is never missed; the poll schedule
/// (`WatchSchedule`) makes every listener living at least one interval span a poll.
public struct ListenerWatch: Sendable {
    /// The sockets of the last poll, by key, as last recorded (with owners once resolved).
    public private(set) var known: [WatchKey: Listener] = [:]
    public private(set) var hasBaseline = false

    public init() {}

    /// Records `listeners` as the current sockets and returns what changed: disappeared first
    /// (a restart reads "- old, + new"), each group in display order.
    public mutating func observe(_ listeners: [Listener], at time: Double) -> [WatchEvent] {
        var current: [WatchKey: Listener] = [:]
        current.reserveCapacity(listeners.count)
        var appeared: [Listener] = []
        for listener in listeners {
            let key = WatchKey(listener)
            guard current[key] == nil else { continue }
            if let old = known[key] {
                // Keep the owner found when it appeared: polls do not resolve owners.
                current[key] = old
            } else {
                current[key] = listener
                appeared.append(listener)
            }
        }
        defer {
            known = current
            hasBaseline = true
        }
        guard hasBaseline else { return [] }
        let gone = known.filter { current[$0.key] == nil }.map(\.value).sorted(by: Listener.displayOrder)
        return gone.map { WatchEvent(change: .disappeared, listener: $0, time: time) }
            + Listener.inDisplayOrder(appeared).map { WatchEvent(change: .appeared, listener: $0, time: time) }
    }

    /// Replaces known sockets with the same sockets carrying their resolved owners, so that a
    /// later `disappeared` event can still say which process held them.
    public mutating func record(owners listeners: [Listener]) {
        for listener in listeners {
            let key = WatchKey(listener)
            if known[key] != nil { known[key] = listener }
        }
    }
}
