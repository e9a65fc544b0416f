/// The frame of every page: head (title, description, canonical link, language alternates,
/// structured data), header with the search box and the language switch, main, footer.
enum PageLayout {
    /// `indexable`: a page worth a search engine's index gets a canonical link and its
    /// language alternates; error pages get `noindex` instead.
    static func render(
        _ page: PageContext, title: String, description: String, query: String = "",
        indexable: Bool = true, structuredData: HTML = .empty, body: HTML
    ) -> HTML {
        let language = page.language
        let head: HTML
        if indexable {
            let alternates = Language.allCases.map { other -> HTML in
                "<link rel=\"alternate\" hreflang=\"\(other.rawValue)\" href=\"\(url: page.url(in: other))\">\n"
            }
            head = """
            <link rel="canonical" href="\(url: page.url(in: language))">
            \(alternates)<link rel="alternate" hreflang="x-default" href="\(url: page.url(in: .english))">
            """
        } else {
            head = "<meta name=\"robots\" content=\"noindex\">"
        }
        let listening: HTML = page.host == .absent ? .empty : "<a href=\"\(url: page.link("/listening"))\">\(page.text(LayoutText.navListening))</a>"
        return """
        <!doctype html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · \(page.text(LayoutText.siteSuffix))</title>
        <meta name="description" content="\(description)">
        \(head)
        <link rel="stylesheet" href="/static/portlore.css">
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
        \(structuredData)
        </head>
        <body>
        <header class="site"><div class="bar">
        <a class="brand" href="\(url: page.link("/"))">portlore</a>
        <nav>\(listening)<a href="/api/v1/openapi.json">API</a>\(languageSwitch(page))</nav>
        \(searchForm(page, query: query))
        </div></header>
        <main>
        \(body)
        </main>
        \(footer(page))
        </body>
        </html>

        """
    }

    /// The registry the page speaks from, and who serves it; error pages (no registry date) say neither.
    static func footer(_ page: PageContext) -> HTML {
        guard !page.registryDate.isEmpty else { return "<footer></footer>" }
        return "<footer><p>\(page.text(LayoutText.footerRegistry, ["date": page.date(page.registryDate)]))</p><p>\(page.text(page.host == .absent ? LayoutText.footerPublic : LayoutText.footerHost))</p></footer>"
    }

    /// A link to this page in each other language, named in that language. From a Thai home
    /// page, English is `/?lang=en`: plain `/` would follow the browser's Accept-Language
    /// straight back to Thai.
    static func languageSwitch(_ page: PageContext) -> HTML {
        let links = Language.allCases.filter { $0 != page.language }.map { other -> HTML in
            var target = page.url(in: other)
            if page.path == "/" && other == .english { target = "/?lang=en" }
            return "<a class=\"language\" href=\"\(url: target)\" hreflang=\"\(other.rawValue)\" lang=\"\(other.rawValue)\" title=\"\(page.text(LayoutText.switchLabel))\">\(LayoutText.languageName[other])</a>"
        }
        return HTML.joined(links)
    }

    static func searchForm(_ page: PageContext, query: String, hero: Bool = false) -> HTML {
        """
        <form class="search" action="\(url: page.link("/search"))" method="get" role="search">
        <input type="search" name="q" value="\(query)" placeholder="\(page.text(LayoutText.searchPlaceholder))" aria-label="\(page.text(LayoutText.searchLabel))"\(hero ? " autofocus" as HTML : .empty)>
        <button type="submit">\(page.text(LayoutText.searchButton))</button>
        </form>
        """
    }

    static func statusBadge(_ status: String, _ language: Language) -> HTML {
        "<span class=\"badge s-\(status)\">\(StatusText.title(status)[language])</span>"
    }

    static func severityBadge(_ severity: String) -> HTML {
        "<span class=\"badge sev-\(severity)\">\(severity)</span>"
    }

    /// A table inside a scrolling wrapper, so a wide table never widens a phone's page.
    static func table(headers: [HTML], rows: [HTML], className: String = "") -> HTML {
        """
        <div class="table-wrap\(className.isEmpty ? "" : " " + className)"><table>
        <thead><tr>\(headers.map { "<th>\($0)</th>" as HTML })</tr></thead>
        <tbody>
        \(rows)
        </tbody></table></div>
        """
    }
}
