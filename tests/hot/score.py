#!/usr/bin/env python3
"""score.py - how well `mayorbox hot` groups labelled letters into matters.

usage: score.py --bin MAYORBOX [--threshold X] [--tap "precision=P,recall=R"] LABELS.tsv...

LABELS.tsv: path, matter (an id, or - for a letter on no matter), language;
paths relative to the file. Every letter of a part is grouped in one call
(`mayorbox hot --json --min-size 2`), then scored over pairs of letters: a
pair is true when both have the same matter, predicted when both are in one
group. Precision = true predicted pairs / predicted pairs; recall = true
predicted pairs / true pairs (a letter the rules seal is in no group: its
pairs are missed). Also: matters found (a group holds at least half of the
matter's letters and at least half of the group is that matter), and the
wall time per letter of the call (reading, classifying, grouping).
"""
import argparse, itertools, json, os, subprocess, sys, time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--threshold")
    ap.add_argument("--tap")
    ap.add_argument("labels", nargs="+")
    a = ap.parse_args()
    truth, lang = {}, {}
    for lp in a.labels:
        base = os.path.dirname(os.path.abspath(lp))
        with open(lp, encoding="utf-8") as f:
            next(f)
            for line in f:
                p = line.rstrip("\n").split("\t")
                if len(p) < 2:
                    continue
                path = os.path.join(base, p[0])
                truth[path] = p[1]
                lang[path] = p[2] if len(p) > 2 else "?"
    files = sorted(truth)
    cmd = [a.bin, "hot", "--json", "--min-size", "2"]
    if a.threshold:
        cmd += ["--threshold", a.threshold]
    t0 = time.monotonic()
    out = subprocess.run(cmd + files, capture_output=True, text=True)
    wall = time.monotonic() - t0
    if out.returncode != 0:
        print("mayorbox hot failed:", out.stderr.strip(), file=sys.stderr)
        if a.tap:
            print("1..1\nnot ok 1 - mayorbox hot ran")
        return 1
    groups = json.loads(out.stdout)
    pred = {}
    for gi, g in enumerate(groups):
        for f in g["files"]:
            pred[os.path.abspath(f)] = gi
    tp = fp = fn = 0
    for x, y in itertools.combinations(files, 2):
        same = truth[x] != "-" and truth[x] == truth[y]
        grouped = x in pred and pred.get(x) == pred.get(y)
        if same and grouped:
            tp += 1
        elif grouped:
            fp += 1
        elif same:
            fn += 1
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    matters = sorted({m for m in truth.values() if m != "-"})
    found = 0
    for m in matters:
        members = {f for f in files if truth[f] == m}
        for g in groups:
            gs = {os.path.abspath(f) for f in g["files"]}
            inter = len(gs & members)
            if inter * 2 >= len(members) and inter * 2 >= len(gs):
                found += 1
                break
    singles = [f for f in files if truth[f] == "-"]
    wrongly = sum(1 for f in singles if f in pred)
    print(f"{len(files)} letters, {len(matters)} matters, {len(singles)} on no matter; "
          f"{len(groups)} groups")
    print(f"pairs: precision {prec:.3f} recall {rec:.3f} (tp {tp}, fp {fp}, fn {fn})")
    print(f"matters found: {found} of {len(matters)}; letters on no matter put in a group: "
          f"{wrongly} of {len(singles)}")
    print(f"time: {wall:.2f} s, {1000 * wall / max(1, len(files)):.2f} ms a letter "
          f"(read, classify and group)")
    if a.tap:
        want = dict(kv.split("=") for kv in a.tap.split(","))
        got = {"precision": prec, "recall": rec}
        print(f"1..{len(want)}")
        for i, (k, v) in enumerate(sorted(want.items()), 1):
            ok = got[k] >= float(v)
            print(f"{'ok' if ok else 'not ok'} {i} - hot grouping {k} {got[k]:.3f} >= {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
