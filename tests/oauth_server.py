#!/usr/bin/env python3
"""oauth_server.py DIR USER - a tiny OAuth2 token introspection endpoint for
the private Dovecot of scripts/dovecot.sh (passdb driver = oauth2).

Binds 127.0.0.1 on a free port and writes DIR/oauth_port and DIR/oauth.pid
(each written whole, by rename, once the socket listens). Every request to
/introspect (POST with token=..., GET with ?token=... or the token appended,
or an Authorization: Bearer header) is answered with
    {"active": true, "username": USER}   for the token in DIR/etc/oauth.token
    {"active": false}                    for any other token
The token file is read again for every request. Nothing is logged (a token
never reaches a log). Ends on SIGTERM or SIGINT.
"""
import hmac
import json
import os
import signal
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer


def write_whole(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)


def main():
    if len(sys.argv) != 3:
        print("usage: oauth_server.py DIR USER", file=sys.stderr)
        return 64
    folder, user = sys.argv[1], sys.argv[2]
    token_file = os.path.join(folder, "etc", "oauth.token")

    def good_token():
        try:
            with open(token_file) as f:
                return f.read().strip()
        except OSError:
            return ""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):  # no access log: it would hold tokens
            pass

        def answer(self, token):
            good = good_token()
            if token and good and hmac.compare_digest(token.encode(), good.encode()):
                body = {"active": True, "username": user}
            else:
                body = {"active": False}
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def bearer(self):
            h = self.headers.get("Authorization", "")
            return h[7:].strip() if h.lower().startswith("bearer ") else ""

        def do_GET(self):
            url = urllib.parse.urlsplit(self.path)
            if not url.path.startswith("/introspect"):
                self.send_error(404)
                return
            token = urllib.parse.parse_qs(url.query).get("token", [""])[0]
            if not token and url.query and "=" not in url.query:
                token = urllib.parse.unquote(url.query)
            if not token:
                rest = url.path[len("/introspect"):].lstrip("/")
                token = urllib.parse.unquote(rest)
            self.answer(token or self.bearer())

        def do_POST(self):
            if not self.path.startswith("/introspect"):
                self.send_error(404)
                return
            n = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(n).decode("utf-8", "replace") if n > 0 else ""
            token = urllib.parse.parse_qs(body).get("token", [""])[0]
            self.answer(token or self.bearer())

    server = HTTPServer(("127.0.0.1", 0), Handler)

    def stop(*_):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    write_whole(os.path.join(folder, "oauth.pid"), "%d\n" % os.getpid())
    write_whole(os.path.join(folder, "oauth_port"), "%d\n" % server.server_address[1])
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
