#!/usr/bin/env bash
# The CSV export of every report (`/stats/reports.csv`) over a large history must stream: the
# server's peak resident memory while sending it stays under MAX_RSS_MB whatever the number
# of reports. SQLite: `portineria seed-demo`, then REPORTS generated reports (benches/queue.py
# sql, three years of history), `portineria serve`, and one download by the demo admin of the
# whole period; reports the rows, bytes, seconds and the server's resident memory before the
# download and at its peak (VmHWM, read from /proc). Run on demand; not part of the suite.
#
# usage: benches/export.sh [--reports 1000000]
# environment:
#   MAX_RSS_MB=100  PORT=18120  PORTINERIA_BIN (default: cargo build --release)  KEEP=1
# needs: python3, sqlite3 (the CLI), curl. Exits 1 if the peak is above MAX_RSS_MB or rows
# are missing, 2 if the run could not be made.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
reports=1000000
while [ $# -gt 0 ]; do
    case $1 in
        --reports) reports=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "export: unknown argument $1" >&2; exit 2 ;;
    esac
done
max_rss=${MAX_RSS_MB:-100}
port=${PORT:-18120}
for tool in python3 sqlite3 curl; do
    command -v "$tool" >/dev/null || { echo "benches/export.sh needs $tool" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/portineria-export-bench.XXXXXX")
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    [ -n "${KEEP:-}" ] && echo "kept $work" || rm -rf "$work"
}
trap cleanup EXIT

bin=${PORTINERIA_BIN:-}
if [ -z "$bin" ]; then
    (cd "$repo" && cargo build --release --locked -q)
    bin="${CARGO_TARGET_DIR:-$repo/target}/release/portineria"
fi

export DATABASE_URL="sqlite://$work/export.db" PORTINERIA_DATA_DIR="$work/data" RUST_LOG=warn
"$bin" seed-demo >/dev/null
start=$(date +%s)
python3 "$repo/benches/queue.py" sql --backend sqlite --reports "$reports" --units 20000 \
    | sqlite3 -bail "$work/export.db" >/dev/null
echo "$reports reports generated in $(( $(date +%s) - start )) s"

PORTINERIA_BIND="127.0.0.1:$port" PORTINERIA_SECRET=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n') \
    "$bin" serve > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
    curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break
    sleep 0.2
done
jar="$work/cookies"
login=$(curl -s -c "$jar" "http://127.0.0.1:$port/login")
csrf=$(printf '%s' "$login" | sed -n 's/.*name="_csrf" value="\([0-9a-f]*\)".*/\1/p' | head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null -d "_csrf=$csrf&login=admin@demo.test&password=demo" \
    "http://127.0.0.1:$port/login"

rss() { awk -v k="$1:" '$1 == k {print int($2 / 1024)}' "/proc/$server/status"; }
before=$(rss VmRSS)
first=$(date -d '-4 years' +%Y-%m)
last=$(date +%Y-%m)
start=$(date +%s%N)
curl -sf -b "$jar" -o "$work/reports.csv" "http://127.0.0.1:$port/stats/reports.csv?from=$first&to=$last"
seconds=$(awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN { printf "%.1f", ns / 1e9 }')
peak=$(rss VmHWM)
rows=$(( $(wc -l < "$work/reports.csv") - 1 ))
expected=$(sqlite3 "$work/export.db" "SELECT COUNT(*) FROM reports WHERE created_at >= '$first-01'")
bytes=$(stat -c %s "$work/reports.csv")
echo "rows $rows of $expected, $((bytes / 1024 / 1024)) MB in $seconds s"
echo "server resident memory: $before MB before, peak $peak MB (target < $max_rss MB)"
[ "$rows" -ge "$expected" ] && [ "$peak" -lt "$max_rss" ]
