#!/bin/sh
# faults.sh BIN - fault tests of `mayorbox run` with the IMAP source against
# a real Dovecot (scripts/dovecot.sh, IMAPS with the test CA) and the real
# PostgreSQL (scripts/pg.sh), each bounded in count and time:
#   1. kill -9 of the gateway at random moments while it files 500 letters
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
#   5. a MOVE that fails after the batch's COMMIT (what a crash or a lost
#      connection between COMMIT and acknowledgement leaves, made certain):
#      the next run still moves the filed letters, filing none twice.
# TAP output. Dovecot is a private instance in a temporary folder (the
# suite stops and starts it; nothing else is touched); PostgreSQL is started
# when it is not running. Everything the suite started is stopped by PID.
set -u
. "$(dirname "$0")/lib.sh"
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
TMP=$(mktemp -d)
chmod 755 "$TMP"
echo "# tmp $TMP"
pg_started=0
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
# wait_for SECONDS COMMAND...: until COMMAND succeeds (0) or SECONDS pass (1)
wait_for() {
	end=$(($(date +%s) + $1))
	shift
	while ! "$@"; do
		[ "$(date +%s)" -ge $end ] && return 1
		sleep 0.1
	done
	return 0
}
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
    body = ("Letter %s-%d. The street light at number %d has been out for %d days.\r\n"
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
filed() { q "SELECT count(*), count(DISTINCT content_hash) FROM letters WHERE source_name = 'imap:$1'"; }
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
# COMMIT and its MOVE, or a few big ones). The trials go on until at least
# 20 have run and INBOX is empty (or all 500 are in the database), at most
# 60 trials or 300 s. A trial "interrupted filing" when the database gained
# letters during it and INBOX still held some when it was killed.
trials=0 interrupted=0 t0=$(date +%s)
: > "$TMP/kill.trials"
while [ $trials -lt 60 ] && [ $(($(date +%s) - t0)) -lt 300 ]; do
	before=$(count INBOX)
	db0=$(q "SELECT count(*) FROM letters WHERE source_name = 'imap:kill'")
	[ $trials -ge 20 ] && { [ "$before" -eq 0 ] || [ "$db0" -ge 500 ]; } && break
	b=$(python3 -c 'import random; print(random.choice((1, 1, 1, 2, 5, 25)))')
	sed -i "s/^batch = .*/batch = $b/" "$TMP/kill.conf"
	start_daemon kill "$TMP/kill.log" "$TMP/kill.pid"
	d=$(python3 -c 'import random; print(round(random.uniform(0.05, 1.0), 3))')
	sleep "$d"
	kill -9 "$(cat "$TMP/kill.pid")" 2>/dev/null
	wait "$(cat "$TMP/kill.pid")" 2>/dev/null
	rm -f "$TMP/kill.pid"
	trials=$((trials + 1))
	after=$(count INBOX)
	db=$(q "SELECT count(*) FROM letters WHERE source_name = 'imap:kill'")
	[ "$db" -gt "$db0" ] && [ "$after" -gt 0 ] && interrupted=$((interrupted + 1))
	echo "# trial $trials: batch $b, kill -9 after ${d} s; INBOX $before -> $after, in the database $db0 -> $db" >> "$TMP/kill.trials"
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
[ "$v" = "500|500" ]
ok $? "every one of the 500 letters filed exactly once (count|distinct: $v)"
[ "$(q "SELECT count(DISTINCT source_key) FROM letters WHERE source_name = 'imap:kill'")" -eq 500 ]
ok $? "one source key per letter"
ib=$(count INBOX) fd=$(count Filed)
[ "$ib" -eq 0 ] && [ "$fd" -eq 500 ]
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
in_db() { [ "$(q "SELECT count(*) FROM letters WHERE source_name = 'imap:restart'")" -gt 0 ]; }
wait_for 10 in_db
sleep "$(python3 -c 'import random; print(round(random.uniform(0, 0.5), 3))')"
in_db=$(q "SELECT count(*) FROM letters WHERE source_name = 'imap:restart'")
dovecot_stop
sleep 2
sh scripts/dovecot.sh start
PORTS2="$(cat "$MAYORBOX_DOVECOT_DIR/imap_port") $(cat "$MAYORBOX_DOVECOT_DIR/imaps_port")"
[ "$PORTS1" = "$PORTS2" ]
ok $? "Dovecot restarted on the same ports ($PORTS1 -> $PORTS2)"
t1=$(date +%s)
wait_for 60 inbox_empty_and_filed 300
ok $? "Dovecot stopped mid-run ($in_db of 300 filed by then) for 2 s: every letter moved within $(($(date +%s) - t1)) s (INBOX $(count INBOX), Filed $(count Filed))"
grep -qE 'event=(source_unavailable|fetch_failed|ack_failed) source=imap:restart .*retry_ms=[0-9]+' "$TMP/restart.log"
ok $? "the daemon logged the failure with its back-off ($(grep -cE 'event=(source_unavailable|fetch_failed|ack_failed)' "$TMP/restart.log") lines: $(grep -oE 'event=(source_unavailable|fetch_failed|ack_failed)|retry_ms=[0-9]+' "$TMP/restart.log" | paste -sd' ' - | cut -c1-200))"
first_fail=$(grep -nE 'event=(source_unavailable|fetch_failed|ack_failed)' "$TMP/restart.log" | head -1 | cut -d: -f1)
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
sleep 2	# a few more rounds: the other one keeps trying for the lease
l1=$(grep -c 'event=lease_taken source=imap:two' "$TMP/two1.log")
l2=$(grep -c 'event=lease_taken source=imap:two' "$TMP/two2.log")
[ $((l1 + l2)) -eq 1 ]
ok $? "exactly one of them took the lease ($l1 + $l2)"
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
printf 'From: p@example.com\r\nTo: mayor@city.example\r\nSubject: poison\r\nMessage-ID: <poison@example.com>\r\n\r\nA poison pill.\r\n' \
	> "$TMP/p/p-0010a.eml"
sh scripts/dovecot.sh add "$TMP/p" > /dev/null
q "CREATE FUNCTION mbtest_poison() RETURNS trigger LANGUAGE plpgsql AS \$\$ BEGIN RAISE EXCEPTION 'poisoned'; END \$\$;
   CREATE TRIGGER mbtest_poison BEFORE INSERT ON letters FOR EACH ROW
   WHEN (NEW.subject = 'poison' OR NEW.body LIKE '%poison pill%') EXECUTE FUNCTION mbtest_poison()" > /dev/null
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
q "DROP TRIGGER mbtest_poison ON letters; DROP FUNCTION mbtest_poison()" > /dev/null

# --- 5. the acknowledgement fails after COMMIT -------------------------------------------
# What a kill -9, a lost connection or a server error between COMMIT and
# MOVE leaves, made certain: a Filed folder with a name Dovecot refuses (too
# long), so MOVE fails after the batch is committed; then the right folder.
# The letters are filed; the next run must still move them (source.h: "a
# crash between COMMIT and ack re-fetches letters the database already
# holds, which filing recognises").
empty_mailbox
letters "$TMP/a" 10 a
sh scripts/dovecot.sh add "$TMP/a" > /dev/null
conf ack
LONG=$(python3 -c 'print("F" * 300)')
sed -i "s/^after = .*/after = move $LONG/" "$TMP/ack.conf"
"$BIN" run --once --config "$TMP/ack.conf" 2> "$TMP/ack1.log"
r=$?
v=$(filed ack)
[ "$v" = "10|10" ] && [ "$(count INBOX)" -eq 10 ] && grep -q 'event=ack_failed source=imap:ack' "$TMP/ack1.log"
ok $? "MOVE refused after COMMIT: 10 letters filed ($v), still in INBOX ($(count INBOX)), ack_failed logged (exit $r)"
sed -i "s/^after = .*/after = move Filed/" "$TMP/ack.conf"
"$BIN" run --once --config "$TMP/ack.conf" 2> "$TMP/ack2.log"
r=$?
ib=$(count INBOX) fd=$(count Filed)
[ "$ib" -eq 0 ] && [ "$fd" -eq 10 ] && [ "$(filed ack)" = "10|10" ]
ok $? "once MOVE works again the next run acknowledges them, none filed twice (INBOX $ib, Filed $fd, $(grep -o 'event=stopped.*' "$TMP/ack2.log"); exit $r)"

PW=$(cat "$MAYORBOX_DOVECOT_PASSWORD_FILE")
! grep -qF "$PW" "$TMP"/*.log
ok $? "no log holds the password"

empty_mailbox
dropdb --if-exists $DB 2>/dev/null
echo "# faults.sh: $(($(date +%s) - SUITE_T0)) s"
echo "1..$n"
