import ArgumentParser
import PortReport
import PortloreSystem

/// `--json` and colour, shared by every command that prints.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print a portlore/1 JSON document (docs/json-schema.md).")
    var json = false

    @Option(name: .long, help: "Colour the page: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    var style: TextStyle { Self.style(color) }

    /// The page's style for `color`, sized to the terminal.
    static func style(_ color: ColorChoice) -> TextStyle {
        var style = switch color {
        case .always: TextStyle(colors: true)
        case .never: TextStyle.plain
        case .auto:
            TextStyle(colors: StandardOutput.isTerminal && (ProcessEnvironment.value("NO_COLOR").map(\.isEmpty) ?? true))
        }
        // The page fits the terminal (see TerminalWidth).
        (style.width, style.tableWidth) = TerminalWidth.current()
        return style
    }
}
