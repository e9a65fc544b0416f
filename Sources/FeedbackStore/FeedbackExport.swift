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

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
