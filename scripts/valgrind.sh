#!/bin/sh
# valgrind.sh - `mayorbox parse` under valgrind --leak-check=full over the
# third-party corpus (when present) and our own letters; fails on any
# error or leak.
set -u
cd "$(dirname "$0")/.."
CORPUS="${MAYORBOX_CORPUS:-../shared/corpora/mime}"
n=0; bad=0
files=$( (ls tests/data/letters/* ; [ -d "$CORPUS" ] && find "$CORPUS" -type f ! -name '*.md' ! -name '*.tsv') | sort)
IFS='
'
for f in $files; do
	n=$((n + 1))
	valgrind -q --suppressions=tests/valgrind.supp --leak-check=full --show-leak-kinds=definite,indirect,possible \
		--errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99 \
		build/mayorbox parse --json "$f" > /dev/null 2> build/valgrind.err
	if [ $? -eq 99 ]; then
		bad=$((bad + 1))
		echo "valgrind: $f"
		head -30 build/valgrind.err
	fi
done
echo "valgrind: $n files, $bad with errors or leaks"
[ $bad -eq 0 ]
