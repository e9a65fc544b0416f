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
        static let secretFragmentBytes = secretFragments.map { Array($0.utf8) }
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
        // A mask can change how a later rule reads an argument (the fuzz stage found values that
        // a second pass hid more of): apply the rules until nothing changes. Nearly every command
        // line is settled after one pass and checked by a second; masks only shorten the text,
        // and the bound stops a pathological line.
        var current = arguments
        for _ in 0..<4 {
            let next = redactOnce(current)
            if next == current { return next }
            current = next
        }
        return current
    }

    private func redactOnce(_ arguments: [String]) -> [String] {
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
    private func redactSequence(_ arguments: ArraySlice<String>, program: String, depth: Int = 0) -> [String] {
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
                    hideNext = argument.utf8.count <= 9 && Rules.authorizationSchemes.contains(argument.lowercased())
                    continue
                }
            }
            let (text, hidesNext) = redactArgument(argument, program: program, depth: depth)
            // URLs and queries anywhere in the result, whichever rule shaped it (the fuzzer found a
            // second URL inside a name part keeping its password).
            result.append(Self.isPlain(text) ? text : redactQuery(in: redactURLs(in: text)))
            hideNext = hidesNext
        }
        return result
    }

    /// One argument: its redacted text, and whether the next argument is its secret value.
    private func redactArgument(_ argument: String, program: String, depth: Int) -> (String, Bool) {
        if Self.isPlain(argument) { return (argument, false) }
        let utf8 = argument.utf8
        let dashed = utf8.first == UInt8(ascii: "-")
        let doubleDashed = dashed && utf8.dropFirst().first == UInt8(ascii: "-")
        if dashed, !doubleDashed, let rule = Rules.programOptions[program], argument.hasPrefix(rule.option) {
            if argument == rule.option { return (argument, !rule.attachedOnly) }
            return (rule.option + Self.mask, false)
        }
        // mysql-style `-pSECRET` under any other name (a wrapper script, `sh -c`): a letter in a
        // long value says it is no port number and no bundle of single-letter flags like `-pr`.
        // With `=` or `:` it is a `NAME=value` pair (`-pdb.pass:x`), for the rule below.
        if dashed, utf8.dropFirst().first == UInt8(ascii: "p"), utf8.count >= 6,
           utf8.dropFirst(2).contains(where: Self.isASCIILetter),
           !utf8.contains(where: { $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ":") }) {
            return ("-p" + Self.mask, false)
        }
        if let separator = utf8.firstIndex(where: { $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ":") }) {
            let name = argument[..<separator]
            var value = argument[argument.index(after: separator)...]
            if Self.isSensitiveName(name) {
                var spacing = ""
                while value.utf8.first == UInt8(ascii: " ") { spacing += " "; value = value.dropFirst() }
                // `Authorization:` with the value in the next argument.
                if value.isEmpty { return (argument, true) }
                return (String(name) + String(argument[separator]) + spacing + Self.mask, false)
            }
            if utf8[separator] == UInt8(ascii: "="), depth < 2 {
                // `--header=X-Api-Key:x`, `--data=password=x`: the value has the rules' forms too.
                let (inner, _) = redactArgument(String(value), program: program, depth: depth + 1)
                // `/path?access_token=x`: the name part may end a URL's query.
                return (redactQuery(in: String(name) + "=" + inner), false)
            }
            if utf8[separator] == UInt8(ascii: "=") {
                // Nested deeper than the rules follow (the fuzzer's `a=b=c&d=e-password=x`).
                return (redactQuery(in: Self.hidingAfterSecretName(in: argument)), false)
            }
        }
        if utf8.contains(UInt8(ascii: " ")), depth < 2 {
            // `sh -c "mysql -px db"`: one argument holding a command line.
            // Split on the space byte, not the Character: " \u{301}" is one Character, and a
            // word still holding a space came back here without end (the fuzz stage, seed
            // 20261202, overflowed the stack).
            let words = argument.utf8.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
            let first = words.first { !$0.isEmpty }.map(Self.basename) ?? ""
            return (redactSequence(words[...], program: first, depth: depth + 1).joined(separator: " "), false)
        }
        if dashed, Self.isSensitiveName(argument[...]) {
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

    // MARK: - Bytes
    //
    // Byte-level: `String.contains(_:)` and `firstRange(of:)` go through the generic string
    // searcher, which made a java command line cost 2.4 ms to redact (measured, -O).

    static let schemeSeparator = Array("://".utf8)
    static let nonNameBytes: Set<UInt8> = Set(" /\"':?&=".utf8)

    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// The first occurrence of `needle` in `text`, as indices of `text`.
    static func find(_ needle: [UInt8], in text: Substring) -> Range<String.Index>? {
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == needle[0], utf8[index...].starts(with: needle) {
                return index..<utf8.index(index, offsetBy: needle.count)
            }
            index = utf8.index(after: index)
        }
        return nil
    }

    static func find(_ needle: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = bytes.startIndex
        while index + needle.count <= bytes.endIndex {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    // MARK: - Names

    /// `--db-password`, `DB_PASSWORD`, `-Dspring.datasource.password`, `apiKey`, `X-Api-Key`: secret.
    /// `--token-file`, `--passive`, `--port`: not.
    /// Past the nesting the rules follow: every `NAME=value` or `NAME:value` whose name is
    /// secret loses its value, up to the next `&`, `#`, `;`, `?` or space.
    static func hidingAfterSecretName(in text: String) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var nameStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            output.append(byte)
            index += 1
            if byte == UInt8(ascii: "=") || byte == UInt8(ascii: ":") {
                let name = String(decoding: bytes[nameStart..<(index - 1)], as: UTF8.self)
                if isSensitiveName(name[...]) {
                    output.append(contentsOf: mask.utf8)
                    while index < bytes.count, !valueEndBytes.contains(bytes[index]) { index += 1 }
                }
                nameStart = index
            } else if nonNameBytes.contains(byte) || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ",") {
                nameStart = index
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    static let valueEndBytes: Set<UInt8> = Set("&#;? ".utf8)

    static func isSensitiveName(_ name: Substring) -> Bool {
        var trimmed = name.drop(while: { $0 == "-" || $0 == "'" || $0 == "\"" })
        if name.hasPrefix("-D") && !name.hasPrefix("--") { trimmed = name.dropFirst(2) }
        guard !trimmed.isEmpty, trimmed.utf8.count <= 64 else { return false }
        // A name never contains spaces, slashes or quotes; text that does is a value, not a name.
        guard !trimmed.utf8.contains(where: { Self.nonNameBytes.contains($0) }) else { return false }
        let words = splitWords(trimmed)
        guard let last = words.last else { return false }
        if Rules.referenceWords.contains(last) { return false }
        if words.contains(where: Rules.secretWords.contains) { return true }
        let joined = Array(words.joined().utf8)
        return Rules.secretFragmentBytes.contains { Self.find($0, in: joined[...]) != nil }
    }

    /// Lower-cased words of a name split at `-`, `_`, `.` and camelCase humps. Bytes, not
    /// `Character`s: Unicode case properties were most of the redactor's time (perf).
    static func splitWords(_ name: Substring) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var previousWasLower = false
        for byte in name.utf8 {
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
                previousWasLower = false
                continue
            }
            let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            if isUpper && previousWasLower {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            previousWasLower = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            current.append(isUpper ? byte | 0x20 : byte)
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    static func basename(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    // MARK: - Values

    /// `scheme://user:password@host` → `scheme://user:[REDACTED]@host`, anywhere in the text.
    func redactURLs(in text: String) -> String {
        guard Self.find(Self.schemeSeparator, in: text[...]) != nil else { return text }
        var output = ""
        var rest = text[...]
        while let scheme = Self.find(Self.schemeSeparator, in: rest) {
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
        let utf8 = text.utf8
        guard utf8.contains(UInt8(ascii: "=")),
              utf8.contains(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: ";") })
        else { return text }
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
