#!/bin/sh
# cli.sh - the mayorbox command line: exit codes, --help, --version, the
# parse contract (JSON keys, stdin). TAP output.
set -u
. "$(dirname "$0")/lib.sh"
BIN=$1
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
n=0


expect_exit() {
	want=$1
	desc=$2
	shift 2
	"$@" > "$TMP/out" 2> "$TMP/err" < /dev/null
	got=$?
	[ "$got" -eq "$want" ]
	r=$?
	ok $r "$desc (exit $got, want $want)"
	[ $r -eq 0 ] || sed 's/^/# /' "$TMP/err" | head -5
}

printf 'From: =?gb2312?B?1cXI/Q==?= <zhang@example.cn>\r\nTo: mayor@city.example\r\nSubject: =?utf-8?B?5oqV6K+J?=\r\nDate: Sat, 28 Nov 2026 10:00:00 +0800\r\nMessage-ID: <a1@example.cn>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\350\267\257\347\201\257\345\235\217\344\272\206\r\n' > "$TMP/a.eml"
printf '{"id": "f-1", "submitted_at": "2026-11-28T10:00:00+08:00", "name": null, "phone": null, "email": null, "anonymous": true, "title": "t", "content": "c", "district": "d"}' > "$TMP/f.json"
printf '{"id": "f-2", "content": "c"}' > "$TMP/missing.json"
printf '\211PNG\r\n\032\n\000\000binary' > "$TMP/bin.eml"

expect_exit 0 "--help" "$BIN" --help
grep -q "parse" "$TMP/out"; ok $? "--help lists parse"
expect_exit 0 "--version" "$BIN" --version
grep -qE '^mayorbox [0-9]+\.[0-9]+' "$TMP/out"; ok $? "--version prints a version"
expect_exit 64 "no command is a usage error" "$BIN"
expect_exit 64 "unknown command is a usage error" "$BIN" frobnicate
expect_exit 0 "parse --help" "$BIN" parse --help
expect_exit 64 "parse without a file" "$BIN" parse
expect_exit 66 "parse of a missing file" "$BIN" parse "$TMP/nonexistent.eml"
expect_exit 66 "parse of a folder" "$BIN" parse "$TMP"
expect_exit 65 "parse of binary bytes" "$BIN" parse "$TMP/bin.eml"
expect_exit 65 "parse of a form missing fields" "$BIN" parse "$TMP/missing.json"
grep -q 'submitted_at' "$TMP/err"; ok $? "the error names the missing field"
expect_exit 0 "parse of an e-mail" "$BIN" parse "$TMP/a.eml"
grep -q '投诉' "$TMP/out"; ok $? "text output has the decoded subject"
expect_exit 0 "parse --json of an e-mail" "$BIN" parse --json "$TMP/a.eml"
python3 - "$TMP/out" <<'PY'
import json, sys
j = json.load(open(sys.argv[1], encoding='utf-8'))
keys = {"source", "message_id", "date", "from", "reply_to", "to", "subject", "text",
        "language", "in_reply_to", "references", "auto_submitted", "attachments", "warnings"}
missing = keys - set(j)
assert not missing, missing
assert j["source"] == "email"
assert j["subject"] == "投诉", j["subject"]
assert j["from"] == {"name": "张三", "address": "zhang@example.cn"}, j["from"]
assert j["date"] == "2026-11-28T02:00:00Z", j["date"]
assert j["text"] == "路灯坏了", j["text"]
assert j["language"] == "zh"
assert j["message_id"] == "a1@example.cn"
assert j["to"][0]["address"] == "mayor@city.example"
PY
ok $? "JSON of an e-mail has every key and the decoded values"
expect_exit 0 "parse --json of a form" "$BIN" parse --json "$TMP/f.json"
python3 - "$TMP/out" <<'PY'
import json, sys
j = json.load(open(sys.argv[1], encoding='utf-8'))
assert j["source"] == "form"
assert j["anonymous"] is True
for k in ("phone", "district", "anonymous"):
    assert k in j, k
assert j["subject"] == "t" and j["text"] == "c" and j["district"] == "d"
assert j["date"] == "2026-11-28T02:00:00Z"
PY
ok $? "JSON of a form has the form keys"
"$BIN" parse --json - < "$TMP/a.eml" > "$TMP/stdin.json" 2>/dev/null
ok $? "parse reads standard input as -"
grep -q '"subject": "投诉"' "$TMP/stdin.json"; ok $? "standard input gives the same letter"
echo "1..$n"
