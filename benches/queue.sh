#!/usr/bin/env bash
# The work queue over a large history: the default queue page of one organisation (no
# filters, first page) must answer in p95 <= MAX_P95_MS on SQLite and on PostgreSQL.
#
# For each backend: a fresh database made by `portineria seed-demo`, then generated with SQL
# straight into it (benches/queue.py sql): 40 estates, buildings of 4 stairs x 20 units owned
# in turn by the two demo organisations (aler-milano, comune-cinisello), and REPORTS reports
# over three years (85 % on a unit, 10 % a stair, 5 % a building; 5 % still open, in the four
# open states, most of them filed in the last 60 days; the rest resolved, closed or not
# competent; due dates from the priority), inserted in the order they were filed, as the
# portal would have, so ids and table order follow time. Resolved reports are all younger
# than the auto-close delay and today's manager digest is marked as sent, so no one-off
# background job runs during the measurement (the digest over this backlog is a 4 MB mail).
# ANALYZE (PostgreSQL: VACUUM ANALYZE) afterwards. Then `portineria serve` on 127.0.0.1 and
# one keep-alive client (Python http.client) signed in as tecnico.aler@demo.test times,
# interleaved, REQUESTS rounds (after WARMUP) of
#   GET /readyz        the reference: one trivial database round trip
#   GET /api/v1/queue  the queue as JSON (bearer token)
#   GET /work          the queue page as HTML (session cookie)
# and reports p50/p95/p99 and their ratios to /readyz (machines are noisy: compare ratios
# between runs, absolute figures only within one). Run on demand; not part of the test suite.
#
# With --page stats (benches/stats.sh), the same data is read by responsabile.aler@demo.test
# instead: GET /stats (default filters: every estate the manager's organisation serves, the
# last twelve months) and GET /summary (one estate's year), each against /readyz.
#
# usage: benches/queue.sh [--reports 1000000] [--units 160000] [--backends "sqlite postgres"]
#                         [--page queue|stats]
# environment:
#   MAX_P95_MS=30      highest acceptable p95 of /api/v1/queue and /work, in ms (--page queue)
#   MAX_P95_RATIO=50   highest acceptable p95 of /stats and /summary as a multiple of the p95
#                      of /readyz (--page stats)
#   REQUESTS=300       timed rounds;  WARMUP=20  untimed rounds before them
#   PORTINERIA_BIN     the portal binary (default: cargo build --release, copied to the
#                      work directory)
#   PG_URL=postgres://postgres@127.0.0.1:5432   server for the PostgreSQL run (trust auth);
#                      a database portineria_queue_bench_<pid> is created and dropped
#   PORT=18090         first port to serve on (the next one for the second backend)
#   KEEP=1             keep the work directory (SQLite file, logs, results) and the
#                      PostgreSQL database, to look into them afterwards
# needs: python3, sqlite3 (the CLI), psql for PostgreSQL.
# Exits 1 if a p95 is above its limit, 2 if the run could not be made.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
reports=1000000
units=160000
backends="sqlite postgres"
page=queue
while [ $# -gt 0 ]; do
    case $1 in
        --reports) reports=$2; shift 2 ;;
        --units) units=$2; shift 2 ;;
        --backends) backends=$2; shift 2 ;;
        --page) page=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "queue: unknown argument $1" >&2; exit 2 ;;
    esac
done
case $page in
    queue) limit=(--max-p95-ms "${MAX_P95_MS:-30}") ;;
    stats) limit=(--max-p95-ratio "${MAX_P95_RATIO:-50}") ;;
    *) echo "queue: unknown page $page" >&2; exit 2 ;;
esac
requests=${REQUESTS:-300}
warmup=${WARMUP:-20}
pg_url=${PG_URL:-postgres://postgres@127.0.0.1:5432}
port=${PORT:-18090}
pg_db=portineria_queue_bench_$$

need() {
    command -v "$1" >/dev/null || { echo "queue: $1 not found ($2)" >&2; exit 2; }
}
need python3 "install Python 3"
for b in $backends; do
    case $b in
        sqlite) need sqlite3 "apt-get install sqlite3" ;;
        postgres) need psql "apt-get install postgresql-client" ;;
        *) echo "queue: unknown backend $b" >&2; exit 2 ;;
    esac
done
case $pg_url in
    *://*@127.0.0.1*|*://127.0.0.1*|*://*@localhost*|*://localhost*) ;;
    *) echo "queue: PG_URL must point at 127.0.0.1" >&2; exit 2 ;;
esac

work=$(mktemp -d /tmp/queue-bench.XXXXXX)
server=""
pg_created=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    if [ -n "$pg_created" ] && [ "${KEEP:-}" = 1 ]; then
        echo "PostgreSQL database kept: $pg_url/$pg_db (psql $pg_url/postgres -c 'DROP DATABASE $pg_db')"
    elif [ -n "$pg_created" ]; then
        psql "$pg_url/postgres" -qAt -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true
    fi
    if [ "${KEEP:-}" = 1 ]; then echo "work directory kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 2' INT TERM

if [ -n "${PORTINERIA_BIN:-}" ]; then
    bin=$PORTINERIA_BIN
else
    echo "building the portal (release) ..."
    (cd "$repo" && cargo build --release --quiet --bin portineria)
    cp "${CARGO_TARGET_DIR:-$repo/target}/release/portineria" "$work/portineria"
    bin=$work/portineria
fi
[ -x "$bin" ] || { echo "queue: no portal binary at $bin" >&2; exit 2; }

secret=queue-bench-secret-0123456789abcdefghijklmn
seconds() { awk -v ns=$(( $(date +%s%N) - $1 )) 'BEGIN { printf "%.1f", ns / 1e9 }'; }

results=()
for backend in $backends; do
    echo "== $backend: $reports reports over about $units units"
    case $backend in
        sqlite)
            url=sqlite://$work/queue.sqlite
            load=(sqlite3 -bail "$work/queue.sqlite")
            ;;
        postgres)
            psql "$pg_url/postgres" -qAt -v ON_ERROR_STOP=1 -c "CREATE DATABASE $pg_db" >/dev/null
            pg_created=1
            url=$pg_url/$pg_db
            load=(psql "$url" -qAt -v ON_ERROR_STOP=1)
            ;;
    esac
    start=$(date +%s%N)
    DATABASE_URL=$url timeout 300 "$bin" seed-demo >"$work/$backend-seed.log" 2>&1 \
        || { cat "$work/$backend-seed.log" >&2; exit 2; }
    echo "schema and demo accounts: $(seconds "$start") s"
    start=$(date +%s%N)
    python3 "$repo/benches/queue.py" sql --backend "$backend" --reports "$reports" --units "$units" \
        | timeout 1200 "${load[@]}" >/dev/null || { echo "queue: loading failed" >&2; exit 2; }
    load_seconds=$(seconds "$start")
    echo "data generated and analysed: $load_seconds s"

    mkdir -p "$work/$backend-data"
    DATABASE_URL=$url PORTINERIA_BIND=127.0.0.1:$port PORTINERIA_SECRET=$secret \
        PORTINERIA_DATA_DIR=$work/$backend-data RUST_LOG=${RUST_LOG:-info} \
        "$bin" serve >"$work/$backend-serve.log" 2>&1 &
    server=$!
    timeout 900 python3 "$repo/benches/queue.py" measure --port "$port" --backend "$backend" --page "$page" \
        --requests "$requests" --warmup "$warmup" --out "$work/$backend.json" \
        --load-seconds "$load_seconds" \
        || { echo "queue: measuring failed; server log:" >&2; tail -20 "$work/$backend-serve.log" >&2; exit 2; }
    kill "$server"; wait "$server" 2>/dev/null || true
    server=""
    results+=("$work/$backend.json")
    if [ "$backend" = postgres ] && [ "${KEEP:-}" != 1 ]; then
        psql "$pg_url/postgres" -qAt -c "DROP DATABASE $pg_db WITH (FORCE)" >/dev/null
        pg_created=""
    else
        [ "${KEEP:-}" = 1 ] || rm -f "$work"/queue.sqlite*
    fi
    port=$((port + 1))
done

echo
set +e
python3 "$repo/benches/queue.py" summary "${limit[@]}" "${results[@]}"
status=$?
exit $status
