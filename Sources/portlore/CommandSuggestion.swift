import PortRegistry
import PortReport

/// `portlore sl` and `portlore serach remote`: a first word that is neither a command, a port
/// nor a service, but a letter or two away from a command, is a mistyped command. Without this
/// the word reaches `show` as a service name and the user hears about services named 'sd' and
/// 'sal', or "Unexpected argument" for the words after it.
enum CommandSuggestion {
    /// The command `word` was probably meant to be, or nil when it reads as something else.
    static func command(for word: String, commands: [String], isService: (String) -> Bool) -> String? {
        guard !word.isEmpty, !word.hasPrefix("-"), !commands.contains(word) else { return nil }
        switch try? PortQuery(parsing: word) {
        case .port, .range: return nil
        case .serviceName, nil: break
        }
        let typed = Array(word.lowercased().utf8)
        let ranked = commands.map { (command: $0, distance: editDistance(typed, Array($0.utf8))) }
            .filter { $0.distance <= (min(typed.count, $0.command.utf8.count) <= 3 ? 1 : 2) }
            .min { $0.distance < $1.distance }
        guard let best = ranked?.command, !isService(word) else { return nil }
        return best
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
    /// neighbours (`sl` → `ls`, `serach` → `search`) each cost 1.
    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, table[i - 2][j - 2] + 1)
                }
                table[i][j] = best
            }
        }
        return table[a.count][b.count]
    }
}
