#!/usr/bin/env python3
"""feed_server.py - the project's own web-form feed, for the tests and the demo.

Serves the submissions of a folder of .json files (sorted by file name; the
cursor is the index in that order, re-read on every request so a test can
add files) in two formats:

  GET /feed?since=N&limit=M        native: {"submissions": [...], "next": "N+k" or null}
                                   needs "Authorization: Bearer TOKEN" (--token-file)
  GET /requests.json?start_date=T  Open311 GeoReport v2: the submissions as service
                                   requests with requested_datetime >= T

A file that is not JSON is served as a JSON string (a malformed submission).

Faults, for the tests, from the command line (--fault) or at run time:

  GET /control?fault=KIND[&count=N][&after=M]
                                      KIND: none | 500 | garbage | empty | hang
                                      (count: only for N feed requests; after:
                                      once M more feed requests were answered)
  GET /control?paging=KIND            how the native feed's last page says so:
                                      ours      "next" is the index after the page,
                                                null only for an empty page
                                      null      "next": null on the last page,
                                                items or not (most frameworks)
                                      same      "next" repeats "since" on a page
                                                that ends the list
  GET /stats                          {"requests": N, "fault": KIND}

  500      answers HTTP 500
  garbage  answers 200 with a body that is not JSON
  empty    closes the connection without an answer
  hang     answers nothing until --hang-seconds have passed

Binds 127.0.0.1 on a free port (or --port), writes the port to --port-file
and its PID to --pid-file; scripts/feed.sh starts and stops it by that PID.
"""
import argparse
import datetime
import json
import os
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

FAULTS = ("none", "500", "garbage", "empty", "hang")


class State:
    def __init__(self, folder, token, fault, hang_seconds):
        self.folder = folder
        self.token = token
        self.fault = fault
        self.fault_count = None  # None: for every request
        self.fault_after = 0  # feed requests answered before the fault starts
        self.hang_seconds = hang_seconds
        self.requests = 0
        self.paging = "ours"
        self.lock = threading.Lock()

    def take_fault(self):
        with self.lock:
            self.requests += 1
            if self.fault_after > 0:
                self.fault_after -= 1
                return "none"
            f = self.fault
            if f != "none" and self.fault_count is not None:
                self.fault_count -= 1
                if self.fault_count <= 0:
                    self.fault = "none"
                    self.fault_count = None
            return f

    def submissions(self):
        names = sorted(n for n in os.listdir(self.folder)
                       if n.endswith(".json") and not n.startswith("."))
        out = []
        for n in names:
            with open(os.path.join(self.folder, n), "rb") as f:
                data = f.read()
            try:
                out.append(json.loads(data.decode("utf-8")))
            except (ValueError, UnicodeDecodeError):
                out.append(data.decode("utf-8", "replace"))
        return out


def parse_time(s):
    try:
        t = datetime.datetime.fromisoformat(str(s).replace("Z", "+00:00"))
    except ValueError:
        return None
    if t.tzinfo is None:
        t = t.replace(tzinfo=datetime.timezone.utc)
    return t


def as_service_request(sub):
    """A native submission as an Open311 service request."""
    if not isinstance(sub, dict):
        return sub
    name = (sub.get("name") or "").strip()
    first, _, last = name.partition(" ")
    req = {
        "service_request_id": sub.get("id"),
        "status": "open",
        "service_name": sub.get("title") or "General enquiry",
        "service_code": "mayorbox",
        "description": sub.get("content"),
        "requested_datetime": sub.get("submitted_at"),
        "address": sub.get("district"),
    }
    if name and not sub.get("anonymous"):
        req["first_name"] = first
        if last:
            req["last_name"] = last
        if sub.get("phone"):
            req["phone"] = sub.get("phone")
        if sub.get("email"):
            req["email"] = sub.get("email")
    return {k: v for k, v in req.items() if v is not None}


class Handler(BaseHTTPRequestHandler):
    server_version = "mayorbox-feed/1"
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):  # quiet: tests read stderr
        if self.server.verbose:
            sys.stderr.write("feed: " + (fmt % args) + "\n")

    def send_json(self, code, obj):
        body = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def fault(self):
        """Applies the fault in force; True when the request is answered."""
        st = self.server.state
        f = st.take_fault()
        if f == "500":
            body = b"internal server error\n"
            self.send_response(500)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return True
        if f == "garbage":
            body = b"<html><body>Bad gateway {{{ not json"
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return True
        if f == "empty":
            self.close_connection = True
            return True  # nothing written: "empty reply from server"
        if f == "hang":
            end = time.monotonic() + st.hang_seconds
            while time.monotonic() < end and not self.server.stopping:
                time.sleep(0.1)
            self.close_connection = True
            return True
        return False

    def do_GET(self):
        u = urlsplit(self.path)
        q = parse_qs(u.query)
        st = self.server.state
        if u.path == "/control" and "paging" in q:
            kind = q["paging"][0]
            if kind not in ("ours", "null", "same"):
                return self.send_json(400, {"error": "paging is ours, null or same"})
            with st.lock:
                st.paging = kind
            return self.send_json(200, {"paging": kind})
        if u.path == "/control":
            kind = q.get("fault", ["none"])[0]
            if kind not in FAULTS:
                return self.send_json(400, {"error": "fault must be one of " + ", ".join(FAULTS)})
            with st.lock:
                st.fault = kind
                st.fault_count = int(q["count"][0]) if "count" in q else None
                st.fault_after = int(q["after"][0]) if "after" in q else 0
            return self.send_json(200, {"fault": kind, "count": st.fault_count})
        if u.path == "/stats":
            with st.lock:
                return self.send_json(200, {"requests": st.requests, "fault": st.fault})
        if u.path == "/feed":
            if st.token is not None and self.headers.get("Authorization") != "Bearer " + st.token:
                return self.send_json(401, {"error": "a bearer token is required"})
            if self.fault():
                return
            try:
                since = int(q.get("since", ["0"])[0] or 0)
                limit = int(q.get("limit", ["100"])[0])
            except ValueError:
                return self.send_json(400, {"error": "since and limit are numbers"})
            if since < 0 or limit < 1:
                return self.send_json(400, {"error": "since >= 0, limit >= 1"})
            subs = st.submissions()
            part = subs[since:since + limit]
            nxt = str(since + len(part)) if part else None
            with st.lock:
                paging = st.paging
            if paging != "ours" and since + len(part) >= len(subs):
                nxt = None if paging == "null" else str(since)
            return self.send_json(200, {"submissions": part, "next": nxt})
        if u.path == "/requests.json":
            if self.fault():
                return
            reqs = [as_service_request(s) for s in st.submissions()]
            if "start_date" in q:
                start = parse_time(q["start_date"][0])
                if start is None:
                    return self.send_json(400, [{"code": 400, "description": "bad start_date"}])

                def keep(r):
                    if not isinstance(r, dict):
                        return True
                    t = parse_time(r.get("requested_datetime"))
                    return t is None or t >= start
                reqs = [r for r in reqs if keep(r)]
            return self.send_json(200, reqs)
        return self.send_json(404, {"error": "not found"})


def write_atomic(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", required=True, help="folder of submission .json files")
    ap.add_argument("--token-file", help="the bearer token /feed requires")
    ap.add_argument("--port", type=int, default=0, help="0: a free port")
    ap.add_argument("--port-file")
    ap.add_argument("--pid-file")
    ap.add_argument("--fault", choices=FAULTS, default="none")
    ap.add_argument("--hang-seconds", type=float, default=600)
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()

    token = None
    if a.token_file:
        with open(a.token_file) as f:
            token = f.readline().strip()
    srv = ThreadingHTTPServer(("127.0.0.1", a.port), Handler)
    srv.daemon_threads = True
    srv.state = State(a.dir, token, a.fault, a.hang_seconds)
    srv.verbose = a.verbose
    srv.stopping = False

    def stop(signum, frame):
        srv.stopping = True
        threading.Thread(target=srv.shutdown, daemon=True).start()
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)

    if a.pid_file:
        write_atomic(a.pid_file, "%d\n" % os.getpid())
    if a.port_file:
        write_atomic(a.port_file, "%d\n" % srv.server_address[1])
    try:
        srv.serve_forever(poll_interval=0.2)
    finally:
        srv.server_close()
        for p in (a.pid_file, a.port_file):
            if p:
                try:
                    os.unlink(p)
                except OSError:
                    pass


if __name__ == "__main__":
    main()
