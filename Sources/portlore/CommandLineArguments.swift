/// Fixes up arguments before the parser sees them.
enum CommandLineArguments {
    /// `portlore -1` or `portlore -5-3` are port queries gone wrong, not options: pass them
    /// as positional values so the user hears "'-1' is not a port number" instead of
    /// "unknown option".
    static func normalized(_ arguments: [String]) -> [String] {
        guard let first = arguments.first, first.count > 1, first.hasPrefix("-"),
              first.utf8.dropFirst().first.map({ (0x30...0x39).contains($0) }) == true
        else { return arguments }
        return ["show", "--"] + arguments
    }
}
