/// Hides secrets in command lines before they leave the process. Every output shows command
/// lines through `ProcessDetails.shownCommandLine` (CLI text, JSON, NDJSON, watch, the server's
/// pages and API), so this type is the one place that decides what is secret.
///
/// It errs on the side of hiding: `--token-file /run/t` keeps its path, but `--author x` loses
/// its value. Each hidden value becomes `[REDACTED]`, so a reader still sees that a secret was
/// passed on the command line (which is itself worth fixing: /proc/PID/cmdline is readable by
/// every user). The number of arguments is kept.
public struct CommandLineRedactor: Sendable {
    public static let mask = "[REDACTED]"

    public init() {}

    // MARK: - The rules

    /// What is secret, in one table. A *name* is a flag, variable, header or query-parameter
    /// name: `--db-password`, `DB_PASSWORD`, `-Dspring.datasource.password`, `X-Api-Key`,
    /// `access_token`. Its value is hidden wherever it appears:
    ///
    /// | form | example |
    /// | --- | --- |
    /// | `NAME=value` | `--password=x`, `DB_PASSWORD=x`, `-Ddb.password=x`, `AWS_SECRET_ACCESS_KEY=x` |
    /// | `NAME:value` | `--password:x`, `X-Api-Key:x`, `Authorization: Bearer x` |
    /// | `NAME value` | `--password x`, `--password -x` (the value may start with one `-`) |
    /// | inside a value | `--header=X-Api-Key:x`, `--data=a=1&token=x` |
    /// | URL user info | `postgres://app:x@db`, `https://TOKEN@github.com` |
    /// | URL query | `https://h/?access_token=x&page=2` |
    /// | inside one argument with spaces | `sh -c "mysql -px db"` |
    /// | a program's short option | mysql's `-px`, `redis-cli -a x`, `sshpass -p x` |
    enum Rules {
        /// A name is secret when its words, joined, contain one of these.
        static let secretFragments = [
            "password", "passwd", "passphrase", "secret", "token", "apikey", "accesskey", "privatekey",
            "credential", "auth", "cookie", "session", "signature", "connectionstring", "dsn",
            "requirepass", "masterpass", "dbpass", "adminpass", "rootpass", "userpass", "jwt", "bearer",
        ]
        /// A name is secret when one of its words is one of these.
        static let secretWords: Set<String> = ["pass", "pwd", "pw", "key", "sig", "jwt", "bearer", "psk"]
        /// A last word that makes the name point at a secret rather than hold one: `--token-file`.
        static let referenceWords: Set<String> = [
            "file", "path", "dir", "directory", "env", "type", "mode", "method", "length", "ttl", "timeout",
            "expiry", "expires", "id", "name", "user", "username", "header", "url", "uri", "endpoint",
        ]
        /// Words of an authorization value that are followed by the secret itself: `Bearer x`.
        static let authorizationSchemes: Set<String> = ["bearer", "basic", "token", "digest", "negotiate"]
        /// Short options whose value is a secret, by program; `attachedOnly` when the option
        /// alone takes no value (mysql's bare `-p` asks for the password).
        static let programOptions: [String: (option: String, attachedOnly: Bool)] = [
            "mysql": ("-p", true), "mysqldump": ("-p", true), "mysqladmin": ("-p", true),
            "mysqlimport": ("-p", true), "mysqlshow": ("-p", true), "mysqlcheck": ("-p", true),
            "mariadb": ("-p", true), "mariadb-dump": ("-p", true), "mariadb-admin": ("-p", true),
            "redis-cli": ("-a", false), "valkey-cli": ("-a", false), "sshpass": ("-p", false),
        ]
    }

    // MARK: - Command lines

    /// The command line with every secret replaced by `[REDACTED]`; the number of arguments is kept.
    public func redact(_ arguments: [String]) -> [String] {
        guard let program = arguments.first else { return [] }
        var result = [redactURLs(in: program)]
        result.reserveCapacity(arguments.count)
        result.append(contentsOf: redactSequence(arguments.dropFirst(), program: Self.basename(program)))
        return result
    }

    /// Free text (a finding's reason, a joined command line) with the same rules applied to
    /// each space-separated word.
    public func redact(text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        return redactSequence(words[...], program: words.first.map(Self.basename) ?? "").joined(separator: " ")
    }

    /// Arguments after the program's name.
    private func redactSequence(_ arguments: ArraySlice<String>, program: String) -> [String] {
        var result: [String] = []
        result.reserveCapacity(arguments.count)
        var hideNext = false
        for argument in arguments {
            if hideNext {
                hideNext = false
                // `--password --verbose`: a long option is the next flag, not the value.
                if !argument.isEmpty && !argument.hasPrefix("--") {
                    result.append(Self.mask)
                    // `Authorization: Bearer x`, split over two arguments.
                    hideNext = Rules.authorizationSchemes.contains(argument.lowercased())
                    continue
                }
            }
            let (text, hidesNext) = redactArgument(argument, program: program, depth: 0)
            result.append(text)
            hideNext = hidesNext
        }
        return result
    }

    /// One argument: its redacted text, and whether the next argument is its secret value.
    private func redactArgument(_ argument: String, program: String, depth: Int) -> (String, Bool) {
        if Self.isPlain(argument) { return (argument, false) }
        if argument.hasPrefix("-"), !argument.hasPrefix("--"), let rule = Rules.programOptions[program],
           argument.hasPrefix(rule.option) {
            if argument == rule.option { return (argument, !rule.attachedOnly) }
            return (rule.option + Self.mask, false)
        }
        // mysql-style `-pSECRET` under any other name (a wrapper script, `sh -c`): a letter in a
        // long value says it is no port number and no bundle of single-letter flags like `-pr`.
        if argument.hasPrefix("-p"), !argument.hasPrefix("--"), argument.utf8.count >= 6,
           argument.dropFirst(2).contains(where: \.isLetter), !argument.contains("=") {
            return ("-p" + Self.mask, false)
        }
        if let separator = argument.firstIndex(where: { $0 == "=" || $0 == ":" }) {
            let name = argument[..<separator]
            var value = argument[argument.index(after: separator)...]
            if Self.isSensitiveName(name) {
                var spacing = ""
                while value.first == " " { spacing += " "; value = value.dropFirst() }
                // `Authorization:` with the value in the next argument.
                if value.isEmpty { return (argument, true) }
                return (String(name) + String(argument[separator]) + spacing + Self.mask, false)
            }
            if argument[separator] == "=", depth < 2 {
                // `--header=X-Api-Key:x`, `--data=password=x`: the value has the rules' forms too.
                let (inner, _) = redactArgument(String(value), program: program, depth: depth + 1)
                // `/path?access_token=x`: the name part may end a URL's query.
                return (redactQuery(in: String(name) + "=" + inner), false)
            }
        }
        if argument.contains(" "), depth < 2 {
            // `sh -c "mysql -px db"`: one argument holding a command line.
            let words = argument.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            let first = words.first { !$0.isEmpty }.map(Self.basename) ?? ""
            return (redactSequence(words[...], program: first).joined(separator: " "), false)
        }
        if argument.hasPrefix("-"), Self.isSensitiveName(argument[...]) {
            return (argument, true)
        }
        return (redactQuery(in: redactURLs(in: argument)), false)
    }

    /// Text no rule can apply to: no `-` in front, no `=`, `:`, `?`, `&`, `@` or space. Most
    /// arguments (paths, file names, numbers) take only this look.
    static func isPlain(_ argument: String) -> Bool {
        var utf8 = argument.utf8.makeIterator()
        guard let first = utf8.next() else { return true }
        if first == UInt8(ascii: "-") { return false }
        var byte: UInt8? = first
        while let current = byte {
            switch current {
            case UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "?"), UInt8(ascii: "&"), UInt8(ascii: "@"), UInt8(ascii: " "):
                return false
            default: byte = utf8.next()
            }
        }
        return true
    }

    // MARK: - Names

    /// `--db-password`, `DB_PASSWORD`, `-Dspring.datasource.password`, `apiKey`, `X-Api-Key`: secret.
    /// `--token-file`, `--passive`, `--port`: not.
    static func isSensitiveName(_ name: Substring) -> Bool {
        var trimmed = name.drop(while: { $0 == "-" || $0 == "'" || $0 == "\"" })
        if name.hasPrefix("-D") && !name.hasPrefix("--") { trimmed = name.dropFirst(2) }
        guard !trimmed.isEmpty, trimmed.utf8.count <= 64 else { return false }
        // A name never contains spaces, slashes or quotes; text that does is a value, not a name.
        guard !trimmed.contains(where: { $0 == " " || $0 == "/" || $0 == "\"" || $0 == "'" || $0 == ":" || $0 == "?" || $0 == "&" || $0 == "=" })
        else { return false }
        let words = splitWords(trimmed)
        guard let last = words.last else { return false }
        if Rules.referenceWords.contains(last) { return false }
        if words.contains(where: Rules.secretWords.contains) { return true }
        let joined = words.joined()
        return Rules.secretFragments.contains { joined.contains($0) }
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

    /// `scheme://user:password@host` → `scheme://user:[REDACTED]@host`, anywhere in the text.
    func redactURLs(in text: String) -> String {
        guard text.contains("://") else { return text }
        var output = ""
        var rest = text[...]
        while let scheme = rest.firstRange(of: "://") {
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

    /// `?access_token=x&page=2` → `?access_token=[REDACTED]&page=2`: query parameters (after
    /// `?`, `&` or `;`) whose name is secret.
    func redactQuery(in text: String) -> String {
        guard text.contains("=") && (text.contains("?") || text.contains("&") || text.contains(";")) else { return text }
        var output = ""
        var rest = text[...]
        while let start = rest.firstIndex(where: { $0 == "?" || $0 == "&" || $0 == ";" }) {
            output += rest[...start]
            rest = rest[rest.index(after: start)...]
            let pairEnd = rest.firstIndex(where: { $0 == "&" || $0 == "#" || $0 == ";" || $0 == "?" || $0 == " " }) ?? rest.endIndex
            let pair = rest[..<pairEnd]
            if let equals = pair.firstIndex(of: "="), Self.isSensitiveName(pair[..<equals]) {
                output += pair[...equals] + Self.mask
            } else {
                output += pair
            }
            rest = rest[pairEnd...]
        }
        output += rest
        return output
    }
}
