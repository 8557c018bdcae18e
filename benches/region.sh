#!/usr/bin/env bash
# Two app nodes on one PostgreSQL database and one S3-compatible bucket, as a region runs:
# the throughput of a report page and of POST /api/v1/reports with a photo against one node,
# then against both (the same load split between them), as ratios measured in one run.
#
# The bucket is the multi-node test's S3 server (examples/s3_server.rs: s3s-fs on loopback).
# On one machine the nodes share its cores with PostgreSQL, the bucket and wrk, so node A is
# pinned to the first core and node B to the second (taskset) to stand for two machines; the
# ratio says how much a second node adds here, not on separate hardware.
#
# usage: benches/region.sh [--duration 8s] [--connections 32]
# environment:
#   PG_URL=postgres://postgres@127.0.0.1:5432   server (trust auth); a database
#                   portineria_region_bench_<pid> is created and dropped
#   PORT=18200      node A; node B is PORT+1, the bucket PORT+2
#   KEEP=1          keep the work directory and the database
# needs: wrk, python3, psql, taskset.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
args=()
while [ $# -gt 0 ]; do
    case $1 in
        --duration|--connections) args+=("$1" "$2"); shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "region: unknown argument $1" >&2; exit 2 ;;
    esac
done
pg_url=${PG_URL:-postgres://postgres@127.0.0.1:5432}
port=${PORT:-18200}
pg_db=portineria_region_bench_$$
for tool in wrk python3 psql taskset; do
    command -v "$tool" >/dev/null || { echo "region: $tool not found" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/region-bench.XXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    if [ "${KEEP:-}" = 1 ]; then
        echo "kept: $work and $pg_url/$pg_db"
    else
        psql "$pg_url/postgres" -qAt -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true
        rm -rf "$work"
    fi
}
trap cleanup EXIT
trap 'exit 2' INT TERM

(cd "$repo" && cargo build --release --locked -q --bin portineria --example s3_server)
target="${CARGO_TARGET_DIR:-$repo/target}/release"

psql "$pg_url/postgres" -qAt -v ON_ERROR_STOP=1 -c "CREATE DATABASE $pg_db" >/dev/null
export DATABASE_URL=$pg_url/$pg_db
export PORTINERIA_SECRET=region-bench-secret-region-bench-secret-0123
export RUST_LOG=warn
"$target/portineria" seed-demo >/dev/null

"$target/examples/s3_server" "$work/s3" $((port + 2)) >"$work/s3.env" &
pids+=($!)
for _ in $(seq 50); do [ "$(wc -l <"$work/s3.env")" -ge 3 ] && break; sleep 0.1; done
# The bucket's address and keys, as the operator would set them for every node.
while IFS='=' read -r name value; do export "$name=$value"; done <"$work/s3.env"

for node in 0 1; do
    PORTINERIA_BIND=127.0.0.1:$((port + node)) PORTINERIA_DATA_DIR=$work/node$node \
        taskset -c "$node" "$target/portineria" serve >"$work/node$node.log" 2>&1 &
    pids+=($!)
done
# What one report costs in storage: database and bucket bytes before and after the run,
# against the reports it filed.
stored() {
    echo "$(psql "$DATABASE_URL" -qAt -c "SELECT pg_database_size(current_database())") \
$(du -sb "$work/s3" | cut -f1) \
$(psql "$DATABASE_URL" -qAt -c "SELECT COUNT(*) FROM reports")"
}
read -r db0 bucket0 reports0 <<<"$(stored)"
python3 "$repo/benches/region.py" --ports "$port" $((port + 1)) "${args[@]}"
read -r db1 bucket1 reports1 <<<"$(stored)"
filed=$((reports1 - reports0))
echo "storage: $filed reports filed (1 photo each): database +$(((db1 - db0) / filed)) bytes, bucket +$(((bucket1 - bucket0) / filed)) bytes per report"
