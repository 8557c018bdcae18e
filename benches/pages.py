#!/usr/bin/env python3
"""Helper of benches/pages.sh (stdlib and wrk): signs in as the demo tenant and technician,
checks every page opens, loads each with wrk against /healthz of the same binary in the same
run, weighs the report form, and prints the summary. Run benches/pages.sh, not this file.

  pages.py measure --port P --backend NAME --out FILE [--duration 8s] [--connections 50]
                   [--first-views 1]
  pages.py summary FILE... [--min-ratio 0.10] [--max-p99-ms 25]   exit 1 when a target is missed
"""

import argparse
import importlib.util
import json
import os
import re
import statistics
import subprocess
import sys
import urllib.parse

# The queue bench's keep-alive client and readiness wait (its module name would shadow the
# standard library's `queue`, so it is loaded by path).
_spec = importlib.util.spec_from_file_location(
    "queue_bench", os.path.join(os.path.dirname(os.path.abspath(__file__)), "queue.py"))
queue_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(queue_bench)
Client, wait_ready = queue_bench.Client, queue_bench.wait_ready

PASSWORD = "demo"


def api_token(port, email):
    status, body, _ = Client(port).request(
        "POST", "/api/v1/auth/login", body=json.dumps({"email": email, "password": PASSWORD}),
        headers={"Content-Type": "application/json"})
    if status != 200:
        raise SystemExit(f"API sign-in of {email} failed: {status} {body[:200]!r}")
    return "Authorization: Bearer " + json.loads(body)["token"]


def web_cookie(port, email):
    """Signs in through the form like a browser; returns the Cookie header a browser sends."""
    web = Client(port)
    status, body, _ = web.request("GET", "/login")
    match = re.search(rb'name="_csrf"\s+value="([^"]+)"', body)
    if status != 200 or not match:
        raise SystemExit(f"no sign-in form: {status}")
    form = urllib.parse.urlencode({"_csrf": match.group(1).decode(), "login": email,
                                   "password": PASSWORD})
    status, body, _ = web.request("POST", "/login", body=form,
                                  headers={"Content-Type": "application/x-www-form-urlencoded"})
    if status not in (302, 303):
        raise SystemExit(f"web sign-in of {email} failed: {status} {body[:200]!r}")
    return "Cookie: " + "; ".join(f"{k}={v}" for k, v in web.cookies.items())


def get(port, path, header=None):
    headers = dict([header.split(": ", 1)]) if header else {}
    status, body, _ = Client(port).request("GET", path, headers=headers)
    if status != 200:
        raise SystemExit(f"GET {path}: HTTP {status} {body[:300]!r}")
    return body


def report_form_weight(port, cookie):
    """Bytes on the wire for the report form and everything it loads, as a browser that
    accepts Brotli receives them."""
    headers = {"Accept-Encoding": "br, gzip"}
    name, value = cookie.split(": ", 1)
    client = Client(port)
    status, page, _ = client.request("GET", "/reports/new", headers={**headers, name: value})
    if status != 200:
        raise SystemExit(f"GET /reports/new: HTTP {status}")
    total = len(page)
    plain = get(port, "/reports/new", cookie)  # the same page, uncompressed, to read
    assets = sorted(set(re.findall(rb'(?:href|src)="(/static/[^"]+)"', plain)))
    for asset in assets:
        status, body, _ = client.request("GET", asset.decode(), headers=headers)
        if status != 200:
            raise SystemExit(f"GET {asset!r}: HTTP {status}")
        total += len(body)
    return {"bytes": total, "files": 1 + len(assets)}


def wrk(port, path, header, duration, connections, script=None, threads=2):
    """Requests per second and p99 in ms of one wrk run (with a Lua `script`, if given)."""
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}", "--latency"]
    if header:
        cmd += ["-H", header]
    if script:
        cmd += ["-s", script]
    out = subprocess.run(cmd + [f"http://127.0.0.1:{port}{path}"], check=True,
                         capture_output=True, text=True).stdout
    if "Non-2xx" in out or "Socket errors" in out:
        raise SystemExit(f"wrk {path}: errors under load\n{out}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    value, unit = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
    p99 = float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
    return rps, p99


# Each request asks for a page under an `Accept` header of its own, so none is answered as
# kept (src/web/kept_pages.rs): what a reader's first look at a page costs.
FIRST_VIEWS_LUA = """
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
local n = 0
function request()
  n = n + 1
  wrk.headers["Accept"] = "*/*; first-view=" .. id .. "-" .. n
  return wrk.format()
end
"""


def measure(args):
    wait_ready(args.port, 120)
    tenant, technician = "inquilino@demo.test", "tecnico.aler@demo.test"
    tenant_web, tenant_api = web_cookie(args.port, tenant), api_token(args.port, tenant)
    tech_web, tech_api = web_cookie(args.port, technician), api_token(args.port, technician)
    mine = json.loads(get(args.port, "/api/v1/reports", tenant_api))
    reference = mine["reports"][0]["ref"]
    targets = [
        ("home", "/", tenant_web),
        ("board", "/board", tenant_web),
        ("my reports", "/reports", tenant_web),
        ("report page", f"/reports/{reference}", tenant_web),
        ("report form", "/reports/new", tenant_web),
        ("work queue", "/work", tech_web),
        ("agenda", "/work/agenda", tech_web),
        ("API my reports", "/api/v1/reports", tenant_api),
        ("API report", f"/api/v1/reports/{reference}", tenant_api),
        ("API queue", "/api/v1/queue", tech_api),
        ("API notices", "/api/v1/notices", tenant_api),
    ]
    for _, path, header in targets:  # what is measured opens, signed in, before it is timed
        get(args.port, path, header)
    # /healthz before, between and after the pages, so the reference sees the same machine.
    health, pages = [], {}
    health.append(wrk(args.port, "/healthz", None, args.duration, args.connections))
    for i, (name, path, header) in enumerate(targets):
        pages[name] = wrk(args.port, path, header, args.duration, args.connections)
        print(f"  {name:<15} {pages[name][0]:9.0f} requests/s  p99 {pages[name][1]:6.1f} ms",
              flush=True)
        if i == len(targets) // 2:
            health.append(wrk(args.port, "/healthz", None, args.duration, args.connections))
    health.append(wrk(args.port, "/healthz", None, args.duration, args.connections))
    first_views = {}
    if args.first_views:
        script = os.path.join(os.path.dirname(args.out), "first_views.lua")
        with open(script, "w") as f:
            f.write(FIRST_VIEWS_LUA)
        for name, path, header in targets:
            first_views[name] = wrk(args.port, path, header, args.duration, args.connections,
                                    script)
            print(f"  {name:<15} {first_views[name][0]:9.0f} requests/s  "
                  f"p99 {first_views[name][1]:6.1f} ms  (first views)", flush=True)
        health.append(wrk(args.port, "/healthz", None, args.duration, args.connections))
    result = {
        "backend": args.backend,
        "healthz": {"rps": statistics.median(r for r, _ in health),
                    "p99": statistics.median(p for _, p in health),
                    "runs": health},
        "pages": [{"name": n, "path": p.replace(reference, "{reference}"),
                   "rps": pages[n][0], "p99": pages[n][1]} for n, p, _ in targets],
        "first_views": [{"name": n, "rps": r, "p99": p99} for n, (r, p99) in first_views.items()],
        "report_form": report_form_weight(args.port, tenant_web),
        "duration": args.duration,
        "connections": args.connections,
    }
    with open(args.out, "w") as f:
        json.dump(result, f, indent=1)


def summary(args):
    failed = []
    for path in args.files:
        with open(path) as f:
            run = json.load(f)
        ref = run["healthz"]
        print(f"\n{run['backend']}: wrk 2 threads, {run['connections']} connections, "
              f"{run['duration']} each; /healthz {ref['rps']:.0f} requests/s (median of "
              f"{len(ref['runs'])} runs: {', '.join(f'{r:.0f}' for r, _ in ref['runs'])})")
        print(f"{'page':<16} {'path':<28} {'requests/s':>10} {'ratio':>7} {'p99 ms':>7}  check")
        for page in run["pages"]:
            ratio = page["rps"] / ref["rps"]
            ok = ratio >= args.min_ratio and page["p99"] <= args.max_p99_ms
            if not ok:
                failed.append(f"{run['backend']} {page['name']}")
            print(f"{page['name']:<16} {page['path']:<28} {page['rps']:10.0f} {ratio:7.3f} "
                  f"{page['p99']:7.1f}  {'ok' if ok else 'MISSED'}")
        if run.get("first_views"):
            print("first views (no page answered as kept; not checked):")
            for page in run["first_views"]:
                print(f"{page['name']:<16} {'':<28} {page['rps']:10.0f} "
                      f"{page['rps'] / ref['rps']:7.3f} {page['p99']:7.1f}")
        form = run["report_form"]
        print(f"report form: {form['bytes']} bytes compressed with the {form['files'] - 1} "
              f"files it loads")
    if failed:
        print(f"\nFAIL (ratio >= {args.min_ratio}, p99 <= {args.max_p99_ms} ms): "
              + ", ".join(failed))
        return 1
    print(f"\nOK: every page at >= {args.min_ratio} of /healthz with p99 <= {args.max_p99_ms} ms")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("measure")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--backend", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--duration", default="8s")
    p.add_argument("--connections", type=int, default=50)
    p.add_argument("--first-views", type=int, default=1)
    p = sub.add_parser("summary")
    p.add_argument("files", nargs="+")
    p.add_argument("--min-ratio", type=float, default=0.10)
    p.add_argument("--max-p99-ms", type=float, default=25.0)
    args = parser.parse_args()
    return {"measure": measure, "summary": summary}[args.command](args) or 0


if __name__ == "__main__":
    sys.exit(main())
