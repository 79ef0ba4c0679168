#!/bin/sh
# service.sh BIN - the gateway as a city's IT installs and watches it
# (issue 13): the configuration's one table of keys (the example and
# mayorbox.conf(5) held to it; unknown sections and keys and bad values
# refused at FILE:LINE, exit 78; no source refused); a wrong option in one
# line; the schema checked at the start and after reconnecting, touching no
# letter; db status; db migrate by a clerk (77); --log-level, the key, and
# journald priorities; filed with category, department, confidential, ms;
# READY and WATCHDOG to systemd's socket; /metrics scraped and /healthz
# asked with curl during a real run against the test PostgreSQL; `make
# install` into a DESTDIR under build/ and the installed program run from
# outside the source tree.
set -u
. "$(dirname "$0")/lib.sh"
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
ROOT=$(pwd)
TMP=$(mktemp -d); echo "# tmp $TMP"
chmod 755 "$TMP"
trap 'kill -9 $(cat "$TMP"/*.pid 2>/dev/null) 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$TMP"' EXIT
eval "$(sh scripts/pg.sh env)"
PGOPTIONS="-c client_min_messages=warning"
export PGOPTIONS
n=0
q() { psql -X -qAt -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }
DB=mbtest_service
dropdb --if-exists $DB 2>/dev/null; createdb $DB
"$BIN" keygen "$TMP/keys" > /dev/null
chmod 644 "$TMP/keys/confidential.pub"
LETTER=tests/data/letters/001-wage-arrears.eml

# --- the table of keys ---------------------------------------------------------
"$BIN" config check mayorbox.conf.example > /dev/null
ok $? "config check: mayorbox.conf.example is a configuration the program takes"
awk '/^\[/{s=$0; gsub(/^\[|\].*$/,"",s); split(s,a," "); sec=a[1]; next}
     match($0,/^[;#]? *[a-z_]+ *=/){k=substr($0,RSTART,RLENGTH); gsub(/^[;#]? *| *=$/,"",k); print sec "\t" k}' \
	mayorbox.conf.example | sort -u > "$TMP/example.keys"
"$BIN" config keys | cut -f1,2 | sed 's/ NAME//' | sort -u > "$TMP/table.keys"
diff "$TMP/example.keys" "$TMP/table.keys" > "$TMP/keys.diff"
ok $? "mayorbox.conf.example shows exactly the table's keys ($(grep -c '^[<>]' "$TMP/keys.diff") differ)"
sed -n '/^\.\\" keys begin/,/^\.\\" keys end/p' doc/mayorbox.conf.5 | sed '1d;$d' > "$TMP/man.keys"
"$BIN" config keys --man | diff - "$TMP/man.keys" > /dev/null
ok $? "mayorbox.conf(5)'s key reference is the table's (regenerate with config keys --man)"
[ "$(cut -f2 "$TMP/table.keys" | wc -l)" -gt 60 ] && ! "$BIN" config keys | awk -F'\t' '$5 == ""' | grep -q .
ok $? "every key of the table has its help ($(wc -l < "$TMP/table.keys") keys)"

base() { printf '[database]\nconninfo = dbname=%s\n[confidential]\npublic_key_file = %s\n' "$DB" "$TMP/keys/confidential.pub"; }
refused() {	# refused NAME PATTERN: run --once on $TMP/NAME.conf exits 78 saying PATTERN
	"$BIN" run --once --config "$TMP/$1.conf" > "$TMP/$1.out" 2>&1
	r=$?
	[ $r -eq 78 ] && grep -q -- "$2" "$TMP/$1.out"
}
mkdir -p "$TMP/in"
{ base; printf '[imap box]\nhost = 127.0.0.1\nuser = u\nmailbx = INBOX\n'; } > "$TMP/k1.conf"
refused k1 "$TMP/k1.conf:8: \[imap box\] mailbx: unknown key"
ok $? "an unknown key (mailbx = INBOX) is refused at its file:line, exit 78 ($r)"
{ base; printf '[gateway]\nbatchsize = 10\n[spool in]\ndir = %s/in\n' "$TMP"; } > "$TMP/k2.conf"
refused k2 "$TMP/k2.conf:6: \[gateway\] batchsize: unknown key"
ok $? "[gateway] batchsize = 10 is refused at its file:line, exit 78 ($r)"
{ base; printf '[gatway]\nbatch = 10\n'; } > "$TMP/k3.conf"
refused k3 "$TMP/k3.conf:5: \[gatway\]: unknown section"
ok $? "an unknown section is refused with its line, exit 78 ($r)"
{ base; printf '[gateway]\nbatch = ten\n[spool in]\ndir = %s/in\n' "$TMP"; } > "$TMP/k4.conf"
refused k4 "$TMP/k4.conf:6: \[gateway\] batch: a whole number from 1 to 100000"
ok $? "a bad value names file:line and the range, exit 78 ($r)"
{ base; printf '[spool in]\ndir = %s/in\nidle = maybe\n' "$TMP"; } > "$TMP/k5.conf"
refused k5 "$TMP/k5.conf:7: \[spool in\] idle: unknown key"
ok $? "a key of another section is unknown here (idle in [spool]), exit 78 ($r)"
{ base; printf '[imap box]\nhost = h\nuser = u\nidle = maybe\n'; } > "$TMP/k6.conf"
refused k6 "$TMP/k6.conf:8: \[imap box\] idle: is yes or no"
ok $? "a boolean is yes or no, at its line, exit 78 ($r)"
{ base; printf '[gateway]\nbatch = 10\n'; } > "$TMP/k7.conf"
refused k7 "no source"
ok $? "a configuration with no source is refused, exit 78 ($r)"
"$BIN" config check "$TMP/k1.conf" > /dev/null 2> "$TMP/cc.err"
[ $? -eq 78 ] && grep -q "k1.conf:8:" "$TMP/cc.err"
ok $? "config check names the same file:line, exit 78"

# --- a wrong option --------------------------------------------------------------
one_line() {	# one_line ARGS...: exit 64, one line naming the option and --help
	"$BIN" "$@" > "$TMP/wo.out" 2> "$TMP/wo.err"
	r=$?
	[ $r -eq 64 ] && [ "$(wc -l < "$TMP/wo.err")" -eq 1 ] && grep -q -- "--frob" "$TMP/wo.err" \
		&& grep -q -- "--help" "$TMP/wo.err" && [ ! -s "$TMP/wo.out" ]
}
r1=0; for c in "run" "db migrate" "cases list" "ingest" "parse" "rules test"; do
	# shellcheck disable=SC2086
	one_line $c --frob || { r1=1; echo "# $c: $(cat "$TMP/wo.err" | head -3)"; }
done
ok $r1 "a wrong option prints one line and a pointer to --help, exit 64 (run, db migrate, cases list, ingest, parse, rules test)"
"$BIN" run --log-level loud > /dev/null 2> "$TMP/ll.err"
[ $? -eq 64 ] && [ "$(wc -l < "$TMP/ll.err")" -eq 1 ]
ok $? "--log-level with an unknown level: 64, one line"

# --- the schema ------------------------------------------------------------------
cp "$LETTER" "$TMP/in/"
{ base; printf '[spool in]\ndir = %s/in\ndone_dir = %s/done\nquarantine_dir = %s/bad\n' "$TMP" "$TMP" "$TMP"; } > "$TMP/s.conf"
refused s "run 'mayorbox db migrate'"
ok $? "a database never migrated: run refuses naming mayorbox db migrate, exit 78 ($r)"
[ -f "$TMP/in/$(basename "$LETTER")" ] && [ ! -d "$TMP/bad" ] && [ ! -d "$TMP/done" ] \
	&& [ "$(q $DB "SELECT to_regclass('file_letter') IS NULL")" = t ]
ok $? "... and touches no letter (still in the spool, nothing quarantined)"
"$BIN" db status --db "dbname=$DB" > "$TMP/st0"
r=$?
NFILES=$(ls schema/*.sql | wc -l)
[ $r -eq 0 ] && [ "$(grep -c '^pending ' "$TMP/st0")" -eq "$NFILES" ] && grep -q "0 applied, $NFILES pending" "$TMP/st0"
ok $? "db status on an empty database: every migration pending"
"$BIN" db migrate --db "dbname=$DB" > /dev/null
"$BIN" db status --db "dbname=$DB" > "$TMP/st1"
[ "$(grep -c '^applied ' "$TMP/st1")" -eq "$NFILES" ] && grep -q "$NFILES applied, 0 pending, 0 unknown" "$TMP/st1" \
	&& grep -q '^applied  007_service.sql .* UTC$' "$TMP/st1"
ok $? "db status after migrate: every migration applied, with its time"
LAST=$(ls schema/*.sql | sed 's|.*/||; s|_.*||' | sort -n | tail -1)
grep -q "define DB_SCHEMA_VERSION $(expr "$LAST" + 0)\$" gateway/store/db.h
ok $? "the program's schema version (DB_SCHEMA_VERSION) is the newest migration ($LAST)"
q $DB "INSERT INTO schema_migrations (version, name) VALUES (999, '999_future.sql')"
"$BIN" db status --db "dbname=$DB" > "$TMP/st2"
grep -q '^unknown  999_future.sql: newer than this program' "$TMP/st2"
ok $? "db status names a migration newer than the program"
refused s "newer than this program's"
ok $? "a newer database: run refuses, exit 78 ($r)"
[ -f "$TMP/in/$(basename "$LETTER")" ] && [ "$(q $DB "SELECT count(*) FROM vault.filed")" -eq 0 ]
ok $? "... touching no letter"
q $DB "DELETE FROM schema_migrations WHERE version = 999"
psql -X -qAt -d postgres -c "DROP ROLE IF EXISTS mbtest_svc_clerk" > /dev/null 2>&1
psql -X -qAt -d postgres -c "CREATE ROLE mbtest_svc_clerk LOGIN IN ROLE mayorbox_clerk" > /dev/null
"$BIN" db migrate --db "dbname=$DB user=mbtest_svc_clerk" > /dev/null 2> "$TMP/clerk.err"
r=$?
[ $r -eq 77 ]
ok $? "db migrate as a clerk: permission denied, exit 77 ($r)"

# --- the log --------------------------------------------------------------------
"$BIN" run --once --config "$TMP/s.conf" 2> "$TMP/s.log"
r=$?
grep -qE "event=filed source=spool:in key=file:[0-9a-f]+ case=[0-9]{4}-[0-9]{6} category=[a-z]+ department=(\"[^\"]+\"|[^ ]+) confidential=(yes|no) ms=[0-9]+$" "$TMP/s.log"
ok $? "filed names category, department, confidential yes/no and milliseconds (exit $r)"
cp tests/data/letters/00[2-4]* "$TMP/in/"
"$BIN" run --once --log-level warn --config "$TMP/s.conf" 2> "$TMP/w.log"
r=$?
[ $r -eq 0 ] && ! grep -q 'level=info' "$TMP/w.log" && [ "$(ls "$TMP/in" | wc -l)" -eq 0 ]
ok $? "--log-level warn: no info line, the letters filed all the same"
cp tests/data/letters/005* "$TMP/in/"
{ cat "$TMP/s.conf"; printf '[gateway]\nlog_level = error\n'; } > "$TMP/e.conf"
"$BIN" run --once --config "$TMP/e.conf" 2> "$TMP/e.log"
[ $? -eq 0 ] && [ ! -s "$TMP/e.log" ]
ok $? "[gateway] log_level = error: nothing below error"
cp tests/data/letters/006* "$TMP/in/"
: > "$TMP/j.log"
JS=$(stat -c '%d:%i' "$TMP/j.log")
JOURNAL_STREAM=$JS "$BIN" run --once --config "$TMP/s.conf" 2>> "$TMP/j.log"
grep -q '^<6>ts=.* level=info event=started' "$TMP/j.log" && grep -q '^<6>ts=.* event=filed ' "$TMP/j.log" \
	&& ! grep -qv '^<[3467]>ts=' "$TMP/j.log"
ok $? "on journald's stream every line carries its priority (<6> info)"
cp tests/data/letters/007* "$TMP/in/"
"$BIN" run --once --config "$TMP/s.conf" 2> "$TMP/p.log"
! grep -q '^<' "$TMP/p.log"
ok $? "on any other stderr the lines are plain logfmt"

# --- a real run: systemd's socket, /metrics, /healthz --------------------------------
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$TMP/m/in"
{ base; printf '[gateway]\nbatch = 5\n[metrics]\nlisten = 127.0.0.1:%s\n[spool m]\ndir = %s/m/in\npoll_seconds = 1\n' "$PORT" "$TMP"; } > "$TMP/m.conf"
# systemd's notification socket, as python listens on it
python3 -c 'import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); s.bind(sys.argv[1])
print("bound", flush=True)
with open(sys.argv[2], "a") as f:
    while True:
        f.write(s.recv(4096).decode() + "\n"); f.flush()' "$TMP/notify.sock" "$TMP/notify.txt" > "$TMP/notify.out" &
echo $! > "$TMP/notify.pid"
wait_for 20 grep -q bound "$TMP/notify.out"
NOTIFY_SOCKET=$TMP/notify.sock WATCHDOG_USEC=2000000 "$BIN" run --config "$TMP/m.conf" 2> "$TMP/m.log" &
echo $! > "$TMP/m.pid"
healthy() { curl -sf "http://127.0.0.1:$PORT/healthz" > "$TMP/h" 2>/dev/null; }
wait_for 60 healthy
ok $? "/healthz answers 200 once the gateway runs ($(cat "$TMP/h" 2>/dev/null))"
wait_for 30 grep -qx 'READY=1' "$TMP/notify.txt"
ok $? "READY=1 is sent to systemd's socket (Type=notify)"
wait_for 30 grep -qx 'WATCHDOG=1' "$TMP/notify.txt"
ok $? "WATCHDOG=1 is sent within WatchdogSec"
cp tests/data/letters/01* "$TMP/m/in/"
NM=$(ls "$TMP/m/in" | wc -l)
scrape() { curl -sf "http://127.0.0.1:$PORT/metrics" > "$TMP/metrics" 2>/dev/null; }
metric() { scrape && awk -v k="$1" '$1 == k {print $2}' "$TMP/metrics"; }
all_in() {
	f=$(metric 'mayorbox_letters_filed_total{source="spool:m"}')
	[ "${f:-0}" -eq "$NM" ]
}
wait_for 120 all_in
ok $? "scraped during the run: mayorbox_letters_filed_total{source=\"spool:m\"} reaches $NM"
r=0
for m in mayorbox_letters_already_filed_total mayorbox_letters_failed_total \
	mayorbox_letters_quarantined_total mayorbox_letters_waiting mayorbox_lease_held \
	mayorbox_seconds_since_good_poll mayorbox_batch_duration_seconds_bucket \
	mayorbox_batch_duration_seconds_count; do
	grep -q "^$m{source=\"spool:m\"" "$TMP/metrics" || { r=1; echo "# missing $m"; }
done
for m in 'mayorbox_outbox_mails{state="queued"}' 'mayorbox_outbox_mails{state="sent"}' \
	'mayorbox_outbox_mails{state="failed"}' 'mayorbox_outbox_mails{state="bounced"}' \
	'mayorbox_database_up 1' 'mayorbox_rules_info{digest="' 'mayorbox_lease_held{source="spool:m"} 1'; do
	grep -qF "$m" "$TMP/metrics" || { r=1; echo "# missing $m"; }
done
grep -q '^# TYPE mayorbox_batch_duration_seconds histogram' "$TMP/metrics" || r=1
ok $r "the metrics of the issue are there: per source, the outbox by state, lease, the rule set's digest"
DIGEST=$(grep -o 'event=rules_loaded .*digest=[0-9a-f]*' "$TMP/m.log" | sed 's/.*digest=//')
grep -qF "mayorbox_rules_info{digest=\"$DIGEST\"} 1" "$TMP/metrics"
ok $? "the digest is the rule set's ($DIGEST)"
! grep -v '^#' "$TMP/metrics" | grep -qE '@|市|case|key=|[0-9]{4}-[0-9]{6}' && ! grep -E '^mayorbox' "$TMP/metrics" \
	| sed 's/{[^}]*}//' | awk '{print $1}' | grep -qv '^mayorbox_[a-z_]*$'
ok $? "no address, case, key or letter word in the metrics; labels are sources, states, digest"
awk '/^mayorbox/ && $1 !~ /{/ {next} /^mayorbox/ {print $1}' "$TMP/metrics" \
	| grep -o '{.*}' | tr ',' '\n' | sed 's/[{}]//g; s/=.*//' | sort -u | tr '\n' ' ' > "$TMP/labels"
[ "$(cat "$TMP/labels")" = "digest le source state version " ]
ok $? "label names: $(cat "$TMP/labels")"
curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/nothing" | grep -qx 404
ok $? "another path: 404"

# after a reconnection the schema is checked again: an older database is refused
q $DB "DELETE FROM schema_migrations WHERE version = $(expr "$LAST" + 0)"
q $DB "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$DB' AND pid <> pg_backend_pid()" > /dev/null
wait_for 60 grep -q 'event=schema_mismatch' "$TMP/m.log"
ok $? "after reconnecting the gateway checks the schema again (schema_mismatch logged)"
unhealthy_db() {
	c=$(curl -s -o "$TMP/h2" -w '%{http_code}' "http://127.0.0.1:$PORT/healthz")
	[ "$c" = 503 ] && grep -q '^database' "$TMP/h2"
}
wait_for 60 unhealthy_db
ok $? "/healthz fails (503) while the database is away or at another schema ($(head -1 "$TMP/h2"))"
cp tests/data/letters/020* "$TMP/m/in/"
F1=$(q $DB "SELECT count(*) FROM vault.filed")
kill -0 "$(cat "$TMP/m.pid")" && [ "$(ls "$TMP/m/in" | wc -l)" -eq 1 ] && [ "$(q $DB "SELECT count(*) FROM vault.filed")" -eq "$F1" ]
ok $? "... the gateway waits, touching no letter"
q $DB "INSERT INTO schema_migrations (version, name) VALUES ($(expr "$LAST" + 0), '$(ls schema | tail -1)')"
spool_m_empty() { [ "$(ls "$TMP/m/in" | wc -l)" -eq 0 ]; }
wait_for 120 spool_m_empty && wait_for 60 healthy
ok $? "the schema back: the letter is filed and /healthz answers 200 again"
kill -TERM "$(cat "$TMP/m.pid")"
wait_for 60 grep -q 'event=stopped' "$TMP/m.log"
wait_for 30 grep -qx 'STOPPING=1' "$TMP/notify.txt"
ok $? "SIGTERM: STOPPING=1 to systemd"

# a source with no good poll for three intervals fails the health check
PORT2=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$TMP/g/in"
{ base; printf '[metrics]\nlisten = 127.0.0.1:%s\n[spool g]\ndir = %s/g/in\npoll_seconds = 1\n' "$PORT2" "$TMP"; } > "$TMP/g.conf"
"$BIN" run --config "$TMP/g.conf" 2> "$TMP/g.log" &
echo $! > "$TMP/g.pid"
healthy2() { curl -sf "http://127.0.0.1:$PORT2/healthz" > /dev/null 2>&1; }
wait_for 60 healthy2
r=$?
rm -rf "$TMP/g/in"
stale() {
	c=$(curl -s -o "$TMP/h3" -w '%{http_code}' "http://127.0.0.1:$PORT2/healthz")
	[ "$c" = 503 ] && grep -q '^spool:g: no good poll' "$TMP/h3"
}
[ $r -eq 0 ] && wait_for 60 stale
ok $? "a source without a good poll for three intervals: /healthz 503 naming it ($(head -1 "$TMP/h3" 2>/dev/null))"
curl -s "http://127.0.0.1:$PORT2/metrics" > "$TMP/metrics2"
awk '$1 == "mayorbox_seconds_since_good_poll{source=\"spool:g\"}" {exit !($2 > 3)}' "$TMP/metrics2"
ok $? "... and mayorbox_seconds_since_good_poll says how long"
kill -TERM "$(cat "$TMP/g.pid")"
wait_for 60 grep -q 'event=stopped' "$TMP/g.log"

# --- make install into a DESTDIR, run from outside the source tree ----------------
D=$ROOT/build/test/destdir
rm -rf "$D"
make --no-print-directory install-files DESTDIR="$D" PREFIX=/usr > "$TMP/install.log" 2>&1
ok $? "make install-files DESTDIR=build/test/destdir PREFIX=/usr"
r=0
for f in usr/bin/mayorbox usr/share/mayorbox/rules/settings.rules usr/share/mayorbox/rules/departments.dir \
	usr/share/mayorbox/schema/001_core.sql usr/share/mayorbox/calendar/cn.txt \
	usr/share/doc/mayorbox/mayorbox.conf.example \
	usr/share/doc/mayorbox/operations.md usr/share/man/man1/mayorbox.1 \
	usr/share/man/man5/mayorbox.conf.5 usr/share/man/man5/mayorbox-rules.5 \
	usr/lib/systemd/system/mayorbox.service usr/lib/sysusers.d/mayorbox.conf \
	usr/lib/tmpfiles.d/mayorbox.conf; do
	[ -f "$D/$f" ] || { r=1; echo "# missing $f"; }
done
[ -d "$D/etc/mayorbox" ] || r=1
ok $r "the install tree: program, rules, schema, calendar, example, guide, man pages, unit, sysusers.d, tmpfiles.d, /etc/mayorbox"
[ "$(ls "$D/usr/share/mayorbox/schema" | wc -l)" -eq "$NFILES" ] \
	&& [ "$(ls "$D/usr/share/mayorbox/rules" | grep -c '\.rules$')" -eq "$(ls rules/*.rules | wc -l)" ] \
	&& cmp -s "$D/usr/share/mayorbox/rules/letters.model" rules/letters.model
ok $? "every migration and rule file is installed, and the model"
U=$D/usr/lib/systemd/system/mayorbox.service
r=0
for l in 'Type=notify' 'WatchdogSec=' 'User=mayorbox' 'NoNewPrivileges=yes' 'ProtectSystem=strict' \
	'PrivateTmp=yes' 'ReadWritePaths=/var/spool/mayorbox' 'CapabilityBoundingSet=' \
	'SystemCallFilter=@system-service' 'ExecReload=/bin/kill -HUP $MAINPID' \
	'ExecStart=/usr/bin/mayorbox run --config /etc/mayorbox/mayorbox.conf'; do
	grep -qxF "$l" "$U" || grep -q "^$l" "$U" || { r=1; echo "# unit lacks $l"; }
done
ok $r "the unit: Type=notify, watchdog, own user, the hardening of the issue, reload by SIGHUP"
if command -v systemd-analyze > /dev/null 2>&1; then
	# the unit as installed, but its program where the DESTDIR holds it
	sed "s|/usr/bin/mayorbox|$D/usr/bin/mayorbox|g" "$U" > "$TMP/mayorbox.service"
	SYSTEMD_LOG_LEVEL=err systemd-analyze verify --man=no "$TMP/mayorbox.service" > "$TMP/verify" 2>&1
	r=$?
	ok $r "systemd-analyze verify accepts the unit$( [ $r -eq 0 ] || echo ": $(head -2 "$TMP/verify" | tr '\n' ' ')")"
else
	echo "# SKIP systemd-analyze is absent"
fi
r=0
for p in mayorbox.1 mayorbox.conf.5 mayorbox-rules.5; do
	f=$(find "$D/usr/share/man" -name "$p")
	LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$f" > /dev/null 2> "$TMP/man.err" || r=1
	[ -s "$TMP/man.err" ] && { r=1; echo "# $p: $(head -2 "$TMP/man.err")"; }
done
ok $r "the man pages render without a warning"
cd /tmp || exit 1
"$D/usr/bin/mayorbox" rules check > "$TMP/irc.out" 2>&1
r=$?
ok $r "the installed program, run from /tmp, finds its rules (rules check exits $r)"
dropdb --if-exists mbtest_service_inst 2>/dev/null; createdb mbtest_service_inst
"$D/usr/bin/mayorbox" db migrate --db "dbname=mbtest_service_inst" > "$TMP/imig" 2>&1
r=$?
[ $r -eq 0 ] && [ "$(grep -c '^applied' "$TMP/imig")" -eq "$NFILES" ] \
	&& grep -q "calendar $D/usr/share/mayorbox/calendar/cn.txt" "$TMP/imig"
ok $? "the installed program migrates a database with the installed schema and loads the installed calendar (exit $r)"
"$D/usr/bin/mayorbox" db status --db "dbname=mbtest_service_inst" | grep -q "schema folder $D/usr/share/mayorbox/schema"
ok $? "... found in share/mayorbox, outside the source tree"
mkdir -p "$TMP/i/in"; cp "$ROOT/$LETTER" "$TMP/i/in/"
printf '[database]\nconninfo = dbname=mbtest_service_inst\n[confidential]\npublic_key_file = %s\n[spool i]\ndir = %s/i/in\n' \
	"$TMP/keys/confidential.pub" "$TMP" > "$TMP/i.conf"
"$D/usr/bin/mayorbox" run --once --config "$TMP/i.conf" 2> "$TMP/i.log"
r=$?
[ $r -eq 0 ] && grep -q "event=rules_loaded dir=$D/usr/share/mayorbox/rules" "$TMP/i.log" && grep -q 'event=filed ' "$TMP/i.log"
ok $? "the installed gateway files a letter with the installed rules (exit $r)"
"$D/usr/bin/mayorbox" config check "$D/usr/share/doc/mayorbox/mayorbox.conf.example" > /dev/null
ok $? "the installed example passes config check"
cd "$ROOT" || exit 1
dropdb --if-exists mbtest_service_inst 2>/dev/null
dropdb --if-exists $DB 2>/dev/null
psql -X -qAt -d postgres -c "DROP ROLE IF EXISTS mbtest_svc_clerk" > /dev/null 2>&1
echo "1..$n"
