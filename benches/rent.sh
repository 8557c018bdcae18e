#!/usr/bin/env bash
# A landlord's rent file at the size of ALER Milano's flats, and the rent pages over it: the
# import must take the same memory whatever the file's length, add nothing the second time, and
# the pages read over it must answer in p95 <= MAX_P95_RATIO x the p95 of /readyz, on SQLite
# and on PostgreSQL.
#
# For each backend: a fresh database made by `portineria seed-demo`, then FLATS flats in
# buildings owned by ALER Milano (aler-milano; benches/rent.py sql: buildings of 4 stairs x 20
# flats RNT-B00001-A-01 ..., spread over up to 40 new estates), generated with SQL straight
# into it. The demo flats keep their demo accounts (the demo tenant's GUA12-A-21 among them).
# Then the rent file for the generated flats, streamed to disk (benches/rent.py csv): twelve
# months up to this one, two bill lines a month under one 18-digit pagoPA notice with ALER's
# creditor tax code (rent, and heating from October to April or water otherwise), and the
# payments made by today: 85 % of households pay on time naming the notice, 6 % are one to three
# bills behind, 5 % always pay after the grace days, 3 % pay in two equal halves on one day
# (equal lines, two payments), 1 % pay short. About 36 lines a flat: 5.8 million at 160000.
# `portineria rent import FILE --organisation aler-milano` runs under /usr/bin/time -v:
#   quarter   the file of the first FLATS/4 flats, on a copy of the database before any import
#   full      the whole file
#   again     the whole file again, which must add and change nothing
# each with its wall time and peak RSS (constant memory: the same peak for a quarter of the
# lines and for all of them), the early-warning list of the flats it changed worked out again
# after it commits included. Then `portineria serve` and one keep-alive client (Python
# http.client, benches/queue.py's) times, interleaved, REQUESTS rounds (after WARMUP; fewer if
# TIME_LIMIT seconds run out first, at least 20) of
#   GET /readyz             the reference: one trivial database round trip
#   GET /rent               the demo tenant's account page (inquilino@demo.test)
#   GET /rent/office        the early-warning list over all FLATS flats, its first page
#                           (canoni.aler@demo.test)
#   GET /api/v1/rent/watch  the same page as JSON (the rent officer's bearer token)
#   and the list's last page as JSON (?page=L), measured but not checked,
# after one read each of the pages, and of /stats/rent (the indicators over every flat), timed
# but not checked,
# and reports p50/p95 and the ratio of each p95 to that of /readyz (machines are noisy: compare
# ratios between runs, absolute figures only within one). Run on demand; not part of the test
# suite.
#
# usage: benches/rent.sh [--flats 160000] [--backends "sqlite postgres"]
# environment:
#   MAX_P95_RATIO=20   highest acceptable p95 of a rent page as a multiple of /readyz's
#   REQUESTS=200  WARMUP=5  TIME_LIMIT=600   timed rounds, untimed rounds before them, and the
#                 seconds after which no further round starts
#   PORTINERIA_BIN  the portal binary (default: cargo build --release, copied to the work
#                   directory); figures from a debug build are not figures
#   PG_URL=postgres://postgres@127.0.0.1:5432   server for the PostgreSQL run (trust auth);
#                   databases portineria_rent_bench_<pid> (and _q, the quarter's copy) are
#                   created and dropped
#   PORT=18110      first port to serve on (the next one for the second backend)
#   KEEP=1          keep the work directory (database, rent files, logs, results) and the
#                   PostgreSQL database, to look into them afterwards
# needs: python3, /usr/bin/time (GNU time), sqlite3 (the CLI), psql for PostgreSQL; the rent
# files take about 600 MB of disk at 160000 flats (the whole file and the quarter's).
# Exits 1 if a target is missed or an import did not do what the file says, 2 if the run could
# not be made.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
flats=160000
backends="sqlite postgres"
while [ $# -gt 0 ]; do
    case $1 in
        --flats) flats=$2; shift 2 ;;
        --backends) backends=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "rent: unknown argument $1" >&2; exit 2 ;;
    esac
done
[ "$flats" -ge 4 ] || { echo "rent: --flats must be at least 4" >&2; exit 2; }
quarter=$((flats / 4))
pg_url=${PG_URL:-postgres://postgres@127.0.0.1:5432}
port=${PORT:-18110}
pg_db=portineria_rent_bench_$$

need() {
    command -v "$1" >/dev/null || { echo "rent: $1 not found ($2)" >&2; exit 2; }
}
need python3 "install Python 3"
[ -x /usr/bin/time ] || { echo "rent: /usr/bin/time not found (apt-get install time)" >&2; exit 2; }
for b in $backends; do
    case $b in
        sqlite) need sqlite3 "apt-get install sqlite3" ;;
        postgres) need psql "apt-get install postgresql-client" ;;
        *) echo "rent: unknown backend $b" >&2; exit 2 ;;
    esac
done
case $pg_url in
    *://*@127.0.0.1*|*://127.0.0.1*|*://*@localhost*|*://localhost*) ;;
    *) echo "rent: PG_URL must point at 127.0.0.1" >&2; exit 2 ;;
esac

work=$(mktemp -d "${TMPDIR:-/tmp}/rent-bench.XXXXXX")
server=""
pg_created=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    if [ -n "$pg_created" ] && [ "${KEEP:-}" = 1 ]; then
        echo "PostgreSQL database kept: $pg_url/$pg_db (psql $pg_url/postgres -c 'DROP DATABASE $pg_db')"
        psql "$pg_url/postgres" -qAt -c "DROP DATABASE IF EXISTS ${pg_db}_q WITH (FORCE)" >/dev/null 2>&1 || true
    elif [ -n "$pg_created" ]; then
        psql "$pg_url/postgres" -qAt -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true
        psql "$pg_url/postgres" -qAt -c "DROP DATABASE IF EXISTS ${pg_db}_q WITH (FORCE)" >/dev/null 2>&1 || true
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
[ -x "$bin" ] || { echo "rent: no portal binary at $bin" >&2; exit 2; }

secret=rent-bench-secret-0123456789abcdefghijklmn
seconds() { awk -v ns=$(( $(date +%s%N) - $1 )) 'BEGIN { printf "%.1f", ns / 1e9 }'; }

# The rent files: the same for both backends (the quarter's lines are the first flats' lines).
echo "== rent files: $flats flats, and the first $quarter"
start=$(date +%s%N)
python3 "$repo/benches/rent.py" csv --flats "$flats" --out "$work/rent.csv" || exit 2
python3 "$repo/benches/rent.py" csv --flats "$quarter" --out "$work/rent-quarter.csv" || exit 2
echo "  written in $(seconds "$start") s"

results=()
for backend in $backends; do
    echo "== $backend: demo estate + $flats flats of ALER Milano"
    case $backend in
        sqlite)
            url=sqlite://$work/rent.sqlite
            load=(sqlite3 -bail "$work/rent.sqlite")
            ;;
        postgres)
            psql "$pg_url/postgres" -qAt -v ON_ERROR_STOP=1 -c "CREATE DATABASE $pg_db" >/dev/null
            pg_created=1
            url=$pg_url/$pg_db
            load=(psql "$url" -qAt -v ON_ERROR_STOP=1)
            ;;
    esac
    mkdir -p "$work/$backend-data"
    start=$(date +%s%N)
    DATABASE_URL=$url PORTINERIA_DATA_DIR=$work/$backend-data timeout 300 "$bin" seed-demo \
        >"$work/$backend-seed.log" 2>&1 || { cat "$work/$backend-seed.log" >&2; exit 2; }
    python3 "$repo/benches/rent.py" sql --backend "$backend" --flats "$flats" \
        | timeout 1200 "${load[@]}" >/dev/null || { echo "rent: loading failed" >&2; exit 2; }
    echo "  schema, demo and flats: $(seconds "$start") s"

    # The quarter, on a copy of the database as it is before any import.
    case $backend in
        sqlite)
            sqlite3 -bail "$work/rent.sqlite" ".backup '$work/rent-quarter.sqlite'"
            quarter_url=sqlite://$work/rent-quarter.sqlite
            ;;
        postgres)
            psql "$pg_url/postgres" -qAt -v ON_ERROR_STOP=1 \
                -c "CREATE DATABASE ${pg_db}_q TEMPLATE $pg_db" >/dev/null
            quarter_url=$pg_url/${pg_db}_q
            ;;
    esac
    record=$work/$backend-imports.json
    timed() {
        local label=$1 db=$2 file=$3; shift 3
        DATABASE_URL=$db PORTINERIA_DATA_DIR=$work/$backend-data RUST_LOG=warn \
            python3 "$repo/benches/rent.py" import --label "$label" --bin "$bin" --file "$file" \
            --expect "$file.json" --record "$record" "$@" || exit 2
    }
    timed "quarter ($quarter flats)" "$quarter_url" "$work/rent-quarter.csv"
    case $backend in
        sqlite) rm -f "$work"/rent-quarter.sqlite* ;;
        postgres) psql "$pg_url/postgres" -qAt -c "DROP DATABASE ${pg_db}_q WITH (FORCE)" >/dev/null ;;
    esac
    timed "full ($flats flats)" "$url" "$work/rent.csv"
    timed "again" "$url" "$work/rent.csv" --adds-nothing
    case $backend in
        sqlite) sqlite3 "$work/rent.sqlite" "PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;" >/dev/null ;;
        postgres) psql "$url" -qAt -c "VACUUM ANALYZE" >/dev/null ;;
    esac

    DATABASE_URL=$url PORTINERIA_BIND=127.0.0.1:$port PORTINERIA_SECRET=$secret \
        PORTINERIA_DATA_DIR=$work/$backend-data RUST_LOG=${RUST_LOG:-warn} \
        "$bin" serve >"$work/$backend-serve.log" 2>&1 &
    server=$!
    python3 "$repo/benches/rent.py" measure --port "$port" --backend "$backend" \
        --requests "${REQUESTS:-200}" --warmup "${WARMUP:-5}" --time-limit "${TIME_LIMIT:-600}" \
        --imports "$record" --held "$work/rent.csv.json" --out "$work/$backend.json" \
        || { echo "rent: measuring failed; server log:" >&2; tail -20 "$work/$backend-serve.log" >&2; exit 2; }
    kill "$server"; wait "$server" 2>/dev/null || true
    server=""
    results+=("$work/$backend.json")
    if [ "$backend" = postgres ] && [ "${KEEP:-}" != 1 ]; then
        psql "$pg_url/postgres" -qAt -c "DROP DATABASE $pg_db WITH (FORCE)" >/dev/null
        pg_created=""
    elif [ "${KEEP:-}" != 1 ]; then
        rm -f "$work"/rent.sqlite*
    fi
    port=$((port + 1))
done

set +e
python3 "$repo/benches/rent.py" summary --max-p95-ratio "${MAX_P95_RATIO:-20}" "${results[@]}"
exit $?
