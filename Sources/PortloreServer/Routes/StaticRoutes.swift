import Hummingbird

/// `/static/portlore.css` and the icon: compiled into the binary, which must work alone.
enum StaticRoutes {
    static func collection() -> RouteCollection<PortloreRequestContext> {
        let routes = RouteCollection(context: PortloreRequestContext.self)
        routes.get("portlore.css") { _, _ in
            var response = Response.bytes(Stylesheet.css, contentType: "text/css; charset=utf-8")
            response.headers[.cacheControl] = "public, max-age=3600"
            return response
        }
        routes.get("favicon.svg") { _, _ in favicon() }
        return routes
    }

    static func favicon() -> Response {
        var response = Response.bytes(Stylesheet.favicon, contentType: "image/svg+xml")
        response.headers[.cacheControl] = "public, max-age=86400"
        return response
    }
}
