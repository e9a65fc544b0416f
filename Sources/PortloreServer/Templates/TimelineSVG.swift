import PortRegistry

/// A port's history drawn as an SVG, server-side and without script: one bar per service name
/// spanning the copies of the registry that list it, pale windows where it appeared or went away
/// (between two copies we hold, never a made-up date), and a line at a date IANA stated.
///
/// Horizontal positions are percentages and text is in CSS pixels, so the picture fills any width
/// (390 px to a desktop) without shrinking its text. `<title>` and `<desc>` carry the whole story
/// for screen readers.
struct TimelineSVG {
    var page: PageContext
    var label: String
    var stories: [PortStory]
    var registryDate: String
    var earliest: String

    static let axisHeight = 26
    static let rowHeight = 46
    static let footHeight = 8

    /// One service name's time on the port, merged across protocols with the same history.
    struct Row: Hashable {
        var name: String
        var transports: [String]
        var tenure: NameTenure
    }

    var rows: [Row] {
        var merged: [Row] = []
        for story in stories {
            for tenure in story.formerNames + story.currentNames {
                let transport = story.transport?.rawValue ?? page.text(PortText.anyShort)
                if let index = merged.firstIndex(where: {
                    $0.name == tenure.serviceName && $0.tenure.firstSeen == tenure.firstSeen && $0.tenure.lastSeen == tenure.lastSeen
                }) {
                    if !merged[index].transports.contains(transport) { merged[index].transports.append(transport) }
                } else {
                    merged.append(Row(name: tenure.serviceName, transports: [transport], tenure: tenure))
                }
            }
        }
        return merged.sorted { ($0.tenure.firstSeen.date, $0.name) < ($1.tenure.firstSeen.date, $1.name) }
    }

    /// Years since year 0 for `YYYY-MM-DD` or `YYYY-MM`.
    static func years(_ date: String) -> Double {
        let parts = date.split(separator: "-").compactMap { Double($0) }
        guard let year = parts.first else { return 0 }
        let month = parts.count > 1 ? parts[1] : 1
        let day = parts.count > 2 ? parts[2] : 1
        return year + (month - 1) / 12 + (day - 1) / 365
    }

    /// The horizontal position of `date`, in percent of the width, 2-98.
    func x(_ date: String) -> Double {
        let start = Self.years(earliest), end = Self.years(registryDate)
        guard end > start else { return 2 }
        return 2 + 96 * min(max((Self.years(date) - start) / (end - start), 0), 1)
    }

    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// The sentences the picture shows, in order: also its `<desc>`.
    func sentences(_ row: Row) -> (appeared: String, listed: String, gone: String?) {
        let tenure = row.tenure
        let first = page.date(tenure.firstSeen.date)
        let appeared = tenure.absentBefore.map {
            page.text(TimelineText.appeared, ["from": page.date($0.date), "to": first])
        } ?? page.text(TimelineText.inEarliest, ["date": first])
        let listed = tenure.lastSeen.map {
            page.text(TimelineText.listed, ["from": first, "to": page.date($0.date)])
        } ?? page.text(TimelineText.stillListed, ["from": first])
        let gone = tenure.lastSeen.flatMap { last in
            tenure.goneBy.map { page.text(TimelineText.wentAway, ["from": page.date(last.date), "to": page.date($0.date)]) }
        }
        return (appeared, listed, gone)
    }

    var statusNow: String {
        let headline = QuietPorts.headline(stories)
        var text = page.text(TimelineText.now, ["status": page.text(StatusText.title(headline?.status.rawValue ?? "unassigned"))])
        if let deassignment = headline?.deassignment {
            text += HistoryWords.when(deassignment, page)
        }
        return text
    }

    func render(id: String) -> HTML {
        let rows = rows
        let height = Self.axisHeight + max(rows.count, 1) * Self.rowHeight + Self.footHeight
        var description: [String] = []
        var marks: [HTML] = []
        // Year ticks: the first copy's year, each decade, and today's year when it has room.
        let firstYear = Int(Self.years(earliest)), lastYear = Int(Self.years(registryDate))
        var ticks = [firstYear]
        for decade in stride(from: (firstYear / 10 + 1) * 10, through: lastYear, by: 10) { ticks.append(decade) }
        if let last = ticks.last, lastYear - last >= 4 { ticks.append(lastYear) }
        for year in ticks {
            let position = x("\(year)-01-01")
            let anchor: HTML = position > 90 ? "end" : position < 8 ? "start" : "middle"
            marks.append("<line class=\"tick\" x1=\"\(Self.percent(position))\" x2=\"\(Self.percent(position))\" y1=\"18\" y2=\"\(height - Self.footHeight + 4)\"/><text class=\"year\" x=\"\(Self.percent(position))\" y=\"13\" text-anchor=\"\(anchor)\">\(year)</text>")
        }
        if rows.isEmpty {
            let text = page.text(TimelineText.neverNamed)
            description.append(text)
            marks.append("<text x=\"0\" y=\"\(Self.axisHeight + 22)\">\(text)</text>")
        }
        for (number, row) in rows.enumerated() {
            let top = Self.axisHeight + number * Self.rowHeight
            let tenure = row.tenure
            let said = sentences(row)
            let heading = "\(row.name) (\(row.transports.joined(separator: ", ")))"
            description.append("\(heading): \([said.appeared, said.listed, said.gone].compactMap { $0 }.joined(separator: page.language == .english ? "; " : " "))\(page.language == .english ? "." : "")")
            marks.append("<text class=\"name\" x=\"0\" y=\"\(top + 15)\">\(row.name) <tspan class=\"muted\">\(row.transports.joined(separator: ", "))</tspan></text>")
            let barTop = top + 22
            if let before = tenure.absentBefore {
                marks.append(bar(from: before.date, to: tenure.firstSeen.date, top: barTop, className: "window", title: said.appeared))
            }
            let end = tenure.lastSeen?.date ?? registryDate
            marks.append(bar(from: tenure.firstSeen.date, to: end, top: barTop, className: tenure.lastSeen == nil ? "listed" : "listed former", title: said.listed))
            if let last = tenure.lastSeen, let gone = tenure.goneBy, let text = said.gone {
                marks.append(bar(from: last.date, to: gone.date, top: barTop, className: "window gone", title: text))
            }
        }
        let status = statusNow
        description.append(status + (page.language == .english ? "." : ""))
        if let stated = QuietPorts.headline(stories)?.deassignedOn {
            let position = Self.percent(x(stated))
            marks.append("<line class=\"stated\" x1=\"\(position)\" x2=\"\(position)\" y1=\"18\" y2=\"\(height - Self.footHeight + 4)\"/>")
        }
        let title = page.text(TimelineText.title, ["label": label])
        return """
        <figure class="timeline-figure">
        <svg class="timeline-svg" xmlns="http://www.w3.org/2000/svg" width="100%" height="\(height)" role="img" aria-labelledby="\(id)-title \(id)-desc">
        <title id="\(id)-title">\(title)</title>
        <desc id="\(id)-desc">\(description.joined(separator: " "))</desc>
        \(marks)
        </svg>
        <p class="timeline-now">\(status)</p>
        <figcaption class="small muted"><span class="swatch listed"></span>\(page.text(TimelineText.legendListed)) <span class="swatch window"></span>\(page.text(TimelineText.legendWindow)) · \(page.text(TimelineText.summary))</figcaption>
        </figure>
        """
    }

    func bar(from start: String, to end: String, top: Int, className: String, title: String) -> HTML {
        let left = x(start)
        let width = max(x(end) - left, 0.8)
        return "<rect class=\"\(className)\" x=\"\(Self.percent(left))\" y=\"\(top)\" width=\"\(Self.percent(width))\" height=\"14\" rx=\"2\"><title>\(title)</title></rect>"
    }
}
