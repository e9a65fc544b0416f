import FoundationEssentials

/// `portlore feedback export`: all votes as CSV (RFC 4180) or JSON, oldest first.
public enum FeedbackExport {
    /// Header `port,helpful,comment,day`; `helpful` is `yes` or `no`; a field with a comma,
    /// quote, CR or LF is quoted and its quotes doubled; lines end in CRLF as RFC 4180 says.
    public static func csv(_ entries: [FeedbackEntry]) -> String {
        var text = "port,helpful,comment,day\r\n"
        for entry in entries {
            text += "\(entry.port),\(entry.helpful ? "yes" : "no"),\(field(entry.comment ?? "")),\(field(entry.day))\r\n"
        }
        return text
    }

    /// `{"feedback": [{"port": 1302, "helpful": true, "comment": null, "day": "2026-12-01"}, ...]}`.
    public static func json(_ entries: [FeedbackEntry]) -> String {
        var text = "{\"feedback\":["
        for (index, entry) in entries.enumerated() {
            if index > 0 { text += "," }
            text += "\n{\"port\":\(entry.port),\"helpful\":\(entry.helpful),\"comment\":\(entry.comment.map(jsonString) ?? "null"),\"day\":\(jsonString(entry.day))}"
        }
        text += entries.isEmpty ? "]}\n" : "\n]}\n"
        return text
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return text }
        var quoted = "\""
        for character in text {
            quoted += character == "\"" ? "\"\"" : String(character)
        }
        return quoted + "\""
    }

    /// A JSON string literal, as FoundationEssentials' `JSONEncoder` writes it (slashes left as
    /// they are): the one JSON string escaper outside the listing's fast path.
    static func jsonString(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        // Encoding a String cannot fail; the fallback only keeps the document well formed.
        return (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }
}
