#!/bin/sh
# bench_ingest.sh [COPIES] - the filing path: `mayorbox ingest` of the 135
# letters of tests/data/letters, COPIES times (default 20; each copy made
# unique by trailing newlines, so every one is a new letter), into a fresh
# database; then the same files again (every one already filed). hyperfine,
# 3 runs each, and one run under /usr/bin/time -v for the peak memory.
# BIN (default build/mayorbox) and SCHEMA (default schema) choose the
# program and its migrations, so two versions are measured the same way.
set -u
cd "$(dirname "$0")/.."
COPIES=${1:-20}
BIN=${BIN:-build/mayorbox}
SCHEMA=${SCHEMA:-schema}
sh scripts/pg.sh status > /dev/null 2>&1 || sh scripts/pg.sh start > /dev/null
eval "$(sh scripts/pg.sh env)"
export PGOPTIONS="-c client_min_messages=warning"
DB=mayorbox_bench_ingest
W=build/bench/ingest
rm -rf $W; mkdir -p $W/letters
python3 - tests/data/letters $W/letters "$COPIES" <<'PY'
import os, sys
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
for k in range(n):
    d = os.path.join(dst, '%03d' % k)
    os.makedirs(d)
    for name in sorted(os.listdir(src)):
        raw = open(os.path.join(src, name), 'rb').read()
        open(os.path.join(d, name), 'wb').write(raw + b'\n' * (k + 1))
PY
n=$(find $W/letters -type f | wc -l)
$BIN keygen $W/keys > /dev/null
fresh="dropdb --if-exists $DB && createdb $DB && $BIN db migrate --schema $SCHEMA --db dbname=$DB > /dev/null"
cmd="$BIN ingest --db dbname=$DB --public-key $W/keys/confidential.pub $W/letters"
echo "== ingest: $n letters ($BIN, schema $SCHEMA)"
sh -c "$fresh" && /usr/bin/time -v $cmd > $W/first.out 2> $W/time.txt
cat $W/first.out
grep -E "Maximum resident|Elapsed|User time|System time" $W/time.txt
$cmd > $W/again.out 2>&1; cat $W/again.out
hyperfine -N --runs 3 --export-json $W/fresh.json --prepare "sh -c '$fresh'" "$cmd" \
	> $W/hyperfine.txt 2>&1 || { tail -20 $W/hyperfine.txt; exit 1; }
hyperfine -N --warmup 1 --runs 5 --export-json $W/again.json "$cmd" \
	>> $W/hyperfine.txt 2>&1 || { tail -20 $W/hyperfine.txt; exit 1; }
python3 - "$n" $W/fresh.json $W/again.json <<'PY'
import json, statistics, sys
n = int(sys.argv[1])
for what, f in (('new letters', sys.argv[2]), ('all already filed', sys.argv[3])):
    t = statistics.median(json.load(open(f))['results'][0]['times'])
    print('%-20s median %.3f s  %7.0f letters/s' % (what, t, n / t))
PY
dropdb --if-exists $DB
