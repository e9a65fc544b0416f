#!/usr/bin/env bash
# Fuzzes the parsers that read untrusted bytes (Tests/PortReportTests/ParserFuzzTests.swift) for a
# bounded time: PORTLORE_FUZZ_SECONDS per target (default 15; six targets, so about 90 s), from
# the seed PORTLORE_FUZZ_SEED (default: the date, so each day explores new inputs and a failure
# replays with the printed seed). Needs `swift build --build-tests` done. Prints each target's
# executions; any finding fails the run.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PORTLORE_FUZZ_SECONDS="${PORTLORE_FUZZ_SECONDS:-15}"
export PORTLORE_FUZZ_SEED="${PORTLORE_FUZZ_SEED:-$(date -u +%Y%m%d)}"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
swift test --skip-build --filter ParserFuzzTests >"$log" 2>&1 || status=$?
grep -E '^fuzz ' "$log" || true
issues=$(grep -cE 'recorded an issue' "$log" || true)
echo "fuzz: seed $PORTLORE_FUZZ_SEED, $issues findings (recorded issues), exit $status"
if [ "$status" -ne 0 ]; then
    grep -E 'recorded an issue|error|Fatal|Crash|signal' "$log" | head -40
    echo "fuzz: replay with PORTLORE_FUZZ_SEED=$PORTLORE_FUZZ_SEED tests/fuzz/run.sh"
fi
exit "$status"
