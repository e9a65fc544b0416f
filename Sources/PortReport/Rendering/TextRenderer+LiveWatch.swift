public import HostInventory

extension TextRenderer {
    /// A row of `watch`'s live table: port/protocol, address, process, IANA status and the
    /// findings' rules: `8080/tcp  127.0.0.1  4242/python3 (alice)  unassigned  warning port-unassigned`.
    public func render(liveRow event: WatchEvent) -> String {
        let listener = event.listener
        let family = listener.family == .ipv4 ? "" : "6"
        var cells = [
            "\(listener.local.port)/\(listener.transport.rawValue)\(family)".padded(to: 11),
            listener.local.ip.padded(to: 15),
        ]
        let (process, user) = Self.ownerColumns(listener)
        cells.append((listener.owner == .hidden ? process : "\(process) (\(user))").padded(toDisplayWidth: 24))
        if let registry = event.registry { cells.append(registryColumn(registry).padded(toDisplayWidth: 12)) }
        if !listener.namespace.isHost {
            cells.append("netns " + (listener.namespace.name ?? "net:[\(listener.namespace.inode)]"))
        }
        for finding in event.findings {
            cells.append(severityLabel(finding.severity) + " " + finding.rule.rawValue)
        }
        var line = cells.joined(separator: " ")
        while line.utf8.last == UInt8(ascii: " ") { line.removeLast() }
        return line
    }
}
