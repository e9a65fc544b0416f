#!/usr/bin/env bash
# The feedback POST rate of `portlore serve` on SQLite and on PostgreSQL, in one run: wrk
# (Debian's package) posts the page's form, each request a new reader (bench/feedback/post.lua),
# against a release build on loopback. PostgreSQL is a throw-away cluster on 127.0.0.1
# (tests/integration/postgres-cluster.sh). After each run the stored tally is checked against
# the votes wrk saw acknowledged (303). Usage: [BIN=portlore] bench/feedback/run.sh [SECONDS] (default 20).
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-20}
SCRATCH=${SCRATCH:-.build-release}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }

# BIN=path/to/portlore skips the build (e.g. the fully static one in .build-static).
if [ -z "${BIN:-}" ]; then
    swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product portlore >&2
    BIN="$(swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --show-bin-path)/portlore"
fi
. tests/integration/postgres-cluster.sh
DATA=$(mktemp -d /tmp/portlore-feedback-bench.XXXXXX)
SERVER=
cleanup() {
    [ -n "$SERVER" ] && { kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true; }
    rm -rf "$DATA"
    pg_stop
}
trap cleanup EXIT
echo "$(nproc) cores; wrk -t2 -c32 -d${DURATION}s on the same cores"

bench() {
    local name=$1; shift
    local port target out rps p99 requests tally
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    target=$((20000 + RANDOM))
    "$BIN" serve --port "$port" --trust-forwarded-for "$@" 2>/dev/null &
    SERVER=$!
    until curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null; do sleep 0.2; done
    out=$(wrk -t2 -c32 -d"${DURATION}s" --latency -s bench/feedback/post.lua "http://127.0.0.1:$port" -- "$target")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    requests=$(awk '/requests in/ {print $1}' <<<"$out")
    tally=$(curl -fsS "http://127.0.0.1:$port/api/v1/ports/$target/feedback")
    counted=$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(d["yes"] + d["no"])' "$tally")
    errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)
    printf '%-11s %9s votes/s   p99 %8s   %s requests, %s counted   %s\n' "$name" "$rps" "$p99" "$requests" "$counted" "${errors:-no errors}"
    kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=
}

bench sqlite --data-dir "$DATA"
bench postgresql --database "$PG_URL"
