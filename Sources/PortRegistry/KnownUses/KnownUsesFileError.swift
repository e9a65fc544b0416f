/// What is wrong with a known-uses file (Data/known-uses/known-uses.tsv): which line and why.
public struct KnownUsesFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based; the header is line 1.
    public var line: Int
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String {
        "Line \(line) of the known-uses file \(reason); fix Data/known-uses/known-uses.tsv and run scripts/embed-known-uses."
    }
}
