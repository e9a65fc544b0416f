import PortloreSystem

/// The XDG base directories portlore keeps its files in: data (`registry update`) and
/// configuration (the allowlist).
public enum XDGBaseDirectory: Sendable {
    /// `$XDG_DATA_HOME`, else `~/.local/share`.
    case data
    /// `$XDG_CONFIG_HOME`, else `~/.config`.
    case config

    var variable: String {
        switch self {
        case .data: "XDG_DATA_HOME"
        case .config: "XDG_CONFIG_HOME"
        }
    }

    var fallbackUnderHome: String {
        switch self {
        case .data: "/.local/share"
        case .config: "/.config"
        }
    }

    /// Where the home directory is unknown ($HOME unset and no /etc/passwd entry): a path that
    /// exists nowhere, so that writing there fails with a message naming it, instead of
    /// writing into some other user's directory.
    static let unknownHome = "/nonexistent"

    /// portlore's directory inside this base directory, e.g. `~/.local/share/portlore`.
    public func portloreDirectory() -> String {
        let environment = ProcessEnvironment.values([variable, "HOME"])
        return portloreDirectory(environment: environment, home: ProcessEnvironment.homeDirectory(environment: environment))
    }

    /// A relative `$XDG_*` value is ignored, as the specification says; `home` is `$HOME`, else
    /// the user's /etc/passwd entry (evaluated only when needed).
    func portloreDirectory(environment: [String: String], home: @autoclosure () -> String?) -> String {
        if let base = environment[variable], base.hasPrefix("/") {
            return base + "/portlore"
        }
        return (home() ?? Self.unknownHome) + fallbackUnderHome + "/portlore"
    }
}
