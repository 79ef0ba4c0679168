#!/bin/sh
# bench_rules.sh - classification throughput with the shipped rules, on one
# core (the Hyperscan engine, and the literal prefilter), beside baselines
# over the same (normalised) text in the same run, each counting its matches:
#   one Hyperscan scan: the letters normalised and scanned once with the
#               set's database (bench_rules; its marked units counted), and
#               the engine's ratio to it;
#   every match pattern in one Hyperscan database (the issue's baseline):
#               each pattern as written, else in prefilter mode, else its
#               relaxation in prefilter mode (bench_rules; its matches
#               counted; the database is kept in build/ for the next run),
#               and the engine's ratio to it;
#   one pass:   pcre2grep (JIT) with the rules' expanded patterns joined into
#               alternations of at most 8,000 bytes (pcre2grep's limit);
#   one by one: pcre2grep (JIT) once per expanded pattern;
#   the engine at f301d5e (before lexicons) with its rules, and both
#               command lines over the judgement train letters (hyperfine).
# The letters are tests/data's, each made at least BENCH_LETTER_BYTES long
# (default 2048) by appending the texts of the letters after it. Medians of
# BENCH_ROUNDS rounds (default 5). Run from the repository root after `make`
# (the Makefile's bench target builds build/bench_rules).
set -eu
ROUNDS=${BENCH_ROUNDS:-5}
SIZE=${BENCH_LETTER_BYTES:-2048}
RULES=${BENCH_RULES:-rules}
BIN=build/bench_rules
TMP=${TMPDIR:-/tmp}/mayorbox-bench-rules.$$
mkdir -p "$TMP"
trap 'rm -rf "$TMP"' EXIT

command -v pcre2grep >/dev/null || { echo "bench_rules.sh: pcre2grep missing (Debian pcre2-utils; make deps)" >&2; exit 69; }
[ -x "$BIN" ] || { echo "bench_rules.sh: $BIN missing (make build/bench_rules)" >&2; exit 69; }

echo "== rules: classification throughput (one core, $SIZE-byte letters, median of $ROUNDS)"
# 20 engine rounds make one measurement; the median of ROUNDS of them
: > "$TMP/engine"
i=0
while [ $i -lt "$ROUNDS" ]; do
	taskset -c 0 "$BIN" "$RULES" 20 "$SIZE" "$TMP/norm.txt" tests/data/letters/* >> "$TMP/engine" 2>/dev/null \
		|| "$BIN" "$RULES" 20 "$SIZE" "$TMP/norm.txt" tests/data/letters/* >> "$TMP/engine"
	i=$((i + 1))
done
# the engine's line, and (with Hyperscan) the line of one Hyperscan scan of
# the same letters with the set's database, each the median round's
grep '^engine' "$TMP/engine" | sort -t: -k3 -n | sed -n "$(( (ROUNDS + 1) / 2 ))p"
grep '^one Hyperscan scan' "$TMP/engine" | awk -F'included\\): ' '{ split($2, a, " "); print a[1] "\t" $0 }' \
	| sort -n | cut -f2- | sed -n "$(( (ROUNDS + 1) / 2 ))p"
grep '^every match pattern' "$TMP/engine" | awk -F'included\\): ' '{ split($2, a, " "); print a[1] "\t" $0 }' \
	| sort -n | cut -f2- | sed -n "$(( (ROUNDS + 1) / 2 ))p"

# the same text, many times over, so process start-up does not count
j=0
: > "$TMP/text"
while [ $j -lt 20 ]; do cat "$TMP/norm.txt" >> "$TMP/text"; j=$((j + 1)); done
letters=$(wc -l < "$TMP/text")
bytes=$(wc -c < "$TMP/text")

# every match and unless pattern as it compiles (lexicons and proximity
# expanded by the engine itself: `mayorbox rules patterns`), one a line, and
# the same joined into alternations of at most 8,000 bytes (pcre2grep's limit
# is 8,192 per pattern; a longer pattern stays alone, and is skipped and
# counted when it alone is too long)
build/mayorbox rules patterns "$RULES" > "$TMP/dump" || { echo "bench_rules.sh: rules patterns failed" >&2; exit 70; }
python3 - "$TMP/dump" "$TMP/pats" "$TMP/alts" <<'PY'
import sys
pats = []
for line in open(sys.argv[1], encoding="utf-8"):
    kind, rule, where, flags, pat = line.rstrip("\n").split("\t", 4)
    pats.append(("(?x)" if flags == "x" else "") + pat)
ok = [p for p in pats if len(("(*UCP)(?:%s)" % p).encode()) <= 8000]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join("(*UCP)" + p for p in ok) + "\n")
chunks, cur = [], ""
for p in ok:
    part = "(?:%s)" % p
    if cur and len(("(*UCP)" + cur + "|" + part).encode()) > 8000:
        chunks.append(cur)
        cur = ""
    cur = part if not cur else cur + "|" + part
if cur:
    chunks.append(cur)
open(sys.argv[3], "w", encoding="utf-8").write("\n".join("(*UCP)" + c for c in chunks) + "\n")
print("patterns: %d (expanded), %d in %d alternations, %d too long for pcre2grep (skipped)"
      % (len(pats), len(ok), len(chunks), len(pats) - len(ok)))
PY

median() { sort -n | sed -n "$(( (ROUNDS + 1) / 2 ))p"; }
now() { date +%s.%N; }

# Each baseline counts its matches (pcre2grep -o: one line per match) and
# fails loudly when pcre2grep fails or nothing matched.
run_grep() {	# run_grep OUTCOUNT ARGS...: matches into OUTCOUNT
	out=$1
	shift
	if ! taskset -c 0 pcre2grep -u -o "$@" "$TMP/text" > "$TMP/grep.out" 2> "$TMP/grep.err"; then
		[ -s "$TMP/grep.err" ] && { echo "bench_rules.sh: pcre2grep failed:" >&2; cat "$TMP/grep.err" >&2; exit 70; }
	fi
	wc -l < "$TMP/grep.out" >> "$out"
}

: > "$TMP/t1"
i=0
while [ $i -lt "$ROUNDS" ]; do
	: > "$TMP/c1"
	t0=$(now)
	while IFS= read -r p; do run_grep "$TMP/c1" -e "$p"; done < "$TMP/alts"
	t1=$(now)
	echo "$t1 - $t0" | bc -l >> "$TMP/t1"
	i=$((i + 1))
done
m1=$(paste -sd+ "$TMP/c1" | bc)
[ "$m1" -gt 0 ] || { echo "bench_rules.sh: the one-pass baseline matched nothing: it did no work" >&2; exit 70; }
t=$(median < "$TMP/t1")
printf 'one pass (pcre2grep -o, JIT, alternations of <= 8000 bytes): %.0f letters/s, %.2f MB/s (%s matches)\n' \
	"$(echo "$letters / $t" | bc -l)" "$(echo "$bytes / $t / 1000000" | bc -l)" "$m1"

: > "$TMP/t2"
i=0
while [ $i -lt "$ROUNDS" ]; do
	: > "$TMP/c2"
	t0=$(now)
	while IFS= read -r p; do run_grep "$TMP/c2" -e "$p"; done < "$TMP/pats"
	t1=$(now)
	echo "$t1 - $t0" | bc -l >> "$TMP/t2"
	i=$((i + 1))
done
m2=$(paste -sd+ "$TMP/c2" | bc)
[ "$m2" -gt 0 ] || { echo "bench_rules.sh: the one-by-one baseline matched nothing: it did no work" >&2; exit 70; }
t=$(median < "$TMP/t2")
printf 'one by one (pcre2grep -o, JIT, each pattern): %.0f letters/s, %.2f MB/s (%s matches)\n' \
	"$(echo "$letters / $t" | bc -l)" "$(echo "$bytes / $t / 1000000" | bc -l)" "$m2"

# The engine before lexicons (f301d5e, its own rules), built in a worktree
# in /tmp, beside today's on the same letters; and the command line over
# the judgement train letters (load included), hyperfine medians.
OLD=${BENCH_OLD:-f301d5e}
OLDDIR=${TMPDIR:-/tmp}/mayorbox-bench-$OLD
if [ ! -x "$OLDDIR/build/bench_rules" ]; then
	[ -d "$OLDDIR" ] || git worktree add --detach "$OLDDIR" "$OLD" > /dev/null 2>&1
	( cd "$OLDDIR" && make build/mayorbox build/bench_rules > /dev/null 2>&1 ) \
		|| { echo "bench_rules.sh: cannot build $OLD in $OLDDIR" >&2; exit 70; }
fi
echo "-- the engine at $OLD with its rules, the same letters:"
BENCH_ENGINE=prefilter "$BIN" "$RULES" 20 "$SIZE" - tests/data/letters/*
"$OLDDIR/build/bench_rules" "$OLDDIR/rules" 20 "$SIZE" - tests/data/letters/*
if command -v hyperfine > /dev/null; then
	train=$(ls tests/judgement/train/letters/*)
	n=$(echo "$train" | wc -l)
	# shellcheck disable=SC2086
	hyperfine -N --warmup 2 --runs "$((ROUNDS * 2))" --export-json "$TMP/cli.json" \
		"build/mayorbox classify --rules $RULES $(echo $train)" \
		"$OLDDIR/build/mayorbox classify --rules $OLDDIR/rules $(echo $train)" > /dev/null 2>&1
	python3 - "$TMP/cli.json" "$n" <<'PY'
import json, statistics, sys
r = json.load(open(sys.argv[1]))["results"]
for name, x in zip(["classify, today", "classify, " + "f301d5e"], r):
    print("%-20s %d letters (judgement train), load included: median %.0f ms" % (name, int(sys.argv[2]), statistics.median(x["times"]) * 1000))
PY
fi
