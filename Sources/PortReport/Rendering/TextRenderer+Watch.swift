public import HostInventory
import PortRegistry

#if canImport(Glibc)
import Glibc
#endif

extension TextRenderer {
    /// `portlore watch`: one line per event, time, +/-, port/protocol, address, process, IANA
    /// status and findings: `14:03:07 + 8080/tcp  127.0.0.1  4242/python3 (alice)  unassigned  warning port-unassigned: ...`.
    public func render(watchEvent event: WatchEvent) -> String {
        let listener = event.listener
        let sign = event.change == .appeared ? style.green("+") : style.red("-")
        let family = listener.family == .ipv4 ? "" : "6"
        var cells = [
            Self.localTimeOfDay(event.time),
            sign,
            "\(listener.local.port)/\(listener.transport.rawValue)\(family)".padded(to: 11),
            listener.local.ip.padded(to: 15),
        ]
        let (process, user) = Self.ownerColumns(listener)
        cells.append(listener.owner == .hidden ? process : "\(process) (\(user))")
        if let registry = event.registry { cells.append(registryColumn(registry)) }
        if !listener.namespace.isHost {
            cells.append("netns " + TerminalText.escaped(listener.namespace.name ?? "net:[\(listener.namespace.inode)]"))
        }
        var line = cells.joined(separator: " ")
        for finding in event.findings {
            line += "  " + severityLabel(finding.severity) + " \(finding.rule): \(TerminalText.escaped(finding.reason))"
        }
        return line + "\n"
    }

    /// The line `watch` starts with, so a reader knows the baseline is taken.
    public func render(watchStart sockets: Int, interval: Double) -> String {
        style.dim("Watching \(sockets) socket\(sockets == 1 ? "" : "s") every \(Self.seconds(interval)); Ctrl-C to stop.") + "\n"
    }

    func severityLabel(_ severity: Severity) -> String {
        switch severity {
        case .info: style.dim("info")
        case .notice: style.cyan("notice")
        case .warning: style.yellow("warning")
        case .alert: style.red("ALERT")
        }
    }

    /// `1 s`, `0.2 s`.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    /// `14:03:07` in the local time zone (UTC when the zone is unknown).
    static func localTimeOfDay(_ seconds: Double) -> String {
        var time = time_t(seconds.rounded(.down))
        var parts = tm()
        guard localtime_r(&time, &parts) != nil else {
            return String(Timestamp.iso8601(seconds).dropFirst(11).prefix(8))
        }
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))"
    }
}
