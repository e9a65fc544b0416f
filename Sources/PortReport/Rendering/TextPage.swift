/// A page of text being written line by line, with aligned fields and tables.
struct TextPage {
    private(set) var text = ""

    mutating func line(_ line: String) {
        text += line
        text += "\n"
    }

    mutating func blank() {
        if !text.isEmpty && !text.hasSuffix("\n\n") { text += "\n" }
    }

    /// `  Label:      value`; nothing when the value is empty, a continuation line when the label is.
    mutating func field(_ label: String, _ value: String) {
        guard !value.isEmpty else { return }
        let head = label.isEmpty ? "" : label + ":"
        line("  " + head.padded(to: 14) + value)
    }

    /// Rows of cells in aligned columns; the last column is not padded.
    mutating func table(_ rows: [[String]], indent: Int, truncatingLastTo limit: Int? = 60) {
        guard let columns = rows.map(\.count).max() else { return }
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() where index < columns - 1 {
                widths[index] = max(widths[index], cell.displayWidth)
            }
        }
        let margin = String(repeating: " ", count: indent)
        for row in rows {
            var cells: [String] = []
            for (index, cell) in row.enumerated() {
                if index == row.count - 1 {
                    cells.append(limit.map { cell.count > $0 ? String(cell.prefix($0 - 1)) + "…" : cell } ?? cell)
                } else {
                    cells.append(cell.padded(toDisplayWidth: widths[index]))
                }
            }
            var joined = cells.joined(separator: "  ")
            while joined.hasSuffix(" ") { joined.removeLast() }
            line(margin + joined)
        }
    }
}

extension String {
    /// Columns the text takes on a terminal: colour escapes take none. Counts Unicode scalars
    /// rather than Characters, which are 25-35x slower to count on Linux; wide CJK glyphs and
    /// combining marks are rare in what we print (ports, addresses, process names).
    var displayWidth: Int {
        var width = 0
        var inEscape = false
        for scalar in unicodeScalars {
            if inEscape {
                if scalar == "m" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                width += 1
            }
        }
        return width
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
