#!/bin/sh
# daemon.sh BIN - `mayorbox run` with the spool source against the real
# PostgreSQL: --once end to end, SIGTERM and SIGHUP, two gateways at once,
# and kill -9 at random moments while 500 letters are filed (20 trials,
# bounded), then a restart: every letter filed exactly once and moved;
# confidential letters unlinked, not kept in done; symbolic links, hard
# links, FIFOs and folders quarantined unread; a lease held by another
# session logged (lease_held_elsewhere) once, and filing when released.
set -u
. "$(dirname "$0")/lib.sh"
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
TMP=$(mktemp -d); echo "# tmp $TMP"
chmod 755 "$TMP"
trap 'kill -9 $(cat "$TMP"/*.pid 2>/dev/null) 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$TMP"' EXIT
eval "$(sh scripts/pg.sh env)"
PGOPTIONS="-c client_min_messages=warning"
export PGOPTIONS
n=0
q() { psql -X -qAt -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }
DB=mbtest_daemon
dropdb --if-exists $DB 2>/dev/null; createdb $DB
"$BIN" db migrate --db "dbname=$DB" > /dev/null
"$BIN" keygen "$TMP/keys" > /dev/null
chmod 644 "$TMP/keys/confidential.pub"

conf() {	# conf NAME DIR POLL
	printf '[database]\nconninfo = dbname=%s\n[confidential]\npublic_key_file = %s\n[gateway]\nbatch = 25\n[spool %s]\ndir = %s\npoll_seconds = %s\n' \
		"$DB" "$TMP/keys/confidential.pub" "$1" "$2" "$3" > "$TMP/$1.conf"
}

# --- --once ------------------------------------------------------------------
mkdir -p "$TMP/a/in"
cp tests/data/letters/* "$TMP/a/in/"
LETTERS=$(ls "$TMP/a/in" | wc -l)
conf a "$TMP/a/in" 1
"$BIN" run --once --config "$TMP/a.conf" 2> "$TMP/a.log"
ok $? "run --once files the spool and exits 0"
C=$(q $DB "SELECT count(*) FROM vault.letters WHERE source_name = 'spool:a'")
[ "$C" -gt 0 ] && [ "$(ls "$TMP/a/in" | wc -l)" -eq 0 ] && [ "$(ls "$TMP/a/done" | wc -l)" -eq $((LETTERS - C)) ]
ok $? "every public letter is moved to done ($(ls "$TMP/a/done" | wc -l) of $LETTERS; $C confidential)"
[ "$(q $DB "SELECT count(*) FROM vault.filed WHERE source_name = 'spool:a'")" -eq "$LETTERS" ]
ok $? "one letter per file in the database"
# keys_left DIR...: the source keys (file:SHA-256) of the files left there
keys_left() { find "$@" -type f -exec sha256sum {} + 2>/dev/null | sed 's/^\([0-9a-f]*\) .*/file:\1/'; }
q $DB "SELECT source_key FROM vault.letters WHERE source_name = 'spool:a'" | sort > "$TMP/conf.keys"
[ "$(keys_left "$TMP/a" | sort | comm -12 - "$TMP/conf.keys" | wc -l)" -eq 0 ]
ok $? "no confidential letter is left in the spool, done or quarantine folders (unlinked after COMMIT)"
cp "$TMP/a/done/"* "$TMP/a/in/"
"$BIN" run --once --config "$TMP/a.conf" 2> "$TMP/a2.log"
[ "$(q $DB "SELECT count(*) FROM vault.filed WHERE source_name = 'spool:a'")" -eq "$LETTERS" ] \
	&& grep -q "already_filed=$((LETTERS - C))" "$TMP/a2.log"
ok $? "the same files again: nothing filed twice"
[ "$(ls "$TMP/a/in" | wc -l)" -eq 0 ] && [ "$(ls "$TMP/a/done" | wc -l)" -eq $((LETTERS - C)) ]
ok $? "files found already filed: the public ones moved to done again, the confidential ones unlinked"
if grep -q "event=filed" "$TMP/a.log" && ! grep -qE "市长|mayor@|@example" "$TMP/a.log"; then r=0; else r=1; fi
ok $r "the log is logfmt with no letter text or address"

# --- SIGHUP, SIGTERM -----------------------------------------------------------
mkdir -p "$TMP/b/in"
conf b "$TMP/b/in" 1
"$BIN" run --config "$TMP/b.conf" 2> "$TMP/b.log" &
echo $! > "$TMP/b.pid"
in_empty() { [ "$(ls "$1" | wc -l)" -eq 0 ]; }
started() { grep -q 'event=lease_taken source=spool:b' "$TMP/b.log"; }
wait_for 120 started
cp tests/data/letters/00* "$TMP/b/in/"
wait_for 180 in_empty "$TMP/b/in"
[ "$(ls "$TMP/b/in" | wc -l)" -eq 0 ]
ok $? "the daemon files letters dropped while it runs"
mkdir -p "$TMP/badrules"; cp rules/*.rules rules/*.dir "$TMP/badrules/"
printf 'rule broken\n  match /(/\n' >> "$TMP/badrules/zz.rules"
printf '[rules]\ndir = %s\n' "$TMP/badrules" >> "$TMP/b.conf"
kill -HUP "$(cat "$TMP/b.pid")"
refused() { grep -q 'event=rules_refused' "$TMP/b.log"; }
wait_for 120 refused
cp tests/data/letters/01* "$TMP/b/in/"
wait_for 180 in_empty "$TMP/b/in"
kill -0 "$(cat "$TMP/b.pid")" && grep -q "event=rules_refused" "$TMP/b.log" && [ "$(ls "$TMP/b/in" | wc -l)" -eq 0 ]
ok $? "SIGHUP with a broken rule set: refused, the old set kept, letters still filed"
kill -TERM "$(cat "$TMP/b.pid")"
wait "$(cat "$TMP/b.pid")"
r=$?
[ $r -eq 0 ] && grep -q "event=stopped" "$TMP/b.log"
ok $? "SIGTERM: the daemon finishes and exits 0 (exit $r)"
rm -f "$TMP/b.pid"

# --- kill -9 at random moments while 500 letters are filed ------------------------
mkdir -p "$TMP/k/in"
python3 - "$TMP/k/in" <<'PY'
import os, sys, random
random.seed(12345)
d = sys.argv[1]
for i in range(500):
    body = ("Letter %d. Please tell me which documents I need to apply for a residence permit "
            "(number %d, %d days).\r\n" % (i, i, random.randint(1, 30)))
    msg = ("From: writer%d@example.com\r\nTo: mayor@city.example\r\nSubject: street light %d\r\n"
           "Message-ID: <k%d@example.com>\r\nDate: Sat, 28 Nov 2026 10:%02d:00 +0800\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n" % (i, i, i, i % 60)) + body
    open(os.path.join(d, "%04d.eml" % i), "w").write(msg)
PY
conf k "$TMP/k/in" 1
trials=0; start=$(date +%s)
while [ $trials -lt 20 ] && [ $(( $(date +%s) - start )) -lt 240 ]; do
	: > "$TMP/k.trial.log"
	"$BIN" run --config "$TMP/k.conf" 2>> "$TMP/k.trial.log" &
	pid=$!
	# killed at a random moment 0-0.8 s after it started filing (a state:
	# a loaded machine takes longer to start it), not a wait for something
	wait_for 60 grep -q 'event=lease_taken' "$TMP/k.trial.log"
	sleep "$(python3 -c 'import random; print(round(random.uniform(0, 0.8), 3))')"
	kill -9 $pid 2>/dev/null
	wait $pid 2>/dev/null
	cat "$TMP/k.trial.log" >> "$TMP/k.log"
	trials=$((trials + 1))
done
"$BIN" run --once --config "$TMP/k.conf" 2>> "$TMP/k.log"
ok $? "after $trials kill -9 trials a restart runs clean"
v=$(q $DB "SELECT count(*), count(DISTINCT content_hash) FROM vault.filed WHERE source_name = 'spool:k'")
[ "$v" = "500|500" ]
ok $? "every one of 500 letters filed exactly once ($v)"
# a letter filed before a kill is found filed again and acknowledged then
again=$(grep -c 'event=already_filed source=spool:k' "$TMP/k.log")
kd=$(ls "$TMP/k/done" | wc -l)
[ "$(ls "$TMP/k/in" | wc -l)" -eq 0 ] && [ "$kd" -le 500 ] && [ $((kd + again)) -ge 500 ]
ok $? "and every one acknowledged (moved $kd, found filed again and removed $again), none left behind"
[ "$trials" -ge 20 ]
ok $? "at least 20 kill -9 trials ran ($trials)"

# --- two gateways on one source ---------------------------------------------------
mkdir -p "$TMP/t/in"
cp tests/data/letters/* "$TMP/t/in/"
conf t "$TMP/t/in" 1
"$BIN" run --config "$TMP/t.conf" 2> "$TMP/t1.log" &
echo $! > "$TMP/t1.pid"
"$BIN" run --config "$TMP/t.conf" 2> "$TMP/t2.log" &
echo $! > "$TMP/t2.pid"
wait_for 300 in_empty "$TMP/t/in"
held=$(cat "$TMP/t1.log" "$TMP/t2.log" | grep -c "event=lease_taken source=spool:t")
[ "$held" -eq 1 ]
ok $? "two gateways on one spool: one holds the lease"
kill -9 "$(cat "$TMP/t1.pid")" "$(cat "$TMP/t2.pid")" 2>/dev/null
wait 2>/dev/null
rm -f "$TMP"/t1.pid "$TMP"/t2.pid
v=$(cat "$TMP/t1.log" "$TMP/t2.log" | grep -oE "event=(filed|already_filed) source=spool:t key=[^ ]*" | sort | uniq -d | wc -l)
w=$(cat "$TMP/t1.log" "$TMP/t2.log" | grep -cE "event=(filed|already_filed) source=spool:t")
ft=$(cat "$TMP/t1.log" "$TMP/t2.log" | grep -c "event=filed source=spool:t")
ct=$(q $DB "SELECT count(*) FROM vault.letters WHERE source_name = 'spool:t'")
# (the spool's source key is the content's hash: spool:a filed them all, so
# here they are found filed; the public ones are moved, the sealed unlinked)
[ "$v" -eq 0 ] && [ "$w" -eq "$LETTERS" ] && [ "$(ls "$TMP/t/done" | wc -l)" -eq $((LETTERS - C)) ] \
	&& [ "$(ls "$TMP/t/in" | wc -l)" -eq 0 ] \
	&& [ "$(q $DB "SELECT count(*) - count(DISTINCT content_hash) FROM vault.filed WHERE source_name = 'spool:t'")" -eq 0 ]
ok $? "and every letter is handled once, by one of them ($w; done $(ls "$TMP/t/done" | wc -l), filed $ft, sealed $ct, dup $v)"

# --- PostgreSQL stopped for a while mid-run ------------------------------------------
mkdir -p "$TMP/p/in"
python3 - "$TMP/p/in" <<'PY'
import os, sys
for i in range(1000):
    open(os.path.join(sys.argv[1], "%04d.eml" % i), "w").write(
        "From: p%d@example.com\r\nSubject: outage test %d\r\nMessage-ID: <p%d@example.com>\r\n\r\n"
        "Letter %d during a database outage. Please tell me which documents I need to "
        "apply for a residence permit.\r\n" % (i, i, i, i))
PY
conf p "$TMP/p/in" 1
"$BIN" run --config "$TMP/p.conf" 2> "$TMP/p.log" &
echo $! > "$TMP/p.pid"
# mid-run: once the first batch is in (a fixed delay raced the filing, which
# takes about as long), with 975 letters still to go
some_filed() { [ "$(q $DB "SELECT count(*) FROM vault.filed WHERE source_name = 'spool:p'")" -gt 0 ]; }
saw_outage() { grep -qE "event=(database_unavailable|database_lost|fetch_failed|commit_failed)" "$TMP/p.log"; }
spool_empty() { [ "$(ls "$TMP/p/in" | wc -l)" -eq 0 ]; }
wait_for 120 some_filed
sh scripts/pg.sh stop
wait_for 120 saw_outage
sh scripts/pg.sh start
wait_for 300 spool_empty
kill -TERM "$(cat "$TMP/p.pid")"; wait "$(cat "$TMP/p.pid")" 2>/dev/null; rm -f "$TMP/p.pid"
grep -qE "event=(database_unavailable|database_lost|fetch_failed|commit_failed)" "$TMP/p.log"
ok $? "the daemon saw the database go away and waited"
v=$(q $DB "SELECT count(*), count(DISTINCT content_hash) FROM vault.filed WHERE source_name = 'spool:p'")
again=$(grep -c 'event=already_filed source=spool:p' "$TMP/p.log")
pd=$(ls "$TMP/p/done" | wc -l)
[ "$v" = "1000|1000" ] && [ "$(ls "$TMP/p/in" | wc -l)" -eq 0 ] && [ $((pd + again)) -ge 1000 ]
ok $? "after PostgreSQL came back every letter was filed once and acknowledged ($v; moved $pd, found filed again $again)"

# --- what is not a regular file with one link: quarantined unread ----------------------
mkdir -p "$TMP/s/in" "$TMP/outside"
printf 'From: x@example.com\r\nSubject: secret\r\n\r\npassword = hunter2-not-for-the-gateway\r\n' > "$TMP/outside/secret.txt"
chmod 600 "$TMP/outside/secret.txt"
sum0=$(sha256sum < "$TMP/outside/secret.txt")
ln -s "$TMP/outside/secret.txt" "$TMP/s/in/link.eml"
printf 'From: h@example.com\r\nSubject: hard\r\n\r\nhard-linked-letter-body\r\n' > "$TMP/outside/hard.eml"
ln "$TMP/outside/hard.eml" "$TMP/s/in/hard.eml"
mkfifo "$TMP/s/in/fifo.eml"
mkdir "$TMP/s/in/folder.eml"
printf 'From: s@example.com\r\nSubject: residence permit\r\n\r\nPlease tell me which documents I need to apply for a residence permit.\r\n' > "$TMP/s/in/plain.eml"
conf s "$TMP/s/in" 1
timeout 60 "$BIN" run --once --config "$TMP/s.conf" 2> "$TMP/s.log"
r=$?
[ $r -eq 0 ] && [ "$(q $DB "SELECT count(*) FROM vault.filed WHERE source_name = 'spool:s'")" -eq 1 ] \
	&& [ "$(ls "$TMP/s/done")" = plain.eml ] && [ "$(ls "$TMP/s/in" | wc -l)" -eq 0 ]
ok $? "spool: only the regular file is filed; a FIFO does not hang the run (exit $r)"
[ -L "$TMP/s/quarantine/link.eml" ] && [ -f "$TMP/s/quarantine/hard.eml" ] && [ -p "$TMP/s/quarantine/fifo.eml" ] \
	&& [ -d "$TMP/s/quarantine/folder.eml" ]
ok $? "the symbolic link, the hard link, the FIFO and the folder are moved to quarantine as they are"
[ "$(sha256sum < "$TMP/outside/secret.txt")" = "$sum0" ] && [ ! -L "$TMP/outside/secret.txt" ] \
	&& [ -f "$TMP/outside/hard.eml" ] && [ "$(stat -c %h "$TMP/outside/hard.eml")" -eq 2 ]
ok $? "the targets are untouched (the links are moved, not what they point to)"
[ "$(q $DB "SELECT count(*) FROM letters WHERE position('hunter2'::bytea in coalesce(raw, '')) > 0 OR position('hard-linked'::bytea in coalesce(raw, '')) > 0 OR position('hunter2' in coalesce(body, '')) > 0")" -eq 0 ] \
	&& ! grep -q 'hunter2\|hard-linked' "$TMP/s.log"
ok $? "neither target's content is in the database or the log"
grep -q 'event=spool_entry_quarantined source=spool:s file=link.eml why="a symbolic link (not followed)"' "$TMP/s.log" \
	&& grep -q 'event=spool_entry_quarantined source=spool:s file=hard.eml why="a file with more than one link (a hard link)"' "$TMP/s.log" \
	&& grep -q 'event=spool_entry_quarantined source=spool:s file=fifo.eml why="a FIFO"' "$TMP/s.log" \
	&& grep -q 'event=spool_entry_quarantined source=spool:s file=folder.eml why="a folder"' "$TMP/s.log"
ok $? "each is logged with its file name and the reason"

# --- a lease held by another session ----------------------------------------------------
mkdir -p "$TMP/l/in" "$TMP/m/in"
printf '[database]\nconninfo = dbname=%s\n[confidential]\npublic_key_file = %s\n[spool l]\ndir = %s\npoll_seconds = 1\n[spool m]\ndir = %s\npoll_seconds = 1\n' \
	"$DB" "$TMP/keys/confidential.pub" "$TMP/l/in" "$TMP/m/in" > "$TMP/l.conf"
mkfifo "$TMP/holder.in"
psql -X -qAt -d $DB < "$TMP/holder.in" > "$TMP/holder.out" 2>&1 &
echo $! > "$TMP/holder.pid"
exec 3> "$TMP/holder.in"
echo "SELECT pg_backend_pid(); SELECT take_lease('spool:l');" >&3
held() { [ "$(q $DB "SELECT count(*) FROM vault.leases WHERE source_name = 'spool:l' AND pid = ${HPID:-0}")" -eq 1 ]; }
wait_for 60 test -s "$TMP/holder.out"
HPID=$(head -1 "$TMP/holder.out")
wait_for 60 held
held
ok $? "another gateway session (psql, pid $HPID) holds the lease of spool:l"
printf 'From: l@example.com\r\nSubject: pothole\r\n\r\nA pothole on Pine Street needs repair.\r\n' > "$TMP/l/in/held.eml"
"$BIN" run --config "$TMP/l.conf" 2> "$TMP/l.log" 3>&- &	# the holder's EOF is ours alone
echo $! > "$TMP/l.pid"
wait_for 120 grep -q 'event=lease_held_elsewhere' "$TMP/l.log"
# two more rounds of the gateway: each files a letter of spool:m
for k in 1 2; do
	printf 'From: m%s@example.com\r\nSubject: round %s\r\n\r\nThe bus stop sign at stop %s is missing.\r\n' $k $k $k > "$TMP/m/in/m$k.eml"
	wait_for 120 in_empty "$TMP/m/in"
done
grep -q "event=lease_held_elsewhere source=spool:l holder_pid=$HPID " "$TMP/l.log" \
	&& [ "$(ls "$TMP/l/in")" = held.eml ] && [ ! -e "$TMP/m/in/m2.eml" ] \
	&& [ "$(q $DB "SELECT count(*) FROM vault.filed WHERE source_name = 'spool:l'")" -eq 0 ]
ok $? "the gateway says lease_held_elsewhere with the holder's pid, and files nothing of spool:l"
[ "$(grep -c 'event=lease_held_elsewhere' "$TMP/l.log")" -eq 1 ]
ok $? "once, not every poll ($(grep -c 'event=lease_held_elsewhere' "$TMP/l.log") lines over $(grep -c 'event=filed source=spool:m' "$TMP/l.log") rounds)"
exec 3>&-
wait_for 120 in_empty "$TMP/l/in"
grep -q 'event=lease_taken source=spool:l' "$TMP/l.log" \
	&& [ "$(q $DB "SELECT count(*) FROM vault.filed WHERE source_name = 'spool:l'")" -eq 1 ] \
	&& [ "$(grep -c 'event=lease_held_elsewhere' "$TMP/l.log")" -eq 1 ]
ok $? "released: the gateway takes the lease and files the letter"
kill -TERM "$(cat "$TMP/l.pid")"; wait "$(cat "$TMP/l.pid")" 2>/dev/null; rm -f "$TMP/l.pid"
wait "$(cat "$TMP/holder.pid")" 2>/dev/null; rm -f "$TMP/holder.pid"

dropdb $DB
echo "1..$n"
