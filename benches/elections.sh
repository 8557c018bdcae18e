#!/usr/bin/env bash
# An election's page while its flats vote: the page must answer at least MIN_RATIO of the same
# binary's /healthz requests per second, with p99 <= MAX_P99_MS, on SQLite and on PostgreSQL,
# while every flat of a FLATS-flat building casts its ballot and then casts it again; every
# ballot must be taken (204), the turnout must show every flat, and the close must count each
# flat's last ballot.
#
# For each backend: a fresh database made by `portineria seed-demo`, then the building BENCH
# of the demo estate CIN-SE (benches/elections.py sql: one stair, flats BENCH-A-001..., a
# tenant each, voter001@bench.test... with password demo), then `portineria serve`, and:
#   the desk (sportello@demo.test) opens an election of the building (POST /api/v1/elections),
#   three voters stand (POST /api/v1/elections/{id}/candidates), and the windows are moved by
#   SQL so that voting is open now; every voter signs in, on the API and on the web; the
#   housekeeping round's announcement that voting opened, and the fan-out telling the
#   residents, are waited for (up to a minute and a bit), so that they fall outside the run;
#   in one run, wrk (2 threads, CONNECTIONS connections, DURATION each) on /healthz (before
#   and after; the median is the reference) and on /elections/{id}, each request as the next
#   of the voters (their cookies in turn) and, with FIRST_VIEWS=1, under an Accept header of
#   its own so that none is answered as kept (src/web/kept_pages.rs) -- while a pool of
#   clients casts 2 x FLATS ballots (POST /api/v1/elections/{id}/ballots, each voter's bearer
#   token, a connection each) at an even pace over the page's run: ballots/s and their
#   latency are printed, not checked;
#   then GET /api/v1/elections/{id} as the desk (turnout.units_voted == FLATS), voting_until
#   moved to the past by SQL, POST /api/v1/elections/{id}/close as the desk (200) and the
#   count: the candidates' votes plus blank ballots == FLATS, as each flat last voted.
# Run on demand; not part of the test suite.
#
# usage: benches/elections.sh [--flats 300] [--backends "sqlite postgres"]
# environment:
#   MIN_RATIO=0.10  MAX_P99_MS=25  DURATION=8s  CONNECTIONS=50  PORT=18300
#   FIRST_VIEWS=1   0: the readers' requests carry no Accept header of their own
#   PORTINERIA_BIN  the portal binary (default: cargo build --release)
#   PG_URL=postgres://postgres@127.0.0.1:5432   server for the PostgreSQL run (trust auth);
#                   a database portineria_elections_bench_<pid> is created and dropped
#   KEEP=1          keep the work directory and the PostgreSQL database
# needs: wrk, python3, sqlite3 (the CLI), psql for PostgreSQL.
# Exits 1 if a target is missed (or a ballot lost), 2 if the run could not be made.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
flats=300
backends="sqlite postgres"
while [ $# -gt 0 ]; do
    case $1 in
        --flats) flats=$2; shift 2 ;;
        --backends) backends=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "elections: unknown argument $1" >&2; exit 2 ;;
    esac
done
pg_url=${PG_URL:-postgres://postgres@127.0.0.1:5432}
port=${PORT:-18300}
pg_db=portineria_elections_bench_$$
for tool in wrk python3 sqlite3 psql; do
    command -v "$tool" >/dev/null || { echo "elections: $tool not found" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/elections-bench.XXXXXX")
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
    echo "== $backend: demo estate + a building of $flats flats voting"
    case $backend in
        sqlite)
            url=sqlite://$work/elections.sqlite
            load=(sqlite3 -bail "$work/elections.sqlite")
            ;;
        postgres)
            psql "$pg_url/postgres" -qAt -v ON_ERROR_STOP=1 -c "CREATE DATABASE $pg_db" >/dev/null
            url=$pg_url/$pg_db
            load=(psql "$url" -qAt -v ON_ERROR_STOP=1)
            ;;
        *) echo "elections: unknown backend $backend" >&2; exit 2 ;;
    esac
    DATABASE_URL=$url PORTINERIA_DATA_DIR=$work/$backend-data "$bin" seed-demo >"$work/$backend-seed.log" 2>&1 \
        || { cat "$work/$backend-seed.log" >&2; exit 2; }
    python3 "$repo/benches/elections.py" sql --backend "$backend" --flats "$flats" \
        | "${load[@]}" >/dev/null || { echo "elections: loading failed" >&2; exit 2; }

    DATABASE_URL=$url PORTINERIA_BIND=127.0.0.1:$port PORTINERIA_DATA_DIR=$work/$backend-data \
        PORTINERIA_SECRET=elections-bench-secret-0123456789abcdefgh RUST_LOG=warn \
        "$bin" serve >"$work/$backend-serve.log" 2>&1 &
    server=$!
    status=0
    python3 "$repo/benches/elections.py" measure --port "$port" --backend "$backend" \
        --db-url "$url" --out "$work/$backend.json" --flats "$flats" \
        --duration "${DURATION:-8s}" --connections "${CONNECTIONS:-50}" \
        --first-views "${FIRST_VIEWS:-1}" || status=$?
    if [ "$status" != 0 ]; then
        echo "elections: $backend: server log (last 30 lines of $(wc -l <"$work/$backend-serve.log")):" >&2
        tail -30 "$work/$backend-serve.log" >&2
        # 1: measured, but something was wrong (the summary says what); else nothing measured.
        [ "$status" = 1 ] && [ -s "$work/$backend.json" ] || exit 2
    fi
    kill "$server"; wait "$server" 2>/dev/null || true
    server=""
    results+=("$work/$backend.json")
    port=$((port + 1))
done

python3 "$repo/benches/elections.py" summary --min-ratio "${MIN_RATIO:-0.10}" \
    --max-p99-ms "${MAX_P99_MS:-25}" "${results[@]}"
