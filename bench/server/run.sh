#!/usr/bin/env bash
# wrk (Debian's package) against `portlore serve` on loopback, release build with a static Swift
# standard library, and against nginx (Debian's package) serving the same bytes from disk:
# /healthz, /api/v1/ports/1302, /ports/1302 and /th/ports/1302 (skipped when the build has no Thai
# pages). Prints req/s, each path's ratio to the server's own /healthz and to nginx, then walks
# every port page in both languages (a crawler) and prints the server's peak RSS (VmHWM).
#
# Targets (docs/server.md): API and pages >= 0.8x /healthz; VmHWM < 100 MiB after the crawl.
# The server runs as the public site: `serve --public` when the build has it, else with a token
# (requests without it see registry pages only, which is what the public site serves).
#
# Usage: bench/server/run.sh [SECONDS per run] (default 15); PORTLORE_BIN=path skips the build. Needs wrk, nginx, curl, python3; it
# installs nothing and says what is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-15}
SCRATCH=${SCRATCH:-.build-release}
missing=()
for tool in wrk curl python3; do command -v "$tool" >/dev/null || missing+=("$tool"); done
NGINX=$(command -v nginx || { test -x /usr/sbin/nginx && echo /usr/sbin/nginx; } || true)
[ -n "$NGINX" ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
    echo "bench/server: missing ${missing[*]}; install them first (Debian: apt-get install ${missing[*]})." >&2
    exit 4
fi

if [ -n "${PORTLORE_BIN:-}" ]; then
    BIN=$PORTLORE_BIN  # a binary built already (the figures in docs/server.md are from the release build)
else
    swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product portlore >&2
    BIN="$(swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --show-bin-path)/portlore"
fi
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PORT=$(free_port)
NGINX_PORT=$(free_port)
WORK=$(mktemp -d)
chmod 755 "$WORK"

# One listener on de-assigned 1302: a page that leaked host data would differ from nginx's copy.
python3 -c 'import socket,time; s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1",1302)); s.listen(4); time.sleep(100000)' 2>/dev/null &
LISTENER=$!
if "$BIN" serve --help 2>&1 | grep -q -- '--public'; then
    MODE=(--public)
else
    head -c 24 /dev/urandom | base64 > "$WORK/token"
    chmod 600 "$WORK/token"
    MODE=(--token-file "$WORK/token")
fi
"$BIN" serve --port "$PORT" "${MODE[@]}" 2>/dev/null &
SERVER=$!
NGINX_PID=
cleanup() {
    [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null
    kill "$SERVER" "$LISTENER" 2>/dev/null
    wait "$SERVER" "$LISTENER" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/healthz"; do sleep 0.2; done
kib() { awk -v key="$1:" '$1 == key {print $2}' "/proc/$SERVER/status"; }
mib() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }
echo "portlore serve ${MODE[0]}: $(ls -l "$BIN" | awk '{printf "%.1f MB", $5 / 1e6}') binary, RSS at start $(mib "$(kib VmRSS)") MiB, $(nproc) cores, wrk -t2 -c64 -d${DURATION}s"

# The same bytes on disk for nginx, fetched from the server.
PATHS=()
for path in /healthz /api/v1/ports/1302 /ports/1302 /th/ports/1302; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$path")
    if [ "$status" != 200 ]; then
        echo "$path: $status from this build, skipped (the Thai pages come with the site branch)"
        continue
    fi
    mkdir -p "$WORK/www$(dirname "$path")"
    curl -fsS -o "$WORK/www$path" "http://127.0.0.1:$PORT$path"
    PATHS+=("$path")
done
chmod -R a+rX "$WORK/www"
cat > "$WORK/nginx.conf" <<EOF
worker_processes 2;
error_log stderr;
pid $WORK/nginx.pid;
events { worker_connections 1024; }
http {
    access_log off;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/www;
        location /api/ { default_type "application/json; charset=utf-8"; }
        location = /healthz { default_type "application/json; charset=utf-8"; }
        location / { default_type "text/html; charset=utf-8"; }
    }
}
EOF
"$NGINX" -p "$WORK" -c "$WORK/nginx.conf" -g 'daemon off;' 2>"$WORK/nginx.log" &
NGINX_PID=$!
until curl -fsS -o /dev/null "http://127.0.0.1:$NGINX_PORT/healthz"; do sleep 0.2; done
for path in "${PATHS[@]}"; do
    cmp -s <(curl -fsS "http://127.0.0.1:$NGINX_PORT$path") <(curl -fsS "http://127.0.0.1:$PORT$path") \
        || { echo "bench/server: nginx's $path differs from the server's" >&2; exit 1; }
done

rate() {  # URL -> "req/s p99 errors"
    local out
    out=$(wrk -t2 -c64 -d"${DURATION}s" --latency "$1")
    awk '/Requests\/sec/ {rps=$2} $1 == "99%" {p99=$2} /Non-2xx|Socket errors/ {err=err $0 " "} END {printf "%s %s %s", rps, p99, (err == "" ? "-" : err)}' <<<"$out"
}
declare -A OURS THEIRS
printf '%-22s %11s %9s %11s %9s %9s  %s\n' path "portlore/s" p99 "nginx/s" "/healthz" "/nginx" errors
for path in "${PATHS[@]}"; do
    read -r ours p99 errors <<<"$(rate "http://127.0.0.1:$PORT$path")"
    read -r theirs _ _ <<<"$(rate "http://127.0.0.1:$NGINX_PORT$path")"
    OURS[$path]=$ours
    THEIRS[$path]=$theirs
    awk -v p="$path" -v o="$ours" -v t="$theirs" -v h="${OURS[/healthz]}" -v l="$p99" -v e="$errors" \
        'BEGIN {printf "%-22s %11.0f %9s %11.0f %8.2fx %8.2fx  %s\n", p, o, l, t, o / h, o / t, e}'
done
echo "RSS after the runs: $(mib "$(kib VmRSS)") MiB (peak $(mib "$(kib VmHWM)") MiB)"

# A crawler: every port page in each language the build serves, once, over 4 keep-alive
# connections (curl, one URL list each), then the peak resident memory.
LANGUAGES=("")
[[ " ${PATHS[*]} " == *" /th/ports/1302 "* ]] && LANGUAGES+=("/th")
PAGES=$((65536 * ${#LANGUAGES[@]}))
for prefix in "${LANGUAGES[@]}"; do
    awk -v base="http://127.0.0.1:$PORT$prefix/ports/" -v dir="$WORK" \
        'BEGIN {for (n = 0; n < 65536; n++) {f = dir "/crawl." (n % 4); print "url = \"" base n "\"\noutput = \"/dev/null\"" >> f}}'
done
start=$(date +%s.%N)
CRAWLERS=()
for part in 0 1 2 3; do
    curl -s -K "$WORK/crawl.$part" -w '%{http_code}\n' > "$WORK/codes.$part" &
    CRAWLERS+=($!)
done
wait "${CRAWLERS[@]}" || true
seconds=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}')
ok=$(cat "$WORK"/codes.* | grep -c '^200$' || true)
echo "crawl: $ok of $PAGES port pages answered 200 in $seconds s"
echo "RSS after the crawl: $(mib "$(kib VmRSS)") MiB (peak VmHWM $(mib "$(kib VmHWM)") MiB)"
