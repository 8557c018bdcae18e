#!/usr/bin/env python3
"""Helper of benches/elections.sh (stdlib and wrk): writes the SQL of a building of FLATS flats
with a tenant each, opens an election there as the desk, signs every voter in, then in one run
loads the election page with wrk (the voters' cookies in turn) while the flats cast their
ballots, checks the turnout and the count, and prints the summary. Run benches/elections.sh,
not this file.

  elections.py sql --backend sqlite|postgres [--flats 300]      SQL on standard output
  elections.py measure --port P --backend NAME --db-url URL --out FILE [--flats 300]
                       [--duration 8s] [--connections 50] [--first-views 1]
                       [--announce-timeout 150]
      exit 0 when measured and right, 1 when measured but something was wrong (written in
      FILE's "problems"), 2 when nothing could be measured
  elections.py summary FILE... [--min-ratio 0.10] [--max-p99-ms 25]   exit 1 when a target
                                                                        is missed
"""

import os
import sys

# This directory holds queue.py, which would shadow the standard library's `queue` that
# concurrent.futures imports: it is taken off the import path first.
_here = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _here]

import argparse  # noqa: E402
import concurrent.futures  # noqa: E402
import datetime  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
import traceback  # noqa: E402

# The pages bench's helpers (sign-in, wrk) and, through it, the queue bench's client, waits and
# SQL dialect; both are loaded by path (queue.py's module name would shadow the standard
# library's `queue`).
_spec = importlib.util.spec_from_file_location(
    "pages_bench", os.path.join(_here, "pages.py"))
pages_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pages_bench)
queue_bench = pages_bench.queue_bench
Client, wait_ready = pages_bench.Client, pages_bench.wait_ready
api_token, web_cookie, wrk = pages_bench.api_token, pages_bench.web_cookie, pages_bench.wrk
Dialect, stats = queue_bench.Dialect, queue_bench.stats

DESK = "sportello@demo.test"
BUILDING = "BENCH"
CANDIDATES = 3


def voter(n):
    return f"voter{n:03d}@bench.test"


# ---------------------------------------------------------------------------------------------
# Data


def data_sql(backend, flats, now=None):
    """SQL that adds, to a database `portineria seed-demo` made, the building BENCH of the demo
    estate CIN-SE (owned by ALER Milano) with one stair of `flats` units BENCH-A-001..., and a
    tenant for each (voter001@bench.test..., password `demo`: the demo tenant's hash)."""
    d = Dialect(backend)
    now = int(now if now is not None else time.time())
    ts = d.ts(now)
    out = ["BEGIN;"]
    out.append(
        "INSERT INTO buildings (estate_id, owner_id, code, name, address) "
        f"SELECT e.id, o.id, '{BUILDING}', 'Caseggiato delle elezioni', "
        "'Via delle Elezioni 1, 20092 Cinisello Balsamo MI' "
        "FROM estates e CROSS JOIN organisations o "
        "WHERE e.code = 'CIN-SE' AND o.code = 'aler-milano';")
    out.append(
        "INSERT INTO stairs (building_id, code, name) "
        f"SELECT id, 'A', 'Scala A' FROM buildings WHERE code = '{BUILDING}';")
    out.append(
        f"{d.with_()} {d.series('s', flats)} "
        "INSERT INTO units (stair_id, code, floor, number) "
        f"SELECT st.id, '{BUILDING}-A-' || {d.pad('s.n', 3)}, CAST((s.n - 1) / 20 AS INTEGER), "
        f"{d.pad('s.n', 3)} FROM s CROSS JOIN stairs st "
        f"JOIN buildings b ON b.id = st.building_id WHERE b.code = '{BUILDING}' ORDER BY s.n;")
    out.append(
        f"{d.with_()} {d.series('s', flats)} "
        "INSERT INTO users (name, email, password_hash, locale, created_at) "
        f"SELECT 'Votante ' || {d.pad('s.n', 3)}, 'voter' || {d.pad('s.n', 3)} || '@bench.test', "
        f"t.password_hash, 'it', {ts} FROM s CROSS JOIN "
        "(SELECT password_hash FROM users WHERE email = 'inquilino@demo.test') t ORDER BY s.n;")
    out.append(
        "INSERT INTO role_grants (user_id, role, scope_type, scope_id, created_at) "
        f"SELECT u.id, 'tenant', 'unit', un.id, {ts} FROM users u "
        f"JOIN units un ON un.code = '{BUILDING}-A-' || substr(u.email, 6, 3) "
        "WHERE u.email LIKE 'voter%@bench.test' ORDER BY u.id;")
    out.append("COMMIT;")
    out.append("ANALYZE;")
    return "\n".join(out) + "\n"


class Database:
    """The SQL the bench runs behind the portal's back: sqlite3 or psql on the portal's
    database."""

    def __init__(self, url):
        if url.startswith("sqlite://"):
            self.cmd = ["sqlite3", "-bail", "-cmd", ".timeout 10000", url[len("sqlite://"):]]
        else:
            self.cmd = ["psql", url, "-qAt", "-v", "ON_ERROR_STOP=1"]

    def run(self, sql):
        done = subprocess.run(self.cmd, input=sql, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"SQL failed ({done.returncode}): {sql}\n{done.stderr}")
        return done.stdout.strip()


def utc(delta_seconds):
    """A UTC instant `delta_seconds` from now, as diesel stores a TIMESTAMP."""
    at = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=delta_seconds)
    return at.strftime("%Y-%m-%d %H:%M:%S")


def rfc3339(delta_seconds):
    at = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=delta_seconds)
    return at.replace(microsecond=0).isoformat()


# ---------------------------------------------------------------------------------------------
# Measurement


def call(port, method, path, header=None, body=None):
    """One request on a connection of its own, as a person's phone or browser makes it:
    (status, body bytes, ms)."""
    headers = dict([header.split(": ", 1)]) if header else {}
    if body is not None:
        headers["Content-Type"] = "application/json"
        body = json.dumps(body)
    client = Client(port)
    try:
        return client.request(method, path, body=body, headers=headers)
    finally:
        client.conn.close()


def expect(port, method, path, header, body, status):
    got, data, _ = call(port, method, path, header, body)
    if got != status:
        raise SystemExit(f"{method} {path} {json.dumps(body) if body else ''}: expected "
                         f"{status}, got {got} {data[:400]!r}")
    return json.loads(data) if data else None


# Each thread of wrk starts at its own place in the voters' cookies and goes round them; with
# first views on, each request also carries an Accept header of its own, so that no page is
# answered as kept (src/web/kept_pages.rs) whatever routes are kept.
ELECTION_LUA = """
local cookies = {%(cookies)s}
local first_views = %(first_views)s
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
local n = 0
function request()
  n = n + 1
  wrk.headers["Cookie"] = cookies[((id - 1) * 151 + n) %% #cookies + 1]
  if first_views then
    wrk.headers["Accept"] = "*/*; first-view=" .. id .. "-" .. n
  end
  return wrk.format()
end
"""


def lua_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def seconds(duration):
    units = {"s": 1, "m": 60, "h": 3600}
    return float(duration[:-1]) * units[duration[-1]] if duration[-1] in units \
        else float(duration)


class Ballots(threading.Thread):
    """Every flat votes, then votes again (a replacement), the 2 x flats ballots spread evenly
    over `span` seconds, each on a connection of its own by a pool of workers; the statuses,
    latencies and how far behind the schedule the pool fell are kept."""

    def __init__(self, port, election, tokens, first, final, span, workers=32):
        super().__init__(daemon=True)
        self.port, self.election, self.span, self.workers = port, election, span, workers
        flats = list(range(len(tokens)))
        firsts, agains = flats[:], flats[:]
        random.Random(1).shuffle(firsts)
        random.Random(2).shuffle(agains)
        self.plan = [(i, tokens[i], first[i]) for i in firsts] + \
                    [(i, tokens[i], final[i]) for i in agains]
        self.latencies, self.errors, self.late = [], [], []
        self.began = self.ended = None
        self.lock = threading.Lock()

    def cast(self, due, flat, token, choice):
        pause = due - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        late = time.monotonic() - due
        try:
            status, body, ms = call(self.port, "POST", f"/api/v1/elections/{self.election}/ballots",
                                    token, choice)
        except Exception as e:  # noqa: BLE001 - a failed ballot is counted, not fatal
            status, body, ms = None, repr(e).encode(), None
        with self.lock:
            self.late.append(late)
            if status == 204:
                self.latencies.append(ms)
            else:
                self.errors.append(f"{voter(flat + 1)}: {status} {json.dumps(choice)} "
                                   f"{body[:300]!r}")

    def run(self):
        self.began = time.monotonic()
        step = self.span / len(self.plan)
        with concurrent.futures.ThreadPoolExecutor(self.workers) as pool:
            futures = [pool.submit(self.cast, self.began + k * step, flat, token, choice)
                       for k, (flat, token, choice) in enumerate(self.plan)]
            for future in futures:
                future.result()
        self.ended = time.monotonic()


def sign_in_all(port, emails, what):
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        return list(pool.map(lambda email: what(port, email), emails))


def measure(args):
    problems = []
    db = Database(args.db_url)
    wait_ready(args.port, 120)
    building = int(db.run(f"SELECT id FROM buildings WHERE code = '{BUILDING}';"))
    desk = api_token(args.port, DESK)
    started = time.perf_counter()
    emails = [voter(n) for n in range(1, args.flats + 1)]
    tokens = sign_in_all(args.port, emails, api_token)
    cookies = sign_in_all(args.port, emails, web_cookie)
    sign_ins = time.perf_counter() - started
    print(f"  {2 * args.flats} sign-ins in {sign_ins:.1f} s", flush=True)

    # The desk opens the election; three neighbours stand while nominations are open.
    election = expect(args.port, "POST", "/api/v1/elections", desk, {
        "scope_type": "building", "scope_id": building, "seats": 1,
        "nominations_until": rfc3339(3600), "voting_from": rfc3339(7200),
        "voting_until": rfc3339(10800), "term_months": 24}, 201)["id"]
    candidates = [expect(args.port, "POST", f"/api/v1/elections/{election}/candidates",
                         tokens[k], {"statement": f"Candidato {k + 1}: più luce in cortile."},
                         201)["id"] for k in range(CANDIDATES)]
    # Voting opens now (and for an hour), behind the portal's back.
    db.run(f"UPDATE elections SET nominations_until = '{utc(-3600)}', voting_from = "
           f"'{utc(-3600)}', voting_until = '{utc(3600)}' WHERE id = {election};")
    info = expect(args.port, "GET", f"/api/v1/elections/{election}", desk, None, 200)
    if info["state"] != "voting" or info["turnout"]["units"] != args.flats:
        raise SystemExit(f"the election is not open to {args.flats} flats: {info}")
    # The housekeeping round (every minute) announces that voting opened and the fan-out tells
    # the residents: waited for, so that this one-off burst of writes falls outside the timed
    # run, and the residents come to vote as they would, told (their first view of the page
    # marks the news read).
    waited = time.monotonic()
    told_sql = ("SELECT count(*) FROM election_inbox i JOIN election_events e "
                f"ON e.id = i.event_id WHERE e.election_id = {election} AND e.kind = 'voting_open' "
                "AND e.notified_at IS NOT NULL;")
    while True:
        done = db.run(f"SELECT count(*) FROM election_events WHERE election_id = {election} "
                      "AND kind = 'voting_open' AND notified_at IS NOT NULL;")
        if done != "0":
            print(f"  voting announced, {db.run(told_sql)} residents told, after "
                  f"{time.monotonic() - waited:.0f} s", flush=True)
            break
        if time.monotonic() - waited > args.announce_timeout:
            problems.append(f"voting was not announced within {args.announce_timeout:.0f} s "
                            "of opening (housekeeping round and fan-out)")
            break
        time.sleep(1)

    # What each flat casts first, and last (what the count must show): candidates in uneven
    # shares so that no tie calls a runoff, and some blank ballots.
    def choice(k):
        return {"blank": True} if k == CANDIDATES else {"candidate_id": candidates[k]}
    first = [choice((i * 7) % (CANDIDATES + 1)) for i in range(args.flats)]
    final_keys = [0 if i % 10 < 5 else 1 if i % 10 < 8 else 2 if i % 10 < 9 else CANDIDATES
                  for i in range(args.flats)]
    final = [choice(k) for k in final_keys]
    expected = {c: sum(1 for k in final_keys if k == j) for j, c in enumerate(candidates)}
    expected_blank = sum(1 for k in final_keys if k == CANDIDATES)

    path = f"/elections/{election}"
    page_bytes = len(pages_bench.get(args.port, path, cookies[0]))
    for cookie in cookies[1:]:  # every voter's page opens, signed in, before it is timed
        pages_bench.get(args.port, path, cookie)
    script = os.path.join(os.path.dirname(os.path.abspath(args.out)),
                          f"elections-{args.backend}.lua")
    with open(script, "w") as f:
        f.write(ELECTION_LUA % {
            "cookies": ", ".join(lua_string(c.split(": ", 1)[1]) for c in cookies),
            "first_views": "true" if args.first_views else "false"})

    # One run: /healthz, the page while the flats vote, /healthz again.
    health = [wrk(args.port, "/healthz", None, args.duration, args.connections)]
    print(f"  /healthz        {health[0][0]:9.0f} requests/s  p99 {health[0][1]:6.1f} ms",
          flush=True)
    span = seconds(args.duration)
    ballots = Ballots(args.port, election, tokens, first, final, max(0.5, span - 0.5))
    ballots.start()
    page_error = None
    try:
        page = wrk(args.port, path, None, args.duration, args.connections, script)
    except SystemExit as e:  # errors under load: recorded, the run goes on to its checks
        page, page_error = (0.0, float("inf")), str(e)
        problems.append(f"GET {path} under load: {e}")
    ballots.join()
    health.append(wrk(args.port, "/healthz", None, args.duration, args.connections))
    print(f"  election page   {page[0]:9.0f} requests/s  p99 {page[1]:6.1f} ms  "
          f"({len(cookies)} readers{', first views' if args.first_views else ''})", flush=True)
    print(f"  /healthz        {health[1][0]:9.0f} requests/s  p99 {health[1][1]:6.1f} ms",
          flush=True)
    cast = len(ballots.latencies)
    took = ballots.ended - ballots.began
    ballot_stats = stats(ballots.latencies) if ballots.latencies else None
    print(f"  ballots         {cast}/{len(ballots.plan)} answered 204 in {took:.1f} s "
          f"({cast / took:.1f}/s)" + (f", p50 {ballot_stats['p50']:.1f} ms p99 "
                                      f"{ballot_stats['p99']:.1f} ms" if ballot_stats else ""),
          flush=True)
    for error in ballots.errors[:10]:
        print(f"  ballot error: {error}", file=sys.stderr)
    if ballots.errors:
        problems.append(f"{len(ballots.errors)} of {len(ballots.plan)} ballots not answered "
                        f"204; first: {ballots.errors[0]}")

    # The turnout while voting, then the close and the count.
    info = expect(args.port, "GET", f"/api/v1/elections/{election}", desk, None, 200)
    turnout = info["turnout"]["units_voted"]
    if turnout != args.flats:
        problems.append(f"GET /api/v1/elections/{election}: turnout.units_voted {turnout}, "
                        f"expected {args.flats}")
    db.run(f"UPDATE elections SET voting_until = '{utc(-60)}' WHERE id = {election};")
    status, body, close_ms = call(args.port, "POST", f"/api/v1/elections/{election}/close", desk)
    closed_by = "desk"
    if status == 409:  # the housekeeping round (every minute) may have closed it first
        result = expect(args.port, "GET", f"/api/v1/elections/{election}", desk, None, 200)
        if result["state"] == "closed":
            closed_by = "housekeeping round (close answered 409)"
        else:
            problems.append(f"POST /api/v1/elections/{election}/close: 409 {body[:400]!r}")
    elif status != 200:
        result = None
        problems.append(f"POST /api/v1/elections/{election}/close: {status} {body[:400]!r}")
    else:
        result = json.loads(body)
    counted = None
    if result is not None:
        votes = {r["candidate_id"]: r["votes"] for r in result["results"]}
        blank = result.get("blank") or 0
        counted = sum(votes.values()) + blank + (result.get("against") or 0)
        if counted != args.flats:
            problems.append(f"the close counted {counted} ballots (results {result['results']}, "
                            f"blank {result.get('blank')}), expected {args.flats}")
        elif votes != expected or blank != expected_blank:
            problems.append(f"the close counted {votes} and {blank} blank; the flats' last "
                            f"ballots were {expected} and {expected_blank} blank")
    print(f"  turnout {turnout}/{args.flats}; closed by the {closed_by} in {close_ms:.0f} ms; "
          f"{counted} ballots counted", flush=True)
    for problem in problems:
        print(f"  PROBLEM: {problem}", file=sys.stderr, flush=True)

    result = {
        "backend": args.backend,
        "flats": args.flats,
        "healthz": {"rps": statistics.median(r for r, _ in health),
                    "p99": statistics.median(p for _, p in health), "runs": health},
        "page": {"path": "/elections/{id}", "rps": page[0], "p99": page[1],
                 "bytes": page_bytes, "readers": len(cookies),
                 "first_views": bool(args.first_views), "error": page_error},
        "ballots": {"planned": len(ballots.plan), "answered_204": cast,
                    "errors": len(ballots.errors), "seconds": took, "per_second": cast / took,
                    "latency": ballot_stats,
                    "late_max_ms": max(ballots.late) * 1000 if ballots.late else None},
        "turnout": turnout,
        "counted": counted,
        "closed_by": closed_by,
        "problems": problems,
        "duration": args.duration,
        "connections": args.connections,
    }
    with open(args.out, "w") as f:
        json.dump(result, f, indent=1)
    return 1 if problems else 0


def summary(args):
    runs = []
    for path in args.files:
        with open(path) as f:
            runs.append(json.load(f))
    if not runs:
        return 1
    print(f"\nelection page /elections/{{id}} read by {runs[0]['page']['readers']} voters in "
          f"turn (wrk 2 threads, {runs[0]['connections']} connections, {runs[0]['duration']}"
          f"{', every request a first view' if runs[0]['page']['first_views'] else ''}) while "
          f"each of {runs[0]['flats']} flats votes and votes again (API, a connection each); "
          f"/healthz: median of the runs before and after")
    head = (f"{'backend':<9} {'healthz/s':>9} {'page/s':>8} {'ratio':>6} {'p99 ms':>7} "
            f"{'ballots/s':>9} {'ballot p50':>10} {'ballot p99':>10} {'errors':>6} "
            f"{'turnout':>7} {'counted':>7}")
    print(head)
    print("-" * len(head))
    failed = []
    checks = []
    for run in runs:
        ref, page, b = run["healthz"], run["page"], run["ballots"]
        ratio = page["rps"] / ref["rps"]
        lat = b["latency"] or {"p50": float("nan"), "p99": float("nan")}
        print(f"{run['backend']:<9} {ref['rps']:9.0f} {page['rps']:8.0f} {ratio:6.3f} "
              f"{page['p99']:7.1f} {b['per_second']:9.1f} {lat['p50']:10.1f} {lat['p99']:10.1f} "
              f"{b['errors']:6d} {run['turnout']:7d} {run['counted'] if run['counted'] is not None else '-':>7}")
        name = run["backend"]
        for target, ok in [
            (f"page at >= {args.min_ratio} of /healthz ({ratio:.3f})", ratio >= args.min_ratio),
            (f"page p99 <= {args.max_p99_ms:g} ms ({page['p99']:.1f})",
             page["p99"] <= args.max_p99_ms and not page["error"]),
            (f"every ballot 204, turnout {run['flats']}, the close counts each flat's last "
             f"ballot", not run["problems"]),
        ]:
            checks.append(f"{name:<9} {'PASS' if ok else 'FAIL'}  {target}")
            if not ok:
                failed.append(f"{name}: {target}")
    print()
    print("\n".join(checks))
    for run in runs:
        b = run["ballots"]
        print(f"{run['backend']}: {b['answered_204']}/{b['planned']} ballots in "
              f"{b['seconds']:.1f} s, at most {b['late_max_ms']:.0f} ms behind their schedule; "
              f"page {run['page']['bytes']} bytes; /healthz runs "
              f"{', '.join(f'{r:.0f}' for r, _ in run['healthz']['runs'])}; "
              f"closed by the {run['closed_by']}")
        for problem in run["problems"]:
            print(f"  {problem}")
    if failed:
        print("\nFAIL: " + "; ".join(failed))
        return 1
    print(f"\nOK: the election page at >= {args.min_ratio} of /healthz with p99 <= "
          f"{args.max_p99_ms:g} ms while the flats vote, every ballot counted")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("sql")
    p.add_argument("--backend", choices=["sqlite", "postgres"], required=True)
    p.add_argument("--flats", type=int, default=300)
    p = sub.add_parser("measure")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--backend", required=True)
    p.add_argument("--db-url", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--flats", type=int, default=300)
    p.add_argument("--duration", default="8s")
    p.add_argument("--connections", type=int, default=50)
    p.add_argument("--first-views", type=int, default=1)
    p.add_argument("--announce-timeout", type=float, default=150)
    p = sub.add_parser("summary")
    p.add_argument("files", nargs="+")
    p.add_argument("--min-ratio", type=float, default=0.10)
    p.add_argument("--max-p99-ms", type=float, default=25.0)
    args = parser.parse_args()
    if args.command == "sql":
        sys.stdout.write(data_sql(args.backend, args.flats))
        return 0
    if args.command == "measure":
        try:
            return measure(args)
        except SystemExit as e:
            print(f"elections: {e}", file=sys.stderr)
            return 2
        except Exception:
            traceback.print_exc()
            return 2
    return summary(args)


if __name__ == "__main__":
    sys.exit(main())
