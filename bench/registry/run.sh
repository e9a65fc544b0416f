#!/usr/bin/env bash
# Issue 2's benchmark: `portlore 1302` (registry part only) against the binary's bare start-up,
# `getent services` and whatportis, in one run. Prints medians and ratios.
#
#   bench/registry/run.sh [--runs N]
#
# PORTLORE_BIN=path skips the build and measures that binary; PORTLORE_BASELINE_BIN=path adds an
# older build to the same run (A/B), e.g. one built from the commit before a change.
#
# Installs hyperfine (Debian) and whatportis (PyPI) when missing. whatportis is seeded offline
# from a CSV made of Data/iana/ under a temporary HOME, so it never downloads anything.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=200
[ "${1:-}" = "--runs" ] && runs=$2

command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
command -v whatportis >/dev/null || pip install -q whatportis

if [ -n "${PORTLORE_BIN:-}" ]; then
    bin=$PORTLORE_BIN
else
    # The README's build: a fully static executable.
    swift build -c release --static-swift-stdlib -Xswiftc -static-executable --product portlore >&2
    bin=$PWD/.build/release/portlore
fi
baseline=${PORTLORE_BASELINE_BIN:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# whatportis reads ~/.whatportis_db.json (TinyDB); fill it with the current registry rows.
export HOME_FOR_WHATPORTIS=$work
HOME=$work python3 - Data/iana/record-history.tsv <<'PY'
import csv, sys
from whatportis.db import get_database
rows = []
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
        if r["last_seen"]:
            continue
        port = r["port_low"] if r["port_low"] == r["port_high"] else f'{r["port_low"]}-{r["port_high"]}'
        rows.append({"name": r["service_name"] or "---", "port": port or "---",
                     "protocol": r["protocol"] or "---", "description": r["description"] or "---"})
db = get_database(); db.truncate(); db.insert_multiple(rows); db.close()
print(f"whatportis database: {len(rows)} rows", file=sys.stderr)
PY

echo "portlore binary: $(du -h "$bin" | cut -f1), $(ldd "$bin" 2>/dev/null | wc -l) shared libraries" >&2
HOME=$work hyperfine -N --warmup 20 --runs "$runs" -i --export-json "$work/times.json" \
    -n 'portlore --version' "$bin --version" \
    -n 'portlore 1302 --no-host' "$bin 1302 --no-host --color never" \
    -n 'portlore 1302' "$bin 1302 --color never" \
    -n 'getent services 1302/tcp' "getent services 1302/tcp" \
    -n 'getent services 443/tcp' "getent services 443/tcp" \
    ${baseline:+-n 'baseline --version' "$baseline --version"} \
    ${baseline:+-n 'baseline 1302 --no-host' "$baseline 1302 --no-host --color never"} \
    ${baseline:+-n 'baseline 443/tcp --no-host' "$baseline 443/tcp --no-host --color never"} \
    ${baseline:+-n 'portlore 443/tcp --no-host' "$bin 443/tcp --no-host --color never"} >&2
HOME=$work hyperfine --warmup 2 --runs 15 -i --export-json "$work/slow.json" \
    -n 'whatportis 1302' "whatportis 1302" >&2

python3 - "$work/times.json" "$work/slow.json" <<'PY'
import json, statistics, sys
results = {}
for path in sys.argv[1:]:
    for r in json.load(open(path))["results"]:
        results[r["command"]] = statistics.median(r["times"]) * 1000
base = results["portlore --version"]
lookup = results["portlore 1302 --no-host"]
print(f'{"command":28} {"median ms":>10} {"vs portlore 1302":>17}')
for name, ms in results.items():
    print(f"{name:28} {ms:10.2f} {ms / lookup:16.2f}x")
print()
print(f"registry work over bare start-up: {lookup - base:.2f} ms (target <= 2 ms)")
print(f"portlore 1302 --no-host: {lookup:.2f} ms (target < 10 ms); with the host scan: {results['portlore 1302']:.2f} ms")
print(f"whatportis / portlore: {results['whatportis 1302'] / lookup:.0f}x slower")
if "baseline 1302 --no-host" in results:
    for q in ("1302 --no-host", "443/tcp --no-host", "--version"):
        new, old = results[f"portlore {q}"], results[f"baseline {q}"]
        print(f"portlore {q}: {new:.2f} ms against the baseline's {old:.2f} ms ({new / old:.2f}x)")
PY
