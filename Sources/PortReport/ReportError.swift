/// What can go wrong while answering; each description is one sentence that says what to do.
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No current or historical record has this service name.
    case unknownService(String, suggestions: [String])
    /// An allowlist line that cannot be read.
    case badAllowlist(path: String, line: Int, reason: String)
    /// An allowlist given with `--allow` that cannot be read.
    case unreadableAllowlist(path: String, reason: String)

    public var description: String {
        switch self {
        case .unknownService(let name, let suggestions):
            if suggestions.isEmpty {
                "No IANA service is named '\(name)'; try `portlore search \(name)` to look through descriptions."
            } else {
                "No IANA service is named '\(name)'; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
            }
        case .badAllowlist(let path, let line, let reason):
            "\(path), line \(line): \(reason); fix or remove the line (see docs/findings.md)."
        case .unreadableAllowlist(let path, _):
            "Cannot read the allowlist \(path); check the path given to --allow."
        }
    }
}
