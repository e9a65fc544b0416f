/// The page a browser sees for 4xx and 5xx answers, in the language of the path asked for.
/// English pages keep the server's own sentence, which names what was wrong; Thai pages say the
/// same kind of thing in Thai, by the error's code.
enum ErrorPage {
    static func render(status: Int, reason: String, message: String, code: String = "", path: String = "/") -> HTML {
        let language = Language(path: path)
        let page = PageContext(language: language, path: "/", registryDate: "", host: .absent)
        let (title, explanation): (Phrase, Phrase) = switch code {
        case "not-found": (ErrorText.notFoundTitle, ErrorText.notFound)
        case "bad-parameter": (ErrorText.badRequestTitle, ErrorText.badParameter)
        case "range-too-large": (ErrorText.badRequestTitle, ErrorText.rangeTooLarge)
        case "unknown-service": (ErrorText.notFoundTitle, ErrorText.unknownService)
        default: (ErrorText.otherTitle, ErrorText.other)
        }
        let detail: HTML = language == .english
            ? "<p class=\"lead\">\(message)</p>"
            : "<p class=\"lead\">\(page.html(explanation, ["protocols": "<code>tcp</code>, <code>udp</code>, <code>sctp</code>, <code>dccp</code>"]))</p>"
        let heading = page.text(title)
        let statusText = language == .english ? "\(status) \(reason)" : "\(status)"
        return PageLayout.render(
            page, title: "\(status) · \(page.text(title))", description: language == .english ? message : page.text(explanation, ["protocols": "tcp, udp, sctp, dccp"]),
            indexable: false,
            body: """
            <p class="muted small">\(page.text(ErrorText.statusLine, ["status": statusText]))</p>
            <h1>\(heading)</h1>
            \(detail)
            <p><a href="\(url: page.link("/"))">\(page.text(ErrorText.startAgain))</a></p>
            """
        )
    }
}
