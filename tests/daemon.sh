#!/bin/sh
# daemon.sh BIN - `mayorbox run` with the spool source against the real
# PostgreSQL: --once end to end, SIGTERM and SIGHUP, two gateways at once,
# and kill -9 at random moments while 500 letters are filed (20 trials,
# bounded), then a restart: every letter filed exactly once and moved.
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
[ "$(ls "$TMP/a/in" | wc -l)" -eq 0 ] && [ "$(ls "$TMP/a/done" | wc -l)" -eq "$LETTERS" ]
ok $? "every filed letter is moved to done"
[ "$(q $DB "SELECT count(*) FROM vault.filed WHERE source_name = 'spool:a'")" -eq "$LETTERS" ]
ok $? "one letter per file in the database"
cp "$TMP/a/done/"* "$TMP/a/in/"
"$BIN" run --once --config "$TMP/a.conf" 2> "$TMP/a2.log"
[ "$(q $DB "SELECT count(*) FROM vault.filed WHERE source_name = 'spool:a'")" -eq "$LETTERS" ] \
	&& grep -q "already_filed=$LETTERS" "$TMP/a2.log"
ok $? "the same files again: nothing filed twice"
if grep -q "event=filed" "$TMP/a.log" && ! grep -qE "市长|mayor@|@example" "$TMP/a.log"; then r=0; else r=1; fi
ok $r "the log is logfmt with no letter text or address"

# --- SIGHUP, SIGTERM -----------------------------------------------------------
mkdir -p "$TMP/b/in"
conf b "$TMP/b/in" 1
"$BIN" run --config "$TMP/b.conf" 2> "$TMP/b.log" &
echo $! > "$TMP/b.pid"
sleep 1
cp tests/data/letters/00* "$TMP/b/in/"
i=0; while [ "$(ls "$TMP/b/in" | wc -l)" -gt 0 ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
[ "$(ls "$TMP/b/in" | wc -l)" -eq 0 ]
ok $? "the daemon files letters dropped while it runs"
mkdir -p "$TMP/badrules"; cp rules/*.rules "$TMP/badrules/"
printf 'rule broken\n  match /(/\n' >> "$TMP/badrules/zz.rules"
printf '[rules]\ndir = %s\n' "$TMP/badrules" >> "$TMP/b.conf"
kill -HUP "$(cat "$TMP/b.pid")"
sleep 1
cp tests/data/letters/01* "$TMP/b/in/"
i=0; while [ "$(ls "$TMP/b/in" | wc -l)" -gt 0 ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
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
    body = "Letter %d. The street light at number %d has been out for %d days.\r\n" % (i, i, random.randint(1, 30))
    msg = ("From: writer%d@example.com\r\nTo: mayor@city.example\r\nSubject: street light %d\r\n"
           "Message-ID: <k%d@example.com>\r\nDate: Sat, 28 Nov 2026 10:%02d:00 +0800\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n" % (i, i, i, i % 60)) + body
    open(os.path.join(d, "%04d.eml" % i), "w").write(msg)
PY
conf k "$TMP/k/in" 1
trials=0; start=$(date +%s)
while [ $trials -lt 20 ] && [ $(( $(date +%s) - start )) -lt 240 ]; do
	"$BIN" run --config "$TMP/k.conf" 2>> "$TMP/k.log" &
	pid=$!
	sleep "$(python3 -c 'import random; print(round(random.uniform(0.05, 0.8), 3))')"
	kill -9 $pid 2>/dev/null
	wait $pid 2>/dev/null
	trials=$((trials + 1))
done
"$BIN" run --once --config "$TMP/k.conf" 2>> "$TMP/k.log"
ok $? "after $trials kill -9 trials a restart runs clean"
v=$(q $DB "SELECT count(*), count(DISTINCT content_hash) FROM vault.filed WHERE source_name = 'spool:k'")
[ "$v" = "500|500" ]
ok $? "every one of 500 letters filed exactly once ($v)"
[ "$(ls "$TMP/k/in" | wc -l)" -eq 0 ] && [ "$(ls "$TMP/k/done" | wc -l)" -eq 500 ]
ok $? "and every one acknowledged (moved), none left behind"
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
i=0; while [ "$(ls "$TMP/t/in" | wc -l)" -gt 0 ] && [ $i -lt 200 ]; do sleep 0.1; i=$((i + 1)); done
held=$(cat "$TMP/t1.log" "$TMP/t2.log" | grep -c "event=lease_taken source=spool:t")
[ "$held" -eq 1 ]
ok $? "two gateways on one spool: one holds the lease"
kill -9 "$(cat "$TMP/t1.pid")" "$(cat "$TMP/t2.pid")" 2>/dev/null
wait 2>/dev/null
rm -f "$TMP"/t1.pid "$TMP"/t2.pid
v=$(cat "$TMP/t1.log" "$TMP/t2.log" | grep -oE "event=(filed|already_filed) source=spool:t key=[^ ]*" | sort | uniq -d | wc -l)
w=$(cat "$TMP/t1.log" "$TMP/t2.log" | grep -cE "event=(filed|already_filed) source=spool:t")
[ "$v" -eq 0 ] && [ "$w" -eq "$LETTERS" ] && [ "$(ls "$TMP/t/done" | wc -l)" -eq "$LETTERS" ] \
	&& [ "$(q $DB "SELECT count(*) - count(DISTINCT content_hash) FROM vault.filed")" -eq 0 ]
ok $? "and every letter is handled once, by one of them ($w)"

# --- PostgreSQL stopped for a while mid-run ------------------------------------------
mkdir -p "$TMP/p/in"
python3 - "$TMP/p/in" <<'PY'
import os, sys
for i in range(300):
    open(os.path.join(sys.argv[1], "%04d.eml" % i), "w").write(
        "From: p%d@example.com\r\nSubject: outage test %d\r\nMessage-ID: <p%d@example.com>\r\n\r\n"
        "Letter %d during a database outage. Please tell me which documents I need to "
        "apply for a residence permit.\r\n" % (i, i, i, i))
PY
conf p "$TMP/p/in" 1
"$BIN" run --config "$TMP/p.conf" 2> "$TMP/p.log" &
echo $! > "$TMP/p.pid"
# stop the database once the daemon has filed some, start it again once the
# daemon has seen it gone (states, not times; bounded)
i=0; while ! grep -q "event=filed" "$TMP/p.log" 2>/dev/null && [ $i -lt 600 ]; do sleep 0.05; i=$((i + 1)); done
sh scripts/pg.sh stop
i=0; while ! grep -qE "event=(database_unavailable|database_lost|fetch_failed|commit_failed)" "$TMP/p.log" \
	&& [ $i -lt 600 ]; do sleep 0.05; i=$((i + 1)); done
sh scripts/pg.sh start
i=0; while [ "$(ls "$TMP/p/in" | wc -l)" -gt 0 ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done
kill -TERM "$(cat "$TMP/p.pid")"; wait "$(cat "$TMP/p.pid")" 2>/dev/null; rm -f "$TMP/p.pid"
grep -qE "event=(database_unavailable|database_lost|fetch_failed|commit_failed)" "$TMP/p.log"
ok $? "the daemon saw the database go away and waited"
v=$(q $DB "SELECT count(*), count(DISTINCT content_hash) FROM vault.filed WHERE source_name = 'spool:p'")
[ "$v" = "300|300" ] && [ "$(ls "$TMP/p/done" | wc -l)" -eq 300 ]
ok $? "after PostgreSQL came back every letter was filed once and moved ($v)"

dropdb $DB
echo "1..$n"
