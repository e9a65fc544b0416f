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
                widths[index] = max(widths[index], cell.count)
            }
        }
        let margin = String(repeating: " ", count: indent)
        for row in rows {
            var cells: [String] = []
            for (index, cell) in row.enumerated() {
                if index == row.count - 1 {
                    cells.append(limit.map { cell.count > $0 ? String(cell.prefix($0 - 1)) + "…" : cell } ?? cell)
                } else {
                    cells.append(cell.padded(to: widths[index]))
                }
            }
            var joined = cells.joined(separator: "  ")
            while joined.hasSuffix(" ") { joined.removeLast() }
            line(margin + joined)
        }
    }
}

extension String {
    /// Pads with `filler` to `width` characters; never truncates.
    func padded(to width: Int, with filler: Character = " ", left: Bool = false) -> String {
        let missing = width - count
        guard missing > 0 else { return self }
        let padding = String(repeating: filler, count: missing)
        return left ? padding + self : self + padding
    }
}
