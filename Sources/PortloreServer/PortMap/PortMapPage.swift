import PortRegistry

/// `/map` and `/th/map`: 65,536 links, one per port, laid out 256 to a row by `/static/map.css`
/// and coloured by class, with a legend that counts each colour. No script: the picture is the
/// markup.
///
/// Size: a cell is `<a href=ports/1302 class=d>1302</a>`, 27 to 37 bytes. The href is relative
/// (it resolves to `/ports/1302` from `/map` and to `/th/ports/1302` from `/th/map`, so both
/// languages share the same cells) and unquoted; unassigned, the commonest kind, needs no class.
/// The port number is the link's text, for screen readers and text browsers; the stylesheet
/// hides it (font-size 0) and paints the square.
enum PortMapPage {
    static func render(_ map: PortMap, language: Language, registryDate: String) -> String {
        let title = MapText.title[language]
        let description = MapText.description[language].replacing("{date}", with: registryDate)
        let other: Language = language == .english ? .thai : .english
        var page = """
            <!doctype html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title)) · portlore</title>
            <meta name="description" content="\(HTML.escape(description))">
            <link rel="canonical" href="\(language.pathPrefix)/map">
            <link rel="alternate" hreflang="en" href="/map">
            <link rel="alternate" hreflang="th" href="/th/map">
            <link rel="stylesheet" href="/static/portlore.css">
            <link rel="stylesheet" href="/static/map.css">
            <link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
            </head>
            <body>
            <header class="site"><div class="bar">
            <a class="brand" href="\(language.pathPrefix)/">portlore</a>
            <nav><a href="\(other.pathPrefix)/map" hreflang="\(other.rawValue)" lang="\(other.rawValue)">\(MapText.otherLanguage[language])</a></nav>
            </div></header>
            <main>
            <h1>\(HTML.escape(title))</h1>
            <p class="lead">\(HTML.escape(description))</p>
            <p>\(HTML.escape(MapText.howToRead[language])) \(HTML.escape(MapText.tiers[language]))</p>
            <h2>\(HTML.escape(MapText.legend[language]))</h2>
            <div class="table-wrap"><table class="map-legend">
            <thead><tr><th>\(MapText.statusHeading[language])</th><th>\(MapText.portsHeading[language])</th><th>\(MapText.meaningHeading[language])</th></tr></thead>
            <tbody>

            """
        for cell in PortMap.Cell.allCases {
            let (name, meaning) = words(cell)
            let swatch = cell.className.isEmpty ? "u" : cell.className
            page += "<tr><td><span class=\"swatch \(swatch)\"></span>\(HTML.escape(name[language]))</td>"
                + "<td class=\"num\">\(grouped(map.count(cell)))</td><td>\(HTML.escape(meaning[language]))</td></tr>\n"
        }
        page += """
            </tbody></table></div>
            <nav class="portmap" aria-label="\(HTML.escape(MapText.mapLabel[language]))">
            """
        page.reserveCapacity(page.utf8.count + 65_536 * 34 + 512)
        for (port, cell) in map.cells.enumerated() {
            page += "<a href=ports/"
            page += String(port)
            if !cell.className.isEmpty {
                page += " class="
                page += cell.className
            }
            page += ">"
            page += String(port)
            page += "</a>"
        }
        page += """
            </nav>
            </main>
            <footer>\(HTML.escape(MapText.footer[language].replacing("{date}", with: registryDate)))</footer>
            </body>
            </html>

            """
        return page
    }

    static func words(_ cell: PortMap.Cell) -> (Phrase, Phrase) {
        switch cell {
        case .assigned: (MapText.assigned, MapText.assignedMeaning)
        case .reserved: (MapText.reserved, MapText.reservedMeaning)
        case .unassigned: (MapText.unassigned, MapText.unassignedMeaning)
        case .deassigned: (MapText.deassigned, MapText.deassignedMeaning)
        case .dynamic: (MapText.dynamic, MapText.dynamicMeaning)
        case .mixed: (MapText.mixed, MapText.mixedMeaning)
        }
    }

    /// 12345 as "12,345".
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return result
    }
}
