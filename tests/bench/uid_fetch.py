#!/usr/bin/env python3
"""uid_fetch.py HOST PORT CA USER PASSWORD_FILE FOLDER - the baseline of
the IMAP benchmark: a plain batched UID FETCH of BODY.PEEK[] over implicit
TLS (CA "-": plain IMAP, no TLS) that discards what it reads (Python's
imaplib)."""
import imaplib
import ssl
import sys

host, port, ca, user, pwf, folder = sys.argv[1:7]
if ca == "-":
    m = imaplib.IMAP4(host, int(port))
else:
    ctx = ssl.create_default_context(cafile=ca)
    m = imaplib.IMAP4_SSL(host, int(port), ssl_context=ctx)
m.login(user, open(pwf).read().strip())
m.select(folder, readonly=True)
typ, data = m.uid("SEARCH", None, "ALL")
uids = data[0].split()
total = 0
for i in range(0, len(uids), 100):
    typ, msgs = m.uid("FETCH", b",".join(uids[i:i + 100]).decode(), "(BODY.PEEK[])")
    for part in msgs:
        if isinstance(part, tuple):
            total += len(part[1])
print(len(uids), "messages", total, "bytes")
m.logout()
