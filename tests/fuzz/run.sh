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
for target in mime form replies; do
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
	else
		for f in tests/data/letters/*.json; do
			[ -f "$f" ] && cp -n "$f" "$work/corpus/"
		done
	fi
	echo "== fuzz_$target for $SECONDS_EACH s"
	(cd "$work" && "$ROOT/build/fuzz/fuzz_$target" -max_total_time="$SECONDS_EACH" \
		-timeout=10 -rss_limit_mb=4096 -max_len=262144 -print_final_stats=1 \
		-dict="$ROOT/tests/fuzz/$([ "$target" = replies ] && echo mime || echo "$target").dict" corpus) > "$work/log" 2>&1
	rc=$?
	grep -E "^#[0-9]+.*(DONE|pulse)|stat::number_of_executed_units|stat::peak_rss|SUMMARY|ERROR" "$work/log" | tail -5
	if [ $rc -ne 0 ]; then
		echo "fuzz_$target: FAILED (exit $rc); see $work/log and $work/crash-*"
		status=1
	fi
done
exit $status
