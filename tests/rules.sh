#!/bin/sh
# rules.sh - the shipped rules and the rule maintainers' tools, as TAP:
#   `rules check rules` passes; a broken rule file gives file:line and 65;
#   `rules test --json tests/data/labels.tsv` stays above its floors;
#   `classify --json --explain` prints the contract's fields;
#   lexicon problems are reported as file:line; `rules suggest` proposes
#   the separating words of tests/suggest with their precision and recall.
#
# The floors sit a little below what the shipped rules reach on tests/data
# and tests/heldout (both were used to tune the rules: regressions, not a
# measure of generality)
# (accuracy 0.94, confidential precision 1.00 / recall 0.90, department
# 0.96): a change that loses more than that fails here. They are measured
# on the rules alone (the folder without its model). The whole decision,
# with the model (rules/letters.model, which was not trained on these
# letters: tests/data 0.948 / F1 0.947 / conf. precision 0.833 recall 1.00 /
# dept. 0.948, tests/heldout 0.940 / 0.945 / 0.667 1.00 / 0.930), has
# floors of its own (MODEL_*). Then `rules train` makes the shipped model
# again from tests/judgement, byte for byte, and its problems are checked.
#
# usage: sh tests/rules.sh BUILD/mayorbox
set -u
BIN=${1:-build/test/mayorbox}
ACCURACY_FLOOR=0.93
MACRO_F1_FLOOR=0.92
CONF_PRECISION_FLOOR=0.90
CONF_RECALL_FLOOR=0.90
DEPARTMENT_FLOOR=0.90
MODEL_ACCURACY_FLOOR=0.92
MODEL_MACRO_F1_FLOOR=0.92
MODEL_CONF_PRECISION_FLOOR=0.60
MODEL_CONF_RECALL_FLOOR=0.95
MODEL_DEPARTMENT_FLOOR=0.90
TMP=${TMPDIR:-/tmp}/mayorbox-rules.$$
mkdir -p "$TMP"
trap 'rm -rf "$TMP"' EXIT
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
notok() { n=$((n + 1)); echo "not ok $n - $1"; }

echo "1..45"

if out=$("$BIN" rules check rules 2>&1); then
	ok "rules check rules: $out"
else
	notok "rules check rules failed:"
	echo "$out" | sed 's/^/# /' | head -30
fi

mkdir -p "$TMP/bad"
printf 'rule a\n  category demand\n  match /(/\n  example x\n  counter y\n' > "$TMP/bad/x.rules"
"$BIN" rules check "$TMP/bad" > "$TMP/bad.out" 2>&1
rc=$?
if [ $rc -eq 65 ] && grep -q "^$TMP/bad/x.rules:3: pattern does not compile" "$TMP/bad.out"; then
	ok "a broken rule file: file:line: message, exit 65"
else
	notok "a broken rule file: exit $rc: $(head -3 "$TMP/bad.out")"
fi

"$BIN" rules check "$TMP/none" > /dev/null 2>&1
rc=$?
if [ $rc -eq 66 ]; then ok "a missing rules folder: exit 66"; else notok "a missing rules folder: exit $rc"; fi

mkdir -p "$TMP/alone"
cp rules/*.rules rules/*.dir "$TMP/alone/"
for LABELS in tests/data/labels.tsv tests/heldout/labels.tsv; do
for WITH in alone model; do
if [ $WITH = alone ]; then
	RDIR=$TMP/alone
	FLOORS="$ACCURACY_FLOOR $MACRO_F1_FLOOR $CONF_PRECISION_FLOOR $CONF_RECALL_FLOOR $DEPARTMENT_FLOOR"
else
	RDIR=rules
	FLOORS="$MODEL_ACCURACY_FLOOR $MODEL_MACRO_F1_FLOOR $MODEL_CONF_PRECISION_FLOOR $MODEL_CONF_RECALL_FLOOR $MODEL_DEPARTMENT_FLOOR"
fi
"$BIN" rules test --rules "$RDIR" --json "$LABELS" > "$TMP/test.json" 2> "$TMP/test.err"
rc=$?
if [ $rc -eq 0 ]; then ok "rules test --json runs ($WITH)"; else notok "rules test --json ($WITH) exit $rc: $(head -3 "$TMP/test.err")"; fi

# shellcheck disable=SC2086
python3 - "$TMP/test.json" $FLOORS "$LABELS ($WITH)" <<'PY'
import json, sys
try:
    j = json.load(open(sys.argv[1]))
except Exception as e:
    for i in range(5):
        print("not ok - rules test output is not JSON: %s" % e)
    sys.exit(0)
acc, mf1, cp, cr, dep = (float(x) for x in sys.argv[2:7])
def check(name, got, floor):
    print("%s - %s: %s %.3f (floor %.2f)" % ("ok" if got >= floor else "not ok", sys.argv[7], name, got, floor))
check("accuracy", j["accuracy"], acc)
check("macro F1", j["macro_f1"], mf1)
check("confidential precision", j["confidential"]["precision"], cp)
check("confidential recall", j["confidential"]["recall"], cr)
check("department accuracy", j["department"]["accuracy"], dep)
PY

done
done

"$BIN" classify --json --explain tests/data/letters/008-section-chief-kickbacks.eml > "$TMP/c.json" 2>&1
python3 - "$TMP/c.json" <<'PY' || true
import json, sys
j = json.loads(open(sys.argv[1]).readline())
want = {"file", "category", "confidential", "department", "priority", "needs_review", "scores", "rules"}
miss = want - set(j)
if miss or j["category"] != "complaint" or j["confidential"] is not True or not j["explain"]:
    print("not ok - classify --json: missing %s or wrong %s" % (sorted(miss), j))
else:
    print("ok - classify --json --explain: %s, %s, %d rules quoted" % (j["category"], j["department"], len(j["explain"])))
PY

# lexicons: undefined, unused, defined twice, a cycle, each at file:line
mkdir -p "$TMP/lex"
printf 'lexicon A x|{B}\nlexicon B y|{A}\nlexicon UNUSED z\nrule r\n  category demand\n  match /{NOPE}/\n  example x\n  counter q\nrule r2\n  category demand\n  match /{A}/\n  example x\n  counter q\n' > "$TMP/lex/a.rules"
printf 'lexicon UNUSED w\n' > "$TMP/lex/b.rules"
"$BIN" rules check "$TMP/lex" > "$TMP/lex.out" 2>&1
rc=$?
if [ $rc -eq 65 ] && grep -q "^$TMP/lex/a.rules:1: lexicon A is part of a cycle: A -> B -> A" "$TMP/lex.out" \
	&& grep -q "^$TMP/lex/a.rules:3: lexicon UNUSED is never used" "$TMP/lex.out" \
	&& grep -q "^$TMP/lex/b.rules:1: lexicon UNUSED defined twice (first at $TMP/lex/a.rules:3" "$TMP/lex.out" \
	&& grep -q "^$TMP/lex/a.rules:6: rule r: the pattern uses lexicon {NOPE}, which is not defined" "$TMP/lex.out"; then
	ok "lexicon problems: cycle, unused, defined twice, undefined, each at file:line"
else
	notok "lexicon problems: exit $rc: $(cat "$TMP/lex.out" | tr '\n' '|')"
fi

# classify --json says confidential_review
"$BIN" classify --json tests/data/letters/008-section-chief-kickbacks.eml > "$TMP/cr.json" 2>&1
if grep -q '"confidential_review": *false' "$TMP/cr.json"; then
	ok "classify --json: confidential_review"
else
	notok "classify --json has no confidential_review: $(head -c 300 "$TMP/cr.json")"
fi

# rules suggest on tests/suggest: the rules miss the suggestions that say 希望
# (their unless) and the English ones; 增设 is matched by the rule already
"$BIN" rules suggest --rules tests/suggest/rules --category suggestion --json \
	tests/suggest/labels.tsv > "$TMP/sg.json" 2> "$TMP/sg.err"
rc=$?
python3 - "$TMP/sg.json" "$rc" <<'PY'
import json, sys
try:
    j = json.load(open(sys.argv[1]))
    s = {e["words"]: e for e in j["suggestions"]}
    def has(w, missed, target, other, p, r):
        e = s[w]
        return (e["missed"], e["target"], e["other"]) == (missed, target, other) \
            and abs(e["precision"] - p) < 1e-3 and abs(e["recall"] - r) < 1e-3
    good = (sys.argv[2] == "0" and j["targets"] == 5 and j["missed"] == 4 and j["others"] == 5
            and has("benches", 2, 2, 0, 1.0, 0.5) and has("希望", 2, 2, 1, 0.667, 0.5)
            and "增设" not in s and "more benches" not in s
            and j["suggestions"][0]["score"] >= j["suggestions"][-1]["score"]
            and list(s).index("benches") < list(s).index("希望"))
    print("%s - rules suggest: %s" % ("ok" if good else "not ok",
          ", ".join("%s %d/%d/%d" % (w, e["missed"], e["target"], e["other"]) for w, e in s.items())))
except Exception as e:
    print("not ok - rules suggest: exit %s, %s" % (sys.argv[2], e))
PY

# ---- the model (rules/letters.model) ----

# classify --json: the model's opinion, five probabilities that sum to 1
"$BIN" classify --json --explain tests/heldout/letters/019-rooftop-shed-ignored.eml > "$TMP/m.json" 2>&1
"$BIN" classify --explain tests/heldout/letters/019-rooftop-shed-ignored.eml > "$TMP/m.txt" 2>&1
python3 - "$TMP/m.json" <<'PY' || true
import json, sys
try:
    j = json.loads(open(sys.argv[1]).readline())
    m = j["model"]
    p = m["category"]
    good = (sorted(p) == sorted(["complaint", "demand", "consultation", "suggestion", "information"])
            and abs(sum(p.values()) - 1) < 0.01 and max(p, key=p.get) == j["category"]
            and isinstance(m["confidential"], float) and m["words"] and isinstance(m["sealed"], bool)
            and isinstance(m["released"], bool))
    print("%s - classify --json: the model's category %s (%.2f), confidential %.2f, words %s"
          % ("ok" if good else "not ok", j["category"], p[j["category"]], m["confidential"],
             ", ".join(m["words"][:3])))
    # no rule seals this letter; the model does (a staff member's brush-off)
    sealed = j["confidential"] and j["confidential_review"] and m["sealed"] and m["confidential"] >= 0.3
    print("%s - a letter only the model finds confidential is sealed for review" % ("ok" if sealed else "not ok"))
except Exception as e:
    print("not ok - classify --json has no model opinion: %s" % e)
    print("not ok - a letter only the model finds confidential is sealed for review")
PY
if grep -q "why: the model: complaint" "$TMP/m.txt" && grep -q "sealed for review: the model finds it confidential" "$TMP/m.txt"; then
	ok "classify --explain: why names the model and its sealing"
else
	notok "classify --explain: $(grep why "$TMP/m.txt")"
fi
# without the model, the same letter is the rules' alone, not sealed
"$BIN" classify --json --rules "$TMP/alone" tests/heldout/letters/019-rooftop-shed-ignored.eml > "$TMP/a.json" 2>&1
if python3 -c 'import json,sys; j=json.loads(open(sys.argv[1]).readline()); sys.exit(0 if j["confidential"] is False and "model" not in j else 1)' "$TMP/a.json"; then
	ok "without a model file the rules decide alone"
else
	notok "without a model: $(head -c 300 "$TMP/a.json")"
fi

# the shipped model is what `rules train` makes of tests/judgement
BINABS=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
( cd tests/judgement && "$BINABS" rules train --rules ../../rules --out "$TMP/re.model" \
	*/labels.tsv ) > "$TMP/train.out" 2> "$TMP/train.err"
rc=$?
if [ $rc -eq 0 ] && cmp -s "$TMP/re.model" rules/letters.model; then
	ok "rules train: the shipped model again, byte for byte ($(cat "$TMP/train.out"))"
else
	notok "rules train: exit $rc, $(head -2 "$TMP/train.err"), $(cmp "$TMP/re.model" rules/letters.model 2>&1)"
fi
if [ ! -e "$TMP/re.model.tmp" ]; then ok "rules train leaves no temporary file"; else notok "rules train left $TMP/re.model.tmp"; fi

# its problems: usage 64, a labels file that is not one 65, a folder it
# cannot write 73, a missing labels file 66
"$BIN" rules train tests/suggest/labels.tsv > /dev/null 2> "$TMP/e1"
rc=$?
if [ $rc -eq 64 ] && grep -q "give --out FILE" "$TMP/e1"; then ok "rules train without --out: 64"; else notok "rules train without --out: $rc $(cat "$TMP/e1")"; fi
printf 'path\tcolour\nx.eml\tblue\n' > "$TMP/bad.tsv"
"$BIN" rules train --out "$TMP/x.model" "$TMP/bad.tsv" > /dev/null 2> "$TMP/e2"
rc=$?
if [ $rc -eq 65 ] && grep -q "$TMP/bad.tsv" "$TMP/e2" && [ ! -e "$TMP/x.model" ]; then ok "rules train: a bad labels file: 65, named, nothing written"; else notok "rules train bad labels: $rc $(cat "$TMP/e2")"; fi
"$BIN" rules train --out "$TMP/nodir/x.model" tests/suggest/labels.tsv > /dev/null 2> "$TMP/e3"
rc=$?
if [ $rc -eq 73 ] && grep -q "$TMP/nodir/x.model: cannot be written" "$TMP/e3"; then ok "rules train: an unwritable FILE: 73"; else notok "rules train unwritable: $rc $(cat "$TMP/e3")"; fi
"$BIN" rules train --out "$TMP/x.model" "$TMP/none.tsv" > /dev/null 2> "$TMP/e4"
rc=$?
if [ $rc -eq 66 ]; then ok "rules train: a missing labels file: 66"; else notok "rules train missing labels: $rc $(cat "$TMP/e4")"; fi
"$BIN" rules train --out "$TMP/x.model" --confidential-threshold 2 tests/suggest/labels.tsv > /dev/null 2> "$TMP/e5"
rc=$?
if [ $rc -eq 64 ] && grep -q "confidential-threshold needs a number from 0 to 1" "$TMP/e5"; then ok "rules train: a threshold out of range: 64"; else notok "rules train threshold: $rc $(cat "$TMP/e5")"; fi

# a broken model file in a rules folder: file:line, 65, and the gateway's
# loader refuses the set
mkdir -p "$TMP/badmodel"
cp rules/*.rules rules/*.dir "$TMP/badmodel/"
head -8 rules/letters.model > "$TMP/badmodel/letters.model"
printf 'f\tw:broken\t1\t2\n' >> "$TMP/badmodel/letters.model"
"$BIN" rules check "$TMP/badmodel" > "$TMP/bm.out" 2>&1
rc=$?
if [ $rc -eq 65 ] && grep -q "^$TMP/badmodel/letters.model:9: feature w:broken needs 6 weights" "$TMP/bm.out"; then
	ok "a broken model file: file:line: message, exit 65"
else
	notok "a broken model file: exit $rc: $(head -3 "$TMP/bm.out")"
fi
cp rules/letters.model "$TMP/badmodel/letters.model"
cp rules/letters.model "$TMP/badmodel/second.model"
"$BIN" rules check "$TMP/badmodel" > "$TMP/bm2.out" 2>&1
if grep -q "second.model: a second model file" "$TMP/bm2.out"; then ok "two model files in a folder: a problem"; else notok "two model files: $(head -3 "$TMP/bm2.out")"; fi

# review_veto: a letter only a review rule would seal is not sealed when the
# model is sure; with review_veto 1 every such letter is released, with 0
# none is (the same letters)
mkdir -p "$TMP/veto0" "$TMP/veto1"
for v in 0 1; do
	cp rules/*.rules rules/*.dir "$TMP/veto$v/"
	sed "s/^review_veto .*/review_veto $v/" rules/letters.model > "$TMP/veto$v/letters.model"
done
"$BIN" classify --json --rules "$TMP/veto0" tests/judgement/dev/letters/* > "$TMP/v0.json" 2>/dev/null
"$BIN" classify --json --rules "$TMP/veto1" tests/judgement/dev/letters/* > "$TMP/v1.json" 2>/dev/null
python3 - "$TMP/v0.json" "$TMP/v1.json" <<'PY'
import json, sys
v0 = [json.loads(l) for l in open(sys.argv[1])]
v1 = [json.loads(l) for l in open(sys.argv[2])]
rel0 = sum(d["model"]["released"] for d in v0)
rel1 = [d for d in v1 if d["model"]["released"]]
# released under veto 1 = sealed only by review rules under veto 0
rev0 = [d for d in v0 if d["confidential_review"] and not d["model"]["sealed"]]
good = (len(v0) == len(v1) > 100 and rel0 == 0 and len(rel1) == len(rev0) > 0
        and all(not d["confidential"] for d in rel1))
print("%s - review_veto: 0 releases none, 1 releases all %d letters only review rules sealed"
      % ("ok" if good else "not ok", len(rev0)))
PY
