#!/usr/bin/env python3
"""maildir_put.py SRC DST [N] - every file of SRC (sorted; the first N
only, when given) copied into the Maildir folder DST (its new/), owned by
the mail user mayorbox-mail when run as root (scripts/dovecot.sh): the
benchmarks' mailbox, written straight into Dovecot's Maildir instead of
through IMAP (fast)."""
import os
import pwd
import shutil
import sys

src, dst = sys.argv[1], sys.argv[2]
limit = int(sys.argv[3]) if len(sys.argv) > 3 else None
os.makedirs(dst, exist_ok=True)
try:
    pw = pwd.getpwnam("mayorbox-mail")
except KeyError:
    pw = None
for i, n in enumerate(sorted(os.listdir(src))[:limit]):
    t = os.path.join(dst, "1700000000.M%dP1.bench" % i)
    shutil.copyfile(os.path.join(src, n), t)
    if pw and os.getuid() == 0:
        os.chown(t, pw.pw_uid, pw.pw_gid)
