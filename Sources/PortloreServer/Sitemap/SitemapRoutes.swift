import Hummingbird
import PortRegistry

/// `/robots.txt`, `/sitemap.xml` and the files it names (`Sitemap`).
struct SitemapRoutes {
    let state: ServerState

    func register(on router: Router<PortloreRequestContext>) {
        let siteURL = state.configuration.siteURL
        let registry = state.registry
        router.get("/robots.txt") { request, _ in
            Response.text(Sitemap(origin: SiteOrigin.of(request, configured: siteURL), registry: registry).robots, contentType: "text/plain; charset=utf-8")
        }
        router.get("/sitemap.xml") { request, _ in
            Response.text(Sitemap(origin: SiteOrigin.of(request, configured: siteURL), registry: registry).index, contentType: "application/xml; charset=utf-8")
        }
        for path in Sitemap.filePaths {
            router.get(RouterPath(path)) { request, _ in
                let sitemap = Sitemap(origin: SiteOrigin.of(request, configured: siteURL), registry: registry)
                guard let text = sitemap.file(at: path) else { throw ServerError.notFound(path: path) }
                return Response.text(text, contentType: "application/xml; charset=utf-8")
            }
        }
    }
}

/// The scheme and host absolute URLs start with: `--site-url` when given (behind a CDN, the
/// public name), else `http://` and the request's `Host`, kept only when it is a plain host name
/// or address (anything else is `localhost`, so no header can put markup into a sitemap).
enum SiteOrigin {
    static func of(_ request: Request, configured: String?) -> String {
        if let configured { return configured }
        return "http://" + host(request.head.authority)
    }

    static func host(_ authority: String?) -> String {
        guard let authority, !authority.isEmpty, authority.utf8.count <= 255,
              authority.utf8.allSatisfy({ byte in
                  (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                      || byte == 0x2E || byte == 0x2D || byte == 0x3A || byte == 0x5B || byte == 0x5D
              })
        else { return "localhost" }
        return authority.lowercased()
    }
}
