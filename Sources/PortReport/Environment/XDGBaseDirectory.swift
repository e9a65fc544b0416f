#if canImport(Glibc)
import Glibc
#endif

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

    /// portlore's directory inside this base directory, e.g. `~/.local/share/portlore`. A
    /// relative `$XDG_*` value is ignored, as the specification says.
    public func portloreDirectory(environment: [String: String] = ProcessEnvironment.values(["XDG_DATA_HOME", "XDG_CONFIG_HOME", "HOME"])) -> String {
        if let base = environment[variable], base.hasPrefix("/") {
            return base + "/portlore"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/root"
        return home + fallbackUnderHome + "/portlore"
    }
}

/// The values of the named environment variables that are set.
public enum ProcessEnvironment {
    public static func values(_ names: [String]) -> [String: String] {
        var result: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { result[name] = String(cString: value) }
        }
        return result
    }
}
