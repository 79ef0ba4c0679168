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
# 0.96): a change that loses more than that fails here.
#
# usage: sh tests/rules.sh BUILD/mayorbox
set -u
BIN=${1:-build/test/mayorbox}
ACCURACY_FLOOR=0.93
MACRO_F1_FLOOR=0.92
CONF_PRECISION_FLOOR=0.90
CONF_RECALL_FLOOR=0.90
DEPARTMENT_FLOOR=0.90
TMP=${TMPDIR:-/tmp}/mayorbox-rules.$$
mkdir -p "$TMP"
trap 'rm -rf "$TMP"' EXIT
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
notok() { n=$((n + 1)); echo "not ok $n - $1"; }

echo "1..12"

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

for LABELS in tests/data/labels.tsv tests/heldout/labels.tsv; do
"$BIN" rules test --json "$LABELS" > "$TMP/test.json" 2> "$TMP/test.err"
rc=$?
if [ $rc -eq 0 ]; then ok "rules test --json runs"; else notok "rules test --json exit $rc: $(head -3 "$TMP/test.err")"; fi

python3 - "$TMP/test.json" "$ACCURACY_FLOOR" "$MACRO_F1_FLOOR" "$CONF_PRECISION_FLOOR" \
	"$CONF_RECALL_FLOOR" "$DEPARTMENT_FLOOR" "$LABELS" <<'PY'
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
