#!/usr/bin/env python3
"""Helper of benches/region.sh (stdlib and wrk): with two app nodes on one PostgreSQL database
and one bucket, measures in one run the throughput of a report page and of
POST /api/v1/reports with a photo against node A alone, then against A and B together (the
same connections split between them), and prints the ratios. Run benches/region.sh.

  region.py --ports A B [--duration 8s] [--connections 32]
"""

import argparse
import importlib.util
import json
import os
import struct
import sys
import tempfile
import threading
import zlib

_here = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("pages_bench", os.path.join(_here, "pages.py"))
pages = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pages)

TENANT = "inquilino@demo.test"
BOUNDARY = "portineria-region-bench"


def png(width, height):
    """A photo-like PNG (a smooth gradient with fine noise), made with the standard library."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            noise = (x * 7919 + y * 104729) % 23
            rows += bytes(((x + noise) % 256, (y + noise) % 256, (x + y) % 256))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(rows), 6)) + chunk(b"IEND", b""))


def report_form(photo):
    """The multipart body of a report with one photo, as a phone sends it."""
    parts = []
    for name, value in (("category", "lift"), ("location", "stair"),
                        ("description", "Ascensore fermo al terzo piano, porte bloccate.")):
        parts.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                     f"{value}\r\n".encode())
    parts.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="photos"; '
                 f'filename="foto.png"\r\nContent-Type: image/png\r\n\r\n'.encode()
                 + photo + b"\r\n")
    parts.append(f"--{BOUNDARY}--\r\n".encode())
    return b"".join(parts)


def lua_post(body, token_header, folder):
    """A wrk script that POSTs `body` as a new report on every request."""
    body_file = os.path.join(folder, "report.multipart")
    with open(body_file, "wb") as f:
        f.write(body)
    name, value = token_header.split(": ", 1)
    script = os.path.join(folder, "post.lua")
    with open(script, "w") as f:
        f.write(f"""
local file = io.open("{body_file}", "rb")
wrk.method = "POST"
wrk.body = file:read("*all")
file:close()
wrk.headers["Content-Type"] = "multipart/form-data; boundary={BOUNDARY}"
wrk.headers["{name}"] = "{value}"
""")
    return script


def together(ports, path, connections, duration, header=None, script=None):
    """Total requests per second of `ports` loaded at once, `connections` split between them
    (one wrk, one thread, per node)."""
    results = [0.0] * len(ports)

    def run(i, port):
        results[i], _ = pages.wrk(port, path, header, duration, connections // len(ports),
                                  script=script, threads=1)

    threads = [threading.Thread(target=run, args=(i, p)) for i, p in enumerate(ports)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(results)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ports", type=int, nargs=2, required=True)
    parser.add_argument("--duration", default="8s")
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    a, b = args.ports
    for port in (a, b):
        pages.wait_ready(port, 180)
    token = pages.api_token(a, TENANT)
    cookie = pages.web_cookie(a, TENANT)
    body = report_form(png(1024, 768))

    # One report filed on A, read with its photo on B: the two nodes share everything.
    status, answer, _ = pages.Client(a).request("POST", "/api/v1/reports", body=body, headers={
        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}",
        "Authorization": token.split(": ", 1)[1]})
    if status != 201:
        raise SystemExit(f"filing on A: HTTP {status} {answer[:300]!r}")
    filed = json.loads(answer)
    page = f"/reports/{filed['ref']}"
    pages.get(b, page, cookie)
    pages.get(b, filed["photos"][0]["url"], token)

    with tempfile.TemporaryDirectory() as folder:
        script = lua_post(body, token, folder)
        runs = {}
        for name, kw, path in (("report page", {"header": cookie}, page),
                               ("POST /api/v1/reports (1 photo)", {"script": script},
                                "/api/v1/reports")):
            one = together([a], path, args.connections, args.duration, **kw)
            two = together([a, b], path, args.connections, args.duration, **kw)
            runs[name] = (one, two)
    print(f"\nwrk, {args.connections} connections, {args.duration} each; "
          f"node A alone, then A and B together (connections split)")
    print(f"{'':34} {'1 node req/s':>13} {'2 nodes req/s':>14} {'ratio':>7}")
    for name, (one, two) in runs.items():
        print(f"{name:34} {one:13.1f} {two:14.1f} {two / one:7.2f}")


if __name__ == "__main__":
    sys.exit(main())
