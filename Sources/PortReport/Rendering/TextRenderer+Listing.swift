public import HostInventory
import PortRegistry

extension TextRenderer {
    /// `portlore ls`: one row per socket, sorted by port, with its IANA registration.
    public func render(listing entries: [ListingEntry], snapshot: HostSnapshot, showsRemote: Bool) -> String {
        var page = TextPage()
        var rows: [[String]] = [
            ["PROTO", "LOCAL"] + (showsRemote ? ["REMOTE", "STATE"] : []) + ["PID/PROCESS", "USER", "IANA", "NETNS"],
        ]
        for entry in entries {
            let listener = entry.listener
            let family = listener.family == .ipv4 ? "" : "6"
            var row = [listener.transport.rawValue + family, listener.local.description]
            if showsRemote {
                row.append(listener.remote?.description ?? "*")
                row.append(listener.state.rawValue)
            }
            let (process, user) = Self.ownerColumns(listener)
            row.append(process)
            row.append(user)
            row.append(registryColumn(entry.registry))
            row.append(listener.namespace.isHost ? "" : (listener.namespace.name ?? "net:[\(listener.namespace.inode)]"))
            rows.append(row)
        }
        page.table(rows, indent: 0, truncatingLastTo: nil)
        let hidden = entries.filter { $0.listener.owner == .hidden }.count
        if hidden > 0 && !snapshot.isRoot {
            page.line(style.dim("\(hidden) socket\(hidden == 1 ? "'s" : "s'") owner hidden — run as root to see \(hidden == 1 ? "it" : "them")."))
        }
        for warning in snapshot.warnings {
            page.line(style.dim("note: \(warning)"))
        }
        return page.text
    }

    func registryColumn(_ summary: PortSummary) -> String {
        switch summary.status {
        case .assigned:
            return summary.serviceNames.joined(separator: ",")
        case .deassigned:
            let former = summary.formerName.map { " (was \($0))" } ?? ""
            return style.red("DE-ASSIGNED" + former)
        case .reserved:
            return style.yellow("RESERVED")
        case .unassigned:
            return style.yellow("unassigned")
        case .dynamic:
            return style.dim("dynamic")
        }
    }

    static func ownerColumns(_ listener: Listener) -> (process: String, user: String) {
        switch listener.owner {
        case .hidden:
            return ("(hidden)", "uid \(listener.uid)")
        case .none:
            return ("(no process)", "uid \(listener.uid)")
        case .processes(let processes):
            let first = processes[0]
            let more = processes.count > 1 ? " +\(processes.count - 1)" : ""
            return ("\(first.pid)/\(terminalSafe(first.name))\(more)", first.user ?? String(first.uid))
        }
    }
}
