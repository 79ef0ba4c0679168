#!/bin/sh
# departments.sh BIN - the departments that handle what the office sends
# them (issue 15, schema 011), against a real PostgreSQL (scripts/pg.sh,
# running): `mayorbox departments list|add|set` (supervisors change it,
# clerks read it, nobody else); a department login in mayorbox_department
# sees exactly the non-confidential cases dispatched to its department,
# without the writers' identities, through `cases list/show` and through
# psql directly (the privilege is absent: the tables refuse it), and
# returns one with a reason (`cases return`), which counts for it in the
# stats; another department's case, a confidential one and a case not
# dispatched are all "no such case". TAP.
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
DB=mbtest_depts
CLERK=mbtest_depts_clerk SUP=mbtest_depts_sup GW=mbtest_depts_gw
WATER=mbtest_depts_water OTHER=mbtest_depts_other NOBODY=mbtest_depts_nobody
asql() {	# asql LOGIN SQL: as that login, its stderr on stdout
	psql -X -qAt -v ON_ERROR_STOP=1 -d "$DB" -U "$1" -c "SET search_path = office, dept, public" -c "$2" 2>&1
}

dropdb --if-exists "$DB" 2>/dev/null
createdb "$DB"
"$BIN" db migrate --db "dbname=$DB" > "$TMP/migrate" 2>&1
ok $? "db migrate (schema 011: departments)"
for r in $CLERK:clerk $SUP:supervisor $GW:gateway $WATER:department $OTHER:department $NOBODY:department; do
	psql -X -qAt -d postgres -c "DROP ROLE IF EXISTS ${r%%:*}" > /dev/null 2>&1
	psql -X -qAt -d postgres -c "CREATE ROLE ${r%%:*} LOGIN IN ROLE mayorbox_${r#*:}" > /dev/null
done
"$BIN" keygen "$TMP/keys" > /dev/null
chmod 644 "$TMP/keys/confidential.pub"
"$BIN" ingest --db "dbname=$DB user=$GW" --public-key "$TMP/keys/confidential.pub" \
	tests/data/letters > "$TMP/ingest" 2>&1
ok $? "the data set filed by a gateway login"
sup() { "$BIN" "$@" --db "dbname=$DB user=$SUP"; }
clerk() { "$BIN" "$@" --db "dbname=$DB user=$CLERK"; }
water() { "$BIN" "$@" --db "dbname=$DB user=$WATER"; }

# --- the directory ----------------------------------------------------------------
sup departments add "Water Affairs Bureau" --zh 水务局 --contact water@bureau.example > "$TMP/o" 2>&1 \
	&& sup departments add "Transport Bureau" --zh 交通运输局 --contact transport@bureau.example > /dev/null 2>&1 \
	&& sup departments set "Water Affairs Bureau" --add-member "$WATER" > /dev/null 2>&1 \
	&& sup departments set "Transport Bureau" --add-member "$OTHER" > /dev/null 2>&1
ok $? "a supervisor adds two departments and a member each"
sup departments list --json > "$TMP/d.json"
python3 - "$TMP/d.json" "$WATER" <<'PY'
import json, sys
d = {x["name"]: x for x in json.load(open(sys.argv[1]))}
w = d["Water Affairs Bureau"]
assert w["name_zh"] == "水务局" and w["contact"] == "water@bureau.example" and w["active"] is True
assert w["members"] == [sys.argv[2]] and set(d) == {"Water Affairs Bureau", "Transport Bureau"}
PY
ok $? "departments list --json: name, name_zh, contact, active, members"
clerk departments list > "$TMP/o" 2>&1 && grep -q "水务局" "$TMP/o" && grep -q "contact: water@bureau.example" "$TMP/o"
ok $? "a clerk reads the directory"
clerk departments add "Health Commission" > "$TMP/o" 2>&1
[ $? -eq 77 ] && grep -q "only a supervisor" "$TMP/o"
ok $? "a clerk cannot add a department (77)"
water departments set "Water Affairs Bureau" --add-member "$NOBODY" > "$TMP/o" 2>&1
[ $? -eq 77 ]
ok $? "nor can a department's login add a member to itself (77)"
sup departments add "Water Affairs Bureau" > "$TMP/o" 2>&1
[ $? -eq 65 ] && grep -q "is in the directory already" "$TMP/o"
ok $? "a name twice: refused (65)"
sup departments set "Transport Bureau" --contact "not an address" > "$TMP/o" 2>&1
[ $? -eq 64 ] && grep -q "not an e-mail address" "$TMP/o"
ok $? "a contact that is not an address: refused, said (64)"
sup departments set "Nowhere Bureau" --zh x > "$TMP/o" 2>&1
[ $? -eq 66 ]
ok $? "an unknown department: 66"

# --- what a department login sees ------------------------------------------------
# three public cases: two dispatched to Water, one to Transport; a sealed
# case dispatched to Water too; one Water case never dispatched (status new)
pick() { q "SELECT number FROM cases WHERE $1 ORDER BY number LIMIT 1 OFFSET ${2:-0}"; }
# W1's writer can be answered by mail (a name, an address, not anonymous):
# the department's answer goes to them at the end
# (and does not sign the text with their phone or address, which the
# department reads as on paper); none is routed already to the department
# it is dispatched to (dispatching it there again sends no notice)
W1=$(pick "NOT confidential AND department IS DISTINCT FROM 'Water Affairs Bureau'
	AND id IN (SELECT case_id FROM letters WHERE from_address LIKE '%@%'
	AND from_name IS NOT NULL AND NOT anonymous AND NOT auto_submitted
	AND position(from_address IN coalesce(body, '')) = 0
	AND (phone IS NULL OR position(phone IN coalesce(body, '')) = 0))")
W2=$(pick "NOT confidential AND number <> '$W1' AND department IS DISTINCT FROM 'Water Affairs Bureau'")
T1=$(pick "NOT confidential AND number NOT IN ('$W1', '$W2') AND department IS DISTINCT FROM 'Transport Bureau'")
UND=$(pick "NOT confidential AND number NOT IN ('$W1', '$W2', '$T1')")
CONF=$(q "SELECT number FROM vault.cases ORDER BY number LIMIT 1")
for c in $W1 $W2; do clerk cases assign "$c" "Water Affairs Bureau" > /dev/null || echo "assign $c failed"; done
clerk cases assign "$T1" "Transport Bureau" > /dev/null
sup cases assign "$CONF" "Water Affairs Bureau" > /dev/null
q "UPDATE cases SET department = 'Water Affairs Bureau', status = 'new' WHERE number = '$UND'"
water cases list --json > "$TMP/wl.json" 2> "$TMP/e"
python3 - "$TMP/wl.json" "$W1 $W2" <<'PY'
import json, sys
got = sorted(o["number"] for o in json.load(open(sys.argv[1])))
assert got == sorted(sys.argv[2].split()), got
PY
ok $? "cases list as the Water department: exactly its two dispatched cases ($W1 $W2)"
for c in "$T1" "$CONF" "$UND"; do
	water cases show "$c" > "$TMP/o" 2>&1
	[ $? -eq 66 ] && grep -q "no such case" "$TMP/o" || { echo "# $c: $(cat "$TMP/o")"; c=bad; break; }
done
[ "$c" != bad ]
ok $? "another department's case, a confidential one dispatched to it, one not dispatched: each 'no such case' (66)"
water cases show "$W1" --json > "$TMP/s.json" 2> "$TMP/e"
python3 - "$TMP/s.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["letters"], d
for l in d["letters"]:
    for k in ("from_name", "from_address", "phone", "message_id"):
        assert l.get(k) in (None, ""), (k, l.get(k))
    assert l.get("body") or l.get("subject")
PY
ok $? "cases show as the department: the letter's subject and text, no name, address, phone or Message-ID"
# the header's identity (a writer who signs the text is named there, as on paper)
IDENT=$(q "SELECT coalesce(phone, '') || ' ' || coalesce(from_address, '') FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number = '$W1' LIMIT 1")
water cases show "$W1" > "$TMP/s.txt" 2>&1
r=0
grep -q "^  from          -$" "$TMP/s.txt" || r=1
for w in $IDENT; do grep -qF -- "$w" "$TMP/s.txt" && r=1; done
[ $r -eq 0 ] && [ -n "$IDENT" ]
ok $? "... nor in its text form: from is -, the address and phone are nowhere"
# psql straight at the tables: no privilege
for t in public.cases public.letters vault.cases vault.letters office.cases public.department_members; do
	asql "$WATER" "SELECT count(*) FROM $t" | grep -q "permission denied" || { echo "# $t readable"; t=bad; break; }
done
[ "$t" != bad ]
ok $? "psql as the department: public, vault and office tables and the member list all refuse it"
[ "$(asql "$WATER" "SELECT count(*) FROM dept.cases")" = 2 ] \
	&& [ "$(asql "$WATER" "SELECT count(*) FROM dept.letters WHERE from_name IS NOT NULL OR phone IS NOT NULL OR from_address IS NOT NULL OR message_id IS NOT NULL OR raw IS NOT NULL OR search_text IS NOT NULL")" = 0 ] \
	&& [ "$(asql "$WATER" "SELECT count(*) FROM dept.rule_hits") $(asql "$WATER" "SELECT count(*) FROM dept.outbox")" = "0 0" ]
ok $? "... and its views hold its two cases, no identity column filled, no rule hits, no outbox"
[ "$(asql "$OTHER" "SELECT string_agg(number, ' ') FROM dept.cases")" = "$T1" ]
ok $? "the Transport department sees its one case"
[ "$(asql "$NOBODY" "SELECT count(*) FROM dept.cases")" = 0 ]
ok $? "a department login in no department sees nothing"
asql "$CLERK" "SELECT count(*) FROM dept.cases" | grep -q "permission denied"
ok $? "a clerk has no use of the department views"
sup departments set "Water Affairs Bureau" --active no > /dev/null \
	&& [ "$(asql "$WATER" "SELECT count(*) FROM dept.cases")" = 0 ] \
	&& sup departments set "Water Affairs Bureau" --active yes > /dev/null \
	&& [ "$(asql "$WATER" "SELECT count(*) FROM dept.cases")" = 2 ]
ok $? "an inactive department's members see nothing; active again, its cases"

# --- returning a case ---------------------------------------------------------
water cases return "$W2" > "$TMP/o" 2>&1
[ $? -eq 64 ]
ok $? "return without --reason: 64"
water cases return "$T1" --reason "not ours" > "$TMP/o" 2>&1
[ $? -eq 66 ] && grep -q "no such case" "$TMP/o"
ok $? "returning another department's case: no such case (66)"
water cases return "$W2" --reason "这是燃气公司的管道，不归水务" > "$TMP/o" 2>&1 && grep -q "returned by Water Affairs Bureau" "$TMP/o"
ok $? "the department returns a case with a reason"
[ "$(q "SELECT coalesce(department, '-') || ' ' || status || ' ' || coalesce(owner, '-') FROM cases WHERE number = '$W2'")" = "- new -" ] \
	&& [ "$(q "SELECT detail->>'department' || '|' || (detail->>'reason') || '|' || who FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$W2' AND what = 'returned'")" = "Water Affairs Bureau|这是燃气公司的管道，不归水务|$WATER" ]
ok $? "... back in the office's queue (no department, new, no owner), 'returned' recorded with department, reason and who"
water cases list --json > "$TMP/wl.json" \
	&& [ "$(python3 -c 'import json,sys; print(" ".join(o["number"] for o in json.load(open(sys.argv[1]))))' "$TMP/wl.json")" = "$W1" ]
ok $? "... and gone from the department's list"
clerk cases return "$W1" --reason x > "$TMP/o" 2>&1
[ $? -eq 77 ] && grep -q "only a department's login" "$TMP/o"
ok $? "a clerk cannot 'return' (77, said who may)"
sup cases stats --by department --json > "$TMP/st.json"
python3 -c 'import json,sys; d={r["group"]: r for r in json.load(open(sys.argv[1]))}; sys.exit(0 if d["Water Affairs Bureau"]["returned"] == 1 else 1)' "$TMP/st.json"
ok $? "the return counts for the Water department in the stats"

# --- notices through a real Postfix: dispatch, supervision, the daily one ------
if ! sh scripts/smtp.sh status > /dev/null 2>&1; then
	sh scripts/smtp.sh start > "$TMP/smtp.start" 2>&1 && smtp_started=1
fi
eval "$(sh scripts/smtp.sh env)"
MAILDIR=$MAYORBOX_SMTP_MAILDIR
mkdir -p "$TMP/in" "$TMP/done" "$TMP/bad"
cat > "$TMP/gw.conf" <<CONF
[database]
conninfo = dbname=$DB user=$GW
[confidential]
public_key_file = $TMP/keys/confidential.pub
[spool in]
dir = $TMP/in
done_dir = $TMP/done
quarantine_dir = $TMP/bad
[smtp]
host = 127.0.0.1
port = $MAYORBOX_SMTP_PORT
tls = none
from = mayor@city.example
[replies]
tag = 12345
console_url = https://12345.city.example
[gateway]
supervise_after_hours = 1
CONF
notices() {	# notices: the delivered mails to the bureaus, as JSON lines
	python3 tests/maildir_dump.py "$MAILDIR" | python3 -c '
import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if "bureau.example" in json.dumps(m.get("to", "")) or "bureau.example" in line:
        print(line, end="")'
}
find "$MAILDIR" -type f -delete 2>/dev/null
[ "$(q "SELECT count(*) FROM outbox WHERE kind = 'dispatch' AND status = 'pending'")" = 3 ] \
	&& [ "$(q "SELECT count(*) FROM vault.outbox WHERE kind = 'dispatch'")" = 0 ]
ok $? "assigning queued a dispatch notice for each public case (3), none for the confidential one"
"$BIN" run --once --config "$TMP/gw.conf" > "$TMP/run.log" 2>&1
notices > "$TMP/n.json"
python3 - "$TMP/n.json" "$W1" "$(q "SELECT string_agg(coalesce(from_name, '') || '|' || coalesce(from_address, '') || '|' || coalesce(phone, '') || '|' || coalesce(subject, ''), '|') FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number IN ('$W1', '$W2', '$T1')")" <<'PY'
import json, sys
mails = [json.loads(l) for l in open(sys.argv[1])]
w1 = [m for m in mails if sys.argv[2] in m["subject"] and "water@bureau.example" in json.dumps(m)]
assert len(mails) == 3 and len(w1) == 1, (len(mails), [m["subject"] for m in mails])
m = w1[0]
assert "转办通知" in m["subject"] and "https://12345.city.example/cases/" + sys.argv[2] in m["text"], m
for w in sys.argv[3].split("|"):
    assert not w or all(w not in x["text"] and w not in x["subject"] for x in mails), w
PY
ok $? "the gateway mails each department its notice: number, link, never the writer's name, address, phone or subject"
clerk cases supervise "$W1" --note "请三日内回复处理结果" > "$TMP/o" 2>&1 && grep -q "its department is mailed" "$TMP/o"
ok $? "a clerk supervises a case with a note (its department is mailed)"
find "$MAILDIR" -type f -delete
"$BIN" run --once --config "$TMP/gw.conf" > "$TMP/run.log" 2>&1
notices > "$TMP/n.json"
python3 -c '
import json, sys
m = [json.loads(l) for l in open(sys.argv[1])]
assert len(m) == 1 and "督办通知" in m[0]["subject"] and "请三日内回复处理结果" in m[0]["text"], m' "$TMP/n.json"
ok $? "... the supervision mail carries the note"
[ "$(q "SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$W1' AND what = 'supervised' AND NOT (detail->>'auto')::boolean AND (detail->>'mailed')::boolean")" = 1 ]
ok $? "... recorded as 'supervised' (not automatic, mailed)"
clerk cases supervise "$W1" > /dev/null 2>&1
[ $? -eq 64 ]
ok $? "supervise without --note: 64"
# the daily supervision: T1 past its time limit by days
q "UPDATE cases SET created_at = now() - interval '30 days' WHERE number = '$T1'"
find "$MAILDIR" -type f -delete
"$BIN" run --once --config "$TMP/gw.conf" > "$TMP/run.log" 2>&1
"$BIN" run --once --config "$TMP/gw.conf" >> "$TMP/run.log" 2>&1
[ "$(q "SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$T1' AND what = 'supervised' AND (detail->>'auto')::boolean")" = 1 ] \
	&& grep -q "event=cases_supervised count=1" "$TMP/run.log" \
	&& [ "$(notices | grep -c "督办")" = 1 ]
ok $? "the gateway supervises the overdue case automatically, once a day however often it runs, and mails its department"
sup cases supervise --overdue --hours 1 > "$TMP/o" 2>&1 && grep -q "^0 case(s)" "$TMP/o"
ok $? "cases supervise --overdue the same day: nothing more to supervise"
clerk cases supervise --overdue > "$TMP/o" 2>&1
[ $? -eq 77 ]
ok $? "a clerk cannot run the daily supervision (77)"

# --- the department's answer, reviewed by the office ---------------------------
printf '经现场核查，管道已于11月30日修复。\nThe pipe was repaired on 30 November.\n' > "$TMP/ans.txt"
water cases reply "$W1" --file "$TMP/ans.txt" > "$TMP/o" 2>&1 && grep -q "waits for the office's review" "$TMP/o"
ok $? "the department answers its case (cases reply --file)"
water cases reply "$T1" --file "$TMP/ans.txt" > "$TMP/o" 2>&1
[ $? -eq 66 ]
ok $? "... not another department's (66)"
clerk cases reply "$W1" --file "$TMP/ans.txt" > "$TMP/o" 2>&1
[ $? -eq 77 ]
ok $? "a clerk does not 'reply' for a department (77)"
clerk cases show "$W1" --json > "$TMP/s.json"
python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))["department_answer"]
assert d["state"] == "pending" and d["department"] == "Water Affairs Bureau" and "repaired" in d["text"], d' "$TMP/s.json"
ok $? "the office sees the pending answer in cases show --json (department_answer)"
clerk cases close "$T1" --department-answer > "$TMP/o" 2>&1
[ $? -eq 65 ] && grep -q "no department's answer waits" "$TMP/o"
ok $? "close --department-answer without one pending: refused (65)"
find "$MAILDIR" -type f -delete
clerk cases close "$W1" --department-answer > "$TMP/o" 2>&1 && grep -q "closed; the answer to" "$TMP/o" \
	&& [ "$(q "SELECT state || ' ' || reviewed_by FROM department_answers a JOIN cases c ON c.id = a.case_id WHERE c.number = '$W1'")" = "approved $CLERK" ] \
	&& [ "$(q "SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$W1' AND what IN ('answer submitted', 'answer approved')")" = 2 ]
ok $? "the office sends it: closed with the department's text, marked approved, both steps recorded"
"$BIN" run --once --config "$TMP/gw.conf" > "$TMP/run.log" 2>&1
python3 tests/maildir_dump.py "$MAILDIR" | grep -v bureau.example > "$TMP/a.json"
python3 -c '
import json, sys
m = [json.loads(l) for l in open(sys.argv[1])]
assert any("repaired on 30 November" in x["text"] for x in m), [x["subject"] for x in m]' "$TMP/a.json"
ok $? "... and the writer gets the department's answer through the office's mail"

# --- the office sends a department's answer back (schema 016) -------------------
other() { "$BIN" "$@" --db "dbname=$DB user=$OTHER"; }
printf '已处理。\nDone.\n' > "$TMP/ans2.txt"
other cases reply "$T1" --file "$TMP/ans2.txt" > "$TMP/o" 2>&1
ok $? "the Transport department answers its case $T1"
clerk cases send-back "$T1" > "$TMP/o" 2>&1
[ $? -eq 64 ]
ok $? "send-back without --reason: 64"
clerk cases send-back "$W2" --reason "x" > "$TMP/o" 2>&1
[ $? -eq 65 ] && grep -q "no department's answer waits" "$TMP/o"
ok $? "send-back of a case with no pending answer: 65, said"
clerk cases send-back 2026-999999999 --reason "x" > "$TMP/o" 2>&1
[ $? -eq 66 ]
ok $? "send-back of a number never given: 66"
other cases send-back "$T1" --reason "我们自己退回" > "$TMP/o" 2>&1
[ $? -eq 77 ] && [ "$(q "SELECT state FROM department_answers a JOIN cases c ON c.id = a.case_id WHERE c.number = '$T1'")" = pending ]
ok $? "the department's own login cannot send its answer back (77: no privilege), nothing changed"
asql "$OTHER" "SELECT case_answer_send_back('$T1', 'x')" | grep -q "permission denied"
ok $? "... nor through psql (permission denied for the function)"
find "$MAILDIR" -type f -delete
REASON="请补充现场照片和整改时间 Please add photos and a date"
clerk cases send-back "$T1" --reason "$REASON" > "$TMP/o" 2>&1 && grep -q "is sent back" "$TMP/o"
ok $? "a clerk sends the department's answer back with a reason"
[ "$(q "SELECT a.state || '|' || a.reason || '|' || a.reviewed_by || '|' || c.status || '|' || c.department FROM department_answers a JOIN cases c ON c.id = a.case_id WHERE c.number = '$T1'")" = "sent back|$REASON|$CLERK|assigned|Transport Bureau" ]
ok $? "... marked 'sent back' with the reason and who; the case stays assigned to Transport"
[ "$(asql "$OTHER" "SELECT e.detail->>'reason' FROM dept.case_events e JOIN dept.cases c ON c.id = e.case_id WHERE c.number = '$T1' AND e.what = 'answer sent back'")" = "$REASON" ]
ok $? "... the event 'answer sent back' with the reason is in the department's own history (dept.case_events)"
other cases show "$T1" > "$TMP/s.txt" 2>&1 && grep -q "sent back .*请补充现场照片" "$TMP/s.txt" && grep -q "answer sent back" "$TMP/s.txt"
ok $? "... and in its cases show: the reason beside its answer, the event in the history"
other cases show "$T1" --json > "$TMP/s.json" 2>&1
python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))["department_answer"]
assert d["state"] == "sent back" and d["reason"] == sys.argv[2], d' "$TMP/s.json" "$REASON"
ok $? "... cases show --json: department_answer state 'sent back', reason"
clerk cases send-back "$T1" --reason "again" > "$TMP/o" 2>&1
[ $? -eq 65 ]
ok $? "sent back once: a second send-back has nothing pending (65)"
clerk cases close "$T1" --department-answer > "$TMP/o" 2>&1
[ $? -eq 65 ] && [ "$(q "SELECT status FROM cases WHERE number = '$T1'")" = assigned ]
ok $? "... nor can the office close with the answer it sent back (65)"
"$BIN" run --once --config "$TMP/gw.conf" > "$TMP/run.log" 2>&1
notices > "$TMP/n.json"
python3 - "$TMP/n.json" "$T1" "$REASON" "$(q "SELECT string_agg(coalesce(from_name, '') || '|' || coalesce(from_address, '') || '|' || coalesce(phone, '') || '|' || coalesce(subject, ''), '|') FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number = '$T1'")" <<'PY'
import json, sys
mails = [json.loads(l) for l in open(sys.argv[1])]
sb = [m for m in mails if "答复退回通知" in m["subject"]]
assert len(sb) == 1, [m["subject"] for m in mails]
m = sb[0]
assert "transport@bureau.example" in json.dumps(m["to"]) and sys.argv[2] in m["subject"], m
assert sys.argv[3] in m["text"] and "https://12345.city.example/cases/" + sys.argv[2] in m["text"], m
for w in sys.argv[4].split("|"):
    assert not w or (w not in m["text"] and w not in m["subject"]), w
PY
ok $? "the send-back notice goes to Transport through Postfix: number, reason, link, no writer's name, address, phone or subject"
[ "$(q "SELECT (detail->>'mailed') FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$T1' AND what = 'answer sent back'")" = true ]
ok $? "... recorded as mailed"
printf '已补充照片，12月5日前整改完毕。\n' > "$TMP/ans3.txt"
other cases reply "$T1" --file "$TMP/ans3.txt" > "$TMP/o" 2>&1 \
	&& [ "$(q "SELECT a.state || '|' || coalesce(a.reason, '-') || '|' || (a.body LIKE '%12月5日%') FROM department_answers a JOIN cases c ON c.id = a.case_id WHERE c.number = '$T1'")" = "pending|-|true" ]
ok $? "the department replies again: the new answer replaces it, pending, the reason cleared"
echo "1..$n"
