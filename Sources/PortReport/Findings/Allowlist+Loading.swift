import PortRegistry
import PortloreSystem

extension Allowlist {
    /// `$XDG_CONFIG_HOME/portlore/allow`, else `~/.config/portlore/allow`.
    public static func standardPath() -> String {
        XDGBaseDirectory.config.portloreDirectory() + "/allow"
    }

    /// The allowlist at `path` (`--allow FILE`, which must exist), or the standard one when it
    /// exists, or an empty one.
    public static func load(path: String?) throws(ReportError) -> Allowlist {
        let chosen = path ?? standardPath()
        let bytes: [UInt8]
        do {
            bytes = try FileContents.read(chosen)
        } catch {
            if path == nil { return Allowlist() }
            throw .unreadableAllowlist(path: chosen, reason: "\(error)")
        }
        return try Allowlist(parsing: String(decoding: bytes, as: UTF8.self), path: chosen)
    }
}
