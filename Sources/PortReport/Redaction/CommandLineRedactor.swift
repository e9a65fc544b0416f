/// Hides secrets in command lines before they leave the process: the value of a password,
/// token or secret flag (`--password=x`, `--token x`, `-Ddb.password=x`), the password of a
/// URL (`postgres://app:x@db/app`), environment-style assignments (`DB_PASSWORD=x`), HTTP
/// authorization headers (`-H "Authorization: Bearer x"`) and mysql's `-px`.
///
/// It errs on the side of hiding: `--token-file /run/t` keeps its path, but `--auth-url x`
/// loses its value. Each hidden value becomes `[REDACTED]`, so a reader still sees that a
/// secret was passed on the command line (which is itself worth fixing: /proc/PID/cmdline
/// is readable by every user).
public struct CommandLineRedactor: Sendable {
    public static let mask = "[REDACTED]"

    public init() {}

    /// The command line with every secret replaced by `[REDACTED]`; the number of arguments is kept.
    public func redact(_ arguments: [String]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(arguments.count)
        let program = arguments.first.map(Self.basename) ?? ""
        let isMySQLClient = Self.mysqlPrograms.contains(program)
        var hideNext = false
        for (index, argument) in arguments.enumerated() {
            if hideNext {
                hideNext = false
                if !argument.isEmpty {
                    result.append(Self.mask)
                    continue
                }
            }
            if index == 0 {
                result.append(redactURLs(in: argument))
                continue
            }
            if isMySQLClient, argument.hasPrefix("-p"), !argument.hasPrefix("--"), argument.utf8.count > 2 {
                result.append("-p" + Self.mask)
                continue
            }
            if let header = redactAuthorizationHeader(argument) {
                result.append(header)
                continue
            }
            if let equals = argument.firstIndex(of: "=") {
                let name = argument[..<equals]
                if Self.isSensitiveName(name) {
                    result.append(String(name) + "=" + Self.mask)
                } else {
                    result.append(redactURLs(in: argument))
                }
                continue
            }
            if argument.hasPrefix("-"), Self.isSensitiveName(argument[...]) {
                // `--password secret`: the next argument is the value, unless it is another flag.
                if index + 1 < arguments.count, !arguments[index + 1].hasPrefix("-") {
                    hideNext = true
                }
                result.append(argument)
                continue
            }
            result.append(redactURLs(in: argument))
        }
        return result
    }

    /// Free text (a finding's reason, a joined command line) with credentials in URLs and
    /// `name=secret` words hidden.
    public func redact(text: String) -> String {
        guard text.contains("=") || text.contains("://") || text.lowercased().contains("authorization") else {
            return text
        }
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        return redact([""] + words).dropFirst().joined(separator: " ")
    }

    // MARK: - Names

    static let mysqlPrograms: Set<String> = ["mysql", "mysqldump", "mysqladmin", "mariadb", "mariadb-dump", "mariadb-admin", "mysqlimport", "mysqlshow"]

    /// Words that make a flag or variable name secret when the name contains them.
    static let sensitiveFragments = [
        "password", "passwd", "passphrase", "secret", "token", "apikey", "accesskey", "privatekey",
        "credential", "auth", "cookie", "session", "signature", "connectionstring", "dsn",
    ]
    /// Whole words (between `-`, `_` and `.`) that are secret on their own.
    static let sensitiveWords: Set<String> = ["pass", "pwd", "pw", "key", "sig"]
    /// A last word that makes the name point at a secret rather than hold one: `--token-file`.
    static let referenceWords: Set<String> = ["file", "path", "dir", "directory", "env", "type", "mode", "method", "length", "ttl", "timeout", "expiry", "expires", "id", "name", "user", "username", "header"]

    /// `--db-password`, `DB_PASSWORD`, `-Dspring.datasource.password`, `apiKey`: secret.
    /// `--token-file`, `--passive`, `--port`: not.
    static func isSensitiveName(_ name: Substring) -> Bool {
        var trimmed = name.drop(while: { $0 == "-" })
        if name.hasPrefix("-D") && !name.hasPrefix("--") { trimmed = name.dropFirst(2) }
        guard !trimmed.isEmpty, trimmed.utf8.count <= 64 else { return false }
        // A name never contains spaces, slashes or quotes; text that does is a value, not a name.
        guard !trimmed.contains(where: { $0 == " " || $0 == "/" || $0 == "\"" || $0 == "'" || $0 == ":" }) else { return false }
        let words = splitWords(trimmed)
        guard let last = words.last else { return false }
        if referenceWords.contains(last) { return false }
        if words.contains(where: sensitiveWords.contains) { return true }
        let joined = words.joined()
        return sensitiveFragments.contains { joined.contains($0) }
    }

    /// Lower-cased words of a name split at `-`, `_`, `.` and camelCase humps.
    static func splitWords(_ name: Substring) -> [String] {
        var words: [String] = []
        var current = ""
        var previousWasLower = false
        for character in name {
            if character == "-" || character == "_" || character == "." {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousWasLower = false
                continue
            }
            if character.isUppercase && previousWasLower {
                words.append(current)
                current = ""
            }
            previousWasLower = character.isLowercase || character.isNumber
            current.append(contentsOf: character.lowercased())
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static func basename(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    // MARK: - Values

    /// `Authorization: Bearer x` → `Authorization: [REDACTED]`; `nil` when the argument is no such header.
    func redactAuthorizationHeader(_ argument: String) -> String? {
        guard let colon = argument.firstIndex(of: ":") else { return nil }
        let name = argument[..<colon].trimmingCharacters(" ").lowercased()
        guard name == "authorization" || name == "proxy-authorization" || name == "cookie"
            || name == "x-api-key" || name == "x-auth-token" else { return nil }
        return String(argument[...colon]) + " " + Self.mask
    }

    /// `scheme://user:password@host` → `scheme://user:[REDACTED]@host`, anywhere in the text.
    func redactURLs(in text: String) -> String {
        guard text.contains("://") else { return text }
        var output = ""
        var rest = text[...]
        while let scheme = rest.range(of: "://") {
            output += rest[..<scheme.upperBound]
            rest = rest[scheme.upperBound...]
            // The authority ends at the first '/', '?', '#' or whitespace.
            let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" || $0 == " " }) ?? rest.endIndex
            let authority = rest[..<authorityEnd]
            if let at = authority.lastIndex(of: "@") {
                let userInfo = authority[..<at]
                if let colon = userInfo.firstIndex(of: ":") {
                    output += userInfo[..<colon] + ":" + Self.mask
                } else {
                    // A lone user-info part is often a token (`https://TOKEN@github.com`).
                    output += Self.mask
                }
                output += authority[at...]
            } else {
                output += authority
            }
            rest = rest[authorityEnd...]
        }
        output += rest
        return output
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(_ character: Character) -> SubSequence {
        var text = self[...]
        while text.first == character { text = text.dropFirst() }
        while text.last == character { text = text.dropLast() }
        return text
    }

    fileprivate func range(of needle: String) -> Range<Index>? {
        guard !needle.isEmpty else { return nil }
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(needle) {
                return index..<self.index(index, offsetBy: needle.count)
            }
            index = self.index(after: index)
        }
        return nil
    }
}
