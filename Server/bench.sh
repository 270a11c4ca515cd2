#!/usr/bin/env bash
# Load test of payer-server on loopback with wrk (Debian's package, installed when missing): a release build on a
# copy of the shipped PayerRules, then
#   1. GET /hello (a constant answer: what the HTTP stack alone costs),
#   2. GET /v1/auth (a real question),
#   3. GET /v1/auth again while the rules are changed and reloaded (SIGHUP) every second,
# each for DURATION seconds with THREADS threads and CONNECTIONS connections. Prints requests/s, p99 latency and
# errors per run, and fails if any request failed (socket error or non-2xx) or a reload did not happen.
#
#   bash Server/bench.sh [DURATION=10] [THREADS=2] [CONNECTIONS=32]
set -euo pipefail
duration="${1:-10}"
threads="${2:-2}"
connections="${3:-32}"
server_dir="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$server_dir/.." && pwd)"
work="$(mktemp -d)"
server_pid=""
reloader_pid=""
cleanup() {
    [ -n "$reloader_pid" ] && kill "$reloader_pid" 2>/dev/null || true
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
if ! command -v wrk >/dev/null 2>&1; then
    echo "bench: installing Debian's wrk"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq wrk >/dev/null
fi

echo "bench: building payer-server (release)"
swift build --package-path "$server_dir" -c release --product payer-server
bin="$(swift build --package-path "$server_dir" -c release --show-bin-path)/payer-server"

mkdir -p "$work/rules"
cp "$root"/PayerRules/*.yaml "$work/rules/"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
# Polling off: the reloads below come from SIGHUP, one a second, so their count is known.
"$bin" --rules "$work/rules" --port "$port" --poll-interval 0 >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
    curl -fsS "$base/healthz" >/dev/null 2>&1 && break
    sleep 0.2
done
curl -fsS "$base/healthz" >/dev/null

auth="$base/v1/auth?payer=medicare-ffs&code=64490&date=2024-01-01&setting=hospital-outpatient"
curl -fsS "$auth" | grep -q '"verdict":"required"' || { echo "bench: FAIL: /v1/auth gave the wrong answer"; exit 1; }

failed=0
summary=()
run() {  # run LABEL URL
    local out="$work/wrk-$(echo "$1" | tr ' /' '--').txt"
    wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$2" >"$out"
    local rps p99 errors non2xx
    rps="$(awk '/^Requests\/sec:/ {print $2}' "$out")"
    p99="$(awk '$1 == "99%" {print $2}' "$out")"
    errors="$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$out")"
    non2xx="$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$out")"
    errors="${errors:-0}"
    non2xx="${non2xx:-0}"
    local line
    line="$(printf '%-34s %10s req/s   p99 %-9s  socket errors %s, non-2xx %s' "$1" "$rps" "$p99" "$errors" "$non2xx")"
    echo "$line"
    summary+=("$line")
    if [ "$errors" != "0" ] || [ "$non2xx" != "0" ]; then
        failed=$((failed + 1))
        cat "$out"
    fi
}

echo "bench: wrk -t$threads -c$connections -d${duration}s on $(nproc) cores, $(uname -m)"
run "GET /hello" "$base/hello"
run "GET /v1/auth" "$auth"

# Change a rule file's bytes and send SIGHUP once a second while wrk runs: each reload reads, validates and swaps a
# new rule set under load.
(
    i=0
    while true; do
        i=$((i + 1))
        echo "# bench reload $i" >>"$work/rules/cigna.yaml"
        kill -HUP "$server_pid"
        sleep 1
    done
) &
reloader_pid=$!
run "GET /v1/auth, reloading every 1 s" "$auth"
kill "$reloader_pid" 2>/dev/null || true
wait "$reloader_pid" 2>/dev/null || true
reloader_pid=""

reloads="$(grep -c 'rules reloaded' "$work/server.log" || true)"
failed_reloads="$(grep -c 'reload failed' "$work/server.log" || true)"
echo "bench: $reloads reloads swapped in during the last run, $failed_reloads failed"
curl -fsS "$base/healthz" | grep -q '"status":"ok"' || { echo "bench: FAIL: /healthz is not ok after the reloads"; failed=$((failed + 1)); }
[ "$reloads" -ge 1 ] || { echo "bench: FAIL: no reload happened"; failed=$((failed + 1)); }
[ "$failed_reloads" -eq 0 ] || failed=$((failed + 1))
if [ "$failed" -ne 0 ]; then
    echo "bench: FAIL"
    exit 1
fi
echo "bench: no failed requests"
