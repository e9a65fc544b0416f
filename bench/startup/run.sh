#!/usr/bin/env bash
# Issue 12's start-up benchmark: portlore's start-up against a fully static FoundationEssentials
# "hello" (the floor: a process that starts the Swift runtime and prints a line), and against
# an older portlore binary, in one run. Prints medians and ratios.
#
#   bench/startup/run.sh [--runs N] [--rounds R]
#
# PORTLORE_BIN=path measures that binary instead of building the README's release binary;
# PORTLORE_BASELINE_BIN=path adds an older build to the same run (A/B), e.g. one built from main.
# Commands alternate in R rounds of N/R runs each (hyperfine -N), so that the load other
# processes put on the machine falls on every command alike; medians are over all rounds.
# `perf stat` CPU time and page faults are printed too when perf works.
#
# Installs nothing: it says what is missing (hyperfine; perf is optional).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=300
rounds=6
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        *) echo "usage: bench/startup/run.sh [--runs N] [--rounds R]" >&2; exit 2 ;;
    esac
done
command -v hyperfine >/dev/null || { echo "bench/startup: hyperfine is missing (apt-get install hyperfine)" >&2; exit 4; }
command -v swift >/dev/null || [ -n "${PORTLORE_BIN:-}" ] || { echo "bench/startup: swift is missing" >&2; exit 4; }

static_build=(swift build -c release --static-swift-stdlib -Xswiftc -static-executable)
if [ -n "${PORTLORE_BIN:-}" ]; then
    bin=$PORTLORE_BIN
else
    # The README's build: a fully static executable.
    "${static_build[@]}" --product portlore >&2
    bin=$PWD/.build/release/portlore
fi
baseline=${PORTLORE_BASELINE_BIN:-}
# The floor, built the same way as portlore.
(cd bench/startup/hello && "${static_build[@]}" --scratch-path "${HELLO_SCRATCH:-.build}") >&2
hello=$PWD/bench/startup/hello/${HELLO_SCRATCH:-.build}/release/hello
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# No installed registry or allowlist: every binary reads the data embedded in it.
export HOME=$work XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config

describe() {  # binary -> one line about its ELF type, size and relocations
    local type relocs
    type=$(readelf -h "$1" 2>/dev/null | awk '/Type:/{print $2}')
    relocs=$(readelf -rW "$1" 2>/dev/null | grep -c ' R_X86_64_' || true)
    echo "$(basename "$1") ($1): $(du -h "$1" | cut -f1), ELF $type, $relocs relocations, $(ldd "$1" 2>/dev/null | grep -c '=>' || true) shared libraries"
}
describe "$hello" >&2
describe "$bin" >&2
[ -z "$baseline" ] || describe "$baseline" >&2

# name|arguments: the commands compared with the baseline. The first three are issue 12's targets.
cases=(
    "--version|--version"
    "1302 --no-host|1302 --no-host --color never"
    "1302|1302 --color never"
    "1302 --json|1302 --json"
    "443/tcp --no-host|443/tcp --no-host --color never"
    "postgresql --no-host|postgresql --no-host --color never"
    "8000-8010 --no-host|8000-8010 --no-host --color never"
    "search remote|search remote --color never"
    "ls|ls --color never"
    "ls --json|ls --json"
    "--help|--help"
)
args=(-n hello "$hello")
for c in "${cases[@]}"; do
    args+=(-n "portlore ${c%%|*}" "$bin ${c#*|}")
    [ -z "$baseline" ] || args+=(-n "baseline ${c%%|*}" "$baseline ${c#*|}")
done
per_round=$(( (runs + rounds - 1) / rounds ))
for round in $(seq "$rounds"); do
    echo "round $round of $rounds ($per_round runs of each command)" >&2
    hyperfine -N --warmup 5 --runs "$per_round" -i --style none --export-json "$work/round$round.json" "${args[@]}" >/dev/null
done

# CPU time and page faults (perf stat, user + system time of the process and its threads):
# far less sensitive than wall time to what other processes do to this machine meanwhile.
cpu_runs=${CPU_RUNS:-60}
if perf stat -e task-clock true >/dev/null 2>&1; then
    stat_one() {  # name, command...
        local name=$1; shift
        perf stat -x, -r "$cpu_runs" -e task-clock,page-faults "$@" 2>"$work/perf.tmp" >/dev/null || true
        awk -F, -v name="$name" '$3=="task-clock"{ms=$1} $3=="page-faults"{pf=$1} END{printf "%s|%s|%s\n", name, ms, pf}' "$work/perf.tmp" >> "$work/perf.txt"
    }
    stat_one hello "$hello"
    for c in "${cases[@]}"; do
        # shellcheck disable=SC2086
        stat_one "portlore ${c%%|*}" "$bin" ${c#*|}
        # shellcheck disable=SC2086
        [ -z "$baseline" ] || stat_one "baseline ${c%%|*}" "$baseline" ${c#*|}
    done
else
    echo "perf stat does not work here: CPU time and page faults left out" >&2
fi

python3 - "$work" "$rounds" <<'PY'
import glob, json, os, statistics, sys
work, rounds = sys.argv[1], int(sys.argv[2])
times = {}
for path in sorted(glob.glob(os.path.join(work, "round*.json"))):
    for r in json.load(open(path))["results"]:
        times.setdefault(r["command"], []).extend(r["times"])
median = {name: statistics.median(t) * 1000 for name, t in times.items()}
hello = median["hello"]
print(f'{"command":30} {"median ms":>10} {"vs hello":>9} {"vs baseline":>12}')
for name, ms in median.items():
    versus = ""
    if name.startswith("portlore "):
        old = median.get("baseline " + name[len("portlore "):])
        versus = f"{ms / old:11.2f}x" if old else ""
    print(f"{name:30} {ms:10.2f} {ms / hello:8.2f}x {versus}")
print()
def target(name, limit):
    ratio = median[name] / hello
    print(f"{name}: {ratio:.2f}x hello (target <= {limit}x): {'met' if ratio <= limit else 'NOT met'}")
target("portlore 1302 --no-host", 1.6)
target("portlore 1302", 2.0)
slower = [n for n in median if n.startswith("portlore ") and ("baseline " + n[9:]) in median
          and median[n] > median["baseline " + n[9:]] * 1.03]
if any(n.startswith("baseline ") for n in median):
    print("slower than the baseline by more than 3%: " + (", ".join(slower) if slower else "none"))
perf = os.path.join(work, "perf.txt")
if os.path.exists(perf):
    rows = {n: (float(ms), faults) for n, ms, faults in (line.rstrip("\n").split("|") for line in open(perf))}
    base = rows["hello"][0]
    print()
    print(f'{"CPU time (perf stat)":30} {"CPU ms":>10} {"vs hello":>9} {"vs baseline":>12} {"page faults":>12}')
    for name, (ms, faults) in rows.items():
        versus = ""
        if name.startswith("portlore ") and ("baseline " + name[9:]) in rows:
            versus = f'{ms / rows["baseline " + name[9:]][0]:11.2f}x'
        print(f"{name:30} {ms:10.2f} {ms / base:8.2f}x {versus:>12} {faults:>12}")
    print()
    for name, limit in (("portlore 1302 --no-host", 1.6), ("portlore 1302", 2.0)):
        ratio = rows[name][0] / base
        print(f"{name}: CPU {ratio:.2f}x hello's (target <= {limit}x): {'met' if ratio <= limit else 'NOT met'}")
    slower = [n for n in rows if n.startswith("portlore ") and ("baseline " + n[9:]) in rows
              and rows[n][0] > rows["baseline " + n[9:]][0] * 1.03]
    if any(n.startswith("baseline ") for n in rows):
        print("CPU time more than 3% above the baseline's: " + (", ".join(slower) if slower else "none"))
PY
