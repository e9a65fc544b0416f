/// `watch --min-severity`: only sockets with a finding at or above a severity are reported,
/// with only those findings, and a socket's disappearance only when its appearance was.
public struct WatchSeverityFilter: Sendable {
    public var minimum: Severity
    /// Sockets whose appearance was reported and whose disappearance is still to come.
    private var reported: Set<WatchKey> = []

    public init(minimum: Severity) {
        self.minimum = minimum
    }

    /// The event as it should be shown, or nil when it is below the bar. Give it annotated
    /// events (findings judged), in the order they happen.
    public mutating func pass(_ event: WatchEvent) -> WatchEvent? {
        let key = WatchKey(event.listener)
        switch event.change {
        case .appeared:
            var shown = event
            shown.findings = event.findings.filter { $0.severity >= minimum }
            guard !shown.findings.isEmpty else { return nil }
            reported.insert(key)
            return shown
        case .disappeared:
            return reported.remove(key) != nil ? event : nil
        }
    }
}
