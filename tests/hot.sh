#!/bin/sh
# hot.sh BIN - hot issues (热点问题, issue 15, schema 015) against a real
# PostgreSQL and Postfix: the hot-issue letters of tests/hot/h2 (120 letters
# on 12 matters and 24 on none, written for it) filed by a gateway login;
# `cases hot` as a clerk groups a matter's letters and leaves out a letter
# on the same kind of problem elsewhere; no confidential case is in any
# group, for a clerk or a supervisor; a department's login is refused;
# `--notify` by a supervisor mails each large group once (and not again
# until it doubles), through Postfix, with no writer's identity in it; a
# clerk may not; hot_notify refuses a vault case. TAP.
set -u
. "$(dirname "$0")/lib.sh"
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
TMP=$(mktemp -d)
chmod 755 "$TMP"
smtp_started=0
trap '[ $smtp_started -eq 1 ] && sh scripts/smtp.sh stop > /dev/null 2>&1; rm -rf "$TMP"' EXIT
eval "$(sh scripts/pg.sh env)"
PGOPTIONS="-c client_min_messages=warning"
export PGOPTIONS
n=0
q() { psql -X -qAt -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }

smtp_setup || exit 1
DB=mbtest_hot
gateway_setup mbtest_hot
GW=mbtest_hot_gateway CLERK=mbtest_hot_clerk SUP=mbtest_hot_supervisor DEPT=mbtest_hot_dept
q "DROP ROLE IF EXISTS $DEPT; CREATE ROLE $DEPT LOGIN IN ROLE mayorbox_department" > /dev/null
cat >> "$TMP/gw.conf" <<EOF
console_url = https://12345.city.example
[hot]
notify = leaders@office.example
notify_size = 6
EOF
LETTERS=tests/hot/h2/letters
"$BIN" ingest --db "dbname=$DB user=$GW" --public-key "$TMP/keys/confidential.pub" "$LETTERS" \
	> "$TMP/ingest" 2>&1
ok $? "the hot-issue letters filed by a gateway login ($(tail -1 "$TMP/ingest" | cut -d: -f1))"

# which case each e-mail became (by its Message-ID), and which are sealed
q "SELECT l.message_id, c.number FROM letters l JOIN cases c ON c.id = l.case_id" > "$TMP/public.map"
q "SELECT number FROM vault.cases" > "$TMP/vault.list"
[ -s "$TMP/public.map" ] && [ -s "$TMP/vault.list" ]
ok $? "public cases ($(wc -l < "$TMP/public.map")) and sealed ones ($(wc -l < "$TMP/vault.list")) filed"

"$BIN" cases hot --json --db "dbname=$DB user=$CLERK" > "$TMP/hot.json" 2> "$TMP/e"
ok $? "cases hot --json as a clerk"

check() {	# check: python on the groups (argv: hot.json map vault labels letters)
	python3 - "$TMP/hot.json" "$TMP/public.map" "$TMP/vault.list" tests/hot/h2/labels.tsv "$LETTERS" "$@"
}
check <<'PY'
import json, sys
g = json.load(open(sys.argv[1]))
assert isinstance(g, list) and g, g
for x in g:
    assert x["size"] == len(x["cases"]) >= 3, x
    for k in ("growth", "anchor", "writers", "department", "places", "terms", "first", "last"):
        assert k in x, k
    assert x["anchor"] == x["cases"][0]
sizes = [x["size"] for x in g]
assert sizes == sorted(sizes, reverse=True), sizes
PY
ok $? "a list of groups, each with size = its cases (at least 3), largest first, anchor its first"

# the matter of bus route 218 (14 letters by 14 writers, Chinese and English)
check h2-m02 <<'PY'
import email, json, os, sys
from email import policy
groups = json.load(open(sys.argv[1]))
case = dict(l.rstrip("\n").split("|", 1) for l in open(sys.argv[2]) if "|" in l)
labels = [l.rstrip("\n").split("\t") for l in open(sys.argv[4])][1:]
def number(path):
    if not path.endswith(".eml"):
        return None
    with open(os.path.join(sys.argv[5], os.path.basename(path)), "rb") as f:
        m = email.message_from_binary_file(f, policy=policy.default)
    mid = str(m["Message-ID"]).strip()
    return case.get(mid) or case.get(mid.strip("<>"))
mine = {number(p) for p, m, _ in labels if m == sys.argv[6]} - {None}
others = {number(p) for p, m, _ in labels if m == "-"} - {None}
best = max(groups, key=lambda x: len(mine & set(x["cases"])))
got = mine & set(best["cases"])
print(f"# {len(got)} of the matter's {len(mine)} e-mailed cases in one group of {best['size']}")
assert len(got) >= 0.7 * len(mine), (len(got), len(mine))
assert not (others & set(best["cases"])), others & set(best["cases"])
PY
ok $? "the bus-route letters are one group (at least 70% of them), with no letter on another matter"

check <<'PY'
import json, sys
sealed = {l.strip() for l in open(sys.argv[3]) if l.strip()}
g = json.load(open(sys.argv[1]))
seen = {c for x in g for c in x["cases"]}
assert sealed and not (sealed & seen), sealed & seen
PY
ok $? "no confidential case in any group (clerk)"
"$BIN" cases hot --json --min-size 2 --db "dbname=$DB user=$SUP" > "$TMP/hot.json" 2> "$TMP/e"
check <<'PY'
import json, sys
sealed = {l.strip() for l in open(sys.argv[3]) if l.strip()}
seen = {c for x in json.load(open(sys.argv[1])) for c in x["cases"]}
assert not (sealed & seen)
PY
ok $? "... nor for a supervisor, whose login reads the vault's numbers, even with --min-size 2"

"$BIN" cases hot --db "dbname=$DB user=$DEPT" > "$TMP/o" 2>&1
ok $([ $? -eq 77 ] && echo 0 || echo 1) "a department's login is refused (77)"
"$BIN" cases hot --db "dbname=$DB user=$CLERK" > "$TMP/t.txt" 2>&1
grep -q "cases read" "$TMP/t.txt" && grep -q "  cases:  " "$TMP/t.txt"
ok $? "the text form lists each group's places, words and cases"
"$BIN" cases hot --since 2099-01-01 --json --db "dbname=$DB user=$CLERK" > "$TMP/none.json" 2>&1
[ "$(cat "$TMP/none.json")" = "[]" ]
ok $? "--since after every case: an empty list"
"$BIN" cases hot --threshold 2 --db "dbname=$DB user=$CLERK" > "$TMP/o" 2>&1
ok $([ $? -eq 64 ] && grep -q -- "--threshold" "$TMP/o" && echo 0 || echo 1) "a threshold above 1 is refused, naming the option (64)"

# --- the supervisors' mail -----------------------------------------------------
"$BIN" cases hot --json --db "dbname=$DB user=$SUP" > "$TMP/hot.json" 2> /dev/null
DUE=$(python3 -c 'import json,sys; print(sum(1 for x in json.load(open(sys.argv[1])) if x["size"] >= 6))' "$TMP/hot.json")
"$BIN" cases hot --notify --config "$TMP/gw.conf" --db "dbname=$DB user=$CLERK" > "$TMP/o" 2>&1
r=$?
[ $r -eq 77 ] && [ "$(q "SELECT count(*) FROM outbox WHERE kind = 'hot'")" = 0 ]
ok $? "a clerk's --notify is refused (77) and queues nothing"
"$BIN" cases hot --notify --config "$TMP/gw.conf" --db "dbname=$DB user=$SUP" > /dev/null 2> "$TMP/e"
[ $? -eq 0 ] && [ "$DUE" -ge 1 ] && grep -q "$DUE group(s) mailed" "$TMP/e" \
	&& [ "$(q "SELECT count(*) FROM outbox WHERE kind = 'hot' AND recipient = 'leaders@office.example'")" = "$DUE" ] \
	&& [ "$(q "SELECT count(*) FROM hot_alerts")" = "$DUE" ]
ok $? "a supervisor's --notify queues one mail per group of 6 or more ($DUE)"
"$BIN" cases hot --notify --config "$TMP/gw.conf" --db "dbname=$DB user=$SUP" > /dev/null 2> "$TMP/e"
grep -q "0 group(s) mailed" "$TMP/e" && [ "$(q "SELECT count(*) FROM outbox WHERE kind = 'hot'")" = "$DUE" ]
ok $? "run again: nothing mailed twice (a group is mailed again when it has doubled)"
ANCHOR=$(q "SELECT anchor FROM hot_alerts ORDER BY size DESC LIMIT 1")
SIZE=$(q "SELECT size FROM hot_alerts WHERE anchor = '$ANCHOR'")
CASES=$(q "SELECT array_to_string(cases, ',') FROM hot_alerts WHERE anchor = '$ANCHOR'")
psql -X -qAt -d "$DB" -U "$SUP" -c "SELECT hot_notify('$ANCHOR', $SIZE + 1, '{$CASES,$(head -1 "$TMP/vault.list")}', '{leaders@office.example}', 'x')" > "$TMP/o" 2>&1
grep -q "every case must be a public case" "$TMP/o" && [ "$(q "SELECT count(*) FROM outbox WHERE kind = 'hot'")" = "$DUE" ]
ok $? "hot_notify refuses a group naming a sealed case"
psql -X -qAt -d "$DB" -U "$SUP" -c "SELECT hot_notify('$ANCHOR', $SIZE, '{$CASES}', '{\"a@b, c@d\"}', 'x')" > "$TMP/o" 2>&1
grep -q "not an address" "$TMP/o"
ok $? "... and a recipient that is not one address"

clear_mail
"$BIN" run --once --config "$TMP/gw.conf" > "$TMP/run.log" 2>&1
mails '"leaders@office.example" in m["rcpt"]' > "$TMP/hot.mails"
IDS=$(q "SELECT string_agg(coalesce(from_name, '') || '|' || coalesce(from_address, '') || '|' || coalesce(phone, ''), '|') FROM letters")
python3 - "$TMP/hot.mails" "$DUE" "$IDS" <<'PY'
import json, sys
mails = [json.loads(l) for l in open(sys.argv[1])]
assert len(mails) == int(sys.argv[2]), len(mails)
ids = {w for w in sys.argv[3].split("|") if len(w) >= 3}
for m in mails:
    assert "热点问题" in m["subject"], m["subject"]
    assert "https://12345.city.example/hot" in m["text"], m["text"]
    assert "Hot issue:" in m["text"]
    leaked = [w for w in ids if w in m["text"] or w in m["subject"]]
    assert not leaked, leaked
PY
ok $? "the mails delivered through Postfix: the group, the link to /hot, no writer's name, address or phone"

dropdb "$DB" 2>/dev/null
echo "1..$n"
