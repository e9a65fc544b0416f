import FoundationEssentials

/// schema.org structured data as JSON-LD: the FAQPage of a port page, built from the same
/// questions and answers the page shows, in its language.
///
/// A `<script type="application/ld+json">` is a data block: browsers never run it, so the
/// Content-Security-Policy's `script-src 'none'` is untouched.
enum StructuredData {
    static func faqPage(_ items: [(question: String, answer: HTML)], language: Language) -> HTML {
        guard !items.isEmpty else { return .empty }
        let entities = items.map { item in
            """
            {"@type":"Question","name":\(jsonString(item.question)),"acceptedAnswer":{"@type":"Answer","text":\(jsonString(plainText(item.answer)))}}
            """
        }
        let json = """
            {"@context":"https://schema.org","@type":"FAQPage","inLanguage":"\(language.rawValue)","mainEntity":[\(entities.joined(separator: ","))]}
            """
        return HTML(trusted: "<script type=\"application/ld+json\">\(json)</script>")
    }

    /// The text of markup: tags dropped, our entities undone, runs of white space collapsed.
    static func plainText(_ fragment: HTML) -> String {
        var text = ""
        var inTag = false
        for character in fragment.markup {
            if character == "<" { inTag = true; continue }
            if character == ">" { inTag = false; continue }
            if !inTag { text.append(character) }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacing(entity, with: character)
        }
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// A JSON string literal that is also safe inside `<script>`: `JSONEncoder`'s literal with `<`,
    /// `>` and `&` as `\u` escapes, so no `</script>` can end the block early. Those three characters
    /// stand only inside the string there, so replacing them changes no syntax.
    static func jsonString(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        // Encoding a String cannot fail; the fallback only keeps the block well formed.
        let literal = (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
        var result = ""
        for scalar in literal.unicodeScalars {
            switch scalar {
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
