/// The commands a reader can run to check a port themselves, per system. Shown as text only:
/// portlore itself never runs them.
enum CheckCommands {
    struct System {
        var name: String
        var commands: [(note: String, command: String)]
    }

    /// `port` is `1302` or `8000-8010`; `transport` `tcp`, `udp` or nil (both).
    static func systems(port lower: Int, upper: Int? = nil, transport: String?) -> [System] {
        let tcp = transport == nil || transport == "tcp"
        let udp = transport == nil || transport == "udp"
        let ports = upper.map { "\(lower)-\($0)" } ?? "\(lower)"
        let ssFilter = upper.map { "'( sport >= :\(lower) and sport <= :\($0) )'" } ?? "'sport = :\(lower)'"
        var linux: [(note: String, command: String)] = []
        var mac: [(note: String, command: String)] = []
        var windows: [(note: String, command: String)] = []
        var portlore: [(note: String, command: String)] = []
        let psRange = upper.map { "\(lower)..\($0)" } ?? "\(lower)"
        if tcp {
            linux.append(("TCP listeners and their processes", "sudo ss -ltnp \(ssFilter)"))
            linux.append(("the same with lsof", "sudo lsof -nP -iTCP:\(ports) -sTCP:LISTEN"))
            mac.append(("TCP listeners and their processes", "sudo lsof -nP -iTCP:\(ports) -sTCP:LISTEN"))
            if upper == nil {
                mac.append(("without lsof", "netstat -anv -p tcp | grep '\\.\(lower) '"))
            }
            windows.append(("PowerShell: TCP listeners and their processes",
                "Get-NetTCPConnection -State Listen -LocalPort \(psRange) | Select-Object LocalAddress, LocalPort, OwningProcess, @{n='Process'; e={(Get-Process -Id $_.OwningProcess).ProcessName}}"))
        }
        if udp {
            linux.append(("UDP sockets and their processes", "sudo ss -lunp \(ssFilter)"))
            linux.append(("the same with lsof", "sudo lsof -nP -iUDP:\(ports)"))
            mac.append(("UDP sockets and their processes", "sudo lsof -nP -iUDP:\(ports)"))
            windows.append(("PowerShell: UDP endpoints and their processes",
                "Get-NetUDPEndpoint -LocalPort \(psRange) | Select-Object LocalAddress, LocalPort, OwningProcess, @{n='Process'; e={(Get-Process -Id $_.OwningProcess).ProcessName}}"))
        }
        if upper == nil {
            windows.append(("Command Prompt", "netstat -ano | findstr :\(lower)"))
        }
        let suffix = transport.map { "/\($0)" } ?? ""
        portlore.append(("what the port is, was and has here", "portlore \(ports)\(suffix)"))
        portlore.append(("every version since 2017", "portlore \(ports)\(suffix) --history"))
        portlore.append(("the sockets only, with findings", "portlore ls --port \(ports)\(transport == "udp" ? " --udp" : transport == "tcp" ? " --tcp" : "")"))
        portlore.append(("for scripts", "portlore \(ports)\(suffix) --json"))
        return [
            System(name: "Linux", commands: linux),
            System(name: "macOS", commands: mac),
            System(name: "Windows", commands: windows),
            System(name: "portlore", commands: portlore),
        ]
    }

    static func render(port lower: Int, upper: Int? = nil, transport: String?) -> HTML {
        let sections = systems(port: lower, upper: upper, transport: transport).map { system -> HTML in
            let commands = system.commands.map { "<p class=\"small muted\">\($0.note)</p><pre><code>\($0.command)</code></pre>" as HTML }
            return "<section><h3>\(system.name)</h3>\(commands)</section>"
        }
        return "<div class=\"tabs\">\(sections)</div>"
    }
}
