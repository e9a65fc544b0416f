/// A fragment of HTML. String literals in a template are trusted markup; every interpolated
/// value is escaped unless it is itself `HTML`, so escaping is on by default:
///
///     let name = "<script>"
///     let row: HTML = "<td>\(name)</td>"   // <td>&lt;script&gt;</td>
public struct HTML: Sendable, ExpressibleByStringInterpolation, Equatable {
    public private(set) var markup: String

    /// Markup that is known to be safe: written by us, never built from data.
    init(trusted markup: String) {
        self.markup = markup
    }

    public init(stringLiteral value: String) {
        markup = value
    }

    public init(stringInterpolation: StringInterpolation) {
        markup = stringInterpolation.markup
    }

    public static let empty = HTML(trusted: "")

    public struct StringInterpolation: StringInterpolationProtocol {
        var markup = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) {
            markup += literal
        }

        /// Text: escaped for element content and quoted attribute values alike.
        public mutating func appendInterpolation(_ text: String) {
            markup += HTML.escape(text)
        }

        public mutating func appendInterpolation(_ text: Substring) {
            markup += HTML.escape(String(text))
        }

        public mutating func appendInterpolation(_ number: Int) {
            markup += String(number)
        }

        public mutating func appendInterpolation(_ number: some BinaryInteger) {
            markup += String(number)
        }

        public mutating func appendInterpolation(_ fragment: HTML) {
            markup += fragment.markup
        }

        public mutating func appendInterpolation(_ fragments: [HTML]) {
            for fragment in fragments { markup += fragment.markup }
        }

        /// A URL for `href`: only http(s) and site-relative URLs survive; anything else
        /// (`javascript:`, `data:`) becomes `#`.
        public mutating func appendInterpolation(url: String) {
            let lowered = url.lowercased()
            let safe = lowered.hasPrefix("https://") || lowered.hasPrefix("http://") || (url.hasPrefix("/") && !url.hasPrefix("//"))
            markup += HTML.escape(safe ? url : "#")
        }

        /// One path segment of a site URL, percent-encoded, then escaped.
        public mutating func appendInterpolation(pathSegment: String) {
            markup += HTML.escape(HTML.percentEncode(pathSegment))
        }
    }

    /// `&`, `<`, `>`, `"` and `'` as entities: safe in text and in quoted attributes.
    public static func escape(_ text: String) -> String {
        var needsEscaping = false
        for byte in text.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 {
            needsEscaping = true
            break
        }
        guard needsEscaping else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// RFC 3986 unreserved characters stay; every other byte becomes `%XX`.
    public static func percentEncode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E:
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".utf8)
                result += "%"
                result.unicodeScalars.append(Unicode.Scalar(hex[Int(byte >> 4)]))
                result.unicodeScalars.append(Unicode.Scalar(hex[Int(byte & 0xF)]))
            }
        }
        return result
    }

    /// Joins fragments with a separator.
    static func joined(_ fragments: [HTML], separator: HTML = .empty) -> HTML {
        HTML(trusted: fragments.map(\.markup).joined(separator: separator.markup))
    }
}
