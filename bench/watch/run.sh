#!/bin/sh
# CPU cost of `portlore watch --interval 1` on this host, against a reference loop
# running `ss -ltnup` once a second, both measured over the same DURATION seconds.
#
#   bench/watch/run.sh [PORTLORE] [DURATION] [WATCH OPTIONS...]
#
# An idle host, when this one is busy: run it in an empty network namespace and watch only
# that one (the processes stay):
#   unshare --net sh -c 'ip link set lo up; bench/watch/run.sh PORTLORE 60 --netns host'
#
# CPU = utime + stime from /proc/PID/stat (fields 14-17: the process and its reaped
# children), in clock ticks, divided by the wall time: the share of one core.
set -eu
PORTLORE=${1:-.build/release/portlore}
DURATION=${2:-60}
if [ $# -ge 2 ]; then shift 2; else shift $#; fi
TICKS=$(getconf CLK_TCK)

cpu_ticks() {  # utime + stime + cutime + cstime of PID
    sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 + $14 + $15 }'
}

"$PORTLORE" watch --interval 1 --ndjson "$@" > /dev/null &
WATCH=$!
REFERENCE=""
if command -v ss > /dev/null; then
    sh -c 'while sleep 1; do ss -ltnup > /dev/null; done' &
    REFERENCE=$!
fi
trap 'kill $WATCH ${REFERENCE:-} 2> /dev/null || true' EXIT

sleep 2  # start-up (the first full snapshot with owners) is not the steady state
WATCH_START=$(cpu_ticks $WATCH)
REFERENCE_START=$([ -n "$REFERENCE" ] && cpu_ticks $REFERENCE || echo 0)
sleep "$DURATION"
WATCH_END=$(cpu_ticks $WATCH)
REFERENCE_END=$([ -n "$REFERENCE" ] && cpu_ticks $REFERENCE || echo 0)

# Sockets in this network namespace (where `--netns host` watches), and in all of them as root.
SOCKETS=$("$PORTLORE" ls --json --netns host | grep -c '"inode"' || true)
ALL_SOCKETS=$("$PORTLORE" ls --json | grep -c '"inode"' || true)
PROCESSES=$(ls /proc | grep -c '^[0-9]')
echo "watch options: --interval 1 --ndjson $*"
echo "host: $(nproc) CPUs, $PROCESSES processes, $SOCKETS listening sockets here ($ALL_SOCKETS in all network namespaces), CLK_TCK $TICKS, $DURATION s"
awk -v w=$((WATCH_END - WATCH_START)) -v r=$((REFERENCE_END - REFERENCE_START)) -v t="$TICKS" -v d="$DURATION" -v ref="$REFERENCE" 'BEGIN {
    printf "portlore watch --interval 1: %d ticks = %.3f s CPU = %.2f%% of a core\n", w, w / t, 100 * w / t / d
    if (ref != "") {
        printf "ss -ltnup once a second:     %d ticks = %.3f s CPU = %.2f%% of a core\n", r, r / t, 100 * r / t / d
        if (r > 0) printf "ratio portlore / ss: %.2f\n", w / r
    }
}'
