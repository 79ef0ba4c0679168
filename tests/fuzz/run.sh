#!/bin/sh
# run.sh SECONDS - runs each libFuzzer target for SECONDS, seeded from
# tests/fuzz/seeds, tests/data and (when present) the third-party corpus in
# ../shared; the working corpus stays in build/fuzz. Crashes are left as
# build/fuzz/<target>/crash-* to be turned into regression inputs in
# tests/fuzz/regressions/<target>/.
set -u
SECONDS_EACH=${1:-600}
ROOT=$(pwd)
CORPUS="${MAYORBOX_CORPUS:-$ROOT/../shared/corpora/mime}"
status=0
TARGETS=${FUZZ_TARGETS:-"mime form replies html charset date rules hot"}
for target in $TARGETS; do
	work="$ROOT/build/fuzz/$target"
	mkdir -p "$work/corpus"
	cp -n tests/fuzz/seeds/$target/* "$work/corpus/" 2>/dev/null
	cp -n tests/fuzz/regressions/$target/* "$work/corpus/" 2>/dev/null
	if [ "$target" = replies ]; then
		cp -n tests/fuzz/seeds/mime/* "$work/corpus/" 2>/dev/null
		for f in tests/data/letters/*.eml; do
			[ -f "$f" ] && cp -n "$f" "$work/corpus/"
		done
	elif [ "$target" = mime ]; then
		for f in tests/data/letters/*.eml; do
			[ -f "$f" ] && cp -n "$f" "$work/corpus/"
		done
		if [ -d "$CORPUS" ]; then
			i=0
			find "$CORPUS" -type f ! -name '*.md' ! -name '*.tsv' | while read -r f; do
				i=$((i + 1))
				cp -n "$f" "$work/corpus/corpus-$i"
			done
		fi
	elif [ "$target" = form ]; then
		for f in tests/data/letters/*.json; do
			[ -f "$f" ] && cp -n "$f" "$work/corpus/"
		done
	elif [ "$target" = rules ]; then
		# the shipped rule files cut into their blocks (a rule, a department,
		# a route), each behind the byte that says rules (0) or directory (1):
		# small inputs run fast, the whole files are in the unit tests
		python3 - "$work/corpus" rules/*.rules rules/*.dir <<'PY'
import os, sys
out = sys.argv[1]
for f in sys.argv[2:]:
    b = open(f, 'rb').read()
    tag = b'\x01' if f.endswith('.dir') else b'\x00'
    for i, block in enumerate(b.split(b'\n\n')):
        if block.strip() and len(block) < 8000:
            open(os.path.join(out, 'seed-%s-%d' % (os.path.basename(f), i)), 'wb').write(tag + block + b'\n')
PY
	fi
	dict=
	case "$target" in
	mime | replies) dict="-dict=$ROOT/tests/fuzz/mime.dict" ;;
	*) [ -f "tests/fuzz/$target.dict" ] && dict="-dict=$ROOT/tests/fuzz/$target.dict" ;;
	esac
	echo "== fuzz_$target for $SECONDS_EACH s"
	(cd "$work" && "$ROOT/build/fuzz/fuzz_$target" -max_total_time="$SECONDS_EACH" \
		-timeout=10 -rss_limit_mb=4096 -max_len=$([ "$target" = rules ] && echo 16384 || echo 262144) \
		-print_final_stats=1 \
		$dict corpus) > "$work/log" 2>&1
	rc=$?
	grep -E "^#[0-9]+.*(DONE|pulse)|stat::number_of_executed_units|stat::peak_rss|SUMMARY|ERROR" "$work/log" | tail -5
	if [ $rc -ne 0 ]; then
		echo "fuzz_$target: FAILED (exit $rc); see $work/log and $work/crash-*"
		status=1
	fi
done
exit $status
