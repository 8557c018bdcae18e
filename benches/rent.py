#!/usr/bin/env python3
"""Helper of benches/rent.sh (stdlib only): writes the SQL that adds a landlord's flats to a
seeded demo database and the landlord's rent file for them, runs the import under
/usr/bin/time, times the rent pages against /readyz of the same portal, and prints the
summary. Run benches/rent.sh, not this file.

  rent.py sql --backend sqlite|postgres --flats N             SQL on standard output
  rent.py csv --flats N --out FILE                            the rent file, and FILE.json
                                                              with what it holds
  rent.py import --label L --bin B --file F --expect FILE.json --record R.json
                 [--adds-nothing]                             one timed `rent import`
  rent.py measure --port P --backend NAME --out FILE --held FILE.json [--imports R.json]
                  [--requests N] [--warmup N] [--time-limit S]
  rent.py summary FILE... [--max-p95-ratio 20]                exit 1 when a target is missed
"""

import argparse
import datetime
import importlib.util
import json
import math
import os
import re
import subprocess
import sys
import time

# The queue bench's SQL dialect, keep-alive client and statistics, and the pages bench's
# sign-in helpers (loaded by path: the module name `queue` would shadow the standard library's).
_here = os.path.dirname(os.path.abspath(__file__))


def _load(name, file):
    spec = importlib.util.spec_from_file_location(name, os.path.join(_here, file))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


pages_bench = _load("pages_bench", "pages.py")
queue_bench = pages_bench.queue_bench
Client, wait_ready, stats = queue_bench.Client, queue_bench.wait_ready, queue_bench.stats
Dialect = queue_bench.Dialect
web_cookie, api_token = pages_bench.web_cookie, pages_bench.api_token

LANDLORD = "aler-milano"
# ALER Milano's creditor tax code in the demo (src/app/demo_rent.rs, ALER_TAX_CODE).
CREDITOR = "80012345670"
TENANT, OFFICER = "inquilino@demo.test", "canoni.aler@demo.test"
TENANT_FLAT = "GUA12-A-21"
LAST_PAGE = "GET …/rent/watch?page=L"

# ---------------------------------------------------------------------------------------------
# Data


def unit_code(i):
    """Flat i (0-based): buildings of 4 stairs x 20 flats."""
    return f"RNT-B{i // 80 + 1:05d}-{'ABCD'[i % 80 // 20]}-{i % 20 + 1:02d}"


def flats_sql(backend, flats):
    """SQL that adds `flats` flats in buildings owned by ALER Milano, spread over new estates,
    to a database `portineria seed-demo` made; unit codes as unit_code() spells them."""
    d = Dialect(backend)
    buildings = max(1, math.ceil(flats / 80))
    estates = max(1, min(40, math.ceil(buildings / 50)))
    out = []
    if d.pg:
        out += ["SET synchronous_commit = off;", "SET maintenance_work_mem = '256MB';"]
    else:
        out += ["PRAGMA journal_mode = WAL;", "PRAGMA synchronous = OFF;",
                "PRAGMA cache_size = -262144;", "PRAGMA temp_store = MEMORY;"]
    out.append("BEGIN;")
    out.append(
        f"{d.with_()} {d.series('s', estates)} "
        "INSERT INTO estates (code, name, city) "
        f"SELECT 'RNT-E' || {d.pad('n', 3)}, 'Quartiere dei canoni ' || n, 'Milano' FROM s;")
    out.append(
        f"{d.with_()} {d.series('s', buildings)} "
        "INSERT INTO buildings (estate_id, owner_id, code, name, address) "
        f"SELECT e.id, o.id, 'RNT-B' || {d.pad('s.n', 5)}, 'Caseggiato ' || s.n, "
        "'Via dei Canoni ' || s.n || ', 20100 Milano MI' FROM s "
        f"JOIN estates e ON e.code = 'RNT-E' || {d.pad(f'1 + (s.n - 1) % {estates}', 3)} "
        f"JOIN organisations o ON o.code = '{LANDLORD}' ORDER BY s.n;")
    out.append(
        f"{d.with_()} {d.series('s', 4)} "
        "INSERT INTO stairs (building_id, code, name) "
        "SELECT b.id, substr('ABCD', CAST(s.n AS INTEGER), 1), "
        "'Scala ' || substr('ABCD', CAST(s.n AS INTEGER), 1) FROM buildings b CROSS JOIN s "
        "WHERE b.code LIKE 'RNT-%' ORDER BY b.id, s.n;")
    i = "(s.n - 1)"
    stair = f"substr('ABCD', CAST({i} % 80 / 20 + 1 AS INTEGER), 1)"
    out.append(
        f"{d.with_()} {d.series('s', flats)} "
        "INSERT INTO units (stair_id, code, floor, number) "
        f"SELECT st.id, b.code || '-' || st.code || '-' || {d.pad(f'{i} % 20 + 1', 2)}, "
        f"CAST({i} % 20 / 4 AS INTEGER), {d.pad(f'{i} % 20 + 1', 2)} FROM s "
        f"JOIN buildings b ON b.code = 'RNT-B' || {d.pad(f'{i} / 80 + 1', 5)} "
        f"JOIN stairs st ON st.building_id = b.id AND st.code = {stair} ORDER BY s.n;")
    out.append("COMMIT;")
    out.append("VACUUM ANALYZE;" if d.pg else "ANALYZE;")
    return "\n".join(out) + "\n"


def months(today):
    """The first days of the twelve months up to this one, oldest first (as the demo bills)."""
    first = today.replace(day=1)
    out = []
    for back in range(11, -1, -1):
        y, m = divmod(first.year * 12 + first.month - 1 - back, 12)
        out.append(datetime.date(y, m + 1, 1))
    return out


def euros(cents):
    return f"{cents // 100}.{cents % 100:02d}"


# How households pay, per mille of flats: most on time; some behind by one to three bills;
# some always late (after the due day's grace); some pay each month in two equal halves on the
# same day without naming the notice (equal lines: two payments each month); a few short.
HABITS = [(850, "on_time"), (910, "behind"), (960, "late"), (990, "halves"), (1000, "short")]


def habit(i):
    draw = (i * 2654435761 + 12345) % 1000
    return next(name for limit, name in HABITS if draw < limit)


def write_csv(flats, out, today=None):
    """The landlord's file for `flats` flats x 12 months, streamed to `out`: two bill lines a
    month with one pagoPA notice (rent, and heating from October to April or water otherwise),
    and the payments made by today. Returns what it holds."""
    today = today or datetime.date.today()
    held = {"flats": flats, "lines": 0, "charges": 0, "payments": 0, "today": today.isoformat(),
            "habits": {name: 0 for _, name in HABITS}}
    firsts = [(f, f.strftime("%Y-%m"), f.strftime("%Y%m"), f.replace(day=10).isoformat())
              for f in months(today)]
    with open(out, "w", buffering=1 << 20) as f:
        f.write("kind,unit,period,due_on,item,amount,notice_code,creditor_tax_code,paid_on\n")
        for i in range(flats):
            code = unit_code(i)
            how = habit(i)
            held["habits"][how] += 1
            rent = 120_00 + (i * 7919) % 14000
            behind = 1 + i % 3 if how == "behind" else 0
            even = -2 if how == "halves" else -1  # halves of a bill pay it whole
            lines = []
            for n, (first, period, yyyymm, due) in enumerate(firsts):
                notice = f"31{yyyymm}{i:010d}"
                rent &= even
                if first.month in (10, 11, 12, 1, 2, 3, 4):
                    second = ("heating", (40_00 + (i * 131) % 4000) & even)
                else:
                    second = ("water", (15_00 + (i * 17) % 1000) & even)
                total = rent + second[1]
                lines.append(f"charge,{code},{period},{due},rent,{euros(rent)},{notice},"
                             f"{CREDITOR},\n")
                lines.append(f"charge,{code},{period},{due},{second[0]},{euros(second[1])},"
                             f"{notice},{CREDITOR},\n")
                held["charges"] += 2
                paid = first.replace(day=25 if how == "late" else 5)
                if paid > today or (how == "behind" and n >= 12 - behind):
                    continue
                if how == "halves":
                    half = euros(total // 2)
                    lines.append(f"payment,{code},,,,{half},,,{paid}\n")
                    lines.append(f"payment,{code},,,,{half},,,{paid}\n")
                    held["payments"] += 2
                    continue
                amount = total - 10_00 if how == "short" else total
                lines.append(f"payment,{code},,,,{euros(amount)},{notice},,{paid}\n")
                held["payments"] += 1
            f.write("".join(lines))
            held["lines"] += len(lines)
    with open(out + ".json", "w") as f:
        json.dump(held, f, indent=1)
    return held


# ---------------------------------------------------------------------------------------------
# The import


def run_import(args):
    """`portineria rent import` under /usr/bin/time -v: wall time and peak RSS, with what it
    said it did checked against what the file holds."""
    with open(args.expect) as f:
        held = json.load(f)
    timing = args.record + ".time"
    cmd = ["/usr/bin/time", "-v", "-o", timing, args.bin, "rent", "import", args.file,
           "--organisation", LANDLORD]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-3000:])
        raise SystemExit(f"rent import {args.file} failed ({done.returncode})")
    said = done.stdout.strip()
    match = re.fullmatch(r"(\d+) lines: (\d+) charges added, (\d+) changed, (\d+) payments added",
                         said.splitlines()[-1] if said else "")
    if not match:
        raise SystemExit(f"rent import said: {said!r}")
    lines, charges, changed, payments = map(int, match.groups())
    with open(timing) as f:
        text = f.read()
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", text).group(1)
    seconds = 0.0
    for part in wall.split(":"):
        seconds = seconds * 60 + float(part)
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    cpu = sum(float(re.search(rf"{k} time \(seconds\): ([\d.]+)", text).group(1))
              for k in ("User", "System"))
    expected = (held["lines"], 0, 0, 0) if args.adds_nothing else \
        (held["lines"], held["charges"], 0, held["payments"])
    record = {"label": args.label, "flats": held["flats"], "lines": lines, "charges_added":
              charges, "charges_changed": changed, "payments_added": payments,
              "seconds": seconds, "cpu_seconds": cpu, "max_rss_kb": rss_kb,
              "expected": expected, "as_expected": (lines, charges, changed, payments) == expected}
    records = []
    if os.path.exists(args.record):
        with open(args.record) as f:
            records = json.load(f)
    records.append(record)
    with open(args.record, "w") as f:
        json.dump(records, f, indent=1)
    print(f"  {args.label:<22} {said}; {seconds:.1f} s, peak RSS {rss_kb / 1024:.1f} MiB"
          + ("" if record["as_expected"] else f"  (expected {expected})"), flush=True)


# ---------------------------------------------------------------------------------------------
# Measurement


def signed_in(port, timeout, cookie=None, header=None):
    """A keep-alive client of its own for one reader: with the cookies a browser signed in as
    them sends (its jar, which the answers' cookies update as a browser's), or with a header
    such as a bearer token."""
    client = Client(port, timeout=timeout)
    if cookie:
        pairs = cookie.split(": ", 1)[1].split("; ")
        client.cookies.update(pair.split("=", 1) for pair in pairs)
    headers = dict([header.split(": ", 1)]) if header else {}
    return client, headers


def measure(args):
    wait_ready(args.port, 120)
    reference = signed_in(args.port, args.time_limit)
    tenant = signed_in(args.port, args.time_limit, cookie=web_cookie(args.port, TENANT))
    office_web = signed_in(args.port, args.time_limit, cookie=web_cookie(args.port, OFFICER))
    office_api = signed_in(args.port, args.time_limit, header=api_token(args.port, OFFICER))

    def get(path, reader):
        client, headers = reader
        status, body, ms = client.request("GET", path, headers=headers)
        if status != 200:
            raise SystemExit(f"GET {path}: HTTP {status} {body[:300]!r}")
        return body, ms

    # What is measured opens, signed in, and shows what it should, before it is timed.
    mine, _ = get("/rent", tenant)
    if TENANT_FLAT.encode() not in mine and b"GUA12" not in mine:
        raise SystemExit(f"GET /rent: the tenant's flat {TENANT_FLAT} is not on the page")
    office, office_first_ms = get("/rent/office", office_web)
    watch, watch_first_ms = get("/api/v1/rent/watch", office_api)
    # The indicators for the lab over every flat (the rent office's landlord): one read, timed,
    # not checked.
    _, indicators_first_ms = get("/stats/rent", office_web)
    listed = json.loads(watch)  # {"households", "total", "page", "per_page"}
    total, per_page = listed["total"], listed["per_page"]
    generated = sum(1 for w in listed["households"] if w["unit"].startswith("RNT-"))
    with open(args.held) as f:
        habits = json.load(f)["habits"]
    # Households always late, or short every month, are on the list whatever the day.
    at_least = habits["late"] + habits["short"]
    if generated == 0 or total < at_least:
        raise SystemExit(f"GET /api/v1/rent/watch: {total} households flagged, {generated} "
                         f"generated on the first page; expected at least {at_least}")
    last = max(1, math.ceil(total / per_page))
    targets = [
        ("GET /readyz", "/readyz", reference),
        ("GET /rent", "/rent", tenant),
        ("GET /rent/office", "/rent/office", office_web),
        ("GET /api/v1/rent/watch", "/api/v1/rent/watch", office_api),
        # The list's last page (how deep a page costs): measured, not checked.
        (LAST_PAGE, f"/api/v1/rent/watch?page={last}", office_api),
    ]
    samples = {name: [] for name, _, _ in targets}
    deadline = time.monotonic() + args.time_limit
    rounds = 0
    for i in range(args.warmup + args.requests):
        if i >= args.warmup + args.min_requests and time.monotonic() > deadline:
            break  # the slow pages set how many rounds fit: noted in the summary
        # One client, the reference and the pages interleaved, in an order that rotates so no
        # target always runs right after another.
        for k in range(len(targets)):
            name, path, reader = targets[(i + k) % len(targets)]
            _, ms = get(path, reader)
            if i >= args.warmup:
                samples[name].append(ms)
        rounds = i + 1
    result = {
        "backend": args.backend,
        "flagged": total,
        "per_page": per_page,
        "last_page": last,
        "habits": habits,
        "office_bytes": len(office),
        "watch_bytes": len(watch),
        "office_first_ms": office_first_ms,
        "watch_first_ms": watch_first_ms,
        "indicators_first_ms": indicators_first_ms,
        "rounds": max(0, rounds - args.warmup),
        "requests": args.requests,
        "warmup": args.warmup,
        "order": [name for name, _, _ in targets],
        "stats": {name: stats(values) for name, values in samples.items()},
    }
    if args.imports and os.path.exists(args.imports):
        with open(args.imports) as f:
            result["imports"] = json.load(f)
    with open(args.out, "w") as f:
        json.dump(result, f, indent=1)
    print(f"  {args.backend}: " + ", ".join(
        f"{name} p95 {s['p95']:.2f} ms" for name, s in result["stats"].items()), flush=True)


def summary(args):
    failed = []
    for path in args.files:
        with open(path) as f:
            run = json.load(f)
        backend = run["backend"]
        print(f"\n{backend}: rent import (`portineria rent import`, /usr/bin/time -v)")
        print(f"{'import':<24} {'flats':>7} {'lines':>9} {'added':>9} {'seconds':>8} "
              f"{'lines/s':>8} {'peak RSS MiB':>12}  check")
        imports = run.get("imports", [])
        for r in imports:
            ok = r["as_expected"]
            failed += [] if ok else [f"{backend} import {r['label']}"]
            added = r["charges_added"] + r["payments_added"] + r["charges_changed"]
            print(f"{r['label']:<24} {r['flats']:>7} {r['lines']:>9} {added:>9} "
                  f"{r['seconds']:8.1f} {r['lines'] / max(r['seconds'], 1e-9):8.0f} "
                  f"{r['max_rss_kb'] / 1024:12.1f}  {'ok' if ok else 'UNEXPECTED'}")
        rss = [r["max_rss_kb"] for r in imports]
        if len(rss) > 1:
            small = min(imports, key=lambda r: r["lines"])
            big = max(imports, key=lambda r: r["lines"])
            print(f"peak RSS {big['max_rss_kb'] / 1024:.1f} MiB for {big['lines']} lines against "
                  f"{small['max_rss_kb'] / 1024:.1f} MiB for {small['lines']}: "
                  f"x{big['max_rss_kb'] / small['max_rss_kb']:.2f} for "
                  f"x{big['lines'] / small['lines']:.1f} the lines")
        ref = run["stats"]["GET /readyz"]
        print(f"\n{backend}: one keep-alive client, the pages interleaved with /readyz "
              f"({run['rounds']} timed rounds after {run['warmup']} warm-ups)")
        head = (f"{'request':<24} {'p50 ms':>9} {'p95 ms':>9} {'max ms':>9} {'p95/ref':>8}  check")
        print(head)
        for name in run["order"]:
            s = run["stats"][name]
            check = "not checked" if name == LAST_PAGE else ""
            if name not in ("GET /readyz", LAST_PAGE):
                ok = s["p95"] <= args.max_p95_ratio * ref["p95"]
                check = f"p95 {'<=' if ok else '>'} {args.max_p95_ratio:g} x ref"
                failed += [] if ok else [f"{backend} {name}"]
            print(f"{name + (' (ref)' if s is ref else ''):<24} {s['p50']:9.2f} {s['p95']:9.2f} "
                  f"{s['max']:9.2f} {s['p95'] / ref['p95']:8.1f}  {check}")
        print(f"(watch list: {run['flagged']} households flagged, {run['per_page']} a page, "
              f"the last page is {run['last_page']}; the file's habits: "
              + ", ".join(f"{k} {v}" for k, v in run["habits"].items())
              + f"; /rent/office {run['office_bytes']} bytes, first read "
              f"{run['office_first_ms']:.0f} ms; GET /api/v1/rent/watch {run['watch_bytes']} "
              f"bytes, first read {run['watch_first_ms']:.0f} ms; /stats/rent first read "
              f"{run.get('indicators_first_ms', 0):.0f} ms, not checked)")
        if run["rounds"] < run["requests"]:
            print(f"(time limit reached: {run['rounds']} of {run['requests']} rounds timed)")
    if failed:
        print("\nFAIL: " + ", ".join(failed))
        return 1
    print(f"\nOK: every import as expected, every rent page's p95 <= {args.max_p95_ratio:g} x "
          "/readyz")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("sql")
    p.add_argument("--backend", choices=["sqlite", "postgres"], required=True)
    p.add_argument("--flats", type=int, required=True)
    p = sub.add_parser("csv")
    p.add_argument("--flats", type=int, required=True)
    p.add_argument("--out", required=True)
    p = sub.add_parser("import")
    p.add_argument("--label", required=True)
    p.add_argument("--bin", required=True)
    p.add_argument("--file", required=True)
    p.add_argument("--expect", required=True)
    p.add_argument("--record", required=True)
    p.add_argument("--adds-nothing", action="store_true")
    p = sub.add_parser("measure")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--backend", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--imports", help="the import records to keep with the result")
    p.add_argument("--held", required=True, help="what the rent file holds (rent.py csv)")
    p.add_argument("--requests", type=int, default=200)
    p.add_argument("--min-requests", type=int, default=20)
    p.add_argument("--warmup", type=int, default=5)
    p.add_argument("--time-limit", type=float, default=600)
    p = sub.add_parser("summary")
    p.add_argument("files", nargs="+")
    p.add_argument("--max-p95-ratio", type=float, default=20.0)
    args = parser.parse_args()
    if args.command == "sql":
        sys.stdout.write(flats_sql(args.backend, args.flats))
    elif args.command == "csv":
        held = write_csv(args.flats, args.out)
        print(f"  {args.out}: {held['lines']} lines ({held['charges']} charges, "
              f"{held['payments']} payments) for {held['flats']} flats; habits "
              + ", ".join(f"{k} {v}" for k, v in held["habits"].items()), flush=True)
    elif args.command == "import":
        run_import(args)
    elif args.command == "measure":
        measure(args)
    else:
        return summary(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
