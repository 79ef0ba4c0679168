#!/bin/sh
# bench.sh - `make bench`: the parse rate (letters/s, MB/s) of mayorbox's
# parsers over the third-party corpus (when present) and our own letters,
# timed with hyperfine beside a baseline in the same run: Python's email
# package reading the same files. Medians of 10 runs.
set -u
cd "$(dirname "$0")/.."
mkdir -p build/bench
CORPUS="${MAYORBOX_CORPUS:-../shared/corpora/mime}"
make --no-print-directory build/bench_parse > /dev/null || exit 1

list=build/bench/files.txt
( ls tests/data/letters/* ; [ -d "$CORPUS" ] && find "$CORPUS" -type f ! -name '*.md' ! -name '*.tsv' ) \
	| sort > "$list"
files=$(wc -l < "$list")
bytes=$(python3 -c "import os,sys; print(sum(os.path.getsize(p) for p in open(sys.argv[1]).read().split(chr(10)) if p))" "$list")
echo "== parse: $files files, $bytes bytes (ours: tests/data/letters; corpus: $CORPUS)"
hyperfine -N --warmup 2 --runs 10 --export-json build/bench/parse.json \
	"build/bench_parse $list" "python3 tests/bench/py_parse.py $list" > build/bench/parse.txt 2>&1
python3 - "$files" "$bytes" <<'PY'
import json, statistics, sys
files, nbytes = int(sys.argv[1]), int(sys.argv[2])
r = json.load(open('build/bench/parse.json'))['results']
med = [statistics.median(x['times']) for x in r]
for x, m in zip(r, med):
    print('%-55s median %.3f s  %8.0f letters/s  %6.2f MB/s' % (x['command'][:55], m, files / m, nbytes / m / 1e6))
print('mayorbox parsers / Python email: %.1fx faster' % (med[1] / med[0]))
PY
sh scripts/bench_parse.sh
[ -f scripts/bench_rules.sh ] && sh scripts/bench_rules.sh
sh scripts/bench_store.sh
sh scripts/bench_imap.sh
# issue 16's first target: durable filing beside mbsync FSync yes/no and a
# raw UID FETCH (BENCH_DURABLE_N letters, BENCH_DURABLE_ROUNDS rounds)
sh scripts/bench_durable.sh
sh scripts/bench_mail.sh
sh scripts/bench_console.sh
exit 0
