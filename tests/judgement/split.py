#!/usr/bin/env python3
"""split.py - the judgement corpus (issue 11) from its writers' folders into
train (50%), dev (20%) and blind (30%) parts, each with its labels.tsv.

usage: split.py SRC_DIR...              (each holds gen.py, letters/, labels.tsv)
       split.py --into PART SRC_DIR...  (every letter into PART, e.g. blind2;
                                         the other parts are not touched)

The part of a letter is decided by the SHA-256 of its file name, so adding
letters never moves the others. Whoever edits the rules reads train/ and
dev/ only: never blind/ nor sources/ (which hold every letter's text).
"""
import csv
import hashlib
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PARTS = (("train", 50), ("dev", 70), ("blind", 100))
COLS = ["path", "category", "confidential", "reason", "department", "priority", "language", "hard"]


def part_of(name):
    h = int(hashlib.sha256(name.encode()).hexdigest()[:8], 16) % 100
    for p, upto in PARTS:
        if h < upto:
            return p
    return "blind"


def main():
    args = sys.argv[1:]
    into = None
    if args[:1] == ["--into"]:
        into, args = args[1], args[2:]
    parts = [(into, 100)] if into else PARTS
    rows = {p: [] for p, _ in parts}
    for p, _ in parts:
        d = os.path.join(HERE, p, "letters")
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    src_out = os.path.join(HERE, "sources")
    os.makedirs(src_out, exist_ok=True)
    for src in args:
        writer = os.path.basename(os.path.normpath(src))
        shutil.copy(os.path.join(src, "gen.py"), os.path.join(src_out, writer + ".py"))
        with open(os.path.join(src, "labels.tsv"), encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                name = os.path.basename(r["path"])
                p = into or part_of(name)
                shutil.copy(os.path.join(src, r["path"]), os.path.join(HERE, p, "letters", name))
                r["path"] = "letters/" + name
                rows[p].append(r)
    for p, _ in parts:
        with open(os.path.join(HERE, p, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, COLS, delimiter="\t", extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            for r in sorted(rows[p], key=lambda r: r["path"]):
                w.writerow(r)
        print("%s: %d letters" % (p, len(rows[p])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
