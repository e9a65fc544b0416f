import PortRegistry

#if canImport(Glibc)
import Glibc
#endif

extension Allowlist {
    /// `$XDG_CONFIG_HOME/portlore/allow`, else `~/.config/portlore/allow`.
    public static func standardPath(environment: [String: String] = Allowlist.environment()) -> String {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return config + "/portlore/allow"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/root"
        return home + "/.config/portlore/allow"
    }

    public static func environment() -> [String: String] {
        var result: [String: String] = [:]
        for name in ["XDG_CONFIG_HOME", "HOME"] {
            if let value = getenv(name) { result[name] = String(cString: value) }
        }
        return result
    }

    /// The allowlist at `path` (`--allow FILE`, which must exist), or the standard one when it
    /// exists, or an empty one.
    public static func load(path: String?) throws(ReportError) -> Allowlist {
        let chosen = path ?? standardPath()
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(chosen)
        } catch {
            if path == nil { return Allowlist() }
            throw .unreadableAllowlist(path: chosen, reason: error.description)
        }
        return try Allowlist(parsing: String(decoding: bytes, as: UTF8.self), path: chosen)
    }
}
