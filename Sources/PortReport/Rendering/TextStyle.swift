/// ANSI styling for the human page; plain text when `colors` is off (no TTY, `NO_COLOR`).
public struct TextStyle: Sendable {
    public var colors: Bool
    /// Columns prose is wrapped to (the terminal's width); nil: lines as long as they come.
    public var width: Int?
    /// Columns a table may take before its widest cells are cut with "…"; nil: never cut
    /// (piped output keeps whole rows for grep and awk).
    public var tableWidth: Int?

    public init(colors: Bool) {
        self.colors = colors
    }

    public static let plain = TextStyle(colors: false)

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func red(_ text: String) -> String { wrap(text, "31") }
    public func green(_ text: String) -> String { wrap(text, "32") }
    public func yellow(_ text: String) -> String { wrap(text, "33") }
    public func cyan(_ text: String) -> String { wrap(text, "36") }

    private func wrap(_ text: String, _ code: String) -> String {
        colors && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
