#!/usr/bin/env bash
# .ci/run's test stage: the README's test command, `swift test --skip-build`, once.
#
# When the only failures are HummingbirdTesting's `.readTimeout` (its live client gives every
# request 20 s, a limit no option changes), the suites that failed run once more on their own.
# Swift Testing runs every suite at once, and on two cores a request has waited longer than
# that behind the rest of the run. Any other failure, or a crash, fails the stage at once, and
# a suite that times out twice fails it too.
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
swift test --skip-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
[ "$status" -eq 0 ] && exit 0
issues=$(grep -E '^✘ Test .* recorded an issue' "$log" || true)
if [ -z "$issues" ] || grep -q 'Program crashed' "$log" || printf '%s\n' "$issues" | grep -vq 'Caught error: \.readTimeout'; then
    exit "$status"
fi
suites=$(grep -E '^✘ Suite [A-Za-z0-9_]+ failed' "$log" | sed -E 's/^✘ Suite ([A-Za-z0-9_]+) failed.*/\1/' | sort -u | paste -sd'|' -)
[ -n "$suites" ] || exit "$status"
echo "test: only the test client's 20 s read timeout failed, in $suites; running those suites again on their own"
swift test --skip-build --filter "$suites"
