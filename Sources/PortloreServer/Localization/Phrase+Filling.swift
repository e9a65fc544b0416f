/// Phrases with `{name}` slots: the slot's value is data (a port, a service name, a date)
/// or markup built elsewhere; the phrase's own text is always escaped.
extension Phrase {
    /// The phrase as plain text with its slots filled, for titles and meta descriptions.
    func text(_ language: Language, _ values: [String: String] = [:]) -> String {
        var result = self[language]
        for (name, value) in values {
            result = result.replacing("{\(name)}", with: value)
        }
        return result
    }

    /// The phrase as markup: its text escaped, each slot replaced by the markup given for it.
    func html(_ language: Language, _ values: [String: HTML] = [:]) -> HTML {
        var result = HTML.escape(self[language])
        for (name, value) in values {
            result = result.replacing("{\(name)}", with: value.markup)
        }
        return HTML(trusted: result)
    }
}
