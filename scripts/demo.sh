#!/bin/sh
# demo.sh - the main job on the sample letters shipped in the repository:
# for now, each letter of tests/data/letters is read and shown (who wrote,
# when, the subject, the language, the warnings). Later stages add
# classification and filing.
set -u
cd "$(dirname "$0")/.."
BIN=build/mayorbox
n=0
for f in tests/data/letters/*; do
	n=$((n + 1))
	[ $n -le "${DEMO_LETTERS:-8}" ] || break
	echo "=================================================================="
	echo "$f"
	echo "------------------------------------------------------------------"
	"$BIN" parse "$f" | head -n "${DEMO_LINES:-24}"
done
total=$(ls tests/data/letters | wc -l)
echo "=================================================================="
echo "Shown $((n - 1 < total ? n - 1 : total)) of $total sample letters (DEMO_LETTERS=N shows more)."
printf 'Summary of all %s: ' "$total"
for f in tests/data/letters/*; do "$BIN" parse --json "$f"; done | python3 -c '
import json, sys, collections
dec = json.JSONDecoder(); s = sys.stdin.read(); i = 0; lang = collections.Counter(); src = collections.Counter(); warn = 0; att = 0
while i < len(s):
    while i < len(s) and s[i].isspace(): i += 1
    if i >= len(s): break
    o, i = dec.raw_decode(s, i)
    lang[o["language"]] += 1; src[o["source"]] += 1; warn += bool(o["warnings"]); att += len(o["attachments"])
print(dict(src), "by language", dict(lang), "-", warn, "with warnings,", att, "attachments")
'
