# Shared by the integration scripts: find or build the portlore binary, free loopback ports,
# wait for a URL, stop what we started.
PIDS=()

portlore_binary() {
    if [ -n "${PORTLORE_BIN:-}" ]; then echo "$PORTLORE_BIN"; return; fi
    local bin
    bin="$(swift build --show-bin-path)/portlore"
    if [ ! -x "$bin" ]; then swift build --product portlore >&2; fi
    echo "$bin"
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# wait_for URL SECONDS: polls until the URL answers 200.
wait_for() {
    local url=$1 deadline=$((SECONDS + $2))
    until curl -fsS -o /dev/null "$url" 2>/dev/null; do
        if [ $SECONDS -ge $deadline ]; then echo "FAIL: $url did not answer within $2 s" >&2; return 1; fi
        sleep 0.2
    done
}

stop_started() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}

PASSED=0
FAILED=0
check() {
    local name=$1; shift
    if "$@"; then PASSED=$((PASSED + 1)); echo "ok: $name"; else FAILED=$((FAILED + 1)); echo "FAIL: $name"; fi
}

# start_listener PORT NAME READYFILE: python3 renamed NAME (prctl PR_SET_NAME) listening on
# 127.0.0.1:PORT until stopped; fails when the port is taken.
start_listener() {
    local port=$1 name=$2 ready=$3
    python3 - "$port" "$name" "$ready" <<'PY' &
import ctypes, socket, sys, time
port, name, ready = int(sys.argv[1]), sys.argv[2], sys.argv[3]
ctypes.CDLL(None).prctl(15, name.encode(), 0, 0, 0)
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", port)); s.listen(4)
open(ready, "w").write("ready\n")
time.sleep(600)
PY
    PIDS+=($!)
    local deadline=$((SECONDS + 10))
    until [ -s "$ready" ]; do
        if ! kill -0 "${PIDS[-1]}" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
            echo "FAIL: cannot listen on 127.0.0.1:$port (is something else there?)" >&2
            return 1
        fi
        sleep 0.1
    done
}
