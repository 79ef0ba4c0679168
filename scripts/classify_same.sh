#!/bin/sh
# classify_same.sh BASE_OUT [BIN...] - whether a change to the classifier
# left its results byte for byte as they were: `classify --json --explain`
# over every letter of tests/judgement, tests/data and tests/heldout, with
# each BIN (default build/mayorbox) with Hyperscan and with
# MAYORBOX_HYPERSCAN=no (a HYPERSCAN=no build is one more BIN), compared with
# BASE_OUT; when BASE_OUT does not exist yet, the first run writes it (run
# it once before the change). Exit 0 when all are the same, 1 when one
# differs (its file kept beside BASE_OUT).
#
#   sh scripts/classify_same.sh /tmp/before                  # before
#   sh scripts/classify_same.sh /tmp/before build/mayorbox /tmp/nohs/build/mayorbox
set -eu
cd "$(dirname "$0")/.."
BASE=$1
shift
[ $# -gt 0 ] || set -- build/mayorbox
TMP=${TMPDIR:-/tmp}/mayorbox-classify-same.$$
mkdir -p "$TMP"
trap 'rm -rf "$TMP"' EXIT
find tests/judgement tests/data tests/heldout -type f \( -name '*.eml' -o -name '*.json' \) \
	| LC_ALL=C sort > "$TMP/files"
run() {	# run OUT BIN [ENV...]: the results of BIN, one line a letter
	out=$1
	bin=$2
	shift 2
	# exit 65 (a file that is not a letter) still prints the others
	env "$@" xargs -a "$TMP/files" -n 400 "$bin" classify --rules rules --json --explain \
		> "$out" 2> /dev/null || true
	[ -s "$out" ] || { echo "classify_same.sh: $bin printed nothing" >&2; exit 70; }
}
rc=0
for bin in "$@"; do
	for hs in yes no; do
		run "$TMP/out" "$bin" MAYORBOX_HYPERSCAN=$hs
		if [ ! -e "$BASE" ]; then
			cp "$TMP/out" "$BASE"
			echo "written: $BASE ($(wc -l < "$BASE") letters)"
		elif cmp -s "$BASE" "$TMP/out"; then
			echo "same: $bin, MAYORBOX_HYPERSCAN=$hs ($(wc -l < "$BASE") letters)"
		else
			cp "$TMP/out" "$BASE.differs"
			echo "DIFFERENT: $bin, MAYORBOX_HYPERSCAN=$hs (kept in $BASE.differs)"
			rc=1
		fi
	done
done
exit $rc
