#!/bin/sh
# run.sh - every test of `make check`, as TAP streams, counted into one
# closing line "N passed, N failed". Run from the repository root after the
# test build (ASan + UBSan) is made.
set -u

ROOT=$(pwd)
OUT="$ROOT/build/test/results"
mkdir -p "$OUT"
: > "$OUT/all.tap"
: > "$OUT/times"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:exitcode=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
export CMOCKA_MESSAGE_OUTPUT=TAP

# The third-party corpus lives beside the repository, not in it.
CORPUS="${MAYORBOX_CORPUS:-$ROOT/../shared/corpora/mime}"

suite() {
	name=$1
	shift
	printf '== %s\n' "$name"
	t0=$(date +%s)
	"$@" > "$OUT/$name.tap" 2> "$OUT/$name.err"
	rc=$?
	# each suite's wall time, for the budget of make check (about 15 min)
	printf '%s %s\n' "$(( $(date +%s) - t0 ))" "$name" >> "$OUT/times"
	grep -E '^(not )?ok ' "$OUT/$name.tap" | sed "s|^|[$name] |" >> "$OUT/all.tap"
	grep -E '^not ok ' "$OUT/$name.tap" | head -20
	grep -E '^# SKIP|^# skip' "$OUT/$name.tap" | head -3
	if [ $rc -ne 0 ] && ! grep -qE '^not ok ' "$OUT/$name.tap"; then
		# the program died before saying which test failed
		echo "not ok - $name exited $rc" | sed "s|^|[$name] |" >> "$OUT/all.tap"
		echo "not ok - $name exited $rc"
		tail -20 "$OUT/$name.err"
	fi
}

for t in build/test/test_*; do
	[ -x "$t" ] || continue
	suite "$(basename "$t")" "$t"
done

suite cli sh tests/cli.sh build/test/mayorbox
suite calendar sh tests/calendar.sh build/test/mayorbox
suite data python3 tests/data_check.py --bin build/test/mayorbox --labels tests/data/labels.tsv
suite heldout python3 tests/data_check.py --bin build/test/mayorbox --labels tests/heldout/labels.tsv
suite rules sh tests/rules.sh build/test/mayorbox
# The judgement corpus's blind parts, each scored once before any tuning on
# it (tests/judgement/README.md), are floors: a few points under the score
# (each, tuned on since its blind score, under what it reads now, so a
# regression fails and noise does not).
suite judgement-blind python3 tests/judgement/score.py --bin build/test/mayorbox \
	--tap "category=0.92,confidential_recall=0.97,confidential_precision=0.85,department=0.85" \
	tests/judgement/blind/labels.tsv
suite judgement-blind2 python3 tests/judgement/score.py --bin build/test/mayorbox \
	--tap "category=0.92,confidential_recall=0.95,confidential_precision=0.86,department=0.89" \
	tests/judgement/blind2/labels.tsv
suite judgement-train2 python3 tests/judgement/score.py --bin build/test/mayorbox \
	--tap "category=0.94,confidential_recall=0.96,confidential_precision=0.84,department=0.90" \
	tests/judgement/train2/labels.tsv
suite judgement-blind3 python3 tests/judgement/score.py --bin build/test/mayorbox \
	--tap "category=0.90,confidential_recall=0.97,confidential_precision=0.75,department=0.80" \
	tests/judgement/blind3/labels.tsv
suite judgement-blind4 python3 tests/judgement/score.py --bin build/test/mayorbox \
	--tap "category=0.89,confidential_recall=0.93,confidential_precision=0.78,department=0.72" \
	tests/judgement/blind4/labels.tsv
suite judgement-blind5 python3 tests/judgement/score.py --bin build/test/mayorbox \
	--tap "category=0.86,confidential_recall=0.95,confidential_precision=0.77,department=0.78" \
	tests/judgement/blind5/labels.tsv
suite judgement-blind6 python3 tests/judgement/score.py --bin build/test/mayorbox 	--tap "category=0.85,confidential_recall=0.95,confidential_precision=0.81,department=0.81" 	tests/judgement/blind6/labels.tsv
suite judgement-blind7 python3 tests/judgement/score.py --bin build/test/mayorbox \
	--tap "category=0.86,confidential_recall=0.97,confidential_precision=0.77,department=0.75" \
	tests/judgement/blind7/labels.tsv
# blind8 (w33-w36), scored once at 8c980c0 before any tuning on it
# (category 84.6%, confidential recall 89.7% precision 87.1%, department
# 82.3%): a few points under; round 9 (held out on blind8's summary: recall
# 97.1% at precision 85.7%) raised the recall floor 0.87 -> 0.93
suite judgement-blind8 python3 tests/judgement/score.py --bin build/test/mayorbox \
	--tap "category=0.82,confidential_recall=0.93,confidential_precision=0.84,department=0.79" \
	tests/judgement/blind8/labels.tsv
# blind9 (w37-w40), scored once at 77ae4b8 (round 9) before any tuning on
# it (category 85.4%, confidential recall 92.4% precision 74.4%,
# department 81.4%): a few points under
suite judgement-blind9 python3 tests/judgement/score.py --bin build/test/mayorbox \
	--tap "category=0.83,confidential_recall=0.89,confidential_precision=0.71,department=0.79" \
	tests/judgement/blind9/labels.tsv
# blind10 (w41-w44), scored once at 61f7f8c with the rules and the model
# trained on w1-w40 before any tuning on it (category 91.7%, confidential
# recall 100% precision 85.0%, department 80.5%): a few points under
suite judgement-blind10 python3 tests/judgement/score.py --bin build/test/mayorbox \
	--tap "category=0.89,confidential_recall=0.97,confidential_precision=0.82,department=0.78" \
	tests/judgement/blind10/labels.tsv
# The hot-issue grouping on the letters written for it (tests/hot/): a
# floor a few points under what it measures (precision over pairs first).
suite hot-grouping python3 tests/hot/score.py --bin build/test/mayorbox \
	--tap "precision=0.80,recall=0.37" tests/hot/h1/labels.tsv tests/hot/h2/labels.tsv

# The store's tests run against a private PostgreSQL that this run starts
# and stops (by the PID it started), unless one of ours is running already.
pg_started=0
if ! sh scripts/pg.sh status > /dev/null 2>&1; then
	if sh scripts/pg.sh start; then
		pg_started=1
	else
		echo "not ok - PostgreSQL could not be started (scripts/pg.sh)" | sed 's|^|[store] |' >> "$OUT/all.tap"
	fi
fi
if sh scripts/pg.sh status > /dev/null 2>&1; then
	suite store sh tests/store.sh build/test/mayorbox
	suite redteam sh tests/redteam.sh build/test/mayorbox
	suite daemon sh tests/daemon.sh build/test/mayorbox
	suite webform sh tests/webform.sh build/test/mayorbox
	suite imap sh tests/imap.sh build/test/mayorbox
	suite cyrus sh tests/cyrus.sh build/test/mayorbox
	suite cases sh tests/cases.sh build/test/mayorbox
	suite departments sh tests/departments.sh build/test/mayorbox
	suite rulesdb sh tests/rulesdb.sh build/test/mayorbox
	suite replies sh tests/replies.sh build/test/mayorbox
	suite visits sh tests/visits.sh build/test/mayorbox
	suite hot sh tests/hot.sh build/test/mayorbox
	suite service sh tests/service.sh build/test/mayorbox
	suite web sh tests/web.sh build/test/mayorbox
	suite queue sh tests/queue.sh build/test/mayorbox
	suite browser sh tests/browser.sh build/test/mayorbox
fi
[ $pg_started -eq 1 ] && sh scripts/pg.sh stop
# outgoing mail: its own Postfix (scripts/smtp.sh), no PostgreSQL
suite smtp sh tests/smtp.sh build/test/mayorbox

if [ -d "$CORPUS" ]; then
	suite corpus python3 tests/corpus/compare.py --bin build/test/mayorbox \
		--corpus "$CORPUS" --known tests/corpus-differences.md
else
	echo "== corpus: skipped: $CORPUS is absent (the third-party corpus is not part of a clone)"
fi

passed=$(grep -cE '^\[[^]]*\] ok ' "$OUT/all.tap")
failed=$(grep -cE '^\[[^]]*\] not ok ' "$OUT/all.tap")
echo
echo "slowest suites (seconds; all in $OUT/times):"
sort -rn "$OUT/times" | head -5 | sed 's/^/  /'
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
