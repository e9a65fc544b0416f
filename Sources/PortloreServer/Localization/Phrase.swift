/// One piece of interface text in every language the site speaks.
struct Phrase: Sendable {
    let english: String
    let thai: String

    subscript(_ language: Language) -> String {
        switch language {
        case .english: english
        case .thai: thai
        }
    }
}
