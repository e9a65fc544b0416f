/// The page a browser sees for 4xx and 5xx answers.
enum ErrorPage {
    static func render(status: Int, reason: String, message: String) -> HTML {
        PageLayout.render(
            title: "\(status) \(reason) · portlore", description: message, registryDate: "this build",
            body: """
            <h1>\(status) \(reason)</h1>
            <p class="lead">\(message)</p>
            <p><a href="/">Start again from the search page</a>.</p>
            """
        )
    }
}
