/// `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=disable|prefer|require]`, as
/// `--database` takes it. Percent escapes in the user, password and database are decoded.
public struct DatabaseURL: Sendable, Equatable, CustomStringConvertible {
    public enum TLSMode: String, Sendable { case disable, prefer, require }

    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String
    public var tls: TLSMode

    public init(parsing text: String) throws(FeedbackStoreError) {
        var rest = Substring(text)
        if rest.hasPrefix("postgres://") {
            rest = rest.dropFirst("postgres://".count)
        } else if rest.hasPrefix("postgresql://") {
            rest = rest.dropFirst("postgresql://".count)
        } else {
            throw .badDatabaseURL("it does not start with postgres://")
        }
        var tls = TLSMode.prefer
        if let question = rest.firstIndex(of: "?") {
            for pair in rest[rest.index(after: question)...].split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { throw .badDatabaseURL("the parameter '\(pair)' has no value") }
                guard parts[0] == "sslmode" else { throw .badDatabaseURL("the parameter '\(parts[0])' is not known (only sslmode is)") }
                guard let mode = TLSMode(rawValue: parts[1]) else { throw .badDatabaseURL("sslmode must be disable, prefer or require") }
                tls = mode
            }
            rest = rest[..<question]
        }
        guard let at = rest.lastIndex(of: "@") else { throw .badDatabaseURL("it names no user (USER@HOST)") }
        let credentials = rest[..<at]
        rest = rest[rest.index(after: at)...]
        guard let slash = rest.firstIndex(of: "/") else { throw .badDatabaseURL("it names no database (/DATABASE)") }
        let database = Self.decode(rest[rest.index(after: slash)...])
        guard !database.isEmpty else { throw .badDatabaseURL("the database name is empty") }
        let hostPort = rest[..<slash]
        var host = String(hostPort)
        var port = 5432
        if hostPort.hasPrefix("[") {
            guard let close = hostPort.firstIndex(of: "]") else { throw .badDatabaseURL("the IPv6 host has no closing ]") }
            host = String(hostPort[hostPort.index(after: hostPort.startIndex)..<close])
            let after = hostPort[hostPort.index(after: close)...]
            if after.hasPrefix(":") {
                guard let number = Int(after.dropFirst()), (1...65535).contains(number) else { throw .badDatabaseURL("the port is not 1-65535") }
                port = number
            } else if !after.isEmpty {
                throw .badDatabaseURL("unexpected text after the IPv6 host")
            }
        } else if let colon = hostPort.lastIndex(of: ":") {
            host = String(hostPort[..<colon])
            guard let number = Int(hostPort[hostPort.index(after: colon)...]), (1...65535).contains(number) else { throw .badDatabaseURL("the port is not 1-65535") }
            port = number
        }
        guard !host.isEmpty else { throw .badDatabaseURL("the host is empty") }
        let user: String
        var password: String?
        if let colon = credentials.firstIndex(of: ":") {
            user = Self.decode(credentials[..<colon])
            password = Self.decode(credentials[credentials.index(after: colon)...])
        } else {
            user = Self.decode(credentials)
        }
        guard !user.isEmpty else { throw .badDatabaseURL("the user is empty") }
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database
        self.tls = tls
    }

    /// The URL without its password, for messages and logs.
    public var description: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "postgres://\(user)\(password == nil ? "" : ":***")@\(shownHost):\(port)/\(database)"
    }

    private static func decode(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        let input = Array(text.utf8)
        var index = 0
        while index < input.count {
            if input[index] == 0x25, index + 2 < input.count,
               let value = HexBytes.decode(String(decoding: input[(index + 1)...(index + 2)], as: UTF8.self)) {
                bytes.append(value[0])
                index += 3
            } else {
                bytes.append(input[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
