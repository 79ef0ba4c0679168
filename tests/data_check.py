#!/usr/bin/env python3
"""data_check.py - our own labelled letters (tests/data) through `mayorbox
parse --json`, one TAP test per letter: it is read (exit 0, no sanitizer
report), its text and subject hold no U+FFFD (every charset in the set,
including the wrong and missing labels, is decoded), the language found is
the labelled one, and a form keeps its form fields.

usage: data_check.py --bin BUILD/mayorbox --labels tests/data/labels.tsv
"""
import argparse
import csv
import json
import os
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', required=True)
    ap.add_argument('--labels', required=True)
    a = ap.parse_args()
    base = os.path.dirname(os.path.abspath(a.labels))
    with open(a.labels, encoding='utf-8', newline='') as f:
        rows = list(csv.DictReader(f, delimiter='\t'))
    print('1..%d' % len(rows))
    for i, row in enumerate(rows, 1):
        path = os.path.join(base, row['path'])
        p = subprocess.run([a.bin, 'parse', '--json', path], capture_output=True, timeout=60)
        problems = []
        if p.returncode != 0 or b'Sanitizer' in p.stderr:
            problems.append('exit %d: %s' % (p.returncode,
                            p.stderr.decode('utf-8', 'replace')[:500]))
        else:
            j = json.loads(p.stdout)
            for field in ('subject', 'text'):
                if '\ufffd' in j[field]:
                    problems.append('%s has U+FFFD (charset %s not decoded)' % (
                        field, row.get('encoding')))
            if not j['text'].strip():
                problems.append('empty text')
            want = row.get('language') or ''
            if want in ('zh', 'en', 'other') and j['language'] != want:
                problems.append('language %s, labelled %s' % (j['language'], want))
            if path.endswith('.json') and j['source'] != 'form':
                problems.append('a form read as %s' % j['source'])
            if path.endswith('.eml') and j['source'] != 'email':
                problems.append('an e-mail read as %s' % j['source'])
        if problems:
            print('not ok %d - %s: %s' % (i, row['path'], '; '.join(problems)))
        else:
            print('ok %d - %s' % (i, row['path']))
    return 0


if __name__ == '__main__':
    sys.exit(main())
