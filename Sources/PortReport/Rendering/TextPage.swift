/// A page of text being written line by line, with aligned fields and tables.
///
/// Given a width (the terminal's), prose lines wrap at spaces under their own indentation and
/// fields under their value; given a table width, a table too wide for it has its widest
/// cells cut with "…". At 60 columns, 17 lines of `portlore 80` once overflowed, one of them
/// 1,390 characters long.
struct TextPage {
    private(set) var text = ""
    /// Columns prose wraps to; nil: no wrapping.
    var width: Int?
    /// Columns a table fits into; nil: never cut.
    var tableWidth: Int?

    init(style: TextStyle? = nil) {
        width = style?.width
        tableWidth = style?.tableWidth
    }

    /// A line, wrapped to `width` with continuation lines indented like the first (or by
    /// `hangingIndent` columns).
    mutating func line(_ line: String, hangingIndent: Int? = nil) {
        guard let width, line.displayWidth > width else {
            text += line
            text += "\n"
            return
        }
        let leading = line.utf8.prefix { $0 == UInt8(ascii: " ") }.count
        for piece in TextWrapping.wrap(line, width: width, hangingIndent: hangingIndent ?? leading) {
            text += piece
            text += "\n"
        }
    }

    mutating func blank() {
        if !text.isEmpty && !text.hasSuffix("\n\n") { text += "\n" }
    }

    /// `  Label:      value`; nothing when the value is empty, a continuation line when the label is.
    mutating func field(_ label: String, _ value: String) {
        guard !value.isEmpty else { return }
        let head = label.isEmpty ? "" : label + ":"
        line("  " + head.padded(to: 14) + value, hangingIndent: 16)
    }

    /// `blanks[n]` is n spaces.
    private static let blanks = (0..<128).map { String(repeating: " ", count: $0) }

    /// Rows of cells in aligned columns; the last column is not padded.
    ///
    /// Written straight into the page, each cell's width measured once: `ls` under load
    /// prints 20,000 rows, and padding every cell into a new string, joining and trimming
    /// took 60% of its table's time.
    mutating func table(_ rows: [[String]], indent: Int, truncatingLastTo limit: Int? = 60) {
        guard let columns = rows.map(\.count).max() else { return }
        var rows = rows
        var cellWidths = rows.map { $0.map(\.displayWidth) }
        var widths = [Int](repeating: 0, count: columns)
        for row in cellWidths {
            for (index, width) in row.enumerated() where index < columns - 1 {
                widths[index] = max(widths[index], width)
            }
        }
        var limit = limit
        if let tableWidth {
            let lastWidth = cellWidths.map { $0.count == columns ? $0[columns - 1] : 0 }.max() ?? 0
            let wanted = Array(widths.dropLast()) + [min(lastWidth, limit ?? Int.max)]
            let fitted = TextWrapping.fit(columns: wanted, into: tableWidth - indent - 2 * (columns - 1))
            if fitted != wanted {
                for (rowIndex, row) in rows.enumerated() {
                    for (index, cell) in row.enumerated() where index < columns - 1 && cellWidths[rowIndex][index] > fitted[index] {
                        rows[rowIndex][index] = cell.truncated(toDisplayWidth: fitted[index])
                        cellWidths[rowIndex][index] = rows[rowIndex][index].displayWidth
                    }
                }
                for index in 0..<(columns - 1) { widths[index] = fitted[index] }
                limit = fitted[columns - 1]
            }
        }
        text.reserveCapacity(text.utf8.count + rows.count * (indent + widths.reduce(0, +) + 2 * columns + 24))
        for (rowIndex, row) in rows.enumerated() {
            // Spaces are owed, not written, until a non-empty cell follows: no trailing blanks.
            var owed = indent
            for (index, cell) in row.enumerated() {
                if index > 0 { owed += 2 }
                var cell = cell
                if index == row.count - 1, let limit, cell.displayWidth > limit { cell = cell.truncated(toDisplayWidth: limit) }
                if !cell.isEmpty {
                    if owed > 0 { text += owed < Self.blanks.count ? Self.blanks[owed] : String(repeating: " ", count: owed) }
                    owed = 0
                    text += cell
                }
                if index < row.count - 1 { owed += widths[index] - cellWidths[rowIndex][index] }
            }
            while text.utf8.last == UInt8(ascii: " ") { text.removeLast() }
            text += "\n"
        }
    }
}

extension String {
    /// Columns the text takes on a terminal: colour escapes take none. Counts Unicode scalars
    /// rather than Characters, which are 25-35x slower to count on Linux; wide CJK glyphs and
    /// combining marks are rare in what we print (ports, addresses, process names).
    var displayWidth: Int {
        // Most cells are plain ASCII without colour: their width is their length.
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return utf8.count }
        return strippingEscapes.unicodeScalars.count
    }

    /// The text without colour escapes (ESC up to the closing "m"); a faded row is dimmed whole.
    var strippingEscapes: String {
        guard utf8.contains(0x1B) else { return self }
        var result = String.UnicodeScalarView()
        var inEscape = false
        for scalar in unicodeScalars {
            if inEscape {
                if scalar == "m" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Pads with spaces to `width` terminal columns; never truncates.
    func padded(toDisplayWidth width: Int) -> String {
        let missing = width - displayWidth
        return missing > 0 ? self + String(repeating: " ", count: missing) : self
    }

    /// Pads with `filler` to `width` characters; never truncates.
    func padded(to width: Int, with filler: Character = " ", left: Bool = false) -> String {
        let missing = width - count
        guard missing > 0 else { return self }
        let padding = String(repeating: filler, count: missing)
        return left ? padding + self : self + padding
    }
}
