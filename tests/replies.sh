#!/bin/sh
# replies.sh BIN - acknowledgements, follow-ups, delivery reports and the
# outbox, end to end: the gateway (`run --once` on a spool folder) files
# letters in a real PostgreSQL (scripts/pg.sh, started by tests/run.sh) and
# sends through a real SMTP server on loopback (scripts/smtp.sh: Postfix,
# started and stopped here by its PID) whose delivered files we read.
# TAP output.
set -u
. "$(dirname "$0")/lib.sh"
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
ROOT=$(pwd)
TMP=$(mktemp -d)
chmod 755 "$TMP"
smtp_started=0
cleanup() {
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

DB=mbtest_replies
gateway_setup mbtest_rep
cat >> "$TMP/gw.conf" <<EOF
per_sender_per_day = 3
own_addresses = office@city.example, 12345@city.example
EOF
run() { "$BIN" run --once --config "$TMP/gw.conf" > "$TMP/run.log" 2>&1; }

# letter FILE FROM SUBJECT [EXTRA-HEADER...]: a plain UTF-8 letter
letter() {
	f=$1 from=$2 subj=$3
	shift 3
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
		echo "市长您好，我家楼下的路灯坏了一个多月，晚上出行很不安全，请尽快派人维修。"
		echo "($f)"
	} > "$TMP/in/$f"
}

# our MTA's verdict, as it writes it above the rest (RFC 8601)
AUTH_OK='Authentication-Results: mx.city.example (our MX); spf=pass smtp.mailfrom=zhang@example.net; dmarc=pass (p=none) header.from=example.net'
clear_mail
letter a.eml '张三 <zhang@example.net>' '路灯坏了' "$AUTH_OK"
# a Reply-To elsewhere, and a spammer's letter from a forged From with a
# forged verdict of another authserv-id: neither is authenticated
letter replyto.eml 'Chen <chen@example.net>' '井盖丢失' 'Reply-To: Other <elsewhere@example.org>'
letter spam.eml '"Visit www.spam-pills.example" <victim@example.org>' \
	'CHEAP PILLS www.spam-pills.example' \
	'Authentication-Results: mx.spam-pills.example; dmarc=pass header.from=example.org'
letter auto.eml 'Li <li@example.net>' '自动回复：我不在办公室' 'Auto-Submitted: auto-replied'
letter bulk.eml 'News <news@example.net>' 'Weekly news' 'Precedence: bulk'
letter daemon.eml 'MAILER-DAEMON@mx.example.org' 'Undelivered Mail'
letter noreply.eml 'Shop <no-reply@shop.example>' '订单通知'
letter own.eml 'Office <office@city.example>' '转办单'
sed 's/^Message-ID: .*/Message-ID: <conf.'$$'@qq.example>/' \
	tests/data/letters/020-chengguan-seized-cart.eml > "$TMP/in/conf.eml"
run
ok $? "run --once files the letters and sends"
CASE_A=$(q "SELECT c.number FROM cases c JOIN letters l ON l.case_id = c.id WHERE l.from_address = 'zhang@example.net'")
CASE_C=$(q "SELECT number FROM vault.cases")
[ "$(q 'SELECT count(*) FROM office.cases')" -eq 9 ] && [ -n "$CASE_A" ] && [ -n "$CASE_C" ]
ok $? "nine cases, one of them confidential"
[ "$(nmails "m['rcpt'] == 'zhang@example.net' and '[12345-$CASE_A]' in m['subject']")" -eq 1 ]
ok $? "the writer's acknowledgement arrives with [12345-$CASE_A] in its subject"
mails "m['rcpt'] == 'zhang@example.net'" > "$TMP/ack_a"
grep -q '"auto_submitted": "auto-replied"' "$TMP/ack_a"
ok $? "our acknowledgement carries Auto-Submitted: auto-replied"
TOKEN=$(q "SELECT token FROM outbox WHERE case_number = '$CASE_A'")
grep -q "\"message_id\": \"<$TOKEN@city.example>\"" "$TMP/ack_a"
ok $? "its Message-ID is ours (outbox token)"
grep -q "event=mail_sent case=$CASE_A kind=acknowledgement message_id=<$TOKEN@city.example>" "$TMP/run.log"
ok $? "the log's mail_sent names that Message-ID (to match the MTA's log; issue 13)"
# (these two need the outbox to carry file_letter()'s echo: schema change)
grep -q "\"in_reply_to\": \"<a.$$@example.net>\"" "$TMP/ack_a"
ok $? "an authenticated sender's acknowledgement answers its Message-ID [needs outbox.echo]"
grep -q "$CASE_A" "$TMP/ack_a" && [ "$(nmails "m['rcpt'] == 'zhang@example.net' and m['subject'].startswith('Re: 路灯坏了 [12345-') and '张三' in m['to']")" -eq 1 ]
ok $? "its text names the case number; an authenticated sender's subject and name are repeated (Re: 路灯坏了) [needs outbox.echo]"
[ "$(nmails "m['rcpt'] == 'chen@example.net'")" -eq 1 ] && [ "$(nmails "m['rcpt'] == 'elsewhere@example.org'")" -eq 0 ]
ok $? "a letter with a Reply-To elsewhere is acknowledged at its From, never at the Reply-To"
mails "m['rcpt'] == 'victim@example.org'" > "$TMP/ack_spam"
[ "$(wc -l < "$TMP/ack_spam")" -eq 1 ] \
	&& [ "$(nmails "m['rcpt'] == 'victim@example.org' and not any(w in m['subject'] + m['to'] + m['text'] for w in ('spam-pills', 'PILLS', 'Visit')) and m['in_reply_to'] == '' and '[12345-' in m['subject']")" -eq 1 ] \
	&& [ "$(q "SELECT count(*) FROM outbox WHERE recipient = 'victim@example.org' AND recipient_name IS NULL")" -eq 1 ]
ok $? "an unauthenticated sender's acknowledgement repeats none of its subject, display name or Message-ID (a forged verdict of another authserv-id is ignored)"
mails "m['rcpt'] == 'chen@example.net'" > "$TMP/ack_chen"
! grep -q '井盖丢失\|Chen' "$TMP/ack_chen"
ok $? "nor does the Reply-To writer's (unauthenticated): no subject, no name"
[ "$(nmails)" -eq 4 ]
ok $? "four acknowledgements in all: the three writers' and the confidential writer's"
[ "$(nmails "m['rcpt'] in ('li@example.net', 'news@example.net', 'mailer-daemon@mx.example.org', 'no-reply@shop.example', 'office@city.example')")" -eq 0 ]
ok $? "nothing to an auto-reply, bulk mail, a mailer-daemon, a no-reply address or our own address"
mails "m['rcpt'] == 'hexiaomei2001@qq.example'" > "$TMP/ack_c"
[ -s "$TMP/ack_c" ] && grep -q "12345-$CASE_C" "$TMP/ack_c" \
	&& [ "$(nmails "m['rcpt'] == 'hexiaomei2001@qq.example' and not any(w in m['subject'] + m['text'] for w in ('城管', '推倒', '执法', '小何'))")" -eq 1 ]
ok $? "the confidential writer's acknowledgement repeats neither subject nor text"
[ "$(q "SELECT count(*) FROM vault.outbox WHERE status = 'sent' AND sealed IS NULL AND body_sealed IS NULL")" -eq 1 ] \
	&& [ "$(q "SELECT count(*) FROM outbox WHERE confidential")" -eq 0 ]
ok $? "once sent, the confidential writer's address is erased from the outbox"
grep -q 'hexiaomei2001\|zhang@example' "$TMP/run.log"
[ $? -ne 0 ]
ok $? "the log names no writer's address"
[ "$(q "SELECT count(*) FROM office.case_events WHERE what = 'mail sent'")" -eq 4 ]
ok $? "each sending is a case event"
DIGEST=$("$BIN" rules check rules | sed -n 's/.*(rule set \([0-9a-f]*\))$/\1/p')
[ -n "$DIGEST" ] && [ "$(q "SELECT DISTINCT detail->>'rules' FROM office.case_events WHERE what = 'filed' AND detail->>'category' <> 'unclassified'")" = "$DIGEST" ]
ok $? "each case records which rule set decided it (rule set $DIGEST, as rules check says)"

# --- follow-ups ----------------------------------------------------------
NCASES=$(q 'SELECT count(*) FROM office.cases')
letter reply1.eml '张三 <zhang@example.net>' "Re: 路灯坏了 [12345-$CASE_A]" \
	"In-Reply-To: <$TOKEN@city.example>" "References: <a.$$@example.net> <$TOKEN@city.example>"
clear_mail
run
[ "$(q 'SELECT count(*) FROM office.cases')" -eq "$NCASES" ] \
	&& [ "$(q "SELECT count(*) FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number = '$CASE_A'")" -eq 2 ]
ok $? "a reply to the acknowledgement joins its case: no new case, two letters"
[ "$(q "SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$CASE_A' AND e.what = 'follow-up' AND e.detail->>'how' = 'reference'")" -eq 1 ]
ok $? "the follow-up is a case event"
[ "$(nmails)" -eq 0 ]
ok $? "a follow-up gets no second acknowledgement"

q "UPDATE cases SET status = 'closed', closed_at = now() WHERE number = '$CASE_A'"
# the access code only the writer received, from the acknowledgement
CODE_A=$(grep -o 'Access code: [0-9a-z]\{4\}-[0-9a-z]\{4\}-[0-9a-z]\{4\}' "$TMP/ack_a" | head -1 | sed 's/Access code: //')
letter reply2.eml '张三 <zhang@example.net>' "还是没修 [12345-$CASE_A] $CODE_A"
run
[ "$(q "SELECT status FROM cases WHERE number = '$CASE_A'")" = reopened ] \
	&& [ "$(q "SELECT count(*) FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number = '$CASE_A'")" -eq 3 ]
ok $? "the case number with its access code ($CODE_A) joins and reopens a closed case"
letter stranger.eml '张三 <zhang@example.net>' "关于 [12345-$CASE_A] 的补充"
run
[ "$(q 'SELECT count(*) FROM office.cases')" -eq $((NCASES + 1)) ] \
	&& [ "$(q "SELECT count(*) FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number = '$CASE_A'")" -eq 3 ]
ok $? "the case number without the code (even from a forged From) starts a new case: nobody adds letters to another's case"

# --- delivery reports ------------------------------------------------------
NCASES=$(q 'SELECT count(*) FROM office.cases')
NLETTERS=$(q 'SELECT count(*) FROM office.letters')
cat > "$TMP/in/dsn.eml" <<EOF
From: MAILER-DAEMON@mx.example.net (Mail Delivery System)
To: mayor@city.example
Subject: Undelivered Mail Returned to Sender
Date: Sat, 28 Nov 2026 10:00:00 +0800
Message-ID: <dsn.$$@mx.example.net>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain; charset=us-ascii

Your message could not be delivered.

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; zhang@example.net
Original-Recipient: rfc822; zhang@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <zhang@example.net>: Recipient address rejected

--b1
Content-Type: text/rfc822-headers

From: mayor@city.example
To: zhang@example.net
Subject: Re: =?UTF-8?B?6Lev54Gv5Z2P5LqG?=
Message-ID: <$TOKEN@city.example>

--b1--
EOF
# a report names a case the gateway cannot read: removed from the spool, not kept (fail closed)
cp "$TMP/in/dsn.eml" "$TMP/dsn.copy"
run
[ "$(q 'SELECT count(*) FROM office.cases')" -eq "$NCASES" ] && [ "$(q 'SELECT count(*) FROM office.letters')" -eq "$NLETTERS" ]
ok $? "a delivery report about our mail is not filed as a letter"
[ "$(q "SELECT count(*) FROM case_reports r JOIN cases c ON c.id = r.case_id WHERE c.number = '$CASE_A' AND r.kind = 'delivery report' AND r.action = 'failed' AND r.status = '5.1.1'")" -eq 1 ]
ok $? "it is attached to its case with its action and status"
[ "$(q "SELECT status FROM outbox WHERE token = '$TOKEN'")" = bounced ]
ok $? "the acknowledgement it reports is marked bounced"
[ "$(nmails "m['rcpt'].startswith('mailer-daemon')")" -eq 0 ]
ok $? "nobody answers the report"
cp "$TMP/dsn.copy" "$TMP/in/dsn-again.eml"
run
[ "$(q "SELECT count(*) FROM case_reports")" -eq 1 ]
ok $? "the same report twice is attached once"

# --- the per-sender limit --------------------------------------------------
clear_mail
for i in 1 2 3 4 5; do
	letter "many$i.eml" 'Zhao <zhao@example.net>' "第${i}封：噪音扰民"
done
run
[ "$(nmails "m['rcpt'] == 'zhao@example.net'")" -eq 3 ] \
	&& [ "$(q "SELECT count(*) FROM letters WHERE from_address = 'zhao@example.net'")" -eq 5 ]
ok $? "five letters from one sender in a day: five cases, three acknowledgements (the limit)"

# --- the SMTP server away for a while --------------------------------------
clear_mail
sh scripts/smtp.sh stop > /dev/null 2>&1
for i in 1 2 3; do
	letter "down$i.eml" "Sun <sun$i@example.net>" "下水道堵塞 $i"
done
sed 's/^Message-ID: .*/Message-ID: <conf2.'$$'@example.org>/' \
	tests/data/letters/008-section-chief-kickbacks.eml > "$TMP/in/conf2.eml"
CADDR2=$(grep -m1 '^From:' "$TMP/in/conf2.eml" | grep -o '[A-Za-z0-9._-]*@[A-Za-z0-9.-]*')
run
r=$?
[ $r -eq 75 ] && [ "$(q "SELECT count(*) FROM letters WHERE from_address LIKE 'sun_@example.net'")" -eq 3 ]
ok $? "with the SMTP server down the letters are filed and the run says mail waits (exit $r)"
[ -n "$CADDR2" ] && [ "$(q "SELECT count(*) FROM vault.outbox WHERE status = 'pending' AND sealed IS NOT NULL")" -eq 1 ] \
	&& pg_dump "$DB" > "$TMP/dump.sql" && ! grep -qF "$CADDR2" "$TMP/dump.sql"
ok $? "a confidential writer's acknowledgement waits sealed: pg_dump meanwhile has no $CADDR2"
[ "$(q "SELECT count(*) FROM outbox WHERE recipient LIKE 'sun_@example.net' AND status = 'pending'")" -eq 3 ] \
	&& [ "$(q "SELECT min(attempts) FROM outbox WHERE recipient LIKE 'sun_@example.net'")" -ge 0 ] \
	&& [ "$(q "SELECT max(attempts) FROM outbox WHERE status = 'pending'")" -ge 1 ]
ok $? "their acknowledgements wait in the outbox, tried and pending"
run
sh scripts/smtp.sh start > /dev/null 2>&1
smtp_started=1
# the back-off is 1 s, doubled per attempt (retry_first_seconds): bounded
for i in 1 2 3 4 5 6 7 8; do
	run
	[ "$(nmails)" -ge 4 ] && break
	sleep 1
done
[ "$(nmails "m['rcpt'] == '$CADDR2'")" -eq 1 ] \
	&& [ "$(q "SELECT count(*) FROM vault.outbox WHERE sealed IS NOT NULL")" -eq 0 ]
ok $? "the sealed acknowledgement is opened by the gateway and sent; its box erased"
[ "$(nmails "m['rcpt'].startswith('sun')")" -eq 3 ] \
	&& [ "$(mails "m['rcpt'].startswith('sun')" | python3 -c 'import json,sys; print(len({json.loads(l)["message_id"] for l in sys.stdin}))')" -eq 3 ]
ok $? "once it is back, each acknowledgement arrives exactly once"
[ "$(q "SELECT count(*) FROM outbox WHERE recipient LIKE 'sun_@example.net' AND status = 'sent'")" -eq 3 ]
ok $? "and is marked sent"
run
# the run's own log says what it sent (a state, not a pause for Postfix)
! grep -q 'event=mail_sent' "$TMP/run.log" && [ "$(nmails)" -eq 4 ]
ok $? "another run sends nothing again"

# --- permanent refusal ------------------------------------------------------
clear_mail
letter refused.eml 'R <refuse-me@example.net>' '垃圾清运'
run
[ "$(q "SELECT status FROM outbox WHERE recipient = 'refuse-me@example.net'")" = failed ] \
	&& [ "$(q "SELECT count(*) FROM office.case_events WHERE what = 'mail failed'")" -eq 1 ]
ok $? "a recipient the server refuses for good: the mail is failed, recorded on the case, not retried"

# --- one recipient put off (452) does not hold up the others ----------------
clear_mail
letter later.eml 'L <later-box@example.net>' '供暖不热'
letter after.eml 'A <after@example.net>' '供暖不热 2'
run
[ "$(q "SELECT status || ' ' || attempts FROM outbox WHERE recipient = 'later-box@example.net'")" = "pending 1" ] \
	&& [ "$(q "SELECT next_attempt > now() FROM outbox WHERE recipient = 'later-box@example.net'")" = t ] \
	&& [ "$(nmails "m['rcpt'] == 'after@example.net'")" -eq 1 ] \
	&& [ "$(q "SELECT status FROM outbox WHERE recipient = 'after@example.net'")" = sent ]
ok $? "a 452 for one recipient: that mail waits for its retry, the next one is sent"

# --- no outbox key: no mail to a confidential writer ------------------------
grep -v '^outbox_key_file' "$TMP/gw.conf" > "$TMP/nokey.conf"
clear_mail
sed 's/^Message-ID: .*/Message-ID: <conf3.'$$'@example.org>/; s/^Subject: .*/Subject: =?utf-8?B?5Li+5oql?=/' \
	tests/data/letters/023-factory-pollution-night.eml > "$TMP/in/conf3.eml"
"$BIN" run --once --config "$TMP/nokey.conf" > "$TMP/run.log" 2>&1
[ "$(q "SELECT count(*) FROM vault.letters")" -eq 3 ] && [ "$(q "SELECT count(*) FROM vault.outbox")" -eq 2 ] \
	&& [ "$(nmails)" -eq 0 ] && grep -q 'no_outbox_key' "$TMP/run.log"
ok $? "without an outbox key a confidential writer gets no acknowledgement (never one in plain text), and the log says so"

# a gateway with another outbox key leaves mail sealed to the first one alone, and says so
sh scripts/smtp.sh stop > /dev/null 2>&1
sed 's/^Message-ID: .*/Message-ID: <conf4.'$$'@example.org>/; s/^Subject: .*/Subject: =?utf-8?B?5Li+5oqlMg==?=/' \
	tests/data/letters/008-section-chief-kickbacks.eml > "$TMP/in/conf4.eml"
run
"$BIN" keygen --outbox "$TMP/okeys2" > /dev/null
sed "s|^outbox_key_file = .*|outbox_key_file = $TMP/okeys2/outbox.key|" "$TMP/gw.conf" > "$TMP/otherkey.conf"
sh scripts/smtp.sh start > /dev/null 2>&1
"$BIN" run --once --config "$TMP/otherkey.conf" > "$TMP/run.log" 2>&1
[ "$(q "SELECT count(*) FROM vault.outbox WHERE status = 'pending' AND sealed IS NOT NULL")" -eq 1 ] \
	&& grep -q 'outbox_sealed_to_other_key pending=1' "$TMP/run.log"
ok $? "a gateway with another outbox key leaves the sealed mail pending and logs why"
for i in 1 2 3 4 5 6; do
	run
	[ "$(q "SELECT count(*) FROM vault.outbox WHERE status = 'pending'")" -eq 0 ] && break
	sleep 1
done
[ "$(q "SELECT count(*) FROM vault.outbox WHERE status = 'pending'")" -eq 0 ]
ok $? "the gateway with the right key sends it"

# --- answers: a clerk closes a case -----------------------------------------
clear_mail
CLERK="dbname=$DB user=mbtest_rep_clerk"
SUPER="dbname=$DB user=mbtest_rep_supervisor"
CASE_Z=$(q "SELECT c.number FROM cases c JOIN letters l ON l.case_id = c.id WHERE l.from_address = 'zhao@example.net' ORDER BY c.id LIMIT 1")
printf '赵先生您好：\n您反映的噪音问题已转交区生态环境局，施工单位已承诺夜间停工。\n' > "$TMP/answer.txt"
"$BIN" cases close "$CASE_Z" --reply-file "$TMP/answer.txt" --db "$CLERK" > "$TMP/close.out" 2>&1
ok $? "a clerk closes a real-name writer's case with an answer"
run
mails "m['rcpt'] == 'zhao@example.net' and '回访' not in m['subject']" > "$TMP/answer_z"
[ "$(wc -l < "$TMP/answer_z")" -eq 1 ] && grep -q '夜间停工' "$TMP/answer_z" \
	&& grep -q "12345-$CASE_Z" "$TMP/answer_z" && grep -q '"in_reply_to": "<many1.' "$TMP/answer_z"
ok $? "the answer reaches the writer, with the case number, in reply to the letter"
"$BIN" cases close "$CASE_A" --reply-file "$TMP/answer.txt" --db "$CLERK" > /dev/null 2>&1 \
	&& "$BIN" cases reopen "$CASE_A" --db "$CLERK" > "$TMP/reopen.out" 2>&1
r=$?
clear_mail
run
[ $r -eq 0 ] && grep -q "cancelled" "$TMP/reopen.out" && [ "$(nmails "m['rcpt'] == 'zhang@example.net'")" -eq 0 ] \
	&& [ "$(q "SELECT status FROM outbox WHERE case_number = '$CASE_A' AND kind = 'answer'")" = cancelled ] \
	&& [ "$(q "SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$CASE_A' AND e.what = 'mail cancelled' AND e.who = 'mbtest_rep_clerk'")" -eq 1 ]
ok $? "reopening a case before its answer went out cancels the answer (recorded), nothing is mailed"

# a vacation reply to our answer: attached to the case, no new case, no answer to it
NCASES=$(q 'SELECT count(*) FROM office.cases')
ZTOKEN=$(q "SELECT token FROM outbox WHERE case_number = '$CASE_Z' AND kind = 'answer'")
letter vacation.eml 'Zhao <zhao@example.net>' '自动回复: 我正在休假' 'Auto-Submitted: auto-replied' \
	"In-Reply-To: <$ZTOKEN@city.example>"
run
[ "$(q 'SELECT count(*) FROM office.cases')" -eq "$NCASES" ] \
	&& [ "$(q "SELECT count(*) FROM case_reports r JOIN cases c ON c.id = r.case_id WHERE c.number = '$CASE_Z' AND r.kind = 'automatic reply'")" -eq 1 ] \
	&& [ "$(nmails)" -eq 0 ]
ok $? "an automatic reply to our answer is attached to its case, not filed, not answered"

letter noname.eml 'qian@example.net' '小区停车难'
run
clear_mail
CASE_N=$(q "SELECT c.number FROM cases c JOIN letters l ON l.case_id = c.id WHERE l.from_address = 'qian@example.net'")
"$BIN" cases close "$CASE_N" --reply-file "$TMP/answer.txt" --db "$CLERK" > "$TMP/close.out" 2>&1
r=$?
run
[ $r -eq 0 ] && [ "$(nmails)" -eq 0 ] && [ "$(q "SELECT status FROM cases WHERE number = '$CASE_N'")" = closed ] \
	&& [ "$(q "SELECT count(*) FROM outbox WHERE case_number = '$CASE_N' AND kind = 'answer'")" -eq 0 ]
ok $? "a writer who gave no name: the case is closed, no answer is mailed"
"$BIN" cases show "$CASE_N" --db "$CLERK" > "$TMP/show_n" 2>&1 && grep -q '夜间停工' "$TMP/show_n"
ok $? "the answer is kept on the case, mailed or not (cases show prints it)"
"$BIN" cases close "$CASE_C" --reply-file "$TMP/answer.txt" --db "$CLERK" > "$TMP/close.out" 2>&1
r=$?
[ $r -eq 66 ] && [ "$(q "SELECT status FROM vault.cases WHERE number = '$CASE_C'")" != closed ]
ok $? "a clerk cannot close a confidential case (it does not exist for a clerk: exit $r)"
"$BIN" cases close "$CASE_C" --reply-file "$TMP/answer.txt" --db "$SUPER" > "$TMP/close.out" 2>&1
r=$?
[ $r -ne 0 ] && [ "$(q "SELECT count(*) FROM vault.outbox WHERE case_number = '$CASE_C' AND kind = 'answer'")" -eq 0 ]
ok $? "a supervisor without the key cannot mail a confidential writer (exit $r)"
"$BIN" cases close "$CASE_C" --reply-file "$TMP/answer.txt" --key "$TMP/keys/confidential.key" \
	--outbox-key "$TMP/okeys/outbox.pub" --db "$SUPER" > "$TMP/close.out" 2>&1
ok $? "a supervisor with the key closes the confidential case"
run
[ "$(nmails "m['rcpt'] == 'hexiaomei2001@qq.example' and '夜间停工' in m['text'] and '城管' not in m['subject']")" -eq 1 ]
ok $? "the confidential writer gets the answer, and its subject does not repeat the letter's"
[ "$(q "SELECT count(*) FROM vault.outbox WHERE case_number = '$CASE_C' AND (sealed IS NOT NULL OR body_sealed IS NOT NULL)")" -eq 0 ] \
	&& [ "$(q "SELECT count(*) FROM outbox WHERE case_number = '$CASE_C'")" -eq 0 ]
ok $? "once sent, nothing of the confidential writer or the answer stays in the outbox"
[ "$(q "SELECT answer_sealed IS NOT NULL FROM vault.cases WHERE number = '$CASE_C'")" = t ] \
	&& "$BIN" cases show "$CASE_C" --db "$SUPER" > "$TMP/show_c" 2>&1 && ! grep -q '夜间停工' "$TMP/show_c" \
	&& "$BIN" cases show "$CASE_C" --key "$TMP/keys/confidential.key" --db "$SUPER" > "$TMP/show_c" 2>&1 \
	&& grep -q '夜间停工' "$TMP/show_c"
ok $? "the confidential case's answer is kept only sealed; the supervisor's key opens it"

dropdb --if-exists $DB 2>/dev/null
echo "1..$n"
