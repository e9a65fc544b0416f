import Hummingbird
import PortRegistry

/// `/map`, `/th/map` and the map's stylesheet, `/static/map.css`.
struct PortMapRoutes {
    let state: ServerState

    func register(on router: Router<PortloreRequestContext>) {
        let registry = state.registry
        let memo = PortMap.Memo(registry: registry)
        for language in Language.allCases {
            router.get(RouterPath(language.pathPrefix + "/map")) { _, _ in
                let map = memo.map
                let page = PortMapPage.render(map, language: language, registryDate: registry.registryDate)
                return Response.text(page, contentType: "text/html; charset=utf-8")
            }
        }
        router.get("/static/map.css") { _, _ in
            var response = Response.text(PortMapStylesheet.css, contentType: "text/css; charset=utf-8")
            response.headers[.cacheControl] = "public, max-age=3600"
            return response
        }
    }
}

/// The map's own rules, apart from the site's stylesheet: 256 squares to a row (128 on a
/// phone), one colour per status, light and dark.
enum PortMapStylesheet {
    static let css = """
        .portmap { display: grid; grid-template-columns: repeat(256, 3px); grid-auto-rows: 3px; gap: 0; margin: 1rem 0; width: max-content; }
        .portmap a { font-size: 0; line-height: 0; overflow: hidden; background: var(--map-u); }
        .portmap a:hover, .portmap a:focus { outline: 2px solid var(--fg); outline-offset: 0; position: relative; z-index: 1; }
        .portmap .a, .swatch.a { background: var(--map-a); }
        .portmap .r, .swatch.r { background: var(--map-r); }
        .swatch.u { background: var(--map-u); }
        .portmap .d, .swatch.d { background: var(--map-d); }
        .portmap .y, .swatch.y { background: var(--map-y); }
        .portmap .m, .swatch.m { background: var(--map-m); }
        .swatch { display: inline-block; width: 1em; height: 1em; margin-right: .4em; vertical-align: -.15em; border: 1px solid var(--line); }
        .map-legend .num { text-align: right; font-variant-numeric: tabular-nums; }
        :root { --map-a: #1f6fbf; --map-r: #7a5cc2; --map-u: #d9dee3; --map-d: #c2412d; --map-y: #8fb996; --map-m: #e0a526; }
        @media (prefers-color-scheme: dark) {
          :root { --map-a: #5aa2ec; --map-r: #a78bfa; --map-u: #39424b; --map-d: #f07a63; --map-y: #4f7a57; --map-m: #e8b84a; }
        }
        @media (max-width: 820px) {
          .portmap { grid-template-columns: repeat(128, 2.75px); grid-auto-rows: 2.75px; }
        }

        """
}
