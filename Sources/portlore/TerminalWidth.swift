#if canImport(Glibc)
import Glibc
#endif
import PortloreSystem

/// How wide the page may be: the terminal's columns (TIOCGWINSZ on standard output), else
/// `$COLUMNS`, else 80.
enum TerminalWidth {
    static let fallback = 80

    /// Columns for prose, and for tables (nil when rows may run as long as they are: piped
    /// output without `$COLUMNS`, which grep and awk read whole).
    static func current() -> (prose: Int, table: Int?) {
        if let columns = windowColumns(of: STDOUT_FILENO) { return (columns, columns) }
        if let columns = environmentColumns(ProcessEnvironment.value("COLUMNS")) { return (columns, columns) }
        return (fallback, nil)
    }

    /// The window's columns, when `descriptor` is a terminal that knows them.
    static func windowColumns(of descriptor: Int32) -> Int? {
        windowSize(of: descriptor)?.columns
    }

    /// The window's columns and rows, when `descriptor` is a terminal that knows them.
    static func windowSize(of descriptor: Int32) -> (columns: Int, rows: Int)? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return (Int(size.ws_col), size.ws_row > 0 ? Int(size.ws_row) : 24)
    }

    /// `$COLUMNS` when it is a sensible number of columns.
    static func environmentColumns(_ value: String?) -> Int? {
        guard let value, let columns = Int(value), (20...10_000).contains(columns) else { return nil }
        return columns
    }
}
