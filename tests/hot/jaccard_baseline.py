#!/usr/bin/env python3
"""jaccard_baseline.py - the baseline `mayorbox hot` is measured against:
near-duplicate grouping by the Jaccard similarity of character 3-gram sets
(what MinHash estimates; computed exactly here, so the baseline is the best
any MinHash of these shingles can do), connected components at a
threshold, on the same letters and scored the same way as score.py.

usage: jaccard_baseline.py LABELS.tsv...   (prints one line per threshold)

Text: subject and body of each letter (Python's email module; a form's
title and content), NFKC and case-folded. Confidential letters are not
left out here (the baseline does not classify): it sees more than
`mayorbox hot` does.
"""
import email, itertools, json, os, sys, unicodedata
from email import policy


def text(path):
    if path.endswith(".json"):
        o = json.load(open(path, encoding="utf-8"))
        t = (o.get("title") or "") + "\n" + (o.get("content") or "")
    else:
        with open(path, "rb") as f:
            m = email.message_from_binary_file(f, policy=policy.default)
        b = m.get_body(preferencelist=("plain", "html"))
        t = str(m.get("Subject", "")) + "\n" + (b.get_content() if b else "")
    t = unicodedata.normalize("NFKC", t).casefold()
    return "".join(ch for ch in t if ch.isalnum())


def shingles(t, k=3):
    return {t[i:i + k] for i in range(max(1, len(t) - k + 1))}


def main():
    truth = {}
    for lp in sys.argv[1:]:
        base = os.path.dirname(os.path.abspath(lp))
        for line in open(lp, encoding="utf-8").read().splitlines()[1:]:
            p = line.split("\t")
            truth[os.path.join(base, p[0])] = p[1]
    files = sorted(truth)
    sh = [shingles(text(f)) for f in files]
    n = len(files)
    sim = {}
    for i, j in itertools.combinations(range(n), 2):
        a, b = sh[i], sh[j]
        sim[(i, j)] = len(a & b) / len(a | b) if a and b else 0.0
    true_pairs = {(i, j) for i, j in itertools.combinations(range(n), 2)
                  if truth[files[i]] != "-" and truth[files[i]] == truth[files[j]]}
    for t in (0.05, 0.08, 0.10, 0.15, 0.20, 0.30, 0.50):
        up = list(range(n))

        def root(x):
            while up[x] != x:
                up[x] = up[up[x]]
                x = up[x]
            return x
        for (i, j), s in sim.items():
            if s >= t:
                a, b = root(i), root(j)
                if a != b:
                    up[max(a, b)] = min(a, b)
        pred = {(i, j) for i, j in itertools.combinations(range(n), 2) if root(i) == root(j)}
        tp = len(pred & true_pairs)
        p = tp / len(pred) if pred else 1.0
        r = tp / len(true_pairs) if true_pairs else 1.0
        print(f"jaccard >= {t:.2f}: precision {p:.3f} recall {r:.3f} (predicted pairs {len(pred)}, "
              f"true {len(true_pairs)})")


if __name__ == "__main__":
    main()
