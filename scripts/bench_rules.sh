#!/bin/sh
# bench_rules.sh - classification throughput with the shipped rules, on one
# core, beside two baselines over the same (normalised) text in the same run:
#   one pass:   pcre2grep (JIT) scanning once with all the rules' patterns
#               joined into one alternation (what a single scan costs, without
#               knowing which rules fired);
#   one by one: pcre2grep --no-jit once per pattern (what a naive engine
#               costs).
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
sort -t: -k3 -n "$TMP/engine" | sed -n "$(( (ROUNDS + 1) / 2 ))p"

# the same text, many times over, so process start-up does not count
j=0
: > "$TMP/text"
while [ $j -lt 20 ]; do cat "$TMP/norm.txt" >> "$TMP/text"; j=$((j + 1)); done
letters=$(wc -l < "$TMP/text")
bytes=$(wc -c < "$TMP/text")

# every match and unless pattern of the rule files, one a line
python3 - "$RULES" "$TMP/pats" "$TMP/alt" <<'PY'
import glob, re, sys
pats = []
for f in sorted(glob.glob(sys.argv[1] + "/*.rules")):
    for line in open(f, encoding="utf-8"):
        m = re.match(r"\s*(match|unless)\s+/(.*)/(x?)\s*(#.*)?$", line.rstrip("\n"))
        if m:
            pats.append(("(?x)" if m.group(3) else "") + m.group(2))
open(sys.argv[2], "w", encoding="utf-8").write("\n".join("(*UCP)" + p for p in pats) + "\n")
open(sys.argv[3], "w", encoding="utf-8").write("(*UCP)" + "|".join("(?:%s)" % p for p in pats) + "\n")
print("patterns: %d" % len(pats))
PY

median() { sort -n | sed -n "$(( (ROUNDS + 1) / 2 ))p"; }
now() { date +%s.%N; }

: > "$TMP/t1"
i=0
while [ $i -lt "$ROUNDS" ]; do
	t0=$(now)
	# -o: every match of the line, so the whole text is scanned (with -c
	# pcre2grep would stop at a line's first match)
	taskset -c 0 pcre2grep -u -o -f "$TMP/alt" "$TMP/text" > /dev/null 2>&1 || true
	t1=$(now)
	echo "$t1 - $t0" | bc -l >> "$TMP/t1"
	i=$((i + 1))
done
t=$(median < "$TMP/t1")
printf 'one pass (pcre2grep -o, JIT, one alternation): %.0f letters/s, %.2f MB/s\n' \
	"$(echo "$letters / $t" | bc -l)" "$(echo "$bytes / $t / 1000000" | bc -l)"

: > "$TMP/t2"
i=0
while [ $i -lt "$ROUNDS" ]; do
	t0=$(now)
	while IFS= read -r p; do
		taskset -c 0 pcre2grep --no-jit -u -o -e "$p" "$TMP/text" > /dev/null 2>&1 || true
	done < "$TMP/pats"
	t1=$(now)
	echo "$t1 - $t0" | bc -l >> "$TMP/t2"
	i=$((i + 1))
done
t=$(median < "$TMP/t2")
printf 'one by one (pcre2grep -o --no-jit, each pattern): %.0f letters/s, %.2f MB/s\n' \
	"$(echo "$letters / $t" | bc -l)" "$(echo "$bytes / $t / 1000000" | bc -l)"
