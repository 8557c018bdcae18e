#!/usr/bin/env python3
"""Helper of benches/queue.sh (stdlib only): writes the SQL that fills a seeded demo database
with a large generated history, measures the queue against a running portal, and prints the
summary. Run benches/queue.sh, not this file.

  queue.py sql --backend sqlite|postgres --reports N --units N   SQL on standard output
  queue.py measure --port P --backend NAME --out FILE [--page queue|stats] [--requests N]
                   [--warmup N] [--load-seconds S]
  queue.py summary FILE... [--max-p95-ms MS] [--max-p95-ratio R]  exit 1 above a threshold
"""

import argparse
import datetime
import http.client
import json
import math
import re
import sys
import time
import urllib.parse
from http.cookies import SimpleCookie

OPEN = ("received", "acknowledged", "scheduled", "in_progress")

# ---------------------------------------------------------------------------------------------
# Data


class Dialect:
    """The few spellings that differ between SQLite and PostgreSQL."""

    def __init__(self, backend):
        self.pg = backend == "postgres"

    def series(self, name, count):
        """A CTE `name(n)` with n = 1..count."""
        if self.pg:
            return f"{name}(n) AS (SELECT generate_series(1, {count})::bigint)"
        return (f"{name}(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM {name} "
                f"WHERE n < {count})")

    def with_(self):
        return "WITH" if self.pg else "WITH RECURSIVE"

    def rand(self):
        """A random non-negative integer with at least 15 decimal digits."""
        if self.pg:
            return "floor(random() * 1e15)::bigint"
        return "abs(random() % 1000000000000000)"

    def ts(self, epoch):
        """A TIMESTAMP (UTC, no zone) from epoch seconds, as diesel stores it."""
        if self.pg:
            return f"(to_timestamp({epoch}) AT TIME ZONE 'UTC')"
        return f"datetime({epoch}, 'unixepoch')"

    def least(self, a, b):
        return f"LEAST({a}, {b})" if self.pg else f"min({a}, {b})"

    def pad(self, expr, width):
        if self.pg:
            return f"lpad(({expr})::text, {width}, '0')"
        return f"printf('%0{width}d', {expr})"

    def false(self):
        return "FALSE" if self.pg else "0"

    def temp(self, name, select):
        return f"CREATE TEMP TABLE {name} AS {select};"


def data_sql(backend, reports, units, now=None):
    """SQL that adds estates, buildings (owned in turn by the two demo organisations), stairs,
    about `units` units and `reports` reports to a database `portineria seed-demo` made."""
    d = Dialect(backend)
    now = int(now if now is not None else time.time())
    buildings = max(1, math.ceil(units / 80))  # 4 stairs x 20 units each
    estates = min(40, buildings)
    day = 86400
    today = datetime.datetime.fromtimestamp(now, datetime.timezone.utc).date()
    days = [today.isoformat(), (today + datetime.timedelta(days=1)).isoformat()]
    out = []
    if d.pg:
        out += ["SET synchronous_commit = off;", "SET maintenance_work_mem = '256MB';",
                "SET work_mem = '64MB';"]
    else:
        out += ["PRAGMA journal_mode = WAL;", "PRAGMA synchronous = OFF;",
                "PRAGMA cache_size = -262144;", "PRAGMA temp_store = MEMORY;"]
    out.append("BEGIN;")
    # The two organisations, 1 = aler-milano, 2 = comune-cinisello; their technicians.
    out.append(d.temp("b_orgs", (
        "SELECT o.id, CASE o.code WHEN 'aler-milano' THEN 1 ELSE 2 END AS rn, u.id AS tech "
        "FROM organisations o JOIN users u ON u.email = CASE o.code "
        "WHEN 'aler-milano' THEN 'tecnico.aler@demo.test' ELSE 'tecnico.comune@demo.test' END "
        "WHERE o.code IN ('aler-milano', 'comune-cinisello')")))
    # Places.
    out.append(
        f"{d.with_()} {d.series('s', estates)} "
        "INSERT INTO estates (code, name, city) "
        f"SELECT 'BEN-E' || {d.pad('n', 3)}, 'Quartiere di prova ' || n, 'Milano' FROM s;")
    out.append(
        f"{d.with_()} {d.series('s', buildings)} "
        "INSERT INTO buildings (estate_id, owner_id, code, name, address) "
        f"SELECT e.id, o.id, 'BEN-B' || {d.pad('s.n', 5)}, 'Caseggiato ' || s.n, "
        "'Via delle Prove ' || s.n || ', 20100 Milano MI' FROM s "
        f"JOIN estates e ON e.code = 'BEN-E' || {d.pad(f'1 + (s.n - 1) % {estates}', 3)} "
        "JOIN b_orgs o ON o.rn = 1 + s.n % 2 ORDER BY s.n;")
    out.append(
        f"{d.with_()} {d.series('s', 4)} "
        "INSERT INTO stairs (building_id, code, name) "
        "SELECT b.id, substr('ABCD', CAST(s.n AS INTEGER), 1), "
        "'Scala ' || substr('ABCD', CAST(s.n AS INTEGER), 1) FROM buildings b CROSS JOIN s "
        "WHERE b.code LIKE 'BEN-%' ORDER BY b.id, s.n;")
    out.append(
        f"{d.with_()} {d.series('s', 20)} "
        "INSERT INTO units (stair_id, code, floor, number) "
        f"SELECT st.id, b.code || '-' || st.code || '-' || {d.pad('s.n', 2)}, "
        f"CAST((s.n - 1) / 4 AS INTEGER), {d.pad('s.n', 2)} "
        "FROM stairs st JOIN buildings b ON b.id = st.building_id CROSS JOIN s "
        "WHERE b.code LIKE 'BEN-%' ORDER BY st.id, s.n;")
    # The generated units, numbered 0..; the categories a building's owner answers for.
    out.append(d.temp("b_units", (
        "SELECT row_number() OVER (ORDER BY u.id) - 1 AS rn, u.id AS unit_id, "
        "u.stair_id, s.building_id, b.estate_id, o.id AS org, o.tech "
        "FROM units u JOIN stairs s ON s.id = u.stair_id "
        "JOIN buildings b ON b.id = s.building_id JOIN b_orgs o ON o.id = b.owner_id "
        "WHERE b.code LIKE 'BEN-%'")))
    out.append("CREATE UNIQUE INDEX b_units_rn ON b_units (rn);")
    out.append(d.temp("b_cats", (
        "SELECT row_number() OVER (ORDER BY id) - 1 AS rn, id FROM categories "
        "WHERE NOT route_to_desk AND active")))
    out.append(d.temp("b_who", "SELECT id FROM users WHERE email = 'inquilino@demo.test'"))
    # One row of random numbers per report, kept so every use sees the same draw. Reports are
    # inserted in the order they were filed, as the portal inserts them: ids, and the rows'
    # places in the table, follow time, so the open ones are mostly near the end.
    out.append(d.temp("b_draw", (
        f"{d.with_()} {d.series('s', reports)} "
        f"SELECT n, {d.rand()} AS r1, {d.rand()} AS r2 FROM s")))
    # Per mille: 2 % received, 1.5 % acknowledged, 0.7 % scheduled, 0.8 % in progress (5 %
    # open), 0.5 % resolved in the last 12 days (older ones the portal has closed by itself),
    # 4 % not competent, the rest closed.
    y3 = 3 * 365 * day
    out.append(d.temp("b_rep", f"""
        SELECT n,
          r1 % 1000 AS pm,
          CASE WHEN r1 % 1000 < 20 THEN 'received' WHEN r1 % 1000 < 35 THEN 'acknowledged'
               WHEN r1 % 1000 < 42 THEN 'scheduled' WHEN r1 % 1000 < 50 THEN 'in_progress'
               WHEN r1 % 1000 < 55 THEN 'resolved' WHEN r1 % 1000 < 95 THEN 'not_competent'
               ELSE 'closed' END AS status,
          (r1 / 1000) % 100 AS loc,
          CASE WHEN (r1 / 100000) % 100 < 25 THEN 'low' WHEN (r1 / 100000) % 100 < 75 THEN 'normal'
               WHEN (r1 / 100000) % 100 < 95 THEN 'high' ELSE 'urgent' END AS priority,
          CASE WHEN (r1 / 100000) % 100 < 25 THEN 120 WHEN (r1 / 100000) % 100 < 75 THEN 72
               WHEN (r1 / 100000) % 100 < 95 THEN 24 ELSE 4 END AS response_h,
          CASE WHEN (r1 / 100000) % 100 < 25 THEN 720 WHEN (r1 / 100000) % 100 < 75 THEN 240
               WHEN (r1 / 100000) % 100 < 95 THEN 72 ELSE 24 END AS resolution_h,
          (r1 / 10000000) % 100 AS asg,
          (r1 / 1000000000) % 1000 AS cat,
          r2 % {buildings * 80} AS urn,
          CASE WHEN r1 % 1000 < 50 THEN
                 CASE WHEN (r2 / 1000000) % 10 = 0 THEN {now} - (r2 / 10000000) % {2 * 365 * day}
                      ELSE {now} - (r2 / 10000000) % {60 * day} END
               WHEN r1 % 1000 < 55 THEN {now} - (r2 / 10000000) % {12 * day}
                                        - 3600 * (1 + (r2 / 1000000) % 240)
               ELSE {now} - 86400 - (r2 / 10000000) % {y3} END AS created,
          3600 * (1 + (r2 / 1000000) % 240) AS took
        FROM b_draw"""))
    f = d.false()
    ts = d.ts
    created = "r.created"
    closed = d.least(f"{created} + r.took", now)
    out.append(f"""
        INSERT INTO reports (reference, category_id, location, unit_id, stair_id, building_id,
          estate_id, spot, description, status, priority, organisation_id, private, filed_by,
          filed_for, show_name, permission_to_enter, time_windows, created_at, updated_at,
          first_response_at, resolved_at, closed_at, assignee_id, response_due_at,
          resolution_due_at)
        SELECT 'BEN-' || {d.pad('r.n', 7)}, c.id,
          CASE WHEN r.loc < 85 THEN 'unit' WHEN r.loc < 95 THEN 'stair' ELSE 'building' END,
          CASE WHEN r.loc < 85 THEN u.unit_id END,
          CASE WHEN r.loc < 95 THEN u.stair_id END,
          u.building_id, u.estate_id, NULL,
          'Segnalazione generata per il benchmark della coda di lavoro, numero ' || r.n,
          r.status, r.priority, u.org, {f}, w.id, w.id, {f}, {f}, '',
          {ts(created)},
          CASE WHEN r.status = 'received' THEN {ts(created)}
               WHEN r.status IN ('acknowledged', 'scheduled', 'in_progress')
                 THEN {ts(d.least(f'{created} + 1800 * r.response_h', now))}
               WHEN r.status = 'resolved' THEN {ts(f'{created} + r.took')}
               ELSE {ts(closed)} END,
          CASE WHEN r.status = 'received' THEN NULL
               WHEN r.status = 'not_competent' THEN {ts(f'{created} + 3600')}
               WHEN r.status = 'resolved' THEN {ts(f'{created} + 900 * r.response_h')}
               ELSE {ts(d.least(f'{created} + 900 * r.response_h', now))} END,
          CASE WHEN r.status = 'resolved' THEN {ts(f'{created} + r.took')}
               WHEN r.status = 'closed' THEN {ts(closed)} END,
          CASE WHEN r.status IN ('closed', 'not_competent') THEN {ts(closed)} END,
          CASE WHEN r.status IN ('closed', 'resolved') THEN u.tech
               WHEN r.status = 'received' AND r.asg < 10 THEN u.tech
               WHEN r.status IN ('acknowledged', 'scheduled', 'in_progress') AND r.asg < 60
                 THEN u.tech END,
          {ts(f'{created} + 3600 * r.response_h')},
          {ts(f'{created} + 3600 * r.resolution_h')}
        FROM b_rep r
        JOIN b_units u ON u.rn = r.urn
        JOIN b_cats c ON c.rn = r.cat % (SELECT count(*) FROM b_cats)
        CROSS JOIN b_who w
        ORDER BY r.created, r.n;""")
    # Today's manager digest counts as sent: the first digest of a day over this backlog is a
    # one-off job that would run while the queue is being measured.
    for day_text in days:
        out.append(
            "INSERT INTO manager_digests (user_id, day) SELECT DISTINCT g.user_id, "
            f"{'DATE ' if d.pg else ''}'{day_text}' FROM role_grants g "
            "WHERE g.role = 'manager' AND NOT EXISTS (SELECT 1 FROM manager_digests m "
            f"WHERE m.user_id = g.user_id AND m.day = {'DATE ' if d.pg else ''}'{day_text}');")
    out.append("DROP TABLE b_rep; DROP TABLE b_draw; DROP TABLE b_units; DROP TABLE b_cats; "
               "DROP TABLE b_who; DROP TABLE b_orgs;")
    out.append("COMMIT;")
    out.append("VACUUM ANALYZE;" if d.pg else "ANALYZE;")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# Measurement


class Client:
    """One keep-alive HTTP/1.1 connection to 127.0.0.1 and a cookie jar."""

    def __init__(self, port, timeout=30):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        self.cookies = {}

    def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        start = time.perf_counter_ns()
        try:
            self.conn.request(method, path, body=body, headers=headers)
            res = self.conn.getresponse()
        except (ConnectionResetError, http.client.RemoteDisconnected):
            # The server closed an idle keep-alive connection: open another, as browsers do.
            self.conn.close()
            start = time.perf_counter_ns()
            self.conn.request(method, path, body=body, headers=headers)
            res = self.conn.getresponse()
        data = res.read()
        elapsed_ms = (time.perf_counter_ns() - start) / 1e6
        for header in res.msg.get_all("Set-Cookie") or []:
            jar = SimpleCookie()
            jar.load(header)
            for name, morsel in jar.items():
                self.cookies[name] = morsel.value
        if res.getheader("Connection", "").lower() == "close":
            self.conn.close()
        return res.status, data, elapsed_ms


def wait_ready(port, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            status, _, _ = Client(port, timeout=5).request("GET", "/readyz")
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.25)
    raise SystemExit(f"the portal on port {port} did not get ready in {seconds} s")


def percentile(sorted_values, p):
    """Nearest rank."""
    rank = max(1, math.ceil(p / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


def stats(samples):
    s = sorted(samples)
    return {"n": len(s), "p50": percentile(s, 50), "p95": percentile(s, 95),
            "p99": percentile(s, 99), "max": s[-1], "mean": sum(s) / len(s)}


def sign_in(port, email, password):
    """An API client with its bearer token and a browser-like client with its session."""
    api = Client(port)
    status, body, _ = api.request(
        "POST", "/api/v1/auth/login",
        body=json.dumps({"email": email, "password": password}),
        headers={"Content-Type": "application/json"})
    if status != 200:
        raise SystemExit(f"API login failed: {status} {body[:200]!r}")
    bearer = {"Authorization": "Bearer " + json.loads(body)["token"]}
    web = Client(port)
    status, body, _ = web.request("GET", "/login")
    match = re.search(rb'name="_csrf"\s+value="([^"]+)"', body) or \
        re.search(rb'value="([^"]+)"\s+name="_csrf"', body)
    if status != 200 or not match:
        raise SystemExit(f"no sign-in form: {status}")
    form = urllib.parse.urlencode({"_csrf": match.group(1).decode(), "login": email,
                                   "password": password})
    status, body, _ = web.request("POST", "/login", body=form,
                                  headers={"Content-Type": "application/x-www-form-urlencoded"})
    if status not in (302, 303):
        raise SystemExit(f"web sign-in failed: {status} {body[:200]!r}")
    return api, bearer, web


def queue_targets(api, bearer, web):
    """The technician's queue, as JSON and as the /work page; what the summary notes of it."""
    status, body, _ = api.request("GET", "/api/v1/queue", headers=bearer)
    if status != 200:
        raise SystemExit(f"GET /api/v1/queue: {status} {body[:300]!r}")
    page = json.loads(body)
    if len(page["reports"]) != 25:
        raise SystemExit(f"GET /api/v1/queue: expected a full page, got {len(page['reports'])}")
    status, body, _ = web.request("GET", "/work")
    if status != 200 or b"BEN-" not in body:
        raise SystemExit(f"GET /work: {status} {body[:300]!r}")
    targets = [
        ("GET /api/v1/queue", lambda: api.request("GET", "/api/v1/queue", headers=bearer)),
        ("GET /work", lambda: web.request("GET", "/work")),
    ]
    return targets, f"{page['total']} open reports in the queue; /work page {len(body)} bytes"


def stats_targets(api, bearer, web):
    """The manager's indicators (default filters: every estate served, last twelve months)
    and one estate's public summary."""
    status, body, _ = web.request("GET", "/stats")
    if status != 200 or b"Quartiere di prova" not in body:
        raise SystemExit(f"GET /stats: {status} {body[:300]!r}")
    status, summary, _ = web.request("GET", "/summary")
    if status != 200:
        raise SystemExit(f"GET /summary: {status} {summary[:300]!r}")
    targets = [
        ("GET /stats", lambda: web.request("GET", "/stats")),
        ("GET /summary", lambda: web.request("GET", "/summary")),
    ]
    return targets, f"/stats page {len(body)} bytes"


PAGES = {
    "queue": ("tecnico.aler@demo.test", queue_targets),
    "stats": ("responsabile.aler@demo.test", stats_targets),
}


def measure(args):
    wait_ready(args.port, args.ready_timeout)
    email, make_targets = PAGES[args.page]
    api, bearer, web = sign_in(args.port, email, args.password)
    # Check what is measured before measuring it.
    first = time.perf_counter()
    pages, note = make_targets(api, bearer, web)
    first_ms = (time.perf_counter() - first) * 1000
    # One client: the reference and the pages, interleaved, so they see the same machine.
    targets = [("GET /readyz", lambda: api.request("GET", "/readyz"))] + pages
    samples = {name: [] for name, _ in targets}
    deadline = time.monotonic() + args.time_limit
    for i in range(args.warmup + args.requests):
        if time.monotonic() > deadline:
            raise SystemExit(f"measurement took longer than {args.time_limit} s; stopped")
        # Rotate the order so no target always runs right after another.
        for k in range(len(targets)):
            name, call = targets[(i + k) % len(targets)]
            status, body, ms = call()
            if status != 200:
                raise SystemExit(f"{name}: HTTP {status} {body[:200]!r}")
            if i >= args.warmup:
                samples[name].append(ms)
    result = {
        "backend": args.backend,
        "page": args.page,
        "load_seconds": args.load_seconds,
        "requests": args.requests,
        "warmup": args.warmup,
        "first_ms": first_ms,
        "note": note,
        "order": [name for name, _ in targets],
        "stats": {name: stats(values) for name, values in samples.items()},
    }
    with open(args.out, "w") as f:
        json.dump(result, f, indent=1)
    print(f"{args.backend}: " + ", ".join(
        f"{name} p95 {s['p95']:.2f} ms" for name, s in result["stats"].items()))


def summary(args):
    runs = []
    for path in args.files:
        with open(path) as f:
            runs.append(json.load(f))
    head = (f"{'backend':<10} {'request':<20} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
            f"{'p50/ref':>8} {'p95/ref':>8} {'p99/ref':>8}  check")
    print(head)
    print("-" * len(head))
    failed = []
    for run in runs:
        ref = run["stats"]["GET /readyz"]
        for name in run["order"]:
            s = run["stats"][name]
            checks = []
            if name != "GET /readyz":
                if args.max_p95_ms is not None:
                    ok = s["p95"] <= args.max_p95_ms
                    checks.append(f"p95 {'<=' if ok else '>'} {args.max_p95_ms:g} ms")
                    failed += [] if ok else [f"{run['backend']} {name}"]
                if args.max_p95_ratio is not None:
                    ok = s["p95"] <= args.max_p95_ratio * ref["p95"]
                    checks.append(f"p95 {'<=' if ok else '>'} {args.max_p95_ratio:g} x ref")
                    failed += [] if ok else [f"{run['backend']} {name}"]
            print(f"{run['backend']:<10} {name + (' (ref)' if s is ref else ''):<20} "
                  f"{s['p50']:8.2f} {s['p95']:8.2f} {s['p99']:8.2f} {s['p50'] / ref['p50']:8.1f} "
                  f"{s['p95'] / ref['p95']:8.1f} {s['p99'] / ref['p99']:8.1f}  {', '.join(checks)}")
        load = run.get("load_seconds")
        print(f"{'':<10} ({run['requests']} timed requests each after {run['warmup']} warm-ups; "
              f"first read while checking {run['first_ms']:.0f} ms; {run['note']}"
              + (f"; data generated in {load:.0f} s" if load is not None else "") + ")")
    if failed:
        print("FAIL: " + ", ".join(failed))
        return 1
    print("OK")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("sql")
    p.add_argument("--backend", choices=["sqlite", "postgres"], required=True)
    p.add_argument("--reports", type=int, required=True)
    p.add_argument("--units", type=int, required=True)
    p = sub.add_parser("measure")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--backend", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--requests", type=int, default=300)
    p.add_argument("--warmup", type=int, default=20)
    p.add_argument("--page", choices=sorted(PAGES), default="queue")
    p.add_argument("--password", default="demo")
    p.add_argument("--ready-timeout", type=float, default=120)
    p.add_argument("--time-limit", type=float, default=600)
    p.add_argument("--load-seconds", type=float, help="how long generating the data took")
    p = sub.add_parser("summary")
    p.add_argument("files", nargs="+")
    p.add_argument("--max-p95-ms", type=float)
    p.add_argument("--max-p95-ratio", type=float)
    args = parser.parse_args()
    if args.command == "sql":
        sys.stdout.write(data_sql(args.backend, args.reports, args.units))
    elif args.command == "measure":
        measure(args)
    else:
        sys.exit(summary(args))


if __name__ == "__main__":
    main()
