import Hummingbird
import PortRegistry
import PortReport

/// `/api/v1/...`: the CLI's `--json` documents over HTTP (docs/server.md, Resources/openapi.json).
struct APIRoutes {
    let state: ServerState

    func collection() -> RouteCollection<PortloreRequestContext> {
        let routes = RouteCollection(context: PortloreRequestContext.self)
        routes.get("ports/:port") { request, context in
            try await port(request, context, history: request.wantsHistory)
        }
        routes.get("ports/:port/:protocol") { request, context in
            try await port(request, context, history: request.wantsHistory)
        }
        routes.get("history/:port") { request, context in
            try await port(request, context, history: true)
        }
        routes.get("history/:port/:protocol") { request, context in
            try await port(request, context, history: true)
        }
        routes.get("services/:name") { request, context in
            try await service(request, context)
        }
        routes.get("search") { request, context in
            try search(request, context)
        }
        routes.get("listeners") { _, context in
            let view = try await state.requireHostView(for: context)
            var body = CollectedBytes()
            _ = JSONListingPrinter(renderer: state.renderer(includesHistory: false)).print(.judged(view.listing), of: view.scan, to: &body)
            return Response.text(body.text, contentType: "application/json; charset=utf-8")
        }
        routes.get("findings") { _, context in
            let view = try await state.requireHostView(for: context)
            return Response.json(APIDocument.Findings(view: view, registry: state.registryDocument))
        }
        routes.get("openapi.json") { _, _ in
            Response.bytes(PackageResources.openapi_json, contentType: "application/json; charset=utf-8")
        }
        return routes
    }

    private func port(_ request: Request, _ context: PortloreRequestContext, history: Bool) async throws -> Response {
        let path = try PortPath(
            port: context.parameters.get("port") ?? "", protocol: context.parameters.get("protocol"),
            maximumRangePorts: state.configuration.maximumRangePorts
        )
        let (answer, _) = try await state.answer(path.query, for: context)
        return Response.text(state.renderer(includesHistory: history).render(answer, query: path.text), contentType: "application/json; charset=utf-8")
    }

    private func service(_ request: Request, _ context: PortloreRequestContext) async throws -> Response {
        let name = PercentDecoding.decode(context.parameters.get("name") ?? "")
        guard !name.isEmpty, name.utf8.count <= 64 else {
            throw ServerError.badParameter(name: "name", reason: "give a service name of 1 to 64 characters, like mysql")
        }
        let (answer, _) = try await state.answer(.serviceName(name), for: context)
        return Response.text(state.renderer(includesHistory: request.wantsHistory).render(answer, query: name), contentType: "application/json; charset=utf-8")
    }

    private func search(_ request: Request, _ context: PortloreRequestContext) throws -> Response {
        let query = try SearchParameters(request)
        let hits = state.session.search(query.text, limit: query.limit)
        return Response.text(state.renderer(includesHistory: false).render(search: hits, for: query.text), contentType: "application/json; charset=utf-8")
    }
}

/// `?q=words&limit=N` of `/search` and `/api/v1/search`.
struct SearchParameters {
    var text: String
    var limit: Int

    init(_ request: Request, defaultLimit: Int = 25) throws(ServerError) {
        let parameters = request.formQuery
        let text = parameters["q"].map { $0.trimmingWhitespace } ?? ""
        guard !text.isEmpty else {
            throw .badParameter(name: "q", reason: "give words to search for, like ?q=remote+desktop")
        }
        guard text.utf8.count <= 200 else {
            throw .badParameter(name: "q", reason: "the query is longer than 200 characters")
        }
        guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .badParameter(name: "q", reason: "the query contains control characters")
        }
        var limit = defaultLimit
        if let raw = parameters["limit"] {
            guard let value = Int(raw), (1...100).contains(value) else {
                throw .badParameter(name: "limit", reason: "give a number from 1 to 100")
            }
            limit = value
        }
        self.text = text
        self.limit = limit
    }
}

extension Request {
    /// `?history=true` (or `1`, `yes`).
    var wantsHistory: Bool {
        guard let value = formQuery["history"] else { return false }
        return ["true", "1", "yes", ""].contains(value.lowercased())
    }

    /// The query string as an HTML form sends it: `+` is a space, `%XX` a byte. The first
    /// value of each name wins.
    var formQuery: [String: String] {
        guard let query = uri.query, !query.isEmpty else { return [:] }
        var result: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = PercentDecoding.decode(String(parts[0]), plusIsSpace: true)
            let value = parts.count > 1 ? PercentDecoding.decode(String(parts[1]), plusIsSpace: true) : ""
            if result[name] == nil { result[name] = value }
        }
        return result
    }
}
