import Hummingbird
import PortRegistry
import PortReport

/// The HTML pages, in English and under `/th/` in Thai: `/`, `/ports/...`, `/services/...`,
/// `/search`, and in host mode `/listening`. `/` alone follows `Accept-Language`.
struct PageRoutes {
    let state: ServerState
    /// Kin and neighbours for the port pages; built on the first port page.
    let kin: RegistryKinIndex

    init(state: ServerState) {
        self.state = state
        kin = RegistryKinIndex(registry: state.registry)
    }

    func register(on router: Router<PortloreRequestContext>) {
        router.get("/") { request, context in
            // `?lang=en` is the language switch's way back to English from the Thai home page.
            let chosen = request.formQuery["lang"].flatMap(Language.init(rawValue:))
            let language = chosen ?? Language.preferred(acceptLanguage: request.headers[.acceptLanguage])
            var response = try await home(page(language, "/", context), context)
            response.headers[.vary] = "Accept-Language"
            return response
        }
        router.get("/th") { _, context in
            try await home(page(.thai, "/", context), context)
        }
        for language in Language.allCases {
            let prefix = language.pathPrefix
            router.get("\(prefix)/ports/:port") { request, context in
                // After a vote the form answers 303 to `?thanks=1`: a page for this reader only.
                if request.uri.queryParameters["thanks"] == "1" {
                    var response = try await port(context, language: language, thanked: true)
                    response.headers[.cacheControl] = "no-store, private"
                    return response
                }
                return try await port(context, language: language)
            }
            router.get("\(prefix)/ports/:port/:protocol") { _, context in
                try await port(context, language: language)
            }
            router.get("\(prefix)/services/:name") { _, context in
                try await service(context, language: language)
            }
            router.get("\(prefix)/search") { request, context in
                try search(request, context, language: language)
            }
            // Host data: absent (404) from the public site.
            if !state.configuration.isPublic {
                router.get("\(prefix)/listening") { _, context in
                    let view = try await state.requireHostView(for: context)
                    return Response.page(ListeningPage.render(view: view, page: page(language, "/listening", context)), language: language)
                }
            }
        }
    }

    /// The frame a page is rendered in: its language, path and how much host it may show.
    func page(_ language: Language, _ path: String, _ context: PortloreRequestContext) -> PageContext {
        let host: PageContext.HostAccess = state.configuration.isPublic ? .absent : context.mayReadHost ? .shown : .needsToken
        return PageContext(language: language, path: path, registryDate: state.registry.registryDate, host: host)
    }

    private func home(_ page: PageContext, _ context: PortloreRequestContext) async throws -> Response {
        let view = page.host == .shown ? try await state.hostView(for: context) : nil
        return .page(HomePage.render(view: view, page: page), language: page.language)
    }

    private func port(_ context: PortloreRequestContext, language: Language, thanked: Bool = false) async throws -> Response {
        let rawPort = context.parameters.get("port") ?? ""
        // `/ports/mysql`: a service name typed where a port goes.
        let decoded = PercentDecoding.decode(rawPort)
        if context.parameters.get("protocol") == nil, case .serviceName? = try? PortQuery(parsing: decoded),
           !state.registry.records(named: decoded).isEmpty {
            return .redirect(to: language.path("/services/" + HTML.percentEncode(decoded)))
        }
        let path = try PortPath(
            port: rawPort, protocol: context.parameters.get("protocol"),
            maximumRangePorts: state.configuration.maximumRangePorts
        )
        let (answer, view) = try await state.answer(path.query, for: context)
        let transport = context.parameters.get("protocol").map { $0.lowercased() }
        let neutral = "/ports/" + path.text
        switch answer {
        case .port(let portrait):
            let number = Int(portrait.port.rawValue)
            var portPage = PortPage(
                page: page(language, neutral, context), portrait: portrait, transport: transport,
                entries: view?.entries(on: portrait.port.rawValue, transport: transport), view: view,
                quiet: QuietPorts(port: number, tables: await kin.current(), registry: state.registry),
                earliestCopy: state.registry.copies.first?.date ?? state.registry.registryDate
            )
            portPage.thanked = thanked
            return .page(portPage.render(), language: language)
        case .range(let range, let portraits):
            return .page(RangePage.render(range: range, transport: transport, portraits: portraits, view: view, page: page(language, neutral, context)), language: language)
        case .service:
            throw ServerError.badParameter(name: "port", reason: "give a port or a range")
        }
    }

    private func service(_ context: PortloreRequestContext, language: Language) async throws -> Response {
        let name = PercentDecoding.decode(context.parameters.get("name") ?? "")
        guard !name.isEmpty, name.utf8.count <= 64 else {
            throw ServerError.badParameter(name: "name", reason: "give a service name of 1 to 64 characters, like mysql")
        }
        guard case .service(let canonical, let records, let portraits) = try state.session.answer(.serviceName(name), on: nil) else {
            throw ServerError.badParameter(name: "name", reason: "give a service name, like mysql")
        }
        let page = page(language, "/services/" + HTML.percentEncode(canonical), context)
        return .page(ServicePage.render(name: canonical, records: records, portraits: portraits, page: page), language: language)
    }

    private func search(_ request: Request, _ context: PortloreRequestContext, language: Language) throws -> Response {
        guard let raw = request.formQuery["q"], !raw.trimmingWhitespace.isEmpty else {
            return .page(SearchPage.renderEmpty(page: page(language, "/search", context)), language: language)
        }
        let parameters = try SearchParameters(request)
        // A port, port/protocol or range goes straight to its page.
        if let query = try? PortQuery(parsing: parameters.text) {
            switch query {
            case .port(let port, let transport):
                return .redirect(to: language.path("/ports/\(port.rawValue)" + (transport.map { "/\($0.rawValue)" } ?? "")))
            case .range(let range, let transport):
                return .redirect(to: language.path("/ports/\(range.description)" + (transport.map { "/\($0.rawValue)" } ?? "")))
            case .serviceName:
                break
            }
        }
        let hits = state.session.search(parameters.text, limit: parameters.limit)
        let exact = state.registry.records(named: parameters.text).first?.serviceName
        let page = page(language, "/search?q=" + HTML.percentEncode(parameters.text), context)
        return .page(SearchPage.render(query: parameters.text, hits: hits, exactService: exact, page: page), language: language)
    }
}

extension Response {
    /// A page, with the language it is written in (`Content-Language`).
    static func page(_ page: HTML, language: Language, status: HTTPResponse.Status = .ok) -> Response {
        var response = Response.html(page, status: status)
        response.headers[.contentLanguage] = language.rawValue
        return response
    }
}
