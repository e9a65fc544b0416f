#!/usr/bin/env bash
# Benchmarks "what is listening here" against ss, lsof and psutil, idle and under
# load (20,000 TCP listeners on 127.0.0.1 over 200 processes), in one run.
#
#   bench/inventory/run.sh                 # builds portlore (release, static stdlib) and runs
#   PORTLORE_CMD="/path/to/bin ls --json" bench/inventory/run.sh   # time another command as "portlore"
#
# Env: LISTENERS (20000), PROCS (200), BASE_PORT (20000), RUNS (20), SCRATCH (.build-bench-inv).
# Needs root for ss -p/lsof to see every owner, like portlore. Loopback only.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
listeners="${LISTENERS:-20000}"
procs="${PROCS:-200}"
base_port="${BASE_PORT:-20000}"
runs="${RUNS:-20}"
scratch="${SCRATCH:-.build-bench-inv}"
out="$(mktemp -d /tmp/portlore-bench-inv.XXXXXX)"

need() { command -v "$1" >/dev/null 2>&1; }
if ! need hyperfine || [ ! -x /usr/bin/time ] || ! need ss || ! need lsof; then
  apt-get update -qq && apt-get install -y -qq hyperfine time iproute2 lsof >/dev/null
fi
python3 -c 'import psutil' 2>/dev/null || python3 -m pip install -q psutil

# portlore: the CLI's `ls --json`, built release with a static Swift stdlib.
if [ -z "${PORTLORE_CMD:-}" ]; then
  (cd "$root" && swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product portlore) >&2 \
    || echo "warning: release build failed; falling back to .build/release/portlore" >&2
  for candidate in "$root/$scratch/release/portlore" "$root/.build/release/portlore"; do
    if [ -x "$candidate" ] && "$candidate" ls --json >/dev/null 2>&1; then
      PORTLORE_CMD="$candidate ls --json"
      portlore_bin="$candidate"
      break
    fi
  done
fi
if [ -z "${PORTLORE_CMD:-}" ]; then
  echo "warning: no portlore binary with a working 'ls --json'; timing the reference tools only" >&2
fi

psutil_cmd="python3 -c 'import psutil; psutil.net_connections(kind=\"tcp\")'"
for tool in ss lsof; do need "$tool" || { echo "error: $tool is missing" >&2; exit 1; }; done
commands=()
names=()
if [ -n "${PORTLORE_CMD:-}" ]; then commands+=("$PORTLORE_CMD"); names+=(portlore); fi
# The text listing too, when we built the CLI: tells inventory cost from JSON cost.
if [ -n "${portlore_bin:-}" ]; then commands+=("$portlore_bin ls"); names+=(portlore-text); fi
commands+=("ss -ltnup" "lsof -nP -iTCP -sTCP:LISTEN" "$psutil_cmd")
names+=(ss lsof psutil)

measure() {  # $1: label, $2: "lsof-may-find-nothing" on a host whose only listeners lsof cannot see
  local label="$1" args=() ignore=()
  for i in "${!commands[@]}"; do args+=(-n "${names[$i]}" "${commands[$i]}"); done
  if [ "${2:-}" = lsof-may-find-nothing ]; then
    # lsof exits 1 when it lists nothing (here: the only listener belongs to a process
    # even root cannot read). Every other tool must still succeed: check them once first.
    for i in "${!commands[@]}"; do
      [ "${names[$i]}" = lsof ] && continue
      eval "${commands[$i]}" >/dev/null 2>&1 || { echo "error: ${names[$i]} failed" >&2; exit 1; }
    done
    ignore=(--ignore-failure)
  fi
  # -N: no intermediate shell (it would add ~1 ms to every tool); hyperfine
  # discards each command's output itself. A failing tool fails the run.
  hyperfine -N --warmup 3 --runs "$runs" --style none "${ignore[@]}" --export-json "$out/$label.json" "${args[@]}" >/dev/null
  if [ -n "${PORTLORE_CMD:-}" ]; then
    /usr/bin/time -v $PORTLORE_CMD >/dev/null 2>"$out/$label.time" || true
  fi
}

report() {  # $1: label
  python3 - "$out/$1.json" "$out/$1.time" "$1" <<'PY'
import json, re, sys
path, time_path, label = sys.argv[1:]
results = {r["command"]: r for r in json.load(open(path))["results"]}
median = {name: r["median"] * 1000 for name, r in results.items()}
print(f"\n== {label} ==")
print(f"{'tool':<14}{'median ms':>12}{'min ms':>10}{'max ms':>10}")
for name, r in results.items():
    print(f"{name:<14}{r['median']*1000:>12.1f}{r['min']*1000:>10.1f}{r['max']*1000:>10.1f}")
if "portlore" in median:
    p = median["portlore"]
    for ref in ("ss", "lsof", "psutil"):
        if ref in median:
            print(f"portlore vs {ref}: {median[ref] / p:.1f}x faster")
    if "portlore-text" in median:
        print(f"portlore-text vs ss: {median['ss'] / median['portlore-text']:.1f}x faster")
    try:
        rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(time_path).read()).group(1))
        print(f"portlore peak RSS: {rss / 1024:.1f} MiB")
    except (OSError, AttributeError):
        pass
PY
}

echo "== idle host: $(ss -Htln | wc -l) TCP listeners ==" >&2
if lsof -nP -iTCP -sTCP:LISTEN >/dev/null 2>&1; then measure idle; else measure idle lsof-may-find-nothing; fi
report idle

echo "creating $listeners listeners over $procs processes on 127.0.0.1:$base_port+ ..." >&2
coproc LOAD { python3 "$here/listeners.py" "$listeners" "$procs" "$base_port"; }
load_in="${LOAD[1]}"
trap 'exec {load_in}>&- 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$out"' EXIT
read -r word made failed <&"${LOAD[0]}"
[ "$word" = ready ] || { echo "load helper failed" >&2; exit 1; }
echo "load: $made listeners ($failed ports were taken)" >&2
measure load
report "load"
if [ -n "${PORTLORE_CMD:-}" ]; then
  echo "portlore saw $($PORTLORE_CMD | grep -o '"inode"' | wc -l) sockets under load (inode fields)" >&2
fi
