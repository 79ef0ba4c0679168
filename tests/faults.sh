#!/bin/sh
# faults.sh BIN - fault tests of `mayorbox run` with the IMAP source against
# a real Dovecot (scripts/dovecot.sh, IMAPS with the test CA) and the real
# PostgreSQL (scripts/pg.sh), each bounded in count and time:
#   1. kill -9 of the gateway at random moments while it files 500 letters (250 more at a time while too few kills landed mid-filing)
#      (at least 20 trials), then `run --once`: every letter filed exactly
#      once and acknowledged (INBOX empty, 500 in Filed);
#   2. Dovecot stopped and started mid-fetch (on the same ports): the daemon
#      logs the failure, reconnects with back-off, files every letter once,
#      moves it, and exits 0 on SIGTERM;
#   3. two gateways started on one mailbox at once: one takes the lease,
#      every letter filed once; kill -9 of the holder and the other one
#      takes the mailbox over and files what is delivered afterwards;
#   4. a letter the database refuses (a trigger) goes to Quarantine, the
#      others to Filed;
#   5. a move that keeps failing after the batch's COMMIT (the target
#      folder over quota): intake goes on past the letters that wait, their
#      acknowledgement is retried with its own back-off, and after the
#      bound an error line says how many wait and why; once the quota is
#      lifted the next run moves them, filing none twice;
#   6. the outbox (acknowledgements through a private Postfix): kill -9 of
#      the gateway while it files and sends, Postfix stopped while letters
#      arrive, PostgreSQL restarted while mail goes out: every letter filed
#      once, every mail marked sent once and delivered at least once, an
#      extra copy only after a crash, with the same Message-ID.
# TAP output. Dovecot is a private instance in a temporary folder (the
# suite stops and starts it; nothing else is touched); PostgreSQL is started
# when it is not running. Section 6 runs its own PostgreSQL and Postfix in
# the temporary folder (scripts/pg.sh, scripts/smtp.sh), which it stops and
# restarts. Everything the suite started is stopped by PID.
set -u
. "$(dirname "$0")/lib.sh"
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
TMP=$(mktemp -d)
chmod 755 "$TMP"
echo "# tmp $TMP"
pg_started=0
ob_pg=0 ob_smtp=0	# section 6's PostgreSQL and Postfix run
MAYORBOX_DOVECOT_DIR="$TMP/dovecot"
export MAYORBOX_DOVECOT_DIR
# dovecot_stop: scripts/dovecot.sh stop, together with the processes our
# Dovecot's master had started (by their PIDs, read before): the master's
# SIGTERM alone leaves them running (shutdown_clients notwithstanding), and
# an IMAP session open at the time goes on being served, which is no server
# stop for the client.
dovecot_stop() {
	master=$(cat "$MAYORBOX_DOVECOT_DIR/dovecot.pid" 2>/dev/null)
	kids=""
	[ -n "$master" ] && kids=$(ps -o pid= --ppid "$master" 2>/dev/null | tr -d ' ' | tr '\n' ' ')
	for k in $kids; do kill -TERM "$k" 2>/dev/null; done
	sh scripts/dovecot.sh stop
	w=0
	while [ $w -lt 50 ]; do
		alive=""
		for k in $kids; do kill -0 "$k" 2>/dev/null && alive="$alive $k"; done
		[ -z "$alive" ] && break
		sleep 0.1
		w=$((w + 1))
	done
	for k in $alive; do kill -9 "$k" 2>/dev/null; done
	return 0
}
cleanup() {
	for f in "$TMP"/*.pid; do
		[ -f "$f" ] && kill -9 "$(cat "$f")" 2>/dev/null
	done
	dovecot_stop
	[ $ob_smtp -eq 1 ] && MAYORBOX_SMTP_DIR="$TMP/smtp" sh scripts/smtp.sh stop > /dev/null 2>&1
	[ $ob_pg -eq 1 ] && MAYORBOX_PGDIR="$TMP/pg" sh scripts/pg.sh stop
	[ $pg_started -eq 1 ] && sh scripts/pg.sh stop
	[ -n "${KEEP:-}" ] || rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
n=0
SUITE_T0=$(date +%s)

if ! sh scripts/pg.sh status > /dev/null 2>&1; then
	sh scripts/pg.sh start || { echo "1..0 # SKIP PostgreSQL could not be started"; exit 0; }
	pg_started=1
fi
mkdir -p "$MAYORBOX_DOVECOT_DIR"
sh scripts/dovecot.sh start || { echo "not ok 1 - Dovecot could not be started (scripts/dovecot.sh)"; exit 1; }
eval "$(sh scripts/pg.sh env)"
eval "$(sh scripts/dovecot.sh env)"
PGOPTIONS="-c client_min_messages=warning"
export PGOPTIONS
q() { psql -X -qAt -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }
DLOG="$MAYORBOX_DOVECOT_DIR/log"

DB=mbtest_faults
dropdb --if-exists $DB 2>/dev/null
createdb $DB
"$BIN" db migrate --db "dbname=$DB" > /dev/null
"$BIN" keygen "$TMP/keys" > /dev/null
chmod 644 "$TMP/keys/confidential.pub"
HOST=$MAYORBOX_DOVECOT_HOST
IMAPS=$MAYORBOX_DOVECOT_IMAPS_PORT

# conf NAME [KEY=VALUE ...]: $TMP/NAME.conf, one [imap NAME] section on
# IMAPS with the test CA, $batch letters a fetch and a transaction, polled
# every second
batch=25
conf() {
	name=$1
	shift
	{
		printf '[database]\nconninfo = dbname=%s\n' "$DB"
		printf '[confidential]\npublic_key_file = %s\n' "$TMP/keys/confidential.pub"
		printf '[gateway]\nbatch = %s\n' "$batch"
		printf '[imap %s]\nhost = %s\nport = %s\ntls = implicit\nca_file = %s\nuser = %s\n' \
			"$name" "$HOST" "$IMAPS" "$MAYORBOX_DOVECOT_CA_FILE" "$MAYORBOX_DOVECOT_USER"
		printf 'password_file = %s\nafter = move Filed\nbatch = %s\n' "$MAYORBOX_DOVECOT_PASSWORD_FILE" "$batch"
		printf 'poll_seconds = 1\ntimeout_seconds = 10\n'
		for kv in "$@"; do
			printf '%s = %s\n' "${kv%%=*}" "${kv#*=}"
		done
	} > "$TMP/$name.conf"
}
# letters DIR COUNT TAG: COUNT small distinct letters DIR/TAG-NNNN.eml
letters() {
	mkdir -p "$1"
	python3 - "$1" "$2" "$3" <<'PY'
import os, sys, random
d, count, tag = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rnd = random.Random(tag)
for i in range(count):
    body = ("Letter %s-%d. Please tell me which documents I need to apply for a residence "
            "permit (number %d, %d days).\r\n"
            % (tag, i, i, rnd.randint(1, 30)))
    msg = ("From: writer%d@example.com\r\nTo: mayor@city.example\r\n"
           "Subject: street light %s %d\r\nMessage-ID: <%s-%d@example.com>\r\n"
           "Date: Sat, 28 Nov 2026 10:%02d:00 +0800\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n" % (i, tag, i, tag, i, i % 60)) + body
    with open(os.path.join(d, "%s-%04d.eml" % (tag, i)), "w") as f:
        f.write(msg)
PY
}
# filed NAME: "count|distinct content hashes" of source imap:NAME
filed() { q "SELECT count(*), count(DISTINCT content_hash) FROM vault.filed WHERE source_name = 'imap:$1'"; }
# A letter found filed again after a crash is moved like a new one when
# file_letter says it is public (these all are), so Filed holds all N; that
# each is filed once is checked in the database.
inbox_empty_and_filed() { [ "$(count INBOX)" -eq 0 ] && [ "$(count Filed)" -eq "$1" ]; }
# start_daemon NAME LOG PIDFILE: `BIN run` in the background
start_daemon() {
	"$BIN" run --config "$TMP/$1.conf" 2>> "$2" &
	echo $! > "$3"
}
# stop_daemon PIDFILE: SIGTERM, wait (bounded 20 s); sets rc to its exit code
stop_daemon() {
	p=$(cat "$1")
	kill -TERM "$p" 2>/dev/null
	w=0
	while kill -0 "$p" 2>/dev/null && [ $w -lt 200 ]; do sleep 0.1; w=$((w + 1)); done
	kill -0 "$p" 2>/dev/null && kill -9 "$p" 2>/dev/null
	wait "$p"
	rc=$?
	rm -f "$1"
}

# --- 1. kill -9 at random moments while 500 letters are filed ----------------------------
empty_mailbox
letters "$TMP/k" 500 k
sh scripts/dovecot.sh add "$TMP/k" > /dev/null
[ "$(count INBOX)" -eq 500 ]
ok $? "500 letters delivered to INBOX"
conf kill
# Each trial draws the letters per fetch and transaction: 1 in half the
# trials, else 2, 5 or 25 (many commits, and so many moments between a
# COMMIT and its MOVE, or a few big ones), and is killed at a random moment
# 0-1 s after the gateway took its lease (a state: a loaded machine takes
# longer to start it). The trials go on until at least
# 20 have run and INBOX is empty (or all 500 are in the database), at most
# 60 trials or 300 s. A trial "interrupted filing" when the database gained
# letters during it and INBOX still held some when it was killed. A gateway
# may file all of them before the first kills land (its pipeline files 500
# in well under a second here): while fewer than 3 trials have interrupted
# filing, an empty INBOX gets 250 more letters (at most 2,000 in all).
trials=0 interrupted=0 t0=$(date +%s) total=500 more=0
: > "$TMP/kill.trials"
while [ $trials -lt 60 ] && [ $(($(date +%s) - t0)) -lt 300 ]; do
	if [ "$(count INBOX)" -eq 0 ] && [ $interrupted -lt 3 ] && [ $total -lt 2000 ]; then
		more=$((more + 1))
		letters "$TMP/k$more" 250 "k$more"
		sh scripts/dovecot.sh add "$TMP/k$more" > /dev/null
		total=$((total + 250))
	fi
	before=$(count INBOX)
	db0=$(q "SELECT count(*) FROM vault.filed WHERE source_name = 'imap:kill'")
	[ $trials -ge 20 ] && { [ "$before" -eq 0 ] || [ "$db0" -ge $total ]; } && break
	b=$(python3 -c 'import random; print(random.choice((1, 1, 1, 2, 5, 25)))')
	sed -i "s/^batch = .*/batch = $b/" "$TMP/kill.conf"
	: > "$TMP/kill.trial.log"
	start_daemon kill "$TMP/kill.trial.log" "$TMP/kill.pid"
	d=$(python3 -c 'import random; print(round(random.uniform(0, 1.0), 3))')
	wait_for 60 grep -q 'event=lease_taken' "$TMP/kill.trial.log"
	sleep "$d"	# the random moment of the kill, not a wait for something
	kill -9 "$(cat "$TMP/kill.pid")" 2>/dev/null
	wait "$(cat "$TMP/kill.pid")" 2>/dev/null
	rm -f "$TMP/kill.pid"
	cat "$TMP/kill.trial.log" >> "$TMP/kill.log"
	trials=$((trials + 1))
	after=$(count INBOX)
	db=$(q "SELECT count(*) FROM vault.filed WHERE source_name = 'imap:kill'")
	[ "$db" -gt "$db0" ] && [ "$after" -gt 0 ] && interrupted=$((interrupted + 1))
	echo "# trial $trials: batch $b, kill -9 ${d} s after lease_taken; INBOX $before -> $after, in the database $db0 -> $db" >> "$TMP/kill.trials"
done
sed -i "s/^batch = .*/batch = 25/" "$TMP/kill.conf"
cat "$TMP/kill.trials"
[ $trials -ge 20 ]
ok $? "at least 20 kill -9 trials ran ($trials in $(($(date +%s) - t0)) s)"
# 500 letters last a few seconds of filing: once INBOX is empty the other
# trials kill an idle gateway (still a restart, after a crash, to check)
[ $interrupted -ge 3 ]
ok $? "at least 3 of them interrupted filing: letters filed during the trial and some left in INBOX ($interrupted)"
"$BIN" run --once --config "$TMP/kill.conf" 2> "$TMP/kill.once.log"
r=$?
ok $r "after the kills a restart (run --once) runs clean (exit $r)"
v=$(filed kill)
[ "$v" = "$total|$total" ]
ok $? "every one of the $total letters filed exactly once (count|distinct: $v)"
[ "$(q "SELECT count(DISTINCT source_key) FROM vault.filed WHERE source_name = 'imap:kill'")" -eq $total ]
ok $? "one source key per letter"
ib=$(count INBOX) fd=$(count Filed)
[ "$ib" -eq 0 ] && [ "$fd" -le $total ] && [ "$(dv search -u "$MAYORBOX_DOVECOT_USER" mailbox '*' all | wc -l)" -eq "$fd" ]
ok $? "every letter acknowledged: INBOX $ib, Filed $fd"
if [ "$ib" -ne 0 ]; then
	echo "# left in INBOX (UIDs): $(dv search -u "$MAYORBOX_DOVECOT_USER" mailbox INBOX all 2>/dev/null | awk '{print $2}' | paste -sd' ' -)"
	echo "# source_state (uidvalidity|last_uid): $(q "SELECT uidvalidity, last_uid FROM source_state WHERE source_name = 'imap:kill'")"
fi

# --- 2. Dovecot stopped and started mid-fetch ----------------------------------------------
empty_mailbox
letters "$TMP/r" 300 r
sh scripts/dovecot.sh add "$TMP/r" > /dev/null
batch=1
conf restart
batch=25
PORTS1="$(cat "$MAYORBOX_DOVECOT_DIR/imap_port") $(cat "$MAYORBOX_DOVECOT_DIR/imaps_port")"
: > "$TMP/restart.log"
start_daemon restart "$TMP/restart.log" "$TMP/restart.pid"
# mid-fetch: once the first batch is in (bounded), and 0.5 s at the latest after that
in_db() { [ "$(q "SELECT count(*) FROM vault.filed WHERE source_name = 'imap:restart'")" -gt 0 ]; }
wait_for 60 in_db
sleep "$(python3 -c 'import random; print(round(random.uniform(0, 0.5), 3))')"	# a random moment
in_db=$(q "SELECT count(*) FROM vault.filed WHERE source_name = 'imap:restart'")
dovecot_stop
# down until the daemon has seen it (a state), and 2 s at least
t_stop=$(date +%s)
saw_failure() { grep -qE 'event=(source_unavailable|fetch_failed|ack_failed|ack_deferred) source=imap:restart .*retry_ms=[0-9]+' "$TMP/restart.log"; }
wait_for 60 saw_failure
while [ $(($(date +%s) - t_stop)) -lt 2 ]; do sleep 0.2; done
sh scripts/dovecot.sh start
PORTS2="$(cat "$MAYORBOX_DOVECOT_DIR/imap_port") $(cat "$MAYORBOX_DOVECOT_DIR/imaps_port")"
[ "$PORTS1" = "$PORTS2" ]
ok $? "Dovecot restarted on the same ports ($PORTS1 -> $PORTS2)"
t1=$(date +%s)
wait_for 60 inbox_empty_and_filed 300
ok $? "Dovecot stopped mid-run ($in_db of 300 filed by then) until the daemon saw it: every letter moved within $(($(date +%s) - t1)) s (INBOX $(count INBOX), Filed $(count Filed))"
saw_failure
ok $? "the daemon logged the failure with its back-off ($(grep -cE 'event=(source_unavailable|fetch_failed|ack_failed|ack_deferred)' "$TMP/restart.log") lines: $(grep -oE 'event=(source_unavailable|fetch_failed|ack_failed|ack_deferred)|retry_ms=[0-9]+' "$TMP/restart.log" | paste -sd' ' - | cut -c1-200))"
first_fail=$(grep -nE 'event=(source_unavailable|fetch_failed|ack_failed|ack_deferred)' "$TMP/restart.log" | head -1 | cut -d: -f1)
after=$(tail -n +"${first_fail:-1}" "$TMP/restart.log" | grep -cE 'event=(filed|already_filed) source=imap:restart')
[ -n "$first_fail" ] && [ "$after" -gt 0 ] && grep -q 'Login: user=<mayor>' "$DLOG"
ok $? "it reconnected by itself: $after letters handled after the failure, a new login in Dovecot's log"
v=$(filed restart)
[ "$v" = "300|300" ]
ok $? "every one of the 300 letters filed exactly once (count|distinct: $v)"
stop_daemon "$TMP/restart.pid"
[ $rc -eq 0 ] && grep -q 'event=stopped' "$TMP/restart.log"
ok $? "SIGTERM: the daemon stops, exit $rc"

# --- 3. two gateways on one mailbox at once ----------------------------------------------
empty_mailbox
letters "$TMP/t" 200 t
sh scripts/dovecot.sh add "$TMP/t" > /dev/null
conf two
: > "$TMP/two1.log"
: > "$TMP/two2.log"
start_daemon two "$TMP/two1.log" "$TMP/two1.pid"
start_daemon two "$TMP/two2.log" "$TMP/two2.pid"
wait_for 60 inbox_empty_and_filed 200
ok $? "two gateways started at once on one mailbox: all 200 letters moved (INBOX $(count INBOX), Filed $(count Filed))"
# the other one has tried for the lease and been refused (a state)
refused() { cat "$TMP/two1.log" "$TMP/two2.log" | grep -q 'event=lease_held_elsewhere source=imap:two'; }
wait_for 60 refused
l1=$(grep -c 'event=lease_taken source=imap:two' "$TMP/two1.log")
l2=$(grep -c 'event=lease_taken source=imap:two' "$TMP/two2.log")
refused && [ $((l1 + l2)) -eq 1 ]
ok $? "exactly one of them took the lease ($l1 + $l2), the other was told it is held elsewhere"
v=$(filed two)
dup=$(cat "$TMP/two1.log" "$TMP/two2.log" | grep -oE 'event=filed source=imap:two key=[^ ]*' | sort | uniq -d | wc -l)
[ "$v" = "200|200" ] && [ "$dup" -eq 0 ]
ok $? "every letter filed once (count|distinct: $v; keys filed twice in the logs: $dup)"
if [ "$l1" -eq 1 ]; then holder=two1 other=two2; else holder=two2 other=two1; fi
kill -9 "$(cat "$TMP/$holder.pid")" 2>/dev/null
wait "$(cat "$TMP/$holder.pid")" 2>/dev/null
rm -f "$TMP/$holder.pid"
t1=$(date +%s)
wait_for 30 grep -q 'event=lease_taken source=imap:two' "$TMP/$other.log"
ok $? "kill -9 of the holder ($holder): the other takes the lease over in $(($(date +%s) - t1)) s"
letters "$TMP/t2" 50 t2
sh scripts/dovecot.sh add "$TMP/t2" > /dev/null
wait_for 60 inbox_empty_and_filed 250
v=$(filed two)
f=$(grep -c 'event=filed source=imap:two' "$TMP/$other.log")
[ "$v" = "250|250" ] && [ "$f" -ge 50 ] && [ "$(count INBOX)" -eq 0 ]
ok $? "it files the 50 letters delivered afterwards (count|distinct: $v; filed by $other: $f; INBOX $(count INBOX), Filed $(count Filed))"
stop_daemon "$TMP/$other.pid"
[ $rc -eq 0 ]
ok $? "SIGTERM: the new holder exits $rc"

# --- 4. a letter the database refuses goes to Quarantine --------------------------------
empty_mailbox
letters "$TMP/p" 20 p
printf 'From: p@example.com\r\nTo: mayor@city.example\r\nSubject: poison\r\nMessage-ID: <poison@example.com>\r\n\r\nA poison pill. Please tell me which documents I need to apply for a residence permit.\r\n' \
	> "$TMP/p/p-0010a.eml"
sh scripts/dovecot.sh add "$TMP/p" > /dev/null
q "CREATE FUNCTION mbtest_poison() RETURNS trigger LANGUAGE plpgsql AS \$\$ BEGIN RAISE EXCEPTION 'poisoned'; END \$\$;
   CREATE TRIGGER mbtest_poison BEFORE INSERT ON letters FOR EACH ROW
   WHEN (NEW.subject = 'poison' OR NEW.body LIKE '%poison pill%') EXECUTE FUNCTION mbtest_poison();
   -- refused in plain, it is tried again sealed: the others are all public
   CREATE TRIGGER mbtest_poison BEFORE INSERT ON vault.letters FOR EACH ROW
   EXECUTE FUNCTION mbtest_poison()" > /dev/null
conf poison
"$BIN" run --once --config "$TMP/poison.conf" 2> "$TMP/poison.log"
r=$?
qc=$(count Quarantine) fc=$(count Filed) ic=$(count INBOX)
[ "$qc" -eq 1 ] && [ "$fc" -eq 20 ] && [ "$ic" -eq 0 ]
ok $? "the refused letter is in Quarantine, the 20 others in Filed (Quarantine $qc, Filed $fc, INBOX $ic; exit $r)"
[ "$(dv search -u "$MAYORBOX_DOVECOT_USER" mailbox Quarantine HEADER Message-ID '<poison@example.com>' 2>/dev/null | wc -l)" -eq 1 ]
ok $? "the one in Quarantine is the poisoned letter"
v=$(filed poison)
[ "$v" = "20|20" ] && grep -q 'event=letter_quarantined source=imap:poison' "$TMP/poison.log"
ok $? "the others are filed ($v) and the refusal is logged (letter_quarantined)"
"$BIN" run --once --config "$TMP/poison.conf" 2> "$TMP/poison2.log"
[ "$(count Quarantine)" -eq 1 ] && [ "$(filed poison)" = "20|20" ] && ! grep -q 'event=letter_quarantined' "$TMP/poison2.log"
ok $? "a second --once does not take it out of Quarantine again"
q "DROP TRIGGER mbtest_poison ON letters; DROP TRIGGER mbtest_poison ON vault.letters; DROP FUNCTION mbtest_poison()" > /dev/null

# --- 5. a move that keeps failing after COMMIT ----------------------------------------------
# The user mayorq (scripts/dovecot.sh) has a quota of 1 kB on every folder but
# INBOX; on the listener without MOVE (127.0.0.4) the gateway COPYs, which
# Dovecot refuses (OVERQUOTA) after the batch is committed. The daemon must
# go on filing what arrives (finding 2 of issue 12: intake once stopped at
# the first letters whose move failed), retry the acknowledgement with a
# back-off of its own, and after IMAP_PENDING_REPORT_AFTER tries say so at
# error level with the count waiting and the server's answer; once the
# quota is lifted, the next run moves them all, filing none twice.
QU=$MAYORBOX_DOVECOT_QUOTA_USER
qt() { python3 tests/imap_tool.py --port "$MAYORBOX_DOVECOT_IMAP_PORT" --user "$QU" --password-file "$MAYORBOX_DOVECOT_PASSWORD_FILE" "$@"; }
qt empty
letters "$TMP/a" 10 a
letters "$TMP/a2" 10 a2
qt append INBOX "$TMP"/a/*.eml > /dev/null
{
	printf '[database]\nconninfo = dbname=%s\n' "$DB"
	printf '[confidential]\npublic_key_file = %s\n' "$TMP/keys/confidential.pub"
	printf '[imap ack]\nhost = %s\nport = %s\ntls = none\nuser = %s\n' \
		"$MAYORBOX_DOVECOT_NOMOVE_HOST" "$MAYORBOX_DOVECOT_IMAP_PORT" "$QU"
	printf 'password_file = %s\nafter = move Full\nbatch = 5\n' "$MAYORBOX_DOVECOT_PASSWORD_FILE"
	printf 'poll_seconds = 1\ntimeout_seconds = 10\n'
} > "$TMP/ack.conf"
: > "$TMP/ack.log"
start_daemon ack "$TMP/ack.log" "$TMP/ack.pid"
filed_is() { [ "$(filed ack)" = "$1|$1" ]; }
deferred() { grep -q 'level=warn event=ack_deferred source=imap:ack' "$TMP/ack.log"; }
wait_for 120 filed_is 10 && wait_for 60 deferred
r=$?
ok $r "a COPY refused after COMMIT (over quota): 10 letters filed ($(filed ack)), their acknowledgement deferred (ack_deferred: $(grep -c 'event=ack_deferred' "$TMP/ack.log"))"
qt append INBOX "$TMP"/a2/*.eml > /dev/null
wait_for 120 filed_is 20
ok $? "intake goes on: the 10 letters delivered afterwards are filed past the waiting ones ($(filed ack))"
failing() { grep -q 'event=ack_failing source=imap:ack' "$TMP/ack.log"; }
wait_for 180 failing
fl=$(grep 'event=ack_failing source=imap:ack' "$TMP/ack.log" | head -1)
w=$(printf '%s' "$fl" | sed -n 's/.* waiting=\([0-9]*\) .*/\1/p')
printf '%s' "$fl" | grep -q 'level=error' && printf '%s' "$fl" | grep -q 'tries=5 ' \
	&& [ "${w:-0}" -ge 10 ] && [ "${w:-0}" -le 20 ] && printf '%s' "$fl" | grep -qi 'quota'
ok $? "after 5 tries in a row an error line with the count waiting ($w) and the server's answer ($(printf '%s' "$fl" | grep -o 'error="[^"]*"' | cut -c1-120))"
# the retries of the waiting letters: a back-off of their own, growing, and
# no letter downloaded again meanwhile
grep 'event=ack_deferred source=imap:ack' "$TMP/ack.log" | sed -n 's/.*retry_ms=\([0-9]*\).*/\1/p' > "$TMP/ack.retry"
awk 'NR > 1 && $1 < prev { bad = 1 } { prev = $1 } END { exit !(NR >= 3 && !bad && prev > 1000) }' "$TMP/ack.retry" \
	&& [ "$(grep -c 'event=already_filed source=imap:ack' "$TMP/ack.log")" -eq 0 ]
ok $? "the acknowledgement is retried with its own back-off (retry_ms $(paste -sd' ' "$TMP/ack.retry")), nothing downloaded twice ($(grep -c 'event=already_filed' "$TMP/ack.log") already_filed)"
[ "$(qt count INBOX)" -eq 20 ] && [ "$(qt count Full)" -eq 0 ] && [ "$(qt deleted INBOX)" -eq 0 ]
ok $? "nothing lost or copied half-way: INBOX $(qt count INBOX), Full $(qt count Full), \\Deleted $(qt deleted INBOX)"
stop_daemon "$TMP/ack.pid"
[ $rc -eq 0 ]
ok $? "SIGTERM with letters waiting: the daemon exits $rc"
# the quota lifted (the userdb fields are read at each login)
sed -i "/^$QU:/s/ *userdb_quota_rule[^ ]*//g" "$MAYORBOX_DOVECOT_DIR/etc/passwd"
# one run: its sweep of what was filed and not acknowledged goes on past
# the first batch (5 a batch here) until nothing is left
"$BIN" run --once --config "$TMP/ack.conf" 2> "$TMP/ack2.log"
r=$?
ib=$(qt count INBOX) fd=$(qt count Full)
# found filed again: file_letter says they are public, so they are moved
[ $r -eq 0 ] && [ "$ib" -eq 0 ] && [ "$fd" -eq 20 ] && [ "$(filed ack)" = "20|20" ] \
	&& grep -q 'event=stopped filed=0 already_filed=20 ' "$TMP/ack2.log"
ok $? "once the quota is lifted the next run acknowledges all 20 in batches of 5, none filed twice (INBOX $ib, Full $fd, $(grep -o 'event=stopped.*' "$TMP/ack2.log"); exit $r)"

PW=$(cat "$MAYORBOX_DOVECOT_PASSWORD_FILE")
! grep -qF "$PW" "$TMP"/*.log
ok $? "no log holds the password"

empty_mailbox
dropdb --if-exists $DB 2>/dev/null

# --- 6. the outbox under faults ------------------------------------------------------------
# "Mail goes through an outbox table written in the same transaction as the
# case: sent at least once, marked sent once, retried with back-off, never
# lost by a crash." The gateway files spool letters, each from its own
# address (so each gets one acknowledgement), and sends through a private
# Postfix (scripts/smtp.sh, tls = none on 127.0.0.1) whose delivered files we
# read. Both servers are private to this section - PostgreSQL in $TMP/pg
# (MAYORBOX_PGDIR), Postfix in $TMP/smtp (MAYORBOX_SMTP_DIR) - so that they
# can be stopped and restarted without touching anybody else's; each is
# stopped by the PID its script started (cleanup too).
#   a. kill -9 of `run` (daemon) while it files and sends, then a crash made
#      certain between the server's 250 and the COMMIT (a trigger holds
#      outbox_done); `run --once` until nothing is pending: every letter
#      filed once, every row sent once, every writer acknowledged, at most
#      one extra copy per kill, with the same Message-ID;
#   b. Postfix stopped while letters arrive (2 s, and the few it takes to
#      start again): filed, mail waits (tried, deferred, next_attempt ahead),
#      then all sent once;
#   c. PostgreSQL restarted twice while the outbox is sent (once at a random
#      moment, once between a 250 and its COMMIT): no row lost, no row sent
#      that Postfix did not take.
obpg() { MAYORBOX_PGDIR="$TMP/pg" sh scripts/pg.sh "$@"; }
obsmtp() { MAYORBOX_SMTP_DIR="$TMP/smtp" sh scripts/smtp.sh "$@"; }
OB_T0=$(date +%s)
ob_ready=0
if ! obpg start > "$TMP/ob.pg.start" 2>&1; then
	echo "not ok $((n + 1)) - outbox: a private PostgreSQL could not be started (scripts/pg.sh)"
	n=$((n + 1))
	sed 's/^/# /' "$TMP/ob.pg.start"
else
	ob_pg=1
	obsmtp start > "$TMP/ob.smtp.start" 2>&1
	r=$?
	if [ $r -eq 69 ]; then
		echo "ok $((n + 1)) # SKIP outbox: no private Postfix here (scripts/smtp.sh: $(tail -n 1 "$TMP/ob.smtp.start"))"
		n=$((n + 1))
	elif [ $r -ne 0 ]; then
		echo "not ok $((n + 1)) - outbox: the private Postfix could not be started (scripts/smtp.sh)"
		n=$((n + 1))
		sed 's/^/# /' "$TMP/ob.smtp.start"
	else
		ob_smtp=1
		ob_ready=1
	fi
fi
# the rest of the section, up to its closing "fi", needs both servers
if [ $ob_ready -eq 1 ]; then
eval "$(obpg env)"
eval "$(obsmtp env)"
OB_PGPORT=$PGPORT
"$BIN" keygen --outbox "$TMP/okeys" > /dev/null
# ob_db NAME: a fresh database NAME in the private cluster; DB is set to it
ob_db() {
	DB=$1
	dropdb --if-exists "$DB" 2>/dev/null
	createdb "$DB" && "$BIN" db migrate --db "dbname=$DB" > /dev/null
}
# ob_conf NAME: $TMP/NAME.conf, a [spool NAME] in $TMP/NAME/in polled every
# second, 3 letters a transaction, mail to the private Postfix
ob_conf() {
	mkdir -p "$TMP/$1/in"
	cat > "$TMP/$1.conf" <<EOC
[database]
conninfo = host=$PGHOST port=$PGPORT user=$PGUSER dbname=$DB
[gateway]
batch = 3
[spool $1]
dir = $TMP/$1/in
done_dir = $TMP/$1/done
quarantine_dir = $TMP/$1/bad
poll_seconds = 1
[smtp]
host = 127.0.0.1
port = $MAYORBOX_SMTP_PORT
tls = none
from = mayor@city.example
timeout_seconds = 10
[replies]
retry_first_seconds = 1
per_sender_per_day = 10
outbox_key_file = $TMP/okeys/outbox.key
EOC
}
# ob_letters NAME FIRST COUNT: letters FIRST.. into the spool of NAME, each
# from NAME<i>@example.net, written hidden and renamed (as a spool wants)
ob_letters() {
	python3 - "$TMP/$1/in" "$1" "$2" "$3" <<'PY'
import os, sys
d, tag, first, count = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
for i in range(first, first + count):
    msg = ("From: Writer %d <%s%d@example.net>\r\nTo: mayor@city.example\r\n"
           "Subject: street light %s %d\r\nMessage-ID: <%s-%d@example.net>\r\n"
           "Date: Sat, 28 Nov 2026 10:%02d:00 +0800\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n"
           "Please tell me which documents I need to apply for a residence permit (%d, %d).\r\n"
           % (i, tag, i, tag, i, tag, i, i % 60, i, i % 30 + 1))
    tmp = os.path.join(d, ".%s-%04d.tmp" % (tag, i))
    with open(tmp, "w") as f:
        f.write(msg)
    os.rename(tmp, os.path.join(d, "%s-%04d.eml" % (tag, i)))
PY
}
ob_clear_mail() { find "$MAYORBOX_SMTP_MAILDIR" -type f -delete 2>/dev/null || true; }
ob_mails() { find "$MAYORBOX_SMTP_MAILDIR" -type f 2>/dev/null | wc -l | tr -d ' '; }
# ob_delivered N: Postfix's queue is empty and N messages at least are in
# the Maildir (what Postfix took is delivered)
ob_delivered() {
	[ "$(ob_mails)" -ge "$1" ] && [ -z "$(find "$MAYORBOX_SMTP_DIR/queue/incoming" \
		"$MAYORBOX_SMTP_DIR/queue/active" "$MAYORBOX_SMTP_DIR/queue/deferred" -type f 2>/dev/null | head -n 1)" ]
}
ob_count() { q "SELECT count(*) FROM outbox WHERE status = '$1'"; }
# ob_watch LOG PATTERN KLO KHI LO HI TIMEOUT [PIDFILE]: a watcher in the
# background, started before what it watches (a python takes its time to
# start on a loaded machine): once LOG has K lines matching PATTERN (K drawn
# from KLO..KHI; TIMEOUT s at most), after a random LO..HI s it kills -9 the
# PID of PIDFILE (when given) and exits, "how K delay" in LOG.watch. Sets
# watch_pid; returns once it watches.
ob_watch() {
	rm -f "$1.watch" "$1.ready"
	python3 - "$@" > "$1.watch" <<'PY' &
import os, random, re, signal, sys, time
log, pat, klo, khi = sys.argv[1], re.compile(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
lo, hi, timeout = float(sys.argv[5]), float(sys.argv[6]), float(sys.argv[7])
pidfile = sys.argv[8] if len(sys.argv) > 8 else None
k = random.randint(klo, khi)
open(log + ".ready", "w").close()
end, how = time.time() + timeout, "timeout"
while time.time() < end:
    try:
        with open(log, errors="replace") as f:
            if sum(1 for l in f if pat.search(l)) >= k:
                how = "seen"
                break
    except OSError:
        pass
    time.sleep(0.003)
d = random.uniform(lo, hi)
time.sleep(d)
if pidfile:
    try:
        os.kill(int(open(pidfile).read()), signal.SIGKILL)
    except (OSError, ValueError):
        how = "gone"
print("%s %d %.3f" % (how, k, d))
PY
	watch_pid=$!
	echo $watch_pid > "$TMP/obwatch.pid"
	wait_for 30 test -f "$1.ready"
}
# ob_watched LOG: waits for the watcher; how is what it printed
ob_watched() {
	wait "$watch_pid"
	rm -f "$TMP/obwatch.pid"
	how=$(cat "$1.watch" 2>/dev/null)
}
# ob_report PREFIX COUNT: the outbox of $DB against the Maildir, as
# shell assignments ob_*: rows, sent, pending, failed, deliveries, ids
# (distinct Message-IDs), dups (deliveries beyond the first of their
# Message-ID), dup_list, missing (writers PREFIX0..COUNT-1 with nothing),
# mixed (a writer with two different Message-IDs), foreign (a delivery
# that is not <token@city.example> of a row for that very recipient),
# sent_undelivered (rows marked sent whose Message-ID Postfix never
# delivered), delivered_pending (delivered, not yet marked)
ob_report() {
	psql -X -qAt -F ' ' -d "$DB" -c "SELECT token, coalesce(recipient, '-'), status FROM outbox" > "$TMP/ob.rows"
	python3 tests/maildir_dump.py "$MAYORBOX_SMTP_MAILDIR" > "$TMP/ob.mails"
	python3 - "$TMP/ob.rows" "$TMP/ob.mails" "$1" "$2" <<'PY'
import collections, json, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
mails = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
prefix, count = sys.argv[3], int(sys.argv[4])
mid = lambda t: "<%s@city.example>" % t
rcpt_of = {mid(t): r.lower() for t, r, s in rows}
ids = collections.Counter(m["message_id"] for m in mails)
per_rcpt = collections.defaultdict(set)
for m in mails:
    per_rcpt[m["rcpt"]].add(m["message_id"])
expected = {"%s%d@example.net" % (prefix, i) for i in range(count)}
status = collections.Counter(s for t, r, s in rows)
f = {
    "rows": len(rows), "sent": status["sent"], "pending": status["pending"],
    "failed": status["failed"], "deliveries": len(mails), "ids": len(ids),
    "dups": len(mails) - len(ids),
    "dup_list": " ".join("%s:%s*%d" % (next(m["rcpt"] for m in mails if m["message_id"] == k), k, v)
                         for k, v in ids.items() if v > 1) or "none",
    "missing": len(expected - set(per_rcpt)),
    "mixed": sum(1 for v in per_rcpt.values() if len(v) > 1),
    "foreign": sum(1 for m in mails if rcpt_of.get(m["message_id"]) != m["rcpt"]),
    "sent_undelivered": sum(1 for t, r, s in rows if s == "sent" and mid(t) not in ids),
    "delivered_pending": sum(1 for t, r, s in rows if s == "pending" and mid(t) in ids),
}
for k, v in f.items():
    print("ob_%s='%s'" % (k, str(v).replace("'", "")))
PY
}
# ob_hold TARGET: a trigger that holds outbox_done (pg_sleep, 10 s at most)
# when it marks sent the row TARGET (an SQL expression of NEW): the server
# has said 250, the COMMIT has not happened, while we crash something
ob_hold() {
	q "CREATE OR REPLACE FUNCTION mbtest_hold() RETURNS trigger LANGUAGE plpgsql AS \$\$
	   BEGIN
		IF NEW.status = 'sent' AND OLD.status = 'pending' AND $1 THEN
			PERFORM pg_sleep(10);
		END IF;
		RETURN NEW;
	   END \$\$;
	   CREATE TRIGGER mbtest_hold BEFORE UPDATE ON outbox FOR EACH ROW EXECUTE FUNCTION mbtest_hold()" > /dev/null
}
ob_unhold() { q "DROP TRIGGER IF EXISTS mbtest_hold ON outbox; DROP FUNCTION IF EXISTS mbtest_hold()" > /dev/null; }
ob_held() { [ "$(q "SELECT count(*) FROM pg_stat_activity WHERE datname = '$DB' AND wait_event = 'PgSleep'")" -ge 1 ]; }

# --- a. kill -9 while it files and sends ---
ob_db mbtest_ob_kill
ob_conf obk
ob_clear_mail
: > "$TMP/obk.log"
# Five trials of ten letters each, the daemon killed at a random moment of
# a phase: 0.1-0.7 s after its start (whatever it is doing then), while it
# files (0-30 ms after its first "filed"), while it sends (0-10 ms after
# its 1st to 5th "mail_sent": ten mails go in 30-100 ms). Letters and mail
# a killed trial left are the next one's.
kills=0 in_filing=0 in_sending=0
for phase in start filing sending sending filing; do
	ob_letters obk $((kills * 10)) 10
	: > "$TMP/obk.trial.log"
	case $phase in
	start) ob_watch "$TMP/obk.trial.log" 'event=started' 1 1 0.1 0.7 30 "$TMP/obk.pid" ;;
	filing) ob_watch "$TMP/obk.trial.log" 'event=filed' 1 1 0 0.03 30 "$TMP/obk.pid" ;;
	sending) ob_watch "$TMP/obk.trial.log" 'event=mail_sent' 1 5 0 0.01 30 "$TMP/obk.pid" ;;
	esac
	"$BIN" run --config "$TMP/obk.conf" 2>> "$TMP/obk.trial.log" &
	echo $! > "$TMP/obk.pid"
	ob_watched "$TMP/obk.trial.log"
	kill -9 "$(cat "$TMP/obk.pid")" 2>/dev/null	# the watcher timed out: now
	wait "$(cat "$TMP/obk.pid")" 2>/dev/null
	rm -f "$TMP/obk.pid"
	kills=$((kills + 1))
	cat "$TMP/obk.trial.log" >> "$TMP/obk.log"
	c=$(q "SELECT count(*) FROM office.cases") s=$(ob_count sent) p=$(ob_count pending)
	left=$(find "$TMP/obk/in" -type f ! -name '.*' | wc -l | tr -d ' ')
	# what it was doing when killed: letters still unfiled, or mail pending
	if [ "$c" -lt $((kills * 10)) ]; then state=filing in_filing=$((in_filing + 1))
	elif [ "$p" -gt 0 ]; then state=sending in_sending=$((in_sending + 1))
	else state=idle; fi
	echo "# outbox kill $kills ($phase, ${how}): cases $c of $((kills * 10)), spool $left left, outbox sent $s pending $p: $state"
done
# the sixth kill, made certain between 250 and COMMIT: the first row the
# daemon marks sent is held in outbox_done; kill -9 then
ob_letters obk 50 10
ob_hold "NEW.id = (SELECT min(id) FROM public.outbox WHERE status = 'pending')"
: > "$TMP/obk.trial.log"
"$BIN" run --config "$TMP/obk.conf" 2>> "$TMP/obk.trial.log" &
echo $! > "$TMP/obk.pid"
wait_for 30 ob_held
held=$?
kill -9 "$(cat "$TMP/obk.pid")" 2>/dev/null
wait "$(cat "$TMP/obk.pid")" 2>/dev/null
rm -f "$TMP/obk.pid"
kills=$((kills + 1))
cat "$TMP/obk.trial.log" >> "$TMP/obk.log"
# its server process would finish the statement, see the client gone and
# roll back; we do not wait the 10 s
q "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$DB' AND wait_event = 'PgSleep'" > /dev/null
ob_unhold
wait_for 20 ob_delivered "$(ob_count sent)"
eval "$(ob_report obk 60)"
[ $held -eq 0 ] && [ "$ob_delivered_pending" -ge 1 ]
ok $? "outbox: a crash between the server's 250 and the COMMIT leaves the mail pending, not lost ($ob_delivered_pending delivered and still pending; sent $ob_sent, pending $ob_pending)"
echo "# outbox: $kills kills: $in_filing while filing, $in_sending while sending, $((kills - in_filing - in_sending)) idle or starting"
t1=$(date +%s)
i=0
while [ $i -lt 15 ]; do
	"$BIN" run --once --config "$TMP/obk.conf" 2>> "$TMP/obk.once.log"
	r=$?
	i=$((i + 1))
	[ "$(q "SELECT count(*) FROM outbox WHERE status = 'pending'")" -eq 0 ] \
		&& [ -z "$(find "$TMP/obk/in" -type f ! -name '.*')" ] && break
	sleep 1
done
ok $r "outbox: after the kills run --once drains it ($i runs, exit $r, $(($(date +%s) - t1)) s)"
v=$(q "SELECT (SELECT count(*) FROM office.cases) || '|' || count(*) || '|' || count(DISTINCT source_key) FROM vault.filed")
[ "$v" = "60|60|60" ] && [ "$(find "$TMP/obk/done" -type f | wc -l)" -le 60 ] && [ -z "$(find "$TMP/obk/in" -type f)" ]
ok $? "outbox: every one of the 60 letters filed exactly once (cases|letters|source keys: $v)"
wait_for 20 ob_delivered "$(ob_count sent)"
eval "$(ob_report obk 60)"
[ "$ob_rows" -eq 60 ] && [ "$ob_sent" -eq 60 ] && [ "$ob_pending" -eq 0 ] && [ "$ob_failed" -eq 0 ] \
	&& [ "$(q "SELECT count(*) FROM office.case_events WHERE what = 'mail sent'")" -eq 60 ]
ok $? "outbox: 60 acknowledgements, each marked sent once (rows $ob_rows, sent $ob_sent, pending $ob_pending, failed $ob_failed, 'mail sent' events $(q "SELECT count(*) FROM office.case_events WHERE what = 'mail sent'"))"
[ "$ob_missing" -eq 0 ] && [ "$ob_ids" -eq 60 ] && [ "$ob_sent_undelivered" -eq 0 ]
ok $? "outbox: every writer received an acknowledgement ($ob_deliveries deliveries, $ob_ids Message-IDs, $ob_missing writers without)"
[ "$ob_dups" -ge 1 ] && [ "$ob_dups" -le $kills ]
ok $? "outbox: at least once, at most one extra copy per kill ($ob_dups duplicated deliveries for $kills kills: $ob_dup_list)"
[ "$ob_mixed" -eq 0 ] && [ "$ob_foreign" -eq 0 ]
ok $? "outbox: each extra copy carries its first copy's Message-ID, the outbox row's own ($ob_mixed writers with two Message-IDs, $ob_foreign deliveries not of their row)"
ob_dups_k=$ob_dups
echo "# outbox figures: kills $kills, duplicated deliveries $ob_dups, drain $(($(date +%s) - t1)) s"

# --- b. Postfix stopped while letters arrive ---
ob_db mbtest_ob_smtp
ob_conf obs
ob_clear_mail
: > "$TMP/obs.log"
"$BIN" run --config "$TMP/obs.conf" 2>> "$TMP/obs.log" &
echo $! > "$TMP/obs.pid"
ob_letters obs 0 10
ob_sent_is() { [ "$(ob_count sent)" -eq "$1" ]; }
wait_for 30 ob_sent_is 10
ok $? "outbox: the daemon files 10 letters and sends their acknowledgements (sent $(ob_count sent))"
SMTP_PORT1=$MAYORBOX_SMTP_PORT
obsmtp stop > /dev/null 2>&1
t_down=$(($(date +%s%N) / 1000000))
ob_letters obs 10 20
# filed, and their mail waits: tried, deferred with next_attempt ahead
ob_waiting() {
	[ "$(q "SELECT count(*) FROM office.cases")" -eq 30 ] && [ "$(ob_count pending)" -eq 20 ] \
		&& [ "$(q "SELECT count(*) FROM outbox WHERE status = 'pending' AND attempts > 0 AND next_attempt > now()")" -ge 1 ]
}
wait_for 20 ob_waiting
r=$?
w=$(q "SELECT count(*) FILTER (WHERE attempts > 0) || ' of ' || count(*) || ' tried, at most ' || max(attempts) || ' times, next in up to ' || coalesce(round(extract(epoch FROM max(next_attempt) - now())::numeric, 1), 0) || ' s' FROM outbox WHERE status = 'pending'")
ok $r "outbox: Postfix stopped: 20 more letters are filed ($(q "SELECT count(*) FROM office.cases") cases), their acknowledgements wait, retried with back-off ($w)"
# a short outage (2 s and the few Postfix takes to start): the daemon's own
# back-off of the server (1 s, doubled, with jitter) stays short too
while [ $(($(date +%s%N) / 1000000 - t_down)) -lt 2000 ]; do sleep 0.2; done
obsmtp start > "$TMP/ob.smtp.start" 2>&1
r=$?
eval "$(obsmtp env)"
t_up=$(($(date +%s%N) / 1000000))
t_up_b=$t_up
[ $r -eq 0 ] && [ "$MAYORBOX_SMTP_PORT" = "$SMTP_PORT1" ]
ok $? "outbox: Postfix started again on the same port after $(((t_up - t_down) / 1000)) s ($SMTP_PORT1 -> $MAYORBOX_SMTP_PORT)"
wait_for 60 ob_sent_is 30
r=$?
drain_b=$(($(date +%s%N) / 1000000 - t_up))
ok $r "outbox: once it is back, all 30 are sent within $drain_b ms (sent $(ob_count sent), pending $(ob_count pending), failed $(ob_count failed))"
wait_for 20 ob_delivered 30
eval "$(ob_report obs 30)"
[ "$ob_deliveries" -eq 30 ] && [ "$ob_ids" -eq 30 ] && [ "$ob_missing" -eq 0 ] && [ "$ob_mixed" -eq 0 ] \
	&& [ "$ob_foreign" -eq 0 ] && [ "$ob_sent_undelivered" -eq 0 ]
ok $? "outbox: each writer got exactly one acknowledgement ($ob_deliveries deliveries, $ob_ids Message-IDs, $ob_dups duplicated, $ob_missing writers without)"
deferred=$(grep -c 'event=mail_deferred' "$TMP/obs.log")
[ "$deferred" -ge 1 ] && ! grep -q 'event=mail_failed' "$TMP/obs.log" \
	&& [ "$(q "SELECT count(*) FROM outbox WHERE attempts > 1 AND status = 'sent' AND last_error IS NULL")" -ge 1 ]
ok $? "outbox: deferred, never failed ($deferred mail_deferred, $(grep -c 'event=mail_unavailable' "$TMP/obs.log") mail_unavailable in the log; $(q "SELECT count(*) FROM outbox WHERE attempts > 1") rows sent after more than one attempt)"
stop_daemon "$TMP/obs.pid"
[ $rc -eq 0 ]
ok $? "outbox: SIGTERM: the daemon exits $rc"

# --- c. PostgreSQL restarted while the outbox is sent ---
ob_db mbtest_ob_pg
ob_conf obp
ob_clear_mail
# the second restart comes while row H (of 60, counted from the first) is
# between its 250 and its COMMIT; the first at a random moment before
H=$(python3 -c 'import random; print(random.randint(30, 45))')
ob_hold "NEW.id = (SELECT min(id) FROM public.outbox) + $H"
ob_letters obp 0 60
: > "$TMP/obp.log"
ob_watch "$TMP/obp.log" 'event=mail_sent' 2 20 0 0.02 60
"$BIN" run --config "$TMP/obp.conf" 2>> "$TMP/obp.log" &
echo $! > "$TMP/obp.pid"
ob_watched "$TMP/obp.log"
obpg stop
s1=$(grep -c 'event=mail_sent' "$TMP/obp.log")
sleep 1
obpg start > /dev/null 2>&1
r1=$?
PORT_AFTER1=$(cat "$TMP/pg/port")
wait_for 60 ob_held
held=$?
s2=$(grep -c 'event=mail_sent' "$TMP/obp.log")
obpg stop
sleep 1
obpg start > /dev/null 2>&1
r2=$?
# before the daemon is back (>= 0.75 s): else its resend waits 10 s, no more
ob_unhold
t_up=$(($(date +%s%N) / 1000000))
[ $r1 -eq 0 ] && [ $r2 -eq 0 ] && [ "$PORT_AFTER1" = "$OB_PGPORT" ] && [ "$(cat "$TMP/pg/port")" = "$OB_PGPORT" ] && [ $held -eq 0 ]
ok $? "outbox: PostgreSQL restarted twice while sending, on its port $OB_PGPORT: after $s1 marked sent (at random: $how), and with one held between its 250 and its COMMIT (after $s2)"
wait_for 60 ob_sent_is 60
r=$?
drain_c=$(($(date +%s%N) / 1000000 - t_up))
ok $r "outbox: the daemon reconnects and sends the rest within $drain_c ms (sent $(ob_count sent), pending $(ob_count pending), failed $(ob_count failed); $(grep -c 'event=database_connected' "$TMP/obp.log") connections)"
wait_for 20 ob_delivered 60
eval "$(ob_report obp 60)"
[ "$ob_rows" -eq 60 ] && [ "$ob_sent" -eq 60 ] && [ "$ob_sent_undelivered" -eq 0 ] && [ "$ob_foreign" -eq 0 ]
ok $? "outbox: no row lost, none marked sent that Postfix did not take (rows $ob_rows, sent $ob_sent, sent but never delivered $ob_sent_undelivered, deliveries not of their row $ob_foreign)"
[ "$ob_missing" -eq 0 ] && [ "$ob_mixed" -eq 0 ] && [ "$ob_dups" -ge 1 ] && [ "$ob_dups" -le 2 ]
ok $? "outbox: every writer acknowledged, at most one extra copy per restart, with the same Message-ID ($ob_dups duplicated: $ob_dup_list)"
stop_daemon "$TMP/obp.pid"
[ $rc -eq 0 ]
ok $? "outbox: SIGTERM: the daemon exits $rc"
! grep -q '@example\.net' "$TMP"/obk*.log "$TMP"/obs.log "$TMP"/obp.log
ok $? "outbox: no gateway log names a writer's address"
echo "# outbox figures: kills $kills -> $ob_dups_k duplicated; Postfix away $(((t_up_b - t_down) / 1000)) s -> drained in $drain_b ms; PostgreSQL restarts 2 -> $ob_dups duplicated, drained in $drain_c ms; section $(($(date +%s) - OB_T0)) s"
obsmtp stop > /dev/null 2>&1
ob_smtp=0
obpg stop
ob_pg=0
fi

echo "# faults.sh: $(($(date +%s) - SUITE_T0)) s"
echo "1..$n"
