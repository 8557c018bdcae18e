#!/usr/bin/env bash
# The pages residents and technicians open most, under load: each must answer at least
# MIN_RATIO of the same binary's /healthz requests per second, with p99 <= MAX_P99_MS, on
# SQLite and on PostgreSQL, with the demo estate plus REPORTS reports.
#
# For each backend: a fresh database made by `portineria seed-demo`, then REPORTS generated
# reports (benches/queue.py sql: filed by the demo tenant over three years on the units,
# stairs and buildings of both demo landlords, so "my reports" and the technicians' queue are
# long), then `portineria serve` and, in one run, wrk (2 threads, CONNECTIONS connections,
# DURATION each) on /healthz (before, between and after the pages; the median is the
# reference) and on
#   home /, the board, my reports, a report page, the report form   (the demo tenant)
#   /work, /work/agenda                                              (the ALER technician)
#   GET /api/v1/reports, /api/v1/reports/{ref}, /api/v1/notices     (tenant's bearer token)
#   GET /api/v1/queue                                                (technician's token)
# and the report form's weight: its bytes and those of everything it loads, compressed as a
# browser accepting Brotli receives them. Pages a reader opens again while nothing changed
# are answered as kept (src/web/kept_pages.rs); the same pages are then measured as first
# views, each request under an Accept header of its own so that none is kept: printed, not
# checked. Run on demand; not part of the test suite.
#
# usage: benches/pages.sh [--reports 10000] [--backends "sqlite postgres"]
# environment:
#   MIN_RATIO=0.10  MAX_P99_MS=25  DURATION=8s  CONNECTIONS=50  PORT=18100
#   FIRST_VIEWS=0   skip the first views
#   PORTINERIA_BIN  the portal binary (default: cargo build --release)
#   PG_URL=postgres://postgres@127.0.0.1:5432   server for the PostgreSQL run (trust auth);
#                   a database portineria_pages_bench_<pid> is created and dropped
#   KEEP=1          keep the work directory and the PostgreSQL database
# needs: wrk, python3, sqlite3 (the CLI), psql for PostgreSQL.
# Exits 1 if a target is missed, 2 if the run could not be made.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
reports=10000
backends="sqlite postgres"
while [ $# -gt 0 ]; do
    case $1 in
        --reports) reports=$2; shift 2 ;;
        --backends) backends=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "pages: unknown argument $1" >&2; exit 2 ;;
    esac
done
pg_url=${PG_URL:-postgres://postgres@127.0.0.1:5432}
port=${PORT:-18100}
pg_db=portineria_pages_bench_$$
for tool in wrk python3 sqlite3 psql; do
    command -v "$tool" >/dev/null || { echo "pages: $tool not found" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/pages-bench.XXXXXX")
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    if [ "${KEEP:-}" = 1 ]; then
        echo "kept: $work and $pg_url/$pg_db"
    else
        psql "$pg_url/postgres" -qAt -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'exit 2' INT TERM

bin=${PORTINERIA_BIN:-}
if [ -z "$bin" ]; then
    (cd "$repo" && cargo build --release --locked -q --bin portineria)
    bin="${CARGO_TARGET_DIR:-$repo/target}/release/portineria"
fi

results=()
for backend in $backends; do
    echo "== $backend: demo estate + $reports reports"
    case $backend in
        sqlite)
            url=sqlite://$work/pages.sqlite
            load=(sqlite3 -bail "$work/pages.sqlite")
            ;;
        postgres)
            psql "$pg_url/postgres" -qAt -v ON_ERROR_STOP=1 -c "CREATE DATABASE $pg_db" >/dev/null
            url=$pg_url/$pg_db
            load=(psql "$url" -qAt -v ON_ERROR_STOP=1)
            ;;
        *) echo "pages: unknown backend $backend" >&2; exit 2 ;;
    esac
    DATABASE_URL=$url PORTINERIA_DATA_DIR=$work/$backend-data "$bin" seed-demo >"$work/$backend-seed.log" 2>&1 \
        || { cat "$work/$backend-seed.log" >&2; exit 2; }
    python3 "$repo/benches/queue.py" sql --backend "$backend" --reports "$reports" --units 2000 \
        | "${load[@]}" >/dev/null || { echo "pages: loading failed" >&2; exit 2; }

    DATABASE_URL=$url PORTINERIA_BIND=127.0.0.1:$port PORTINERIA_DATA_DIR=$work/$backend-data \
        PORTINERIA_SECRET=pages-bench-secret-0123456789abcdefghijkl RUST_LOG=warn \
        "$bin" serve >"$work/$backend-serve.log" 2>&1 &
    server=$!
    python3 "$repo/benches/pages.py" measure --port "$port" --backend "$backend" \
        --out "$work/$backend.json" --duration "${DURATION:-8s}" --connections "${CONNECTIONS:-50}" \
        --first-views "${FIRST_VIEWS:-1}" \
        || { echo "pages: measuring failed; server log:" >&2; tail -20 "$work/$backend-serve.log" >&2; exit 2; }
    kill "$server"; wait "$server" 2>/dev/null || true
    server=""
    results+=("$work/$backend.json")
    port=$((port + 1))
done

python3 "$repo/benches/pages.py" summary --min-ratio "${MIN_RATIO:-0.10}" \
    --max-p99-ms "${MAX_P99_MS:-25}" "${results[@]}"
