#!/usr/bin/env bash
# Prometheus (Debian's package) scrapes `portlore serve` on loopback every second; asserts through
# Prometheus's own HTTP API that the listener series arrive and that deploy/prometheus/alerts.yml
# fires for a listener on de-assigned port 1302 whose process poses as sshd.
set -euo pipefail
cd "$(dirname "$0")/../.."
. tests/integration/lib.sh

if ! command -v prometheus >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq prometheus
fi
BIN=$(portlore_binary)
WORK=$(mktemp -d)
trap 'stop_started; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

promtool check rules deploy/prometheus/alerts.yml >/dev/null
echo "ok: promtool accepts deploy/prometheus/alerts.yml"
promtool test rules deploy/prometheus/alerts.test.yml >/dev/null
echo "ok: promtool test rules deploy/prometheus/alerts.test.yml"

# The deliberate listener: 127.0.0.1:1302 (de-assigned), named like a daemon it is not.
start_listener 1302 'sshd' "$WORK/listener.ready"

SERVE_PORT=$(free_port)
"$BIN" serve --port "$SERVE_PORT" --cache-seconds 1 2>"$WORK/serve.log" &
PIDS+=($!)
wait_for "http://127.0.0.1:$SERVE_PORT/healthz" 30

PROM_PORT=$(free_port)
cat >"$WORK/prometheus.yml" <<YML
global:
  scrape_interval: 1s
  evaluation_interval: 1s
rule_files:
  - $PWD/deploy/prometheus/alerts.yml
scrape_configs:
  - job_name: portlore
    static_configs:
      - targets: ["127.0.0.1:$SERVE_PORT"]
YML
prometheus --config.file="$WORK/prometheus.yml" --storage.tsdb.path="$WORK/data" \
    --web.listen-address="127.0.0.1:$PROM_PORT" >"$WORK/prometheus.log" 2>&1 &
PIDS+=($!)
wait_for "http://127.0.0.1:$PROM_PORT/-/ready" 60

API="http://127.0.0.1:$PROM_PORT/api/v1"

# series QUERY: true once the instant query returns at least one series.
series() {
    curl -fsS --get "$API/query" --data-urlencode "query=$1" \
        | python3 -c 'import json,sys; sys.exit(0 if json.load(sys.stdin)["data"]["result"] else 1)'
}
# firing ALERTNAME: true once the alert is firing.
firing() {
    curl -fsS "$API/alerts" \
        | python3 -c 'import json,sys; a=json.load(sys.stdin)["data"]["alerts"]; sys.exit(0 if any(x["labels"]["alertname"]==sys.argv[1] and x["state"]=="firing" for x in a) else 1)' "$1"
}
# eventually SECONDS COMMAND...: retries until the command succeeds or the time is up.
eventually() {
    local deadline=$((SECONDS + $1)); shift
    until "$@"; do
        [ $SECONDS -ge $deadline ] && return 1
        sleep 1
    done
}

# /metrics and `ls --prometheus` (node_exporter's textfile collector) pass promtool's lint.
lint_metrics() {
    curl -fsS "http://127.0.0.1:$SERVE_PORT/metrics" >"$WORK/metrics.prom" && promtool check metrics <"$WORK/metrics.prom"
}
check "promtool check metrics on /metrics" lint_metrics
textfile() {
    "$BIN" ls --prometheus >"$WORK/textfile.prom" && promtool check metrics <"$WORK/textfile.prom" \
        && grep -q '^portlore_listener{port="1302",protocol="tcp",address="127.0.0.1",process="sshd"' "$WORK/textfile.prom" \
        && grep -q '^portlore_build_info{version=' "$WORK/textfile.prom"
}
check "promtool check metrics on ls --prometheus" textfile

check "listener on 1302 as a series" eventually 60 series 'portlore_listener{port="1302",protocol="tcp",address="127.0.0.1",process="sshd",iana_status="deassigned",severity="alert"}'
check "the server's own listener, counted by process" eventually 30 series 'portlore_listeners_by_process{process="portlore"} >= 1'
check "build info" eventually 30 series 'portlore_build_info'
check "finding counts by rule" eventually 30 series 'portlore_findings{rule="port-deassigned",severity="warning"}'
check "alert-level finding" eventually 30 series 'portlore_finding{rule="disguised-process-name",severity="alert",port="1302"}'
check "scan duration" eventually 30 series 'portlore_scan_duration_seconds'
check "registry date" eventually 30 series 'portlore_registry_date_seconds > 1500000000'
check "alert PortloreListenerOnDeassignedPort fires" eventually 60 firing PortloreListenerOnDeassignedPort
check "alert PortloreNewAlertLevelFinding fires" eventually 60 firing PortloreNewAlertLevelFinding

if [ "$FAILED" -gt 0 ]; then
    echo "--- portlore serve log"; cat "$WORK/serve.log"
    echo "--- prometheus log (tail)"; tail -20 "$WORK/prometheus.log"
fi
echo "prometheus integration: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
