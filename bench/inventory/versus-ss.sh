#!/usr/bin/env bash
# Issue 12's listing target: `portlore ls --json` under 20,000 TCP listeners (over 200
# processes, bench/inventory/listeners.py) at least 3x faster than `ss -ltnup`, in every round.
#
#   bench/inventory/versus-ss.sh [--rounds R] [--runs N]
#
# PORTLORE_BIN=path measures that binary (default: the README's release build in .build/);
# PORTLORE_BASELINE_BIN=path adds an older build's `ls --json` to the same rounds (A/B).
# Each round runs every command N times (hyperfine -N, alternating commands round by round so
# that other processes' load falls on all of them alike) and prints ss's median over
# portlore's. Needs root (ss -p and portlore must see every owner). Loopback only.
# Installs nothing: it says what is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rounds=5
runs=10
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) rounds=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        *) echo "usage: bench/inventory/versus-ss.sh [--rounds R] [--runs N]" >&2; exit 2 ;;
    esac
done
missing=()
for tool in hyperfine ss python3; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
    echo "bench/inventory: missing ${missing[*]} (apt-get install hyperfine iproute2 python3)" >&2
    exit 4
fi
[ "$(id -u)" = 0 ] || { echo "bench/inventory: run as root: ss -p and portlore must see every process's sockets" >&2; exit 4; }
listeners="${LISTENERS:-20000}"
procs="${PROCS:-200}"
base_port="${BASE_PORT:-20000}"

if [ -n "${PORTLORE_BIN:-}" ]; then
    bin=$PORTLORE_BIN
else
    (cd "$root" && swift build -c release --static-swift-stdlib -Xswiftc -static-executable --product portlore) >&2
    bin=$root/.build/release/portlore
fi
baseline=${PORTLORE_BASELINE_BIN:-}
out="$(mktemp -d /tmp/portlore-versus-ss.XXXXXX)"

echo "creating $listeners listeners over $procs processes on 127.0.0.1:$base_port+ ..." >&2
coproc LOAD { python3 "$here/listeners.py" "$listeners" "$procs" "$base_port"; }
load_in="${LOAD[1]}"
trap 'exec {load_in}>&- 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$out"' EXIT
read -r word made failed <&"${LOAD[0]}"
[ "$word" = ready ] || { echo "load helper failed" >&2; exit 1; }
echo "load: $made listeners ($failed ports were taken); ss sees $(ss -Htln | wc -l) TCP listeners" >&2
seen=$("$bin" ls --json | grep -o '"inode"' | wc -l)
echo "portlore ls --json lists $seen sockets" >&2

args=(-n portlore "$bin ls --json" -n ss "ss -ltnup")
[ -n "$baseline" ] && args+=(-n baseline "$baseline ls --json")
for round in $(seq "$rounds"); do
    hyperfine -N --warmup 2 --runs "$runs" --style none --export-json "$out/round$round.json" "${args[@]}" >/dev/null
done

python3 - "$out" "$rounds" <<'PY'
import glob, json, os, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
ratios, all_times = [], {}
print(f'{"round":>5} {"portlore ms":>12} {"ss ms":>9} {"ss/portlore":>12} {"baseline ms":>12}')
for i in range(1, rounds + 1):
    results = {r["command"]: r["times"] for r in json.load(open(os.path.join(out, f"round{i}.json")))["results"]}
    med = {name: statistics.median(t) * 1000 for name, t in results.items()}
    for name, t in results.items():
        all_times.setdefault(name, []).extend(t)
    ratio = med["ss"] / med["portlore"]
    ratios.append(ratio)
    base = f'{med["baseline"]:12.1f}' if "baseline" in med else ""
    print(f'{i:5} {med["portlore"]:12.1f} {med["ss"]:9.1f} {ratio:11.2f}x {base}')
med = {name: statistics.median(t) * 1000 for name, t in all_times.items()}
print()
print(f'all rounds: portlore {med["portlore"]:.1f} ms, ss {med["ss"]:.1f} ms, ss/portlore {med["ss"] / med["portlore"]:.2f}x '
      f'(rounds {min(ratios):.2f}x-{max(ratios):.2f}x)')
print(f'target: at least 3x faster than ss -ltnup in every round: {"met" if min(ratios) >= 3 else "NOT met"}')
if "baseline" in med:
    print(f'portlore against the baseline: {med["portlore"]:.1f} ms vs {med["baseline"]:.1f} ms ({med["portlore"] / med["baseline"]:.2f}x)')
PY
