#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The environment portlore was started with, and who it runs as.
package enum ProcessEnvironment {
    /// The value of the environment variable `name`, nil when it is unset.
    package static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The values of the named environment variables that are set.
    package static func values(_ names: [String]) -> [String: String] {
        var result: [String: String] = [:]
        for name in names {
            if let value = value(name) { result[name] = value }
        }
        return result
    }

    /// The effective user id.
    package static var effectiveUserID: UInt32 { geteuid() }

    /// The home directory: `$HOME` when set and not empty, else the effective user's entry in
    /// /etc/passwd (read directly, see `PasswordFile`), else nil.
    package static func homeDirectory(environment: [String: String], accounts: @autoclosure () -> [UInt8]? = PasswordFile.contents()) -> String? {
        if let home = environment["HOME"], !home.isEmpty { return home }
        return accounts().flatMap { PasswordFile.home(of: effectiveUserID, in: $0) }
    }
}
