extension String {
    /// The text without the whitespace (any Unicode white space: spaces, tabs, line breaks,
    /// no-break spaces) at either end: what a person typed, as they meant it. portlore's one
    /// trimming, for queries, search words and the token file's line.
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
