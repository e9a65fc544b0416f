/// Fitting text into a terminal's columns: prose wrapped at spaces, table columns shrunk
/// widest first, cells cut with "…". Widths are display columns (colour escapes take none).
enum TextWrapping {
    /// `line` as lines of at most `width` columns: broken at spaces, a word longer than a
    /// whole line cut into pieces; continuation lines start with `hangingIndent` spaces.
    static func wrap(_ line: String, width: Int, hangingIndent: Int) -> [String] {
        let indent = min(hangingIndent, max(0, width / 2))
        let continuation = String(repeating: " ", count: indent)
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        // Words and the spaces before each, as written: aligned columns inside a line (a
        // field's label padding) keep their spaces; a break swallows the spaces it replaces.
        var pieces: [(spaces: Int, word: String)] = []
        var spaces = 0
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if word.isEmpty { spaces += 1; continue }
            pieces.append((spaces, String(word)))
            spaces = 1
        }
        func breakLine() {
            lines.append(current)
            current = continuation
            currentWidth = indent
        }
        for (index, piece) in pieces.enumerated() {
            var word = piece.word
            var wordWidth = word.displayWidth
            var gap = piece.spaces
            if index > 0 && currentWidth + gap + wordWidth > width && currentWidth > indent {
                breakLine()
                gap = 0
            }
            // A word wider than a whole line (a long URL or path) is cut into line-sized pieces.
            while currentWidth + gap + wordWidth > width {
                let room = width - currentWidth - gap
                guard room > 0 else { breakLine(); gap = 0; continue }
                let (head, tail) = word.split(atDisplayWidth: room)
                current += String(repeating: " ", count: gap) + head
                breakLine()
                gap = 0
                word = tail
                wordWidth = word.displayWidth
            }
            guard !word.isEmpty else { continue }
            current += String(repeating: " ", count: gap) + word
            currentWidth += gap + wordWidth
        }
        if current != continuation || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// Column widths that fit `available` columns: the widest are cut first, down to a common
    /// cap, none below 3 (room for two characters and "…") unless it was narrower already.
    static func fit(columns widths: [Int], into available: Int) -> [Int] {
        guard widths.reduce(0, +) > available, let widest = widths.max() else { return widths }
        var cap = widest
        while cap > 3 && widths.reduce(0, { $0 + min($1, cap) }) > available {
            cap -= 1
        }
        return widths.map { min($0, cap) }
    }
}

extension String {
    /// The text cut to `width` display columns, ending in "…" when something was cut. Colour
    /// escapes are kept, and closed when the cut falls inside a coloured span.
    func truncated(toDisplayWidth width: Int) -> String {
        guard displayWidth > width else { return self }
        guard width > 1 else { return width == 1 ? "…" : "" }
        let (head, _) = split(atDisplayWidth: width - 1)
        return head + "…" + (head.contains("\u{1B}[") ? "\u{1B}[0m" : "")
    }

    /// The first `width` display columns and the rest; escape sequences stay whole.
    func split(atDisplayWidth width: Int) -> (String, String) {
        var head = String.UnicodeScalarView()
        var used = 0
        var inEscape = false
        var index = unicodeScalars.startIndex
        while index < unicodeScalars.endIndex {
            let scalar = unicodeScalars[index]
            if inEscape {
                if scalar == "m" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                if used == width { break }
                used += 1
            }
            head.append(scalar)
            index = unicodeScalars.index(after: index)
        }
        return (String(head), String(unicodeScalars[index...]))
    }
}
