/// Fixes up arguments before the parser sees them.
enum CommandLineArguments {
    /// `portlore -1` or `portlore -5-3` are port queries gone wrong, not options: pass them
    /// as positional values so the user hears "'-1' is not a port number" instead of
    /// "unknown option". `:3000` (how ss and lsof print a port) is a port wherever one is taken:
    /// `portlore :3000`, `ls --port :1302`, `--port=:1302`.
    static func normalized(_ arguments: [String]) -> [String] {
        let arguments = arguments.map(withoutPortColon)
        guard let first = arguments.first, first.count > 1, first.hasPrefix("-"),
              first.utf8.dropFirst().first.map({ (0x30...0x39).contains($0) }) == true
        else { return arguments }
        return ["show", "--"] + arguments
    }

    /// `:3000` → `3000`, `--port=:1302` → `--port=1302`; anything else as it is.
    static func withoutPortColon(_ argument: String) -> String {
        let bytes = Array(argument.utf8)
        let colon: Int
        if bytes.first == UInt8(ascii: ":") {
            colon = 0
        } else if bytes.first == UInt8(ascii: "-"), let equals = bytes.firstIndex(of: UInt8(ascii: "=")),
                  equals + 1 < bytes.count, bytes[equals + 1] == UInt8(ascii: ":") {
            colon = equals + 1
        } else {
            return argument
        }
        guard colon + 1 < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[colon + 1]) else { return argument }
        var result = bytes
        result.remove(at: colon)
        return String(decoding: result, as: UTF8.self)
    }
}
