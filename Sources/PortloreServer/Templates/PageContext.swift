/// What every page needs besides its data: the language it is written in, its language-neutral
/// path (`/ports/1302` for `/th/ports/1302` too), the registry's date, and how much of the host
/// it may show.
struct PageContext: Sendable {
    var language: Language
    /// The path with no language prefix, as `Language.path(_:)` takes it.
    var path: String
    var registryDate: String
    var host: HostAccess

    /// How much of the host a page may show.
    enum HostAccess: Sendable, Equatable {
        /// Host mode, and the request may see it (loopback, or it carried the token).
        case shown
        /// Host mode, but the request lacks the token: the page says so.
        case needsToken
        /// `serve --public`: no host section exists at all.
        case absent
    }

    /// A site link in this page's language: `link("/ports/1302")` is `/th/ports/1302` in Thai.
    func link(_ neutral: String) -> String {
        language.path(neutral)
    }

    /// This page's URL in `language`.
    func url(in language: Language) -> String {
        language.path(path)
    }

    /// The text of `phrase` in this page's language, its slots filled.
    func text(_ phrase: Phrase, _ values: [String: String] = [:]) -> String {
        phrase.text(language, values)
    }

    /// `phrase` as markup in this page's language, its slots filled with markup.
    func html(_ phrase: Phrase, _ values: [String: HTML] = [:]) -> HTML {
        phrase.html(language, values)
    }

    /// "." after a sentence that ends in a link: English needs one, Thai writes none.
    var fullStop: HTML { language == .english ? "." : .empty }

    func date(_ date: String) -> String {
        SiteDate.format(date, language)
    }
}
