import PortRegistry

/// `portlore 1302`, `portlore 1302 --no-host --json` and the like, read without
/// swift-argument-parser.
///
/// The parser builds its whole command tree by reflection (`Mirror` over every command's
/// properties, casts that make the Swift runtime scan every protocol conformance record in
/// the binary) before it reads a word: about 2/3 of the start-up of `portlore 1302`, and a
/// cost that grows with every conformance the server's libraries link in. The default
/// command's common shapes are simple enough to read by hand; anything else (help, other
/// commands, `--`, an unknown or repeated option, a missing value) returns nil and goes to
/// the parser, so errors and help read exactly as before.
enum ShowWithoutParser {
    /// What `show` is asked by `arguments` (already normalized), or nil for the parser.
    /// `commandNames` is called only for a query that could be one (not a port or range).
    static func request(_ arguments: [String], commandNames: () -> [String]) -> ShowRequest? {
        var words = arguments[...]
        if words.first == "show" { words = words.dropFirst() }
        var query: String?
        var noHost = false, history = false, json = false
        var color: OutputOptions.ColorChoice?
        var allow: String?
        // No Set<String> here: its first use makes the runtime look up String's Hashable
        // conformance, a scan of every conformance record (see the type's comment).
        var seen: [Substring] = []
        while let word = words.popFirst() {
            guard word.hasPrefix("-") else {
                // One query; a second word, an empty one or a command name is the parser's.
                guard query == nil, !word.isEmpty, isPortOrRange(word) || !commandNames().contains(word) else { return nil }
                query = word
                continue
            }
            // "--name=value" or "--name value".
            let name: Substring, inlineValue: String?
            if let equals = word.firstIndex(of: "=") {
                name = word[..<equals]
                inlineValue = String(word[word.index(after: equals)...])
            } else {
                name = word[...]
                inlineValue = nil
            }
            guard !seen.contains(name) else { return nil }
            seen.append(name)
            switch name {
            case "--no-host" where inlineValue == nil: noHost = true
            case "--history" where inlineValue == nil: history = true
            case "--json" where inlineValue == nil: json = true
            case "--color":
                guard let value = inlineValue ?? words.popFirst(),
                      let choice = OutputOptions.ColorChoice(rawValue: value) else { return nil }
                color = choice
            case "--allow":
                guard let value = inlineValue ?? words.popFirst(), !value.isEmpty, !value.hasPrefix("-") else { return nil }
                allow = value
            default:
                return nil
            }
        }
        guard let query else { return nil }
        return ShowRequest(query: query, history: history, noHost: noHost, allow: allow, json: json, color: color ?? .auto)
    }

    /// True for "1302", "53/udp" or "8000-8010": words no command is named.
    static func isPortOrRange(_ word: String) -> Bool {
        switch try? PortQuery(parsing: word) {
        case .port, .range: true
        case .serviceName, nil: false
        }
    }
}
