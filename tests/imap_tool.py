#!/usr/bin/env python3
"""imap_tool.py - what the IMAP tests do to a server as its user or admin would.

    imap_tool.py --port P [--host H] --user U --password-file F COMMAND ARGS

Commands (folder names are UTF-8 here and sent in modified UTF-7, RFC 3501
5.1.3, as a normal client does):

    append FOLDER FILE...     APPEND each file (creating FOLDER when missing)
    create FOLDER             CREATE (fails: exit 1, the answer on stderr)
    count FOLDER              messages in FOLDER (0 when it does not exist)
    deleted FOLDER            messages flagged \\Deleted in FOLDER
    empty                     every message of every folder expunged
    setquota ROOT KB [RES]    SETQUOTA ROOT (RES KB), RES STORAGE by default
                              (X-NUM-FOLDERS on Cyrus; KB "-": no limit, "()")
                              (an admin's command)
    namespace                 the NAMESPACE answer

Plain text on loopback only (what the test servers listen on).
"""
import argparse
import base64
import imaplib
import re
import sys


def mutf7(name):
    out, buf = [], []

    def flush():
        if buf:
            b = "".join(buf).encode("utf-16-be")
            out.append("&" + base64.b64encode(b).decode().rstrip("=").replace("/", ",") + "-")
            buf.clear()
    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            buf.append(ch)
    flush()
    return "".join(out)


def quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--user", required=True)
    ap.add_argument("--password-file", required=True)
    ap.add_argument("command")
    ap.add_argument("args", nargs="*")
    a = ap.parse_args()
    pw = open(a.password_file).read().strip()
    m = imaplib.IMAP4(a.host, a.port)
    m.login(a.user, pw)
    c, args = a.command, a.args
    if c == "append":
        f = quote(mutf7(args[0]))
        m.create(f)
        for path in args[1:]:
            typ, dat = m.append(f, None, None, open(path, "rb").read())
            if typ != "OK":
                print(dat, file=sys.stderr)
                return 1
        print("added %d" % len(args[1:]))
    elif c == "create":
        typ, dat = m.create(quote(mutf7(args[0])))
        if typ != "OK":
            print(dat, file=sys.stderr)
            return 1
    elif c in ("count", "deleted"):
        typ, dat = m.select(quote(mutf7(args[0])), readonly=True)
        if typ != "OK":
            print(0)
            return 0
        if c == "count":
            print(int(dat[0]))
        else:
            typ, dat = m.search(None, "DELETED")
            print(len(dat[0].split()) if typ == "OK" and dat[0] else 0)
    elif c == "empty":
        typ, dat = m.list()
        for line in dat or []:
            if not line:
                continue
            mt = re.match(r'^\([^)]*\) (?:"[^"]*"|NIL) (.*)$', line.decode())
            if mt and "\\Noselect" not in line.decode():
                typ, sd = m.select(mt.group(1))
                if typ == "OK" and int(sd[0] or 0) > 0:	# STORE 1:* of nothing is BAD
                    m.store("1:*", "+FLAGS.SILENT", "(\\Deleted)")
                    m.expunge()
    elif c == "setquota":
        res = args[2] if len(args) > 2 else "STORAGE"
        lim = "()" if args[1] == "-" else "(%s %s)" % (res, args[1])
        typ, dat = m._simple_command("SETQUOTA", quote(args[0]), lim)
        if typ != "OK":
            print(dat, file=sys.stderr)
            return 1
    elif c == "namespace":
        print(m.namespace()[1][0].decode())
    else:
        print("unknown command " + c, file=sys.stderr)
        return 64
    m.logout()
    return 0


if __name__ == "__main__":
    sys.exit(main())
