#!/usr/bin/env bash
# wrk (Debian's package) against `portlore serve` on loopback, release build with a static Swift
# standard library: /api/v1/ports/1302 and /ports/1302, then the server's resident memory.
# Targets (docs/server.md): API >= 20,000 req/s and p99 < 10 ms on 2 cores; RSS < 100 MiB
# after a 60 s run. Usage: bench/server/run.sh [SECONDS] (default 60).
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-60}
SCRATCH=${SCRATCH:-.build-release}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }

swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product portlore >&2
BIN="$(swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --show-bin-path)/portlore"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

# One listener on de-assigned 1302, so the port's documents carry a socket and its findings.
python3 -c 'import socket,time; s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1",1302)); s.listen(4); time.sleep(100000)' &
LISTENER=$!
"$BIN" serve --port "$PORT" --cache-seconds 2 2>/dev/null &
SERVER=$!
trap 'kill $SERVER $LISTENER 2>/dev/null; wait $SERVER $LISTENER 2>/dev/null || true' EXIT
until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/healthz"; do sleep 0.2; done

rss_mib() { awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$SERVER/status"; }
echo "portlore serve: $(ls -l "$BIN" | awk '{printf "%.1f MB", $5 / 1e6}') binary, RSS at start $(rss_mib) MiB, $(nproc) cores"

# wrk runs on the same 2 cores: 2 threads, 64 connections.
for path in /api/v1/ports/1302 /ports/1302; do
    out=$(wrk -t2 -c64 -d"${DURATION}s" --latency "http://127.0.0.1:$PORT$path")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)
    printf '%-22s %10s req/s   p99 %8s   %s\n' "$path" "$rps" "$p99" "${errors:-no errors}"
done
echo "RSS after the runs: $(rss_mib) MiB"
