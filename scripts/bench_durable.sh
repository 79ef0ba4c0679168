#!/bin/sh
# bench_durable.sh [N] [ROUNDS] - issue 16's first target, in one run: the
# gateway filing durably (a PostgreSQL of its own with fsync, synchronous
# commit and full-page writes on; every letter committed before its MOVE)
# beside mbsync with FSync yes and FSync no and a raw batched UID FETCH,
# over the same mailbox of N generated letters (default 10000;
# tests/bench/make_mailbox.py) in a Dovecot of its own, plain IMAP on
# loopback. ROUNDS (default 3) alternating rounds; medians and ratios.
# Each baseline is checked to have done its work: the gateway's letters are
# counted in the database and in the Filed folder, mbsync's files in its
# Maildir, the raw fetch's messages as it counts them. BIN chooses the
# program (default build/mayorbox; several, space-separated, are each run
# in every round: two versions side by side). A durable cluster and a Dovecot of its
# own (build/bench/durable), both stopped at the end by their PIDs.
# BENCH_DURABLE_DELAY_MS=D: the gateway, mbsync and the raw fetch reach
# Dovecot through tests/bench/delay_proxy.py, which delivers every chunk D ms
# late each way (a mailbox 2D ms of round trip away; stopped by its PID).
set -u
cd "$(dirname "$0")/.."
N=${1:-${BENCH_DURABLE_N:-10000}}
ROUNDS=${2:-${BENCH_DURABLE_ROUNDS:-3}}
BIN=${BIN:-build/mayorbox}
BIN1=${BIN%% *}	# migrations and keys: the first program's
W=$(pwd)/build/bench/durable
export MAYORBOX_PGDIR=$W/pg MAYORBOX_PG_DURABLE=yes MAYORBOX_DOVECOT_DIR=$W/dovecot
[ ${#MAYORBOX_PGDIR} -gt 80 ] && MAYORBOX_PGDIR=/tmp/mbx-durable-$(id -u)-$(pwd | md5sum | cut -c1-8)/pg
rm -rf "$W/run"; mkdir -p "$W/run"
sh scripts/pg.sh stop > /dev/null 2>&1; rm -rf "$MAYORBOX_PGDIR"
sh scripts/dovecot.sh stop > /dev/null 2>&1; rm -rf "$MAYORBOX_DOVECOT_DIR"
sh scripts/pg.sh start > /dev/null || exit 1
sh scripts/dovecot.sh start > /dev/null || exit 1
eval "$(sh scripts/pg.sh env)"; eval "$(sh scripts/dovecot.sh env)"
export PGOPTIONS="-c client_min_messages=warning"
R=$W/run
psql -qAtX -d postgres -c "SHOW fsync" | grep -qx on || { echo "fsync is not on" >&2; exit 1; }
dropdb --if-exists mbtemplate; createdb mbtemplate
psql -qAtX -d mbtemplate -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" > /dev/null
$BIN1 db migrate --db dbname=mbtemplate > /dev/null || exit 1
$BIN1 keygen "$R/keys" > /dev/null
[ -d "$W/letters-$N" ] || python3 tests/bench/make_mailbox.py "$N" "$W/letters-$N"
bytes=$(du -sb "$W/letters-$N" | cut -f1)
# straight into the Maildir (fast), owned by the mail user
MD=$MAYORBOX_DOVECOT_DIR/home/$MAYORBOX_DOVECOT_USER/Maildir
python3 tests/bench/maildir_put.py "$W/letters-$N" "$MD/new"
dadm() { sh scripts/dovecot.sh doveadm "$@"; }
count() { dadm -f flow mailbox status -u "$MAYORBOX_DOVECOT_USER" messages "$1" 2>/dev/null \
	| sed 's/.*messages=//'; }
dadm mailbox create -u "$MAYORBOX_DOVECOT_USER" Filed > /dev/null 2>&1
PORT=$MAYORBOX_DOVECOT_IMAP_PORT DELAY=${BENCH_DURABLE_DELAY_MS:-0} proxy_pid=
if [ "$DELAY" != 0 ]; then
	rm -f "$R/proxy.port"
	python3 tests/bench/delay_proxy.py 0 "$MAYORBOX_DOVECOT_IMAP_PORT" "$DELAY" "$R/proxy.port" &
	proxy_pid=$!
	i=0
	while [ ! -s "$R/proxy.port" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	PORT=$(cat "$R/proxy.port") || exit 1
fi
cat > "$R/mayorbox.conf" <<CONF
[database]
conninfo = dbname=mbround
[confidential]
public_key_file = $R/keys/confidential.pub
[gateway]
batch = 200
[imap bench]
host = 127.0.0.1
port = $PORT
tls = none
user = $MAYORBOX_DOVECOT_USER
password_file = $MAYORBOX_DOVECOT_PASSWORD_FILE
mailbox = INBOX
after = move Filed
batch = 200
CONF
mbsyncrc() {
	cat <<CONF
FSync $1

IMAPAccount bench
Host 127.0.0.1
Port $PORT
User $MAYORBOX_DOVECOT_USER
PassCmd "cat $MAYORBOX_DOVECOT_PASSWORD_FILE"
SSLType None
AuthMechs LOGIN

IMAPStore remote
Account bench

MaildirStore local
Path $R/maildir/
Inbox $R/maildir/Filed

Channel bench
Far :remote:Filed
Near :local:
Create Near
Sync Pull
SyncState *
CONF
}
mbsyncrc yes > "$R/mbsync-yes.rc"; mbsyncrc no > "$R/mbsync-no.rc"
[ "$DELAY" != 0 ] && echo "(through delay_proxy.py: $DELAY ms each way, a round trip of $((DELAY * 2)) ms)"
echo "== durable filing: $N letters, $bytes bytes, Dovecot plain IMAP on loopback," \
	"PostgreSQL fsync=on synchronous_commit=on; $ROUNDS rounds"
: > "$R/results"
round=1
while [ $round -le "$ROUNDS" ]; do
	for bin in $BIN; do
		# every letter back in INBOX, a fresh database
		dadm move -u "$MAYORBOX_DOVECOT_USER" INBOX mailbox Filed all > /dev/null 2>&1
		[ "$(count INBOX)" = "$N" ] || { echo "INBOX holds $(count INBOX), not $N" >&2; exit 1; }
		dropdb --if-exists mbround; createdb -T mbtemplate mbround
		# BENCH_DURABLE_TRACK=all: the statements inside file_letter() too
		[ -n "${BENCH_DURABLE_TRACK:-}" ] && psql -qAtX -d mbround \
			-c "ALTER DATABASE mbround SET pg_stat_statements.track = '$BENCH_DURABLE_TRACK'"
		psql -qAtX -d mbround -c "SELECT pg_stat_statements_reset()" > /dev/null 2>&1
		sync
		/usr/bin/time -f "%e %M %U %S" -o "$R/gw.time" $bin run --once \
			--config "$R/mayorbox.conf" > /dev/null 2> "$R/gw.err"
		filed=$(psql -qAtX -d mbround -c "SELECT count(*) FROM vault.filed")
		moved=$(count Filed)
		echo "gateway:$bin $(cat "$R/gw.time") $filed $moved" >> "$R/results"
	done
	for f in yes no; do
		rm -rf "$R/maildir"; mkdir -p "$R/maildir"
		sync
		/usr/bin/time -f "%e %M %U %S" -o "$R/mb.time" mbsync -q -c "$R/mbsync-$f.rc" bench \
			> /dev/null 2> "$R/mbsync.err"
		got=$(find "$R/maildir" -type f -path '*/cur/*' -o -type f -path '*/new/*' | wc -l)
		echo "mbsync_$f $(cat "$R/mb.time") $got $got" >> "$R/results"
	done
	/usr/bin/time -f "%e %M %U %S" -o "$R/f.time" python3 tests/bench/uid_fetch.py 127.0.0.1 \
		"$PORT" - "$MAYORBOX_DOVECOT_USER" \
		"$MAYORBOX_DOVECOT_PASSWORD_FILE" Filed > "$R/fetch.out" 2>&1
	got=$(awk '{print $1}' "$R/fetch.out")
	echo "fetch $(cat "$R/f.time") $got $got" >> "$R/results"
	round=$((round + 1))
done
psql -qAtX -d mbround -c "SELECT round(total_exec_time::numeric, 0) || ' ms in ' || calls ||
	' calls: ' || left(regexp_replace(query, '\s+', ' ', 'g'), 70) FROM pg_stat_statements
	ORDER BY total_exec_time DESC LIMIT 6" > "$R/pgss.txt" 2>/dev/null
python3 - "$N" "$bytes" "$R/results" <<'PY'
import statistics, sys
n, nbytes, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rows = {}
for line in open(path):
    w = line.split()
    rows.setdefault(w[0], []).append((float(w[1]), int(w[2]), float(w[3]) + float(w[4]),
                                      int(w[5] or 0), int(w[6] or 0)))
names = {'mbsync_yes': 'mbsync, FSync yes, to a new Maildir',
         'mbsync_no': 'mbsync, FSync no',
         'fetch': 'batched UID FETCH BODY.PEEK[], discarded'}
med = {}
bad = False
print('| what | time | letters/s | peak memory | CPU | done |')
print('|---|---|---|---|---|---|')
gws = [k for k in rows if k.startswith('gateway:')]
for k in gws:
    names[k] = 'mayorbox run --once (fetch, parse, classify, seal, file, move): ' + k[8:]
for k in gws + ['mbsync_yes', 'mbsync_no', 'fetch']:
    r = rows.get(k, [])
    if not r:
        continue
    t = statistics.median(x[0] for x in r)
    med[k] = t
    mem = statistics.median(x[1] for x in r) / 1024
    cpu = statistics.median(x[2] for x in r)
    done = min(min(x[3], x[4]) for x in r)
    if done != n:
        bad = True
    print('| %s | %.2f s | %.0f | %.0f MB | %.1f s | %d of %d |' % (names[k], t, n / t, mem, cpu, done, n))
for g in gws:
    for k in ('mbsync_yes', 'mbsync_no', 'fetch'):
        if k in med:
            print('%s / %-10s rate: %.2fx' % (g[8:], k, med[k] / med[g]))
if bad:
    print('A RUN DID NOT DO ITS WORK (the "done" column): the figures above are not valid')
PY
echo "pg_stat_statements of the last gateway round (total time, calls, statement):"
sed 's/^/  /' "$R/pgss.txt"
# The floor of any filing of these letters with this schema: PostgreSQL
# itself inserting the rows the last gateway round made (cases, letters,
# rule hits, attachments, events; every index, trigger and foreign key),
# set-based in one transaction, durably, beside mbsync's time; counted.
cols() {	# cols TABLE EXCLUDED: the table's own columns but those
	psql -qAtX -d mbround -c "SELECT string_agg(quote_ident(attname), ',' ORDER BY attnum)
		FROM pg_attribute WHERE attrelid = '$1'::regclass AND attnum > 0 AND NOT attisdropped
		AND attgenerated = '' AND attname NOT IN ($2)"
}
pre() { echo "$2" | sed "s/\([a-z_0-9\"]*\)/$1.\1/g"; }
CC=$(cols public.cases "'id','number'") LC=$(cols public.letters "'id','case_id','source_key','content_hash'")
HC=$(cols public.rule_hits "'id','case_id','letter_id'") AC=$(cols public.attachments "'id','letter_id','case_id'")
EC=$(cols public.case_events "'id','case_id'")
cat > "$R/floor.sql" <<SQL
BEGIN;
CREATE TEMP TABLE cmap AS SELECT id AS old, nextval('public.cases_id_seq') AS new,
	'2099-' || lpad((row_number() OVER ())::text, 6, '0') AS num FROM public.cases;
CREATE TEMP TABLE lmap AS SELECT id AS old, nextval('public.letters_id_seq') AS new FROM public.letters;
INSERT INTO public.cases (id, number, $CC) SELECT m.new, m.num, $(pre c "$CC") FROM public.cases c JOIN cmap m ON m.old = c.id;
INSERT INTO public.letters (id, case_id, source_key, content_hash, $LC) SELECT m.new, cm.new, l.source_key || '+', sha256(l.content_hash), $(pre l "$LC")
	FROM public.letters l JOIN lmap m ON m.old = l.id JOIN cmap cm ON cm.old = l.case_id;
INSERT INTO public.rule_hits (case_id, letter_id, $HC) SELECT cm.new, lm.new, $(pre h "$HC")
	FROM public.rule_hits h JOIN cmap cm ON cm.old = h.case_id JOIN lmap lm ON lm.old = h.letter_id;
INSERT INTO public.attachments (letter_id, case_id, $AC) SELECT lm.new, cm.new, $(pre a "$AC")
	FROM public.attachments a JOIN cmap cm ON cm.old = a.case_id JOIN lmap lm ON lm.old = a.letter_id;
INSERT INTO public.case_events (case_id, $EC) SELECT cm.new, $(pre e "$EC")
	FROM public.case_events e JOIN cmap cm ON cm.old = e.case_id;
COMMIT;
SQL
before=$(psql -qAtX -d mbround -c "SELECT count(*) FROM public.letters")
t0=$(date +%s.%N)
psql -qAtX -v ON_ERROR_STOP=1 -d mbround -f "$R/floor.sql" > "$R/floor.out" 2>&1 || { echo "the floor's INSERTs failed:" >&2; cat "$R/floor.out" >&2; }
t1=$(date +%s.%N)
after=$(psql -qAtX -d mbround -c "SELECT count(*) FROM public.letters")
mbno=$(awk '$1 == "mbsync_no" { print $2 }' "$R/results" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "$before $after $t0 $t1 $mbno" | awk '{ d = $2 - $1; printf "floor: PostgreSQL inserting the same rows set-based (%d letters with their cases, hits, attachments, events; one durable transaction): %.2f s, at %.2fx mbsync FSync no%s\n", d, $4 - $3, $5 / ($4 - $3), (d == $1 && d > 0) ? "" : " (DID NOT DO ITS WORK: the figure is not valid)" }'
[ -n "$proxy_pid" ] && kill "$proxy_pid" 2>/dev/null
# BENCH_DURABLE_KEEP=yes: both servers left running (for a profile)
[ "${BENCH_DURABLE_KEEP:-no}" = yes ] && exit 0
dropdb --if-exists mbround; dropdb --if-exists mbtemplate
sh scripts/dovecot.sh stop > /dev/null; sh scripts/pg.sh stop > /dev/null
exit 0
