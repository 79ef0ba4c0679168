#!/usr/bin/env python3
"""reference.py - the reference reading of the corpus: Python's standard
`email` package (policy default), the decoded Subject and the first From
display name of each message, as JSON lines {"file", "subject", "from_name"}.

usage: reference.py CORPUS_DIR > reference.jsonl
"""
import email
import email.policy
import json
import os
import sys


def read(path):
    with open(path, 'rb') as f:
        data = f.read()
    msg = email.message_from_bytes(data, policy=email.policy.default)
    out = {}
    try:
        s = msg['subject']
        out['subject'] = None if s is None else str(s)
    except Exception as e:  # the reference itself fails on this header
        out['subject'] = None
        out['subject_error'] = type(e).__name__
    try:
        fr = msg['from']
        name = None
        if fr is not None:
            addrs = fr.addresses
            if addrs:
                name = addrs[0].display_name or None
        out['from_name'] = name
    except Exception as e:
        out['from_name'] = None
        out['from_error'] = type(e).__name__
    return out


def main():
    root = sys.argv[1]
    for d in sorted(os.listdir(root)):
        full = os.path.join(root, d)
        if not os.path.isdir(full):
            continue
        for f in sorted(os.listdir(full)):
            rel = os.path.join(d, f)
            rec = {'file': rel}
            rec.update(read(os.path.join(root, rel)))
            print(json.dumps(rec, ensure_ascii=False))


if __name__ == '__main__':
    main()
