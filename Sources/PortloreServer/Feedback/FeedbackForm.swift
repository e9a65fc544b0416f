/// The body of `POST /ports/N/feedback`, `application/x-www-form-urlencoded`:
/// `helpful=yes|no` and an optional `comment`. Anything else in it is ignored; a body that is not
/// a form is refused with one sentence that says what was wrong.
struct FeedbackForm: Sendable, Equatable {
    var helpful: Bool
    var comment: String?

    enum Problem: Error, Equatable, CustomStringConvertible {
        case malformed(String)
        case commentTooLong(Int)

        var description: String {
            switch self {
            case .malformed(let reason): "The feedback form is malformed: \(reason)."
            case .commentTooLong(let count): "The comment has \(count) characters; shorten it to at most 500."
            }
        }
    }

    init(body: [UInt8]) throws(Problem) {
        var helpful: Bool?
        var comment: String?
        for field in body.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = field.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(parts[0])
            let value = parts.count == 2 ? try Self.decode(parts[1]) : ""
            switch name {
            case "helpful":
                guard helpful == nil else { throw .malformed("helpful is given twice") }
                switch value {
                case "yes": helpful = true
                case "no": helpful = false
                default: throw .malformed("helpful must be yes or no")
                }
            case "comment":
                guard comment == nil else { throw .malformed("comment is given twice") }
                if value.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" || $0.value == 0x7f }) {
                    throw .malformed("the comment holds control characters")
                }
                comment = value
            default:
                continue
            }
        }
        guard let helpful else { throw .malformed("helpful=yes or helpful=no is missing") }
        let trimmed = comment.map { text in
            String(text.unicodeScalars.drop(while: \.properties.isWhitespace).reversed().drop(while: \.properties.isWhitespace).reversed().map(Character.init))
        }
        if let trimmed, trimmed.count > 500 { throw .commentTooLong(trimmed.count) }
        self.helpful = helpful
        self.comment = (trimmed?.isEmpty ?? true) ? nil : trimmed
    }

    /// Undoes `+` and `%XX`; refuses a bad escape and bytes that are not UTF-8.
    private static func decode(_ bytes: ArraySlice<UInt8>) throws(Problem) -> String {
        guard let decoded = PercentDecoding.bytes(bytes, plusIsSpace: true, strict: true) else {
            throw .malformed("a % is not followed by two hex digits")
        }
        guard let text = String(validating: decoded, as: UTF8.self) else {
            throw .malformed("it is not UTF-8")
        }
        return text
    }
}
