import PortRegistry

/// Which language a request gets: its path says so for every page but `/`, which follows
/// `Accept-Language` (RFC 9110, section 12.5.4) unless `?lang=` overrides it.
extension Language {
    /// The language a site path is in: `/th` and `/th/...` are Thai, anything else English.
    init(path: String) {
        self = path == "/th" || path.hasPrefix("/th/") ? .thai : .english
    }

    /// `path` without its language prefix: `/th/ports/1302` is `/ports/1302`, `/th` is `/`.
    static func neutralPath(_ path: String) -> String {
        guard Language(path: path) == .thai else { return path }
        let rest = String(path.dropFirst(3))
        return rest.isEmpty ? "/" : rest
    }

    /// This language's URL of a language-neutral site path: `/th` + `/ports/1302`; the Thai
    /// home is `/th/`.
    func path(_ neutral: String) -> String {
        self == .english ? neutral : pathPrefix + neutral
    }

    /// The best of our languages for an `Accept-Language` header: the highest q-value wins,
    /// ties go to the earlier entry, `q=0` refuses, `*` means any (English), and a tag matches
    /// by its primary subtag (`th-TH` is Thai). English when nothing matches.
    static func preferred(acceptLanguage header: String?) -> Language {
        guard let header else { return .english }
        var best: (language: Language, quality: Double)?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";")
            guard let rawTag = parts.first else { continue }
            let tag = String(rawTag).trimmingWhitespace.lowercased()
            var quality = 1.0
            for parameter in parts.dropFirst() {
                let pair = String(parameter).trimmingWhitespace.lowercased()
                guard pair.hasPrefix("q=") else { continue }
                guard let value = Double(pair.dropFirst(2)), (0...1).contains(value) else { quality = 0; break }
                quality = value
            }
            guard quality > 0 else { continue }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            let language: Language? = primary == "*" ? .english : Language(rawValue: primary)
            guard let language else { continue }
            if best == nil || quality > best!.quality {
                best = (language, quality)
            }
        }
        return best?.language ?? .english
    }
}
