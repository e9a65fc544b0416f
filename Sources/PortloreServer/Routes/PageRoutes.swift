import Hummingbird
import PortRegistry
import PortReport

/// The HTML pages: `/`, `/ports/...`, `/services/...`, `/search`, `/listening`.
struct PageRoutes {
    let state: ServerState

    func register(on router: Router<PortloreRequestContext>) {
        router.get("/") { _, context in
            let view = try await state.hostView(for: context)
            return Response.html(HomePage.render(view: view, registryDate: state.registry.registryDate))
        }
        router.get("/ports/:port") { _, context in
            try await port(context)
        }
        router.get("/ports/:port/:protocol") { _, context in
            try await port(context)
        }
        router.get("/services/:name") { _, context in
            try await service(context)
        }
        router.get("/search") { request, _ in
            try search(request)
        }
        router.get("/listening") { _, context in
            let view = try await state.requireHostView(for: context)
            return Response.html(ListeningPage.render(view: view, registryDate: state.registry.registryDate))
        }
    }

    private func port(_ context: PortloreRequestContext) async throws -> Response {
        let rawPort = context.parameters.get("port") ?? ""
        // `/ports/mysql`: a service name typed where a port goes.
        let decoded = PercentDecoding.decode(rawPort)
        if context.parameters.get("protocol") == nil, case .serviceName? = try? PortQuery(parsing: decoded),
           !state.registry.records(named: decoded).isEmpty {
            return .redirect(to: "/services/" + HTML.percentEncode(decoded))
        }
        let path = try PortPath(
            port: rawPort, protocol: context.parameters.get("protocol"),
            maximumRangePorts: state.configuration.maximumRangePorts
        )
        let (answer, view) = try await state.answer(path.query, for: context)
        let transport = context.parameters.get("protocol").map { $0.lowercased() }
        switch answer {
        case .port(let portrait):
            let entries = view?.entries(on: portrait.port.rawValue, transport: transport)
            let page = PortPage(portrait: portrait, transport: transport, entries: entries, view: view, registryDate: state.registry.registryDate)
            return .html(page.render())
        case .range(let range, let portraits):
            return .html(RangePage.render(range: range, transport: transport, portraits: portraits, view: view, registryDate: state.registry.registryDate))
        case .service:
            throw ServerError.badParameter(name: "port", reason: "give a port or a range")
        }
    }

    private func service(_ context: PortloreRequestContext) async throws -> Response {
        let name = PercentDecoding.decode(context.parameters.get("name") ?? "")
        guard !name.isEmpty, name.utf8.count <= 64 else {
            throw ServerError.badParameter(name: "name", reason: "give a service name of 1 to 64 characters, like mysql")
        }
        guard case .service(let canonical, let records, let portraits) = try state.session.answer(.serviceName(name), on: nil) else {
            throw ServerError.badParameter(name: "name", reason: "give a service name, like mysql")
        }
        return .html(ServicePage.render(name: canonical, records: records, portraits: portraits, registryDate: state.registry.registryDate))
    }

    private func search(_ request: Request) throws -> Response {
        guard let raw = request.formQuery["q"], !raw.trimmingWhitespace.isEmpty else {
            return .html(SearchPage.renderEmpty(registryDate: state.registry.registryDate))
        }
        let parameters = try SearchParameters(request)
        // A port, port/protocol or range goes straight to its page.
        if let query = try? PortQuery(parsing: parameters.text) {
            switch query {
            case .port(let port, let transport):
                return .redirect(to: "/ports/\(port.rawValue)" + (transport.map { "/\($0.rawValue)" } ?? ""))
            case .range(let range, let transport):
                return .redirect(to: "/ports/\(range.description)" + (transport.map { "/\($0.rawValue)" } ?? ""))
            case .serviceName:
                break
            }
        }
        let hits = state.session.search(parameters.text, limit: parameters.limit)
        let exact = state.registry.records(named: parameters.text).first?.serviceName
        return .html(SearchPage.render(query: parameters.text, hits: hits, exactService: exact, registryDate: state.registry.registryDate))
    }
}
