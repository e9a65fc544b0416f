import PortRegistry

/// `/robots.txt` and the sitemaps: an index at `/sitemap.xml` naming one file of the site's
/// own pages (home and `/map` in each language, every current service's page) and one file per
/// `portsPerFile` ports per language. Every URL names its other-language twin with
/// `xhtml:link rel="alternate" hreflang`, as Google's sitemap extension reads them.
///
/// URLs must be absolute: `origin` is the configured `--site-url`, or `http://` and the Host
/// the request named (the page cache keys these files by origin).
struct Sitemap {
    /// Sitemaps hold at most 50,000 URLs (sitemaps.org); 8,192 ports per file keeps each one near
    /// 1.7 MB with the alternates, so that one file never crowds the page cache.
    static let portsPerFile = 8192
    static let maximumURLsPerFile = 50_000
    static let portFiles = 65_536 / portsPerFile

    let origin: String
    let registry: Registry

    /// `/sitemap-ports-en-1.xml` ... `/sitemap-ports-th-8.xml`, then `/sitemap-pages.xml`.
    static var filePaths: [String] {
        Language.allCases.flatMap { language in
            (1...portFiles).map { "/sitemap-ports-\(language.rawValue)-\($0).xml" }
        } + ["/sitemap-pages.xml"]
    }

    var robots: String {
        """
        # portlore: every port's page, in English and in Thai.
        User-agent: *
        Allow: /
        Disallow: /api/
        Disallow: /search
        Disallow: /listening
        Disallow: /metrics
        Sitemap: \(origin)/sitemap.xml

        """
    }

    var index: String {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for path in Self.filePaths {
            text += "<sitemap><loc>\(origin)\(path)</loc><lastmod>\(registry.registryDate)</lastmod></sitemap>\n"
        }
        return text + "</sitemapindex>\n"
    }

    /// The file at `path`, or `nil` when no sitemap has that name.
    func file(at path: String) -> String? {
        if path == "/sitemap-pages.xml" { return pages }
        for language in Language.allCases {
            let prefix = "/sitemap-ports-\(language.rawValue)-"
            guard path.hasPrefix(prefix), path.hasSuffix(".xml"),
                  let number = Int(path.dropFirst(prefix.count).dropLast(4)), (1...Self.portFiles).contains(number),
                  path == "\(prefix)\(number).xml" else { continue }
            let first = (number - 1) * Self.portsPerFile
            return urlSet((first..<first + Self.portsPerFile).map { "/ports/\($0)" }, language: language)
        }
        return nil
    }

    /// Home, the map and every current service's page, in each language.
    var pages: String {
        var paths = ["/", "/map"]
        var seen = Set<String>()
        for record in registry.allVersions() where record.isCurrent && !record.serviceName.isEmpty {
            let name = record.serviceName.lowercased()
            guard seen.insert(name).inserted else { continue }
            paths.append("/services/" + HTML.percentEncode(record.serviceName))
        }
        return Language.allCases.map { language in urlEntries(paths, language: language) }
            .reduce(Self.urlSetHeader, +) + Self.urlSetFooter
    }

    private static let urlSetHeader = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

        """
    private static let urlSetFooter = "</urlset>\n"

    private func urlSet(_ paths: [String], language: Language) -> String {
        Self.urlSetHeader + urlEntries(paths, language: language) + Self.urlSetFooter
    }

    /// `<url>` for each English path in `language`, with both languages as alternates.
    private func urlEntries(_ paths: [String], language: Language) -> String {
        var text = ""
        text.reserveCapacity(paths.count * 220)
        for path in paths {
            text += "<url><loc>\(url(path, language))</loc>"
            for alternate in Language.allCases {
                text += "<xhtml:link rel=\"alternate\" hreflang=\"\(alternate.rawValue)\" href=\"\(url(path, alternate))\"/>"
            }
            text += "</url>\n"
        }
        return text
    }

    /// `/ports/1302` in Thai is `/th/ports/1302`; `/` in Thai is `/th/`.
    func url(_ path: String, _ language: Language) -> String {
        origin + language.pathPrefix + path
    }
}
