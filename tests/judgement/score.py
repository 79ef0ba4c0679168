#!/usr/bin/env python3
"""score.py - the shipped rules measured on a labelled part of the judgement
corpus (tests/judgement: train, dev, blind), as issue 11 reports them:
category accuracy (overall, Chinese, English, hard cases), per-category F1,
the confusion matrix, confidential recall and precision (a letter marked
confidential_review counts as confidential) and recall by reason (a, b, c),
and department accuracy on the letters that name a department.

usage: score.py --bin BUILD/mayorbox [--rules DIR] [--json] [--tap FLOORS] LABELS.tsv

With --tap FLOORS (e.g. "category=0.80,confidential_recall=0.90"), prints
one TAP line per floor (for make check) after the report, as comments.
The script reads the letters only through `mayorbox classify --json`.
"""
import argparse
import collections
import csv
import json
import os
import subprocess
import sys

CATS = ["consultation", "suggestion", "demand", "complaint", "information"]


def classify(binary, rules, paths):
    out = {}
    for i in range(0, len(paths), 50):
        chunk = paths[i:i + 50]
        cmd = [binary, "classify", "--json"] + (["--rules", rules] if rules else []) + chunk
        p = subprocess.run(cmd, capture_output=True, timeout=600)
        for line in p.stdout.decode("utf-8", "replace").splitlines():
            if line.strip():
                d = json.loads(line)
                out[d["file"]] = d
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--rules")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--tap")
    ap.add_argument("labels")
    a = ap.parse_args()
    base = os.path.dirname(os.path.abspath(a.labels))
    with open(a.labels, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    paths = [os.path.join(base, r["path"]) for r in rows]
    got = classify(a.bin, a.rules, paths)
    n = len(rows)
    conf = collections.Counter()
    right = collections.Counter()
    total = collections.Counter()
    cm = collections.defaultdict(collections.Counter)
    tp = collections.Counter(); fp = collections.Counter(); fn = collections.Counter()
    c_tp = c_fp = c_fn = 0
    c_review = 0
    by_reason = collections.defaultdict(lambda: [0, 0])
    d_right = d_total = 0
    missing = 0
    for r, p in zip(rows, paths):
        g = got.get(p)
        if g is None:
            missing += 1
            continue
        want = r["category"]
        have = g.get("category") or "unclassified"
        cm[want][have] += 1
        keys = ["all", "lang:" + r.get("language", "?")]
        if r.get("hard", "-") not in ("-", ""):
            keys.append("hard")
        for k in keys:
            total[k] += 1
            right[k] += want == have
        if want == have:
            tp[want] += 1
        else:
            fn[want] += 1
            fp[have] += 1
        wc = r["confidential"] == "yes"
        hc = bool(g.get("confidential")) or bool(g.get("confidential_review"))
        c_review += bool(g.get("confidential_review")) and not g.get("confidential")
        if wc and hc:
            c_tp += 1
        elif wc:
            c_fn += 1
        elif hc:
            c_fp += 1
        if wc:
            reason = r.get("reason", "-")
            by_reason[reason][1] += 1
            by_reason[reason][0] += hc
        dept = r.get("department", "")
        if dept and dept != "none":
            d_total += 1
            d_right += (g.get("department") or "") == dept
    res = {
        "letters": n, "classified": n - missing,
        "category": right["all"] / max(total["all"], 1),
        "category_zh": right["lang:zh"] / max(total["lang:zh"], 1),
        "category_en": right["lang:en"] / max(total["lang:en"], 1),
        "category_hard": right["hard"] / max(total["hard"], 1),
        "counts": {"zh": total["lang:zh"], "en": total["lang:en"], "hard": total["hard"]},
        "f1": {}, "confusion": {w: dict(cm[w]) for w in CATS},
        "confidential_recall": c_tp / max(c_tp + c_fn, 1),
        "confidential_precision": c_tp / max(c_tp + c_fp, 1),
        "confidential": {"tp": c_tp, "fp": c_fp, "fn": c_fn, "review": c_review},
        "recall_by_reason": {k: {"found": v[0], "of": v[1]} for k, v in sorted(by_reason.items())},
        "department": d_right / max(d_total, 1), "department_letters": d_total,
    }
    for c in CATS:
        pr = tp[c] / max(tp[c] + fp[c], 1)
        rc = tp[c] / max(tp[c] + fn[c], 1)
        res["f1"][c] = 2 * pr * rc / max(pr + rc, 1e-9)
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
    else:
        pre = "# " if a.tap else ""
        print("%s%d letters: category %.1f%% (zh %.1f%% of %d, en %.1f%% of %d, hard %.1f%% of %d)" % (
            pre, n, 100 * res["category"], 100 * res["category_zh"], total["lang:zh"],
            100 * res["category_en"], total["lang:en"], 100 * res["category_hard"], total["hard"]))
        print("%sconfidential: recall %.1f%% precision %.1f%% (tp %d, fp %d, fn %d, %d by review)" % (
            pre, 100 * res["confidential_recall"], 100 * res["confidential_precision"], c_tp, c_fp,
            c_fn, c_review))
        print("%srecall by reason: %s" % (pre, ", ".join("%s %d/%d" % (k, v[0], v[1])
                                                        for k, v in sorted(by_reason.items()))))
        print("%sdepartment: %.1f%% of %d" % (pre, 100 * res["department"], d_total))
        print("%sF1: %s" % (pre, ", ".join("%s %.2f" % (c, res["f1"][c]) for c in CATS)))
        print("%sconfusion (rows: labelled, columns: classified):" % pre)
        cols = CATS + ["unclassified"]
        print("%s%14s %s" % (pre, "", " ".join("%6s" % c[:6] for c in cols)))
        for w in CATS:
            print("%s%14s %s" % (pre, w, " ".join("%6d" % cm[w][c] for c in cols)))
    if a.tap:
        floors = dict(kv.split("=") for kv in a.tap.split(","))
        print("1..%d" % (len(floors) + 1))
        print("%s 1 - every letter classified (%d of %d)" % ("ok" if missing == 0 else "not ok",
                                                             n - missing, n))
        for i, (k, v) in enumerate(sorted(floors.items()), 2):
            val = res[k]
            print("%s %d - %s %.3f (floor %s)" % ("ok" if val >= float(v) else "not ok", i, k, val, v))
    return 0


if __name__ == "__main__":
    sys.exit(main())
