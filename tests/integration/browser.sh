#!/usr/bin/env bash
# Loads every page type of `portlore serve` in headless Chromium (Debian's package) at phone and
# desktop sizes: fails on a non-200 page, missing content, or anything on the browser console
# (a CSP refusal, a failed resource, a script error). Screenshots land in $SHOTS (default: a
# temporary folder) for a person to look at.
set -euo pipefail
cd "$(dirname "$0")/../.."
. tests/integration/lib.sh

CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq chromium
    CHROMIUM=$(command -v chromium)
fi
# Thai pages need a Thai font; Debian's fonts-thai-tlwg is small (about 6 MB).
if ! fc-list :lang=th 2>/dev/null | grep -q .; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq fonts-thai-tlwg fontconfig
fi
BIN=$(portlore_binary)
WORK=$(mktemp -d)
SHOTS=${SHOTS:-$WORK/shots}
mkdir -p "$SHOTS"
trap 'stop_started; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

# Something on de-assigned 1302 whose name is markup: the pages must show it, escaped.
start_listener 1302 '<b>legacy</b>' "$WORK/listener.ready"

PORT=$(free_port)
"$BIN" serve --port "$PORT" --cache-seconds 1 2>"$WORK/serve.log" &
PIDS+=($!)
BASE="http://127.0.0.1:$PORT"
wait_for "$BASE/healthz" 30

browse() { # browse MODE URL OUT SIZE
    local mode=$1 url=$2 out=$3 size=$4
    local flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars
        --no-first-run --disable-extensions --disable-background-networking --disable-sync
        --user-data-dir="$WORK/profile" --window-size="$size" --enable-logging=stderr --v=0)
    if [ "$mode" = dom ]; then
        timeout 60 "$CHROMIUM" "${flags[@]}" --dump-dom "$url" >"$out" 2>"$out.log"
    else
        timeout 60 "$CHROMIUM" "${flags[@]}" --screenshot="$out" "$url" >/dev/null 2>"$out.log"
    fi
}

# page PATH NAME TEXT...: the page answers 200, its DOM holds every TEXT, the console stays quiet.
page() {
    local path=$1 name=$2; shift 2
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: text/html' "$BASE$path")
    if [ "$status" != 200 ]; then echo "  $path answered $status"; return 1; fi
    local ok=0
    for size in 390,844 1366,900; do
        local tag="$name-${size%%,*}"
        browse dom "$BASE$path" "$WORK/$tag.html" "$size" || { echo "  chromium failed on $path"; ok=1; continue; }
        browse shot "$BASE$path" "$SHOTS/$tag.png" "$size" || { echo "  no screenshot of $path"; ok=1; }
        if ! grep -q '</main>' "$WORK/$tag.html"; then echo "  $path: no <main> in the DOM"; ok=1; fi
        for text in "$@"; do
            grep -qF -- "$text" "$WORK/$tag.html" || { echo "  $path ($size): missing '$text'"; ok=1; }
        done
        # Console messages: CSP refusals, failed loads, script errors.
        if grep -hE 'CONSOLE|Refused to|Failed to load|Uncaught' "$WORK/$tag.html.log" "$SHOTS/$tag.png.log" 2>/dev/null | grep -v 'DevTools listening'; then
            echo "  $path ($size): console messages above"; ok=1
        fi
        [ -s "$SHOTS/$tag.png" ] || { echo "  $path ($size): empty screenshot"; ok=1; }
    done
    return $ok
}

check "home" page / home "What is on that port?" "Listening on this host" "&lt;b&gt;legacy&lt;/b&gt;"
check "port 1302" page /ports/1302 port-1302 "What port 1302 is" "ci3-software-2" "2019-10-30" "Why that matters" \
    "sudo ss -ltnp" "Get-NetTCPConnection" "Questions about port 1302" "&lt;b&gt;legacy&lt;/b&gt;"
check "port 1302/udp" page /ports/1302/udp port-1302-udp "What port 1302/udp is" "Get-NetUDPEndpoint"
check "range 8000-8010" page /ports/8000-8010 range "Ports 8000-8010" 'href="/ports/8010"'
check "service mysql" page /services/mysql service "Service mysql" "3306"
check "search" page "/search?q=remote+desktop" search "remote desktop" "<table>"
check "listening" page /listening listening "Listening on this host" "1302/tcp" "port-deassigned"

# The public site (serve --public) in English and Thai, at phone and desktop width, through the
# DevTools protocol (tests/integration/browser_probe.py): the right <html lang>, Thai text drawn
# with a real Thai font (a combining vowel adds no width), no horizontal overflow at 390 px, a
# quiet console, and a first screen that is not blank. Host data must be absent.
PUBLIC_PORT=$(free_port)
"$BIN" serve --public --port "$PUBLIC_PORT" 2>"$WORK/public.log" &
PIDS+=($!)
PUBLIC="http://127.0.0.1:$PUBLIC_PORT"
wait_for "$PUBLIC/healthz" 30
public_pages=()
for path in / /ports/1302 /ports/443 /ports/13020 /ports/50000 /ports/8000-8010 /services/mysql "/search?q=remote+desktop" /no/such/page; do
    name=$(printf '%s' "$path" | tr -c 'a-zA-Z0-9' '-' | sed 's/^-*//; s/-*$//'); name=${name:-home}
    thai=/th$path; [ "$path" = / ] && thai=/th/
    public_pages+=("$PUBLIC$path" "en-$name" "$PUBLIC$thai" "th-$name")
done
# Warm the port pages' kin index, built once on the first port page.
curl -s -o /dev/null "$PUBLIC/ports/1302"
for size in 390x844 1366x900; do
    timeout 600 python3 tests/integration/browser_probe.py "$CHROMIUM" "$SHOTS" "$size" "${public_pages[@]}" >"$WORK/probe-$size.jsonl" 2>"$WORK/probe-$size.log" \
        || { echo "  the probe failed at $size:"; tail -5 "$WORK/probe-$size.log"; }
done
judge_public() {
    python3 - "$WORK"/probe-*.jsonl <<'PY'
import json, sys
problems, seen = [], 0
for path in sys.argv[1:]:
    for line in open(path):
        page = json.loads(line); seen += 1
        where = f"{page['url']} at {page['width']} px"
        thai = page["name"].startswith("th-")
        if page["lang"] != ("th" if thai else "en"): problems.append(f"{where}: lang={page['lang']}")
        if thai and page["thaiCharacters"] < 40: problems.append(f"{where}: only {page['thaiCharacters']} Thai characters")
        if thai and not page["thaiCombines"]: problems.append(f"{where}: Thai has no font (combining vowels take space)")
        if page["scrollWidth"] > page["clientWidth"]: problems.append(f"{where}: {page['scrollWidth']} px wide in a {page['clientWidth']} px window: {page['widest']}")
        # An error page answers 404 on purpose; Chromium logs that status, nothing else may appear.
        console = [m for m in page["console"] if not ("no-such-page" in page["name"] and "404 (Not Found)" in m)]
        if console: problems.append(f"{where}: console: {console}")
        if page["ink"] < 0.01: problems.append(f"{where}: the screenshot is blank (ink {page['ink']})")
        if "/ports/1302" in page["url"] and not page["svgTitle"]: problems.append(f"{where}: no timeline")
for problem in problems: print("  " + problem)
expected = 2 * 18
if seen != expected: print(f"  {seen} page loads reported, {expected} expected")
sys.exit(1 if problems or seen != expected else 0)
PY
}
check "public site in English and Thai at 390 and 1366 px" judge_public
no_host_data() {
    local ok=0
    for path in /listening /th/listening /metrics /api/v1/listeners; do
        status=$(curl -s -o /dev/null -w '%{http_code}' "$PUBLIC$path")
        [ "$status" = 404 ] || { echo "  public $path answered $status"; ok=1; }
    done
    if curl -s "$PUBLIC/ports/1302" "$PUBLIC/th/ports/1302" | grep -q 'legacy'; then echo "  the public site shows the host's listener"; ok=1; fi
    return $ok
}
check "public site has no host data" no_host_data
# The overflow check must be able to fail: a page wider than the phone is caught.
printf '<!doctype html><html lang="th"><head><meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main><p>ไทย</p><div style="width:900px">wide</div></main></body></html>' >"$WORK/wide.html"
python3 tests/integration/browser_probe.py "$CHROMIUM" "$WORK" 390x844 "file://$WORK/wide.html" wide >"$WORK/wide.jsonl" 2>/dev/null || true
check "overflow at 390 px is detected" python3 -c 'import json,sys; p=json.loads(open(sys.argv[1]).read()); sys.exit(0 if p["scrollWidth"] > p["clientWidth"] else 1)' "$WORK/wide.jsonl"

# The page checks above must be able to fail: a page with a console error is caught.
bad="$WORK/bad.html"
printf '<!doctype html><title>x</title><script>undefinedFunction()</script><main></main>' >"$bad"
browse dom "file://$bad" "$WORK/bad.out" 390,844 || true
check "a console error is detected" grep -qE 'CONSOLE|Uncaught' "$WORK/bad.out.log"

echo "screenshots: $SHOTS"
if [ "$FAILED" -gt 0 ]; then echo "--- serve log"; cat "$WORK/serve.log"; fi
echo "browser pages: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
