/// The frame of every page: head, header with the search box, main, footer.
enum PageLayout {
    static func render(title: String, description: String, query: String = "", registryDate: String, body: HTML) -> HTML {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title>
        <meta name="description" content="\(description)">
        <link rel="stylesheet" href="/static/portlore.css">
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
        </head>
        <body>
        <header class="site"><div class="bar">
        <a class="brand" href="/">portlore</a>
        <nav><a href="/listening">Listening here</a><a href="/api/v1/openapi.json">API</a></nav>
        \(searchForm(query: query))
        </div></header>
        <main>
        \(body)
        </main>
        <footer>IANA Service Name and Transport Protocol Port Number Registry of \(registryDate), with its history. Served by portlore on this host; command lines are redacted.</footer>
        </body>
        </html>

        """
    }

    static func searchForm(query: String, hero: Bool = false) -> HTML {
        """
        <form class="search" action="/search" method="get" role="search">
        <input type="search" name="q" value="\(query)" placeholder="Port, range, service or words" aria-label="Port, range, service name or words"\(hero ? " autofocus" as HTML : .empty)>
        <button type="submit">Look up</button>
        </form>
        """
    }

    static func statusBadge(_ status: String) -> HTML {
        "<span class=\"badge s-\(status)\">\(statusTitle(status))</span>"
    }

    static func severityBadge(_ severity: String) -> HTML {
        "<span class=\"badge sev-\(severity)\">\(severity)</span>"
    }

    static func statusTitle(_ status: String) -> String {
        switch status {
        case "deassigned": "de-assigned"
        case "dynamic": "dynamic/private"
        default: status
        }
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
