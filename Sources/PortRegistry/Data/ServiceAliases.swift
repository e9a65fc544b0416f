/// Everyday names of services whose IANA text doesn't contain them: 3389 is "ms-wbt-server",
/// "MS WBT Server", and nothing in the registry says "remote desktop". `Registry.search` ranks
/// the named service high when the query contains every word of an alias.
enum ServiceAliases {
    struct Alias {
        var words: [String]
        var serviceName: String
    }

    static let all: [Alias] = [
        Alias(words: ["remote", "desktop"], serviceName: "ms-wbt-server"),
        Alias(words: ["rdp"], serviceName: "ms-wbt-server"),
        Alias(words: ["postgres"], serviceName: "postgresql"),
        Alias(words: ["smb"], serviceName: "microsoft-ds"),
        Alias(words: ["samba"], serviceName: "microsoft-ds"),
        Alias(words: ["cifs"], serviceName: "microsoft-ds"),
        Alias(words: ["mssql"], serviceName: "ms-sql-s"),
        Alias(words: ["sql", "server"], serviceName: "ms-sql-s"),
        Alias(words: ["dns"], serviceName: "domain"),
        Alias(words: ["web"], serviceName: "http"),
        Alias(words: ["tls"], serviceName: "https"),
        Alias(words: ["ssl"], serviceName: "https"),
        Alias(words: ["vnc"], serviceName: "rfb"),
        Alias(words: ["mongo"], serviceName: "mongodb"),
        Alias(words: ["netbios"], serviceName: "netbios-ssn"),
        Alias(words: ["winrm"], serviceName: "wsman"),
    ]

    /// Aliases whose words all occur in the query, with those words as matched terms.
    static func serviceNames(for query: SearchQuery) -> [(serviceName: String, terms: [String])] {
        let terms = Set(query.terms.map { String(decoding: $0, as: UTF8.self) })
        return all.filter { $0.words.allSatisfy(terms.contains) }.map { ($0.serviceName, $0.words) }
    }
}
