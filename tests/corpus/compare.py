#!/usr/bin/env python3
"""compare.py - parse every corpus message with mayorbox and compare the
decoded Subject and From display name with Python's `email` package.

Each message is one TAP test: it passes when `mayorbox parse --json` exits 0
or 65 (not a letter) within the time limit, without a sanitizer report, and
every difference from the reference is one listed (with which side is right)
in tests/corpus-differences.md. A difference that is not listed fails, and so
does a listed one that is gone, so the list stays true.

usage: compare.py --bin BUILD/mayorbox --corpus DIR --known MD [--list]
"""
import argparse
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference  # noqa: E402

TIMEOUT = 60


def norm(s):
    if s is None:
        return ''
    return re.sub(r'\s+', ' ', s).strip()


def load_known(path):
    """Rows "| `file` | field | ..." of the differences table."""
    known = set()
    with open(path, encoding='utf-8') as f:
        for line in f:
            m = re.match(r'^\|\s*`([^`]+)`\s*\|\s*(subject|from_name)\s*\|', line)
            if m:
                known.add((m.group(1), m.group(2)))
    return known


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', required=True)
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--known', required=True)
    ap.add_argument('--list', action='store_true',
                    help='print every difference as a table row and exit 0')
    a = ap.parse_args()

    files = []
    for d in sorted(os.listdir(a.corpus)):
        full = os.path.join(a.corpus, d)
        if os.path.isdir(full):
            files += [os.path.join(d, f) for f in sorted(os.listdir(full))]
    known = load_known(a.known) if os.path.exists(a.known) else set()
    seen_known = set()
    if not a.list:
        print('1..%d' % len(files))
    n = 0
    for rel in files:
        n += 1
        path = os.path.join(a.corpus, rel)
        ref = reference.read(path)
        try:
            p = subprocess.run([a.bin, 'parse', '--json', path], capture_output=True,
                               timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            print('not ok %d - %s: no answer in %d s' % (n, rel, TIMEOUT))
            continue
        if p.returncode not in (0, 65) or b'Sanitizer' in p.stderr:
            print('not ok %d - %s: exit %d: %s' % (n, rel, p.returncode,
                  p.stderr.decode('utf-8', 'replace')[:2000].replace('\n', '\n# ')))
            continue
        ours = {'subject': None, 'from_name': None}
        if p.returncode == 0:
            try:
                j = json.loads(p.stdout)
            except ValueError as e:
                print('not ok %d - %s: output is not JSON: %s' % (n, rel, e))
                continue
            ours['subject'] = j['subject'] if j['subject'] != '' else None
            ours['from_name'] = j['from']['name']
        problems = []
        for field in ('subject', 'from_name'):
            o, r = norm(ours[field]), norm(ref.get(field))
            key = (rel, field)
            if o != r:
                if a.list:
                    print('| `%s` | %s | %s | %s |' % (rel, field, json.dumps(o, ensure_ascii=False)[:120],
                          json.dumps(r, ensure_ascii=False)[:120]))
                elif key not in known:
                    problems.append('%s differs: ours %s, python %s' % (
                        field, json.dumps(o, ensure_ascii=False)[:200],
                        json.dumps(r, ensure_ascii=False)[:200]))
                seen_known.add(key)
            elif key in known:
                problems.append('%s now agrees with python: remove it from %s' % (field, a.known))
        if a.list:
            continue
        if problems:
            print('not ok %d - %s: %s' % (n, rel, '; '.join(problems)))
        else:
            print('ok %d - %s' % (n, rel))
    return 0


if __name__ == '__main__':
    sys.exit(main())
