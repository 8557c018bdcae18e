#!/usr/bin/env bash
# The indicators over a large history: GET /stats for a manager (every estate their
# organisation serves, the last twelve months) and GET /summary must answer with a p95 at most
# MAX_P95_RATIO (default 50) times the p95 of GET /readyz in the same run, on SQLite and on
# PostgreSQL, with 1 000 000 reports. The data, the server and the client are those of
# benches/queue.sh (see there); this runs it with --page stats.
#
# usage: benches/stats.sh [--reports 1000000] [--units 160000] [--backends "sqlite postgres"]
set -euo pipefail
exec "$(dirname "$0")/queue.sh" --page stats "$@"
