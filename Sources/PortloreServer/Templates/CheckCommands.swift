/// The commands a reader can run to check a port themselves, per system. Shown as text only:
/// portlore itself never runs them.
enum CheckCommands {
    struct System {
        var name: String
        var commands: [(note: Phrase, command: String)]
    }

    /// `port` is `1302` or `8000-8010`; `transport` `tcp`, `udp` or nil (both).
    static func systems(port lower: Int, upper: Int? = nil, transport: String?) -> [System] {
        let tcp = transport == nil || transport == "tcp"
        let udp = transport == nil || transport == "udp"
        let ports = upper.map { "\(lower)-\($0)" } ?? "\(lower)"
        let ssFilter = upper.map { "'( sport >= :\(lower) and sport <= :\($0) )'" } ?? "'sport = :\(lower)'"
        var linux: [(note: Phrase, command: String)] = []
        var mac: [(note: Phrase, command: String)] = []
        var windows: [(note: Phrase, command: String)] = []
        var portlore: [(note: Phrase, command: String)] = []
        let psRange = upper.map { "\(lower)..\($0)" } ?? "\(lower)"
        if tcp {
            linux.append((CheckText.tcpListeners, "sudo ss -ltnp \(ssFilter)"))
            linux.append((CheckText.sameWithLsof, "sudo lsof -nP -iTCP:\(ports) -sTCP:LISTEN"))
            mac.append((CheckText.tcpListeners, "sudo lsof -nP -iTCP:\(ports) -sTCP:LISTEN"))
            if upper == nil {
                mac.append((CheckText.withoutLsof, "netstat -anv -p tcp | grep '\\.\(lower) '"))
            }
            windows.append((CheckText.powershellTCP,
                "Get-NetTCPConnection -State Listen -LocalPort \(psRange) | Select-Object LocalAddress, LocalPort, OwningProcess, @{n='Process'; e={(Get-Process -Id $_.OwningProcess).ProcessName}}"))
        }
        if udp {
            linux.append((CheckText.udpSockets, "sudo ss -lunp \(ssFilter)"))
            linux.append((CheckText.sameWithLsof, "sudo lsof -nP -iUDP:\(ports)"))
            mac.append((CheckText.udpSockets, "sudo lsof -nP -iUDP:\(ports)"))
            windows.append((CheckText.powershellUDP,
                "Get-NetUDPEndpoint -LocalPort \(psRange) | Select-Object LocalAddress, LocalPort, OwningProcess, @{n='Process'; e={(Get-Process -Id $_.OwningProcess).ProcessName}}"))
        }
        if upper == nil {
            windows.append((CheckText.commandPrompt, "netstat -ano | findstr :\(lower)"))
        }
        let suffix = transport.map { "/\($0)" } ?? ""
        portlore.append((CheckText.portloreWhat, "portlore \(ports)\(suffix)"))
        portlore.append((CheckText.portloreHistory, "portlore \(ports)\(suffix) --history"))
        portlore.append((CheckText.portloreSockets, "portlore ls --port \(ports)\(transport == "udp" ? " --udp" : transport == "tcp" ? " --tcp" : "")"))
        portlore.append((CheckText.portloreScripts, "portlore \(ports)\(suffix) --json"))
        return [
            System(name: "Linux", commands: linux),
            System(name: "macOS", commands: mac),
            System(name: "Windows", commands: windows),
            System(name: "portlore", commands: portlore),
        ]
    }

    static func render(port lower: Int, upper: Int? = nil, transport: String?, page: PageContext) -> HTML {
        let sections = systems(port: lower, upper: upper, transport: transport).map { system -> HTML in
            let commands = system.commands.map { "<p class=\"small muted\">\(page.text($0.note))</p><pre><code>\($0.command)</code></pre>" as HTML }
            return "<section><h3>\(system.name)</h3>\(commands)</section>"
        }
        return "<div class=\"tabs\">\(sections)</div>"
    }
}
