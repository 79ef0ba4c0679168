#!/bin/sh
# visits.sh BIN - return visits (回访) and the citizens' status page (issue
# 15), end to end: the gateway (`run --once` on a spool folder) files and
# sends through a real Postfix on loopback (scripts/smtp.sh), a clerk closes
# a case, the visit question is delivered, the writer's reply "3" dropped in
# the spool is joined to its case (never by its From) and reopens it for
# handling again; a phone visit; the status page over HTTP (curl). TAP.
set -u
. "$(dirname "$0")/lib.sh"
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
TMP=$(mktemp -d)
chmod 755 "$TMP"
smtp_started=0
web_pid=
cleanup() {
	[ -n "$web_pid" ] && kill "$web_pid" 2>/dev/null
	[ $smtp_started -eq 1 ] && sh scripts/smtp.sh stop > /dev/null 2>&1
	rm -rf "$TMP"
}
trap cleanup EXIT
eval "$(sh scripts/pg.sh env)"
PGOPTIONS="-c client_min_messages=warning"
export PGOPTIONS
n=0
q() { psql -X -qAt -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }

smtp_setup || exit 1

DB=mbtest_visits
gateway_setup mbtest_vis
q "DROP ROLE IF EXISTS mbtest_vis_status; CREATE ROLE mbtest_vis_status LOGIN IN ROLE mayorbox_status" > /dev/null
cat >> "$TMP/gw.conf" <<EOF
status_url = https://12345.city.example/status
EOF
run() { "$BIN" run --once --config "$TMP/gw.conf" > "$TMP/run.log" 2>&1; }
CLERK="dbname=$DB user=mbtest_vis_clerk"
SUPER="dbname=$DB user=mbtest_vis_supervisor"

# letter FILE FROM SUBJECT BODY [EXTRA-HEADER...]
letter() {
	f=$1 from=$2 subj=$3 body=$4
	shift 4
	{
		echo "From: $from"
		echo "To: mayor@city.example"
		echo "Subject: $subj"
		echo "Date: Sat, 28 Nov 2026 09:00:00 +0800"
		echo "Message-ID: <$(basename "$f" .eml).$$@example.net>"
		for h in "$@"; do echo "$h"; done
		echo "MIME-Version: 1.0"
		echo "Content-Type: text/plain; charset=utf-8"
		echo
		printf '%s\n' "$body"
	} > "$TMP/in/$f"
}
auth() { echo "Authentication-Results: mx.city.example; spf=pass smtp.mailfrom=$1; dmarc=pass (p=none) header.from=${1#*@}"; }
LAMP='市长您好，我家楼下的路灯坏了一个多月，晚上出行很不安全，请尽快派人维修。'
case_of() { q "SELECT c.number FROM cases c JOIN letters l ON l.case_id = c.id WHERE l.from_address = '$1' ORDER BY c.id LIMIT 1"; }
events() { q "SELECT count(*) FROM office.case_events e JOIN office.cases c ON c.id = e.case_id WHERE c.number = '$1' AND e.what = '$2'"; }

clear_mail
letter a.eml '张三 <zhang@example.net>' '路灯坏了' "$LAMP" "$(auth zhang@example.net)"
letter b.eml '李四 <li4@example.net>' '垃圾清运不及时' '市长您好，我们小区的垃圾已经三天没有清运了，气味很大，请督促环卫部门处理。' "$(auth li4@example.net)"
run
ok $? "run --once files two letters and acknowledges them"
CASE_A=$(case_of zhang@example.net)
CASE_B=$(case_of li4@example.net)
mails "m['rcpt'] == 'zhang@example.net'" > "$TMP/ack_a"
CODE_A=$(grep -o 'Access code: [0-9a-z]\{4\}-[0-9a-z]\{4\}-[0-9a-z]\{4\}' "$TMP/ack_a" | head -1 | sed 's/Access code: //')
mails "m['rcpt'] == 'li4@example.net'" > "$TMP/ack_b"
CODE_B=$(grep -o 'Access code: [0-9a-z]\{4\}-[0-9a-z]\{4\}-[0-9a-z]\{4\}' "$TMP/ack_b" | head -1 | sed 's/Access code: //')
[ -n "$CASE_A" ] && [ -n "$CASE_B" ] && [ -n "$CODE_A" ] && [ -n "$CODE_B" ]
ok $? "two real-name cases ($CASE_A, $CASE_B), their access codes from the acknowledgements"

# --- the visit mail ---------------------------------------------------------
clear_mail
printf '张先生您好：\n路灯已由城管局更换，现已恢复照明。\n' > "$TMP/answer.txt"
"$BIN" cases assign "$CASE_A" 'Urban Management Bureau' --db "$CLERK" > /dev/null 2>&1 \
	&& "$BIN" cases close "$CASE_A" --reply-file "$TMP/answer.txt" --db "$CLERK" > /dev/null 2>&1
ok $? "a clerk assigns and closes $CASE_A with an answer"
[ "$(q "SELECT count(*) FROM outbox WHERE case_number = '$CASE_A' AND kind = 'visit' AND status = 'pending'")" -eq 1 ]
ok $? "closing with an answer mailed queues a return visit (outbox kind visit)"
run
mails "m['rcpt'] == 'zhang@example.net' and '回访' in m['subject']" > "$TMP/visit_a"
[ "$(wc -l < "$TMP/visit_a")" -eq 1 ] && grep -q "12345-$CASE_A" "$TMP/visit_a" \
	&& grep -q '基本满意' "$TMP/visit_a" && grep -q 'https://12345.city.example/status' "$TMP/visit_a" \
	&& [ "$(nmails "m['rcpt'] == 'zhang@example.net' and '路灯已由' in m['text']")" -eq 1 ]
ok $? "the answer and the visit question (in Chinese first, 1/2/3, the status page) are delivered"
VTOKEN=$(q "SELECT token FROM outbox WHERE case_number = '$CASE_A' AND kind = 'visit'")
grep -q "\"message_id\": \"<$VTOKEN@city.example>\"" "$TMP/visit_a"
ok $? "the visit mail's Message-ID is its outbox token"

# --- answers by mail --------------------------------------------------------
NCASES=$(q 'SELECT count(*) FROM office.cases')
# a stranger's "3" naming the case number without the code: not a visit answer
letter forged.eml '张三 <zhang@example.net>' "Re: 回访 [12345-$CASE_A]" '3'
run
[ "$(events "$CASE_A" visited)" -eq 0 ] && [ "$(q "SELECT status FROM cases WHERE number = '$CASE_A'")" = closed ] \
	&& [ "$(q 'SELECT count(*) FROM office.cases')" -eq $((NCASES + 1)) ]
ok $? "a '3' with the case number but no reference or code (a forgeable From) is no visit answer: a new case"
letter reply3.eml '张三 <zhang@example.net>' "Re: 回访 Return visit [12345-$CASE_A]" \
	"$(printf '3\n\n> 您好：\n> 您反映的问题已办结。')" "In-Reply-To: <$VTOKEN@city.example>"
run
[ "$(events "$CASE_A" visited)" -eq 1 ] \
	&& [ "$(q "SELECT detail->>'result' || '/' || (detail->>'via') FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$CASE_A' AND e.what = 'visited'")" = unsatisfied/mail ]
ok $? "the reply '3' to the visit mail is recorded: visited {result: unsatisfied, via: mail}"
[ "$(q "SELECT status FROM cases WHERE number = '$CASE_A'")" = assigned ] \
	&& [ "$(q "SELECT detail->>'department' FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$CASE_A' AND e.what = 'redo'")" = 'Urban Management Bureau' ] \
	&& [ "$(q "SELECT department FROM cases WHERE number = '$CASE_A'")" = 'Urban Management Bureau' ]
ok $? "not satisfied reopens the case for handling again: redo, assigned to the same department"
[ "$(q 'SELECT count(*) FROM office.cases')" -eq $((NCASES + 1)) ] \
	&& [ "$(q "SELECT count(*) FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number = '$CASE_A'")" -eq 1 ] \
	&& [ -z "$(ls "$TMP/in")" ] && grep -q "visit_answer case=$CASE_A result=unsatisfied" "$TMP/run.log"
ok $? "the answer is recorded on the case, not filed as a letter; the spool file is taken; logged without text"
letter reply3.eml '张三 <zhang@example.net>' "Re: 回访 Return visit [12345-$CASE_A]" \
	"$(printf '3\n\n> 您好：\n> 您反映的问题已办结。')" "In-Reply-To: <$VTOKEN@city.example>"
run
[ "$(events "$CASE_A" visited)" -eq 1 ] && [ "$(events "$CASE_A" redo)" -eq 1 ]
ok $? "the same mail again (same content) is recorded once"
letter reply1.eml '张三 <zhang@example.net>' "Re: 回访 [12345-$CASE_A]" '1' "In-Reply-To: <$VTOKEN@city.example>"
run
[ "$(events "$CASE_A" visited)" -eq 1 ] && [ "$(events "$CASE_A" 'visit again')" -eq 1 ] \
	&& [ "$(q "SELECT status FROM cases WHERE number = '$CASE_A'")" = assigned ]
ok $? "a later answer is recorded as 'visit again' and changes nothing"
letter long.eml '张三 <zhang@example.net>' "Re: 回访 [12345-$CASE_A]" \
	"$(printf '3\n%s\n%s\n%s\n%s\n%s\n' "$LAMP" "$LAMP" "$LAMP" "$LAMP" "$LAMP")" "In-Reply-To: <$VTOKEN@city.example>"
run
[ "$(q "SELECT count(*) FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number = '$CASE_A'")" -eq 2 ] \
	&& [ "$(events "$CASE_A" 'visit again')" -eq 1 ]
ok $? "a reply with more than a short note is filed as a follow-up letter, for a clerk to read"

# closed again after the redo: visited again, and this time satisfied by the code
clear_mail
"$BIN" cases close "$CASE_A" --reply-file "$TMP/answer.txt" --db "$CLERK" > /dev/null 2>&1
run
letter bycode.eml 'Somebody <other@example.org>' "回访 [12345-$CASE_A] $CODE_A" '2 基本满意，谢谢'
run
[ "$(events "$CASE_A" visited)" -eq 2 ] && [ "$(q "SELECT status FROM cases WHERE number = '$CASE_A'")" = closed ] \
	&& [ "$(q "SELECT detail->>'note' FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$CASE_A' AND e.what = 'visited' ORDER BY e.id DESC LIMIT 1")" = '基本满意，谢谢' ]
ok $? "closed again after the redo, the case is visited again; the case number with its code joins an answer from any address (2, with its note)"

# --- by phone ---------------------------------------------------------------
"$BIN" cases visit "$CASE_B" --result satisfied --db "$CLERK" > "$TMP/visit.out" 2>&1
r=$?
[ $r -eq 65 ]
ok $? "cases visit on a case never closed is refused (exit $r)"
"$BIN" cases close "$CASE_B" --reply-file "$TMP/answer.txt" --no-mail --db "$CLERK" > /dev/null 2>&1 \
	&& [ "$(q "SELECT count(*) FROM outbox WHERE case_number = '$CASE_B' AND kind = 'visit'")" -eq 0 ]
ok $? "a case closed without mail queues no visit mail"
"$BIN" cases visit "$CASE_B" --result basic --note '电话回访，基本满意' --db "$CLERK" > "$TMP/visit.out" 2>&1 \
	&& grep -q "visited (basic)" "$TMP/visit.out"
ok $? "cases visit records a visit made by phone"
"$BIN" cases visit "$CASE_B" --result bad --db "$CLERK" > /dev/null 2>&1
r=$?
[ $r -eq 64 ]
ok $? "an unknown --result is a usage error (exit $r)"
"$BIN" cases show "$CASE_B" --json --db "$CLERK" > "$TMP/show_b.json" 2>&1 \
	&& python3 - "$TMP/show_b.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
v = d["visits"]
assert len(v) == 1 and v[0]["result"] == "basic" and v[0]["via"] == "phone" and v[0]["first"], v
assert v[0]["note"] == "电话回访，基本满意" and v[0]["who"] == "mbtest_vis_clerk", v
EOF
ok $? "show --json has its visits (result, via, note, who, first)"
"$BIN" cases visit "$CASE_B" --result unsatisfied --json --db "$CLERK" > "$TMP/visit.json" 2>&1 \
	&& grep -q '"recorded": "again"' "$TMP/visit.json" && [ "$(q "SELECT status FROM cases WHERE number = '$CASE_B'")" = closed ]
ok $? "a second phone answer is 'visit again': the case is not reopened"
"$BIN" cases show "$CASE_A" --json --db "$CLERK" > "$TMP/show_a.json" 2>&1 \
	&& python3 - "$TMP/show_a.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
r = [(v["result"], v["via"], v["first"]) for v in d["visits"]]
assert r == [("unsatisfied", "mail", True), ("satisfied", "mail", False), ("basic", "mail", True)], r
EOF
ok $? "show --json of $CASE_A lists its three answers in order"

# --- confidential ------------------------------------------------------------
clear_mail
q "CREATE TABLE vault_before AS SELECT number FROM vault.cases"
sed 's/^Message-ID: .*/Message-ID: <conf.'$$'@qq.example>/' \
	tests/data/letters/020-chengguan-seized-cart.eml > "$TMP/in/conf.eml"
run
CASE_C=$(q "SELECT number FROM vault.cases WHERE number NOT IN (SELECT number FROM vault_before)")
"$BIN" cases close "$CASE_C" --reply-file "$TMP/answer.txt" --key "$TMP/keys/confidential.key" \
	--outbox-key "$TMP/okeys/outbox.pub" --db "$SUPER" > /dev/null 2>&1
[ "$(q "SELECT count(*) FROM vault.outbox WHERE case_number = '$CASE_C' AND kind = 'visit' AND sealed IS NOT NULL")" -eq 1 ] \
	&& [ "$(q "SELECT count(*) FROM outbox WHERE case_number = '$CASE_C'")" -eq 0 ]
ok $? "a confidential case's visit waits in the vault's outbox, sealed like its answer"
run
mails "m['rcpt'] == 'hexiaomei2001@qq.example' and '回访' in m['subject']" > "$TMP/visit_c"
CTOKEN=$(q "SELECT token FROM vault.outbox WHERE case_number = '$CASE_C' AND kind = 'visit'")
[ "$(wc -l < "$TMP/visit_c")" -eq 1 ] && ! grep -q '城管\|推倒' "$TMP/visit_c" \
	&& [ "$(q "SELECT count(*) FROM vault.outbox WHERE case_number = '$CASE_C' AND sealed IS NOT NULL")" -eq 0 ]
ok $? "the confidential writer gets the visit question, naming nothing of the letter; the address is erased once sent"
letter creply.eml 'hexiaomei2001@qq.example' "Re: 回访 [12345-$CASE_C]" '3' "In-Reply-To: <$CTOKEN@city.example>"
run
[ "$(q "SELECT count(*) FROM vault.case_events e JOIN vault.cases c ON c.id = e.case_id WHERE c.number = '$CASE_C' AND e.what IN ('visited', 'redo')")" -eq 2 ] \
	&& [ "$(q "SELECT status FROM vault.cases WHERE number = '$CASE_C'")" = assigned ] \
	&& [ "$(q "SELECT count(*) FROM case_events WHERE what IN ('visited', 'redo', 'visit again') AND case_id NOT IN (SELECT id FROM cases)")" -eq 0 ]
ok $? "its answer is recorded in the vault (visited, redo), nothing in the clerks' tables"

# the status page's role: its two functions and nothing else
[ "$(q "SELECT string_agg(p.proname, ' ' ORDER BY p.proname) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
     AND has_schema_privilege('mbtest_vis_status', n.oid, 'USAGE')
     AND has_function_privilege('mbtest_vis_status', p.oid, 'EXECUTE')")" = "status_lookup status_visit" ] \
	&& ! psql -X -qAt -d "dbname=$DB user=mbtest_vis_status" -c 'SELECT count(*) FROM cases' > /dev/null 2>&1 \
	&& ! psql -X -qAt -d "dbname=$DB user=mbtest_vis_status" -c "SELECT case_visit('$CASE_B', 'basic', NULL)" > /dev/null 2>&1
ok $? "mayorbox_status may run status_lookup and status_visit only: no table, no case action"

# reopened before the answer went out: its visit goes with it
letter e.eml '赵六 <zhao6@example.net>' '井盖丢失' '市长您好，人民路口的井盖丢了，很危险，请尽快补上。' "$(auth zhao6@example.net)"
run
CASE_E=$(case_of zhao6@example.net)
"$BIN" cases close "$CASE_E" --reply-file "$TMP/answer.txt" --db "$CLERK" > /dev/null 2>&1 \
	&& "$BIN" cases reopen "$CASE_E" --db "$CLERK" > /dev/null 2>&1
[ "$(q "SELECT string_agg(kind || ':' || status, ',' ORDER BY id) FROM outbox WHERE case_number = '$CASE_E' AND kind <> 'acknowledgement'")" = 'answer:cancelled,visit:cancelled' ]
ok $? "reopening a case before its answer went out cancels its visit too"

# --- the status page ---------------------------------------------------------
CODE_C=$(mails "m['rcpt'] == 'hexiaomei2001@qq.example'" | grep -o 'Access code: [0-9a-z]\{4\}-[0-9a-z]\{4\}-[0-9a-z]\{4\}' | head -1 | sed 's/Access code: //')
letter d.eml '王五 <wang5@example.net>' '公交站台破损' '市长您好，幸福路公交站台的雨棚破了一个大洞，下雨天等车的人都被淋湿，请尽快修理。' "$(auth wang5@example.net)"
clear_mail
run
CASE_D=$(case_of wang5@example.net)
CODE_D=$(mails "m['rcpt'] == 'wang5@example.net'" | grep -o 'Access code: [0-9a-z]\{4\}-[0-9a-z]\{4\}-[0-9a-z]\{4\}' | head -1 | sed 's/Access code: //')
printf '王先生您好：\n站台雨棚已由交通运输局修复。\n' > "$TMP/answer_d.txt"
"$BIN" cases close "$CASE_D" --reply-file "$TMP/answer_d.txt" --db "$CLERK" > /dev/null 2>&1
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$TMP/web.conf" <<EOF
[database]
conninfo = dbname=$DB
[web]
listen = 127.0.0.1:$PORT
status_login = mbtest_vis_status
status_per_hour = 14
EOF
U="http://127.0.0.1:$PORT"
"$BIN" web --config "$TMP/web.conf" 2> "$TMP/web.log" &
web_pid=$!
wait_for 60 grep -q 'event=web_listening' "$TMP/web.log"
ok $? "the console listens, with the status page's login"
# post FILE number code [visit]: the page's answer into FILE, the status printed
post() {
	curl -s -o "$1" -w '%{http_code}' --data-urlencode "number=$2" --data-urlencode "code=$3" \
		${4:+--data-urlencode "visit=$4"} "$U/status"
}
[ "$(curl -s -o "$TMP/form.html" -w '%{http_code}' "$U/status")" = 200 ] \
	&& grep -q 'name="code"' "$TMP/form.html" && grep -q 'method="post" action="/status"' "$TMP/form.html"
ok $? "GET /status: the form (case number, access code), no sign-in"
[ "$(post "$TMP/d.html" "$CASE_D" "$CODE_D")" = 200 ] && grep -q '已办结' "$TMP/d.html" \
	&& grep -q '站台雨棚已由交通运输局修复' "$TMP/d.html" && grep -q 'id="due">20[0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]<' "$TMP/d.html" \
	&& grep -q 'name="visit" value="3"' "$TMP/d.html"
ok $? "the right code: status, due date, the answer, and the pending visit offered (POST, no session, no CSRF token)"
! grep -q '王五\|wang5\|雨棚破了\|Urban\|Bureau' "$TMP/d.html"
ok $? "no name, address, letter text or department in the page"
UP=$(echo "$CODE_D" | tr 'a-z' 'A-Z' | tr -d '-')
[ "$(post "$TMP/d2.html" "$CASE_D" "$UP")" = 200 ] && grep -q '已办结' "$TMP/d2.html"
ok $? "the code typed in capitals without dashes is the same code"
# the code with its first character changed: to z, or to y when it is z
# (the codes' alphabet holds both; one code in 32 starts with z)
WRONG=$(echo "$CODE_D" | sed 's/^z/Y/; s/^[^Y]/z/; s/^Y/y/')
c1=$(post "$TMP/wrongcode.html" "$CASE_D" "$WRONG")
c2=$(post "$TMP/wrongnum.html" "2026-000000" "$CODE_D")
c3=$(post "$TMP/wrongboth.html" "$CASE_A" "$CODE_D")
[ "$WRONG" != "$CODE_D" ] && [ "$c1" = 200 ] && [ "$c2" = 200 ] && [ "$c3" = 200 ] && cmp -s "$TMP/wrongcode.html" "$TMP/wrongnum.html" \
	&& cmp -s "$TMP/wrongcode.html" "$TMP/wrongboth.html" && grep -q 'id="none"' "$TMP/wrongcode.html"
ok $? "a wrong code, a wrong number and another case's code: the same page, byte for byte, the same status ($c1 $c2 $c3)"
t_code=0 t_num=0
for i in 1 2 3; do
	t=$(curl -s -o /dev/null -w '%{time_total}' --data "number=$CASE_D&code=$WRONG" "$U/status")
	t_code=$(python3 -c "print($t_code + $t)")
	t=$(curl -s -o /dev/null -w '%{time_total}' --data "number=2026-000001&code=$WRONG" "$U/status")
	t_num=$(python3 -c "print($t_num + $t)")
done
python3 -c "import sys; a, b = $t_code / 3, $t_num / 3; sys.exit(0 if abs(a - b) < 0.05 else 1)"
ok $? "and the same time class (mean of 3: wrong code $(python3 -c "print(round($t_code / 3 * 1000, 1))") ms, wrong number $(python3 -c "print(round($t_num / 3 * 1000, 1))") ms)"
[ "$(post "$TMP/v.html" "$CASE_D" "$CODE_D" 3)" = 200 ] && grep -q 'id="thanks"' "$TMP/v.html" \
	&& ! grep -q 'name="visit"' "$TMP/v.html" \
	&& [ "$(q "SELECT detail->>'via' FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$CASE_D' AND e.what = 'visited'")" = web ] \
	&& [ "$(q "SELECT status FROM cases WHERE number = '$CASE_D'")" = assigned ] && [ "$(events "$CASE_D" redo)" -eq 1 ]
ok $? "the visit answered on the page (3): visited via web, redo, the case back to its department"
[ "$(post "$TMP/v2.html" "$CASE_D" "$WRONG" 1)" = 200 ] && [ "$(events "$CASE_D" 'visit again')" -eq 0 ] \
	&& cmp -s "$TMP/v2.html" "$TMP/wrongcode.html"
ok $? "a visit answer with a wrong code records nothing and looks like any wrong code"
[ -n "$CODE_C" ] && [ "$(post "$TMP/c.html" "$CASE_C" "$CODE_C")" = 200 ] && grep -q 'id="status"' "$TMP/c.html" \
	&& ! grep -q '城管\|推倒\|hexiaomei\|夜间\|路灯已由' "$TMP/c.html" && ! grep -q '<pre>' "$TMP/c.html"
ok $? "a confidential case's writer sees its status and due date, never an answer text or anything of the letter"
grep -q "$CODE_D\|wang5\|hexiaomei" "$TMP/web.log"
[ $? -ne 0 ]
ok $? "the console's log names no code and no writer"
i=0 code=200
while [ $i -lt 20 ] && [ "$code" != 429 ]; do
	code=$(post /dev/null "$CASE_D" "$CODE_D")
	i=$((i + 1))
done
[ "$code" = 429 ] && [ "$(post "$TMP/limited.html" "$CASE_D" "$CODE_D")" = 429 ] && ! grep -q '办理中' "$TMP/limited.html"
ok $? "past status_per_hour (14) POSTs from one address: 429, even for the right code (after $i more)"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$U/status")" = 200 ]
ok $? "the form itself is still shown"
kill "$web_pid" 2>/dev/null
wait "$web_pid" 2>/dev/null
web_pid=

dropdb --if-exists $DB 2>/dev/null
echo "1..$n"
