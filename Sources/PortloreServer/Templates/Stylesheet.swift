/// The one stylesheet of every page, served from `/static/portlore.css` (the CSP allows
/// `style-src 'self'` and nothing inline). Readable on a 360 px phone and a desktop, light
/// and dark, no web fonts.
enum Stylesheet {
    static let css = """
        :root {
          --bg: #fbfbf9; --fg: #1d232a; --muted: #5b6570; --line: #dfe3e6; --card: #ffffff;
          --accent: #0b5cad; --accent-bg: #e8f1fb; --code-bg: #f1f3f5;
          --ok: #1e7a3c; --ok-bg: #e5f4ea; --warn: #8a5a00; --warn-bg: #fdf1d8;
          --bad: #a4262c; --bad-bg: #fbe7e8; --info: #3d4f61; --info-bg: #e9eef3;
          color-scheme: light dark;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --bg: #15191d; --fg: #e4e8ec; --muted: #9aa5b0; --line: #2c343c; --card: #1b2026;
            --accent: #6cb0f5; --accent-bg: #17293b; --code-bg: #232a31;
            --ok: #6fd08c; --ok-bg: #173222; --warn: #f0c060; --warn-bg: #3a2e12;
            --bad: #ff8a8f; --bad-bg: #3d1a1d; --info: #b8c6d3; --info-bg: #252e37;
          }
        }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body {
          margin: 0; background: var(--bg); color: var(--fg);
          font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
        }
        a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 2px; }
        header.site { border-bottom: 1px solid var(--line); background: var(--card); }
        header.site .bar { max-width: 60rem; margin: 0 auto; padding: .6rem 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; }
        header.site .brand { font-weight: 700; font-size: 1.1rem; color: var(--fg); text-decoration: none; letter-spacing: .01em; }
        header.site nav { display: flex; gap: 1rem; font-size: .95rem; }
        header.site form { margin-left: auto; flex: 1 1 14rem; max-width: 22rem; }
        main { max-width: 60rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
        h1 { font-size: 1.9rem; line-height: 1.2; margin: 1rem 0 .3rem; overflow-wrap: anywhere; }
        h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
        h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
        p { margin: .5rem 0 .9rem; }
        .lead { font-size: 1.1rem; color: var(--muted); margin-top: 0; }
        .muted { color: var(--muted); }
        .small { font-size: .9rem; }
        code, pre, kbd { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .9em; }
        code { background: var(--code-bg); padding: .05em .3em; border-radius: 4px; overflow-wrap: anywhere; }
        pre { background: var(--code-bg); padding: .7rem .9rem; border-radius: 6px; overflow-x: auto; margin: .3rem 0 .8rem; }
        pre code { background: none; padding: 0; }
        .card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: .9rem 1.1rem; margin: .8rem 0; }
        .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: .6rem; margin: 1rem 0; }
        .facts div { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: .6rem .8rem; }
        .facts dt { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
        .facts dd { margin: .1rem 0 0; font-weight: 600; overflow-wrap: anywhere; }
        .badge { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: .8rem; font-weight: 600; white-space: nowrap; vertical-align: .1em; }
        .s-assigned { background: var(--ok-bg); color: var(--ok); }
        .s-deassigned, .sev-alert, .sev-warning { background: var(--bad-bg); color: var(--bad); }
        .s-unassigned, .s-reserved, .sev-notice { background: var(--warn-bg); color: var(--warn); }
        .s-dynamic, .sev-info { background: var(--info-bg); color: var(--info); }
        .callout { border-left: 4px solid var(--warn); background: var(--warn-bg); padding: .7rem 1rem; border-radius: 0 8px 8px 0; margin: 1rem 0; }
        .callout.bad { border-color: var(--bad); background: var(--bad-bg); }
        .table-wrap { overflow-x: auto; margin: .5rem 0 1rem; border: 1px solid var(--line); border-radius: 8px; background: var(--card); }
        table { border-collapse: collapse; width: 100%; font-size: .93rem; }
        th, td { text-align: left; padding: .45rem .65rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); background: var(--code-bg); }
        tr:last-child td { border-bottom: 0; }
        td.cmd { max-width: 22rem; overflow-wrap: anywhere; }
        tr.flagged td:first-child { box-shadow: inset 3px 0 0 var(--bad); }
        ol.timeline { list-style: none; padding: 0; margin: .5rem 0 1rem; border-left: 2px solid var(--line); }
        ol.timeline li { position: relative; padding: .1rem 0 .9rem 1.1rem; }
        ol.timeline li::before { content: ""; position: absolute; left: -7px; top: .45rem; width: 12px; height: 12px; border-radius: 50%; background: var(--card); border: 2px solid var(--accent); }
        ol.timeline li.gone::before { border-color: var(--bad); }
        ol.timeline .when { font-size: .85rem; color: var(--muted); }
        .findings { list-style: none; padding: 0; margin: .3rem 0; }
        .findings li { margin: .25rem 0; }
        form.search { display: flex; gap: .4rem; }
        form.search input[type=search] { flex: 1; min-width: 0; font: inherit; padding: .45rem .7rem; border: 1px solid var(--line); border-radius: 8px; background: var(--bg); color: var(--fg); }
        form.search button { font: inherit; padding: .45rem .9rem; border: 0; border-radius: 8px; background: var(--accent); color: #fff; cursor: pointer; }
        .hero form.search input[type=search] { font-size: 1.1rem; padding: .7rem .9rem; }
        .hero form.search button { font-size: 1.05rem; padding: .7rem 1.2rem; }
        .examples { font-size: .9rem; color: var(--muted); }
        .tabs { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: .8rem; }
        .tabs section { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: .2rem .9rem .4rem; min-width: 0; }
        .faq h3 { margin-top: 1.1rem; }
        footer { max-width: 60rem; margin: 0 auto; padding: 1rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); }
        @media (max-width: 40rem) {
          body { font-size: 15.5px; }
          h1 { font-size: 1.55rem; }
          header.site form { max-width: none; margin-left: 0; flex-basis: 100%; }
          th, td { padding: .4rem .5rem; }
          .hide-narrow { display: none; }
          .table-wrap.stack { border: 0; background: none; overflow: visible; }
          .stack table, .stack tbody, .stack tr, .stack td { display: block; width: 100%; }
          .stack thead { display: none; }
          .stack tr { background: var(--card); border: 1px solid var(--line); border-radius: 10px; margin: 0 0 .7rem; padding: .3rem .2rem; }
          .stack tr.flagged { border-left: 4px solid var(--bad); }
          .stack tr.flagged td:first-child { box-shadow: none; }
          .stack td { border: 0; padding: .2rem .6rem .2rem 6.3rem; position: relative; min-height: 1.6rem; }
          .stack td::before { content: attr(data-label); position: absolute; left: .6rem; top: .35rem; width: 5.4rem; font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
          .stack td.cmd { max-width: none; }
          .stack td:empty { display: none; }
        }
        /* --- site (issue 13): Thai pages, language switch, tiers, quiet ports, timeline. One block, to move as it is. --- */
        html[lang=th] body { font-family: system-ui, "Noto Sans Thai", "Noto Sans Thai UI", "Noto Sans", Loma, Garuda, "TlwgTypo", sans-serif; line-height: 1.75; }
        html[lang=th] h1, html[lang=th] h2, html[lang=th] h3 { line-height: 1.45; }
        html[lang=th] .facts dt, html[lang=th] th { text-transform: none; letter-spacing: 0; }
        main p, main li, main dd { overflow-wrap: break-word; }
        header.site nav a.language { font-weight: 600; }
        footer p { margin: .2rem 0; }
        ol.tiers { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: .7rem; }
        ol.tiers li { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: .2rem .9rem .3rem; }
        ol.tiers li.current { border: 2px solid var(--accent); background: var(--accent-bg); }
        ol.tiers h3 { margin: .6rem 0 .2rem; }
        ol.tiers .range { font-weight: 400; color: var(--muted); font-size: .9rem; white-space: nowrap; }
        ol.tiers p { margin: .3rem 0 .5rem; font-size: .93rem; }
        ol.tiers .here-marker { color: var(--accent); }
        ul.kin, ul.neighbours { padding-left: 1.2rem; }
        ul.kin li, ul.neighbours li { margin: .35rem 0; }
        .timeline-figure { margin: .8rem 0 1rem; }
        svg.timeline-svg { display: block; overflow: visible; }
        svg.timeline-svg text { font-family: inherit; font-size: 13px; fill: var(--fg); }
        svg.timeline-svg text.year { font-size: 12px; fill: var(--muted); }
        svg.timeline-svg text.name { font-weight: 600; }
        svg.timeline-svg tspan.muted { font-weight: 400; fill: var(--muted); }
        svg.timeline-svg text.now { font-weight: 600; }
        svg.timeline-svg line.tick { stroke: var(--line); stroke-width: 1; }
        svg.timeline-svg line.stated { stroke: var(--bad); stroke-width: 2; stroke-dasharray: 4 3; }
        svg.timeline-svg rect.listed { fill: var(--accent); }
        svg.timeline-svg rect.listed.former { fill: var(--accent); fill-opacity: .75; }
        .timeline-now { font-weight: 600; margin: .3rem 0; }
        svg.timeline-svg rect.window { fill: var(--accent); fill-opacity: .3; }
        svg.timeline-svg rect.window.gone { fill: var(--bad); fill-opacity: .35; }
        .swatch { display: inline-block; width: .9em; height: .9em; vertical-align: -.1em; margin: 0 .3em 0 .2em; border-radius: 2px; background: var(--accent); }
        .swatch.window { opacity: .35; margin-left: .8em; }
        """

    static let favicon = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0b5cad"/><text x="16" y="22" font-family="sans-serif" font-size="16" font-weight="700" text-anchor="middle" fill="#fff">p</text></svg>
        """
}
