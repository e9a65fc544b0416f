#!/usr/bin/env bash
# The size of one /metrics scrape under load: LISTENERS TCP listeners on 127.0.0.1 (made by
# bench/inventory/listeners.py), scraped from `portlore serve`, twice: held by python3 as
# installed (info findings, a few notices), then by a copy of python3 in a temporary directory
# under /tmp (a warning on every socket: the most per-socket series the budget allows).
# Prints series and bytes per case; the budget is 1,000 series and 256 KiB.
#   bench/metrics/run.sh [LISTENERS] [PROCS] [BASE_PORT]
set -euo pipefail
cd "$(dirname "$0")/../.."
. tests/integration/lib.sh
listeners=${1:-20000} procs=${2:-200} base=${3:-20000}
BIN=$(portlore_binary)
WORK=$(mktemp -d /tmp/portlore-metrics-bench.XXXXXX)
trap 'stop_started; rm -rf "$WORK"' EXIT

python=$(python3 -c 'import os, sys; print(os.path.realpath(sys.executable))')
mkdir -p "$WORK/bin" && cp "$python" "$WORK/bin/python3"

scrape() {  # CASE PYTHON
    coproc LOAD { "$2" bench/inventory/listeners.py "$listeners" "$procs" "$base"; }
    local load_in=${LOAD[1]} word made failed
    read -r word made failed <&"${LOAD[0]}"
    [ "$word" = ready ] || { echo "load helper failed" >&2; exit 1; }
    local port; port=$(free_port)
    "$BIN" serve --port "$port" --cache-seconds 1 2>"$WORK/serve.log" &
    local serve=$!
    wait_for "http://127.0.0.1:$port/healthz" 60
    curl -fsS "http://127.0.0.1:$port/metrics" >"$WORK/$1.prom"
    kill "$serve"; wait "$serve" 2>/dev/null || true
    exec {load_in}>&-; wait 2>/dev/null || true
    local series bytes omitted
    series=$(grep -vc '^#' "$WORK/$1.prom")
    bytes=$(wc -c <"$WORK/$1.prom")
    omitted=$(awk '/^portlore_omitted_series/ {sum += $2} END {print sum + 0}' "$WORK/$1.prom")
    printf '%-10s %6s listeners  %5s series  %8s bytes  %6s series left out\n' "$1" "$made" "$series" "$bytes" "$omitted"
    if command -v promtool >/dev/null; then promtool check metrics <"$WORK/$1.prom" >/dev/null && echo "           promtool check metrics: ok"; fi
}

scrape installed "$python"
scrape from-tmp "$WORK/bin/python3"
