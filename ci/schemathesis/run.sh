#!/usr/bin/env bash
# Fuzzes /api/v1 from its OpenAPI document with schemathesis, signed in as each demo account in
# turn: no answer may be a 5xx, and every status, content type and body must be the document's.
#
#   bash ci/schemathesis/run.sh http://127.0.0.1:8080 [EXAMPLES]
#
# The demo server must be running (`portineria serve --demo`); the fuzzer files reports and
# posts notices, so point it at a throw-away database. Installs schemathesis in a virtual
# environment under $CARGO_TARGET_DIR (reused by later runs).
set -euo pipefail
base_url="$1"
examples="${2:-20}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${CARGO_TARGET_DIR:-$HOME/.cache/portineria/target}/ci-venv"
if ! "$venv/bin/schemathesis" --version 2>/dev/null | grep -q "$(grep -o '[0-9.]*$' "$here/requirements.txt")"; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
fi

token() {
    curl -s --fail -X POST "$base_url/api/v1/auth/login" -H 'content-type: application/json' \
        -d "{\"email\":\"$1\",\"password\":\"demo\"}" |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])'
}

accounts=(inquilino referente sportello tecnico.aler tecnico.comune responsabile.aler canoni.aler admin)
# Every token first: fuzzing /auth/login spends the address's sign-in attempts, as it should.
declare -A bearers
for account in "${accounts[@]}"; do
    bearers[$account]="$(token "$account@demo.test")"
done

failed=0
for account in "${accounts[@]}"; do
    echo "-- as $account@demo.test"
    bearer="${bearers[$account]}"
    # Signing out would end this very session; the rest is fair game. Hypothesis's own
    # database stays in the throw-away folder. One worker: with two, Python 3.11's parser
    # sometimes trips over itself when both threads first describe a strategy at once
    # ("AST constructor recursion depth mismatch", a runtime error, not a finding), and the
    # run takes no longer with one.
    if ! (cd "$(mktemp -d)" && timeout 10m "$venv/bin/schemathesis" run \
        "$base_url/api/v1/openapi.json" --url "$base_url/api/v1" \
        -H "Authorization: Bearer $bearer" \
        --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
        --exclude-path /auth/logout \
        --max-examples "$examples" --workers 1 --seed 311 \
        --no-color 2>&1 | tail -n 40); then
        failed=1
    fi
done
exit "$failed"
