#!/usr/bin/env bash
# .ci/run's postgres stage: the feedback store tests against PostgreSQL in a throw-away cluster
# on loopback, including two `portlore serve` replicas counting votes into one database
# (FeedbackServeTests.twoReplicasCountIntoOneStore) and votes surviving kill -9. Needs a
# finished `swift build --build-tests`. The SQLite runs of the same tests are in the test stage.
set -euo pipefail
cd "$(dirname "$0")/../.."
. tests/integration/postgres-cluster.sh

export PORTLORE_TEST_DATABASE="$PG_URL"
log=$(mktemp)
status=0
swift test --skip-build --filter 'PostgresFeedbackStoreTests|FeedbackServeTests|UnreachableStoreTests' 2>&1 | tee "$log" || status=$?
# The PostgreSQL suite skips itself without the variable; here it must have run.
if grep -q 'PostgresFeedbackStoreTests.*skipped' "$log" || ! grep -q 'Suite PostgresFeedbackStoreTests passed' "$log"; then
    echo "postgres: the PostgreSQL feedback tests did not run" >&2
    status=1
fi
rm -f "$log"
exit $status
