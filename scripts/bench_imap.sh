#!/bin/sh
# bench_imap.sh - end-to-end filing from the private Dovecot: N letters
# (BENCH_IMAP_N, default 10000; a tenth with attachments) in INBOX, filed by
# `mayorbox run --once` (fetch, parse, classify, seal, store, move), beside,
# in the same run over the same mailbox, isync's mbsync (default settings)
# downloading it to a Maildir, and a plain batched UID FETCH that discards
# what it reads. Elapsed time and peak memory from /usr/bin/time -v.
set -u
cd "$(dirname "$0")/.."
N=${BENCH_IMAP_N:-10000}
W=build/bench/imap
rm -rf "$W"; mkdir -p "$W"
pg_started=0; dc_started=0
sh scripts/pg.sh status > /dev/null 2>&1 || { sh scripts/pg.sh start && pg_started=1; }
sh scripts/dovecot.sh status > /dev/null 2>&1 || { sh scripts/dovecot.sh start > /dev/null && dc_started=1; }
eval "$(sh scripts/pg.sh env)"; eval "$(sh scripts/dovecot.sh env)"
export PGOPTIONS="-c client_min_messages=warning"
DB=mayorbox_bench_imap
dropdb --if-exists $DB; createdb $DB
build/mayorbox db migrate --db "dbname=$DB" > /dev/null
build/mayorbox keygen "$W/keys" > /dev/null
python3 tests/bench/make_mailbox.py "$N" "$W/letters"
sh scripts/dovecot.sh doveadm expunge -u "$MAYORBOX_DOVECOT_USER" mailbox '*' all > /dev/null 2>&1
sh scripts/dovecot.sh add "$W/letters" > /dev/null
bytes=$(du -sb "$W/letters" | cut -f1)
cat > "$W/mayorbox.conf" <<CONF
[database]
conninfo = dbname=$DB
[confidential]
public_key_file = $W/keys/confidential.pub
[gateway]
batch = 200
[imap bench]
host = $MAYORBOX_DOVECOT_HOST
port = $MAYORBOX_DOVECOT_IMAPS_PORT
tls = implicit
ca_file = $MAYORBOX_DOVECOT_CA_FILE
user = $MAYORBOX_DOVECOT_USER
password_file = $MAYORBOX_DOVECOT_PASSWORD_FILE
mailbox = INBOX
after = move Filed
batch = 200
CONF
echo "== imap: $N letters, $bytes bytes in Dovecot"
/usr/bin/time -v build/mayorbox run --once --config "$W/mayorbox.conf" 2> "$W/run.err" > /dev/null
filed=$(psql -qAtX -d $DB -c "SELECT count(*) FROM vault.filed")
t_run=$(grep "Elapsed (wall clock)" "$W/run.err" | awk '{print $NF}')
m_run=$(grep "Maximum resident" "$W/run.err" | awk '{print $NF}')
mkdir -p "$W/maildir"
cat > "$W/mbsyncrc" <<CONF
IMAPAccount bench
Host localhost
Port $MAYORBOX_DOVECOT_IMAPS_PORT
User $MAYORBOX_DOVECOT_USER
PassCmd "cat $MAYORBOX_DOVECOT_PASSWORD_FILE"
SSLType IMAPS
CertificateFile $MAYORBOX_DOVECOT_CA_FILE

IMAPStore remote
Account bench

MaildirStore local
Path $W/maildir/
Inbox $W/maildir/Filed

Channel bench
Far :remote:Filed
Near :local:
SyncState *
CONF
/usr/bin/time -v mbsync -c "$W/mbsyncrc" bench > /dev/null 2> "$W/mbsync.err"
t_mb=$(grep "Elapsed (wall clock)" "$W/mbsync.err" | awk '{print $NF}')
m_mb=$(grep "Maximum resident" "$W/mbsync.err" | awk '{print $NF}')
got_mb=$(find "$W/maildir" -type f | wc -l)
/usr/bin/time -v python3 tests/bench/uid_fetch.py "$MAYORBOX_DOVECOT_HOST" "$MAYORBOX_DOVECOT_IMAPS_PORT" \
	"$MAYORBOX_DOVECOT_CA_FILE" "$MAYORBOX_DOVECOT_USER" "$MAYORBOX_DOVECOT_PASSWORD_FILE" Filed \
	> "$W/fetch.out" 2> "$W/fetch.err"
t_f=$(grep "Elapsed (wall clock)" "$W/fetch.err" | awk '{print $NF}')
python3 - "$N" "$filed" "$t_run" "$m_run" "$got_mb" "$t_mb" "$m_mb" "$t_f" <<'PY'
import sys
def secs(s):
    parts = [float(p) for p in s.split(':')]
    t = 0.0
    for p in parts:
        t = t * 60 + p
    return t
n, filed, t_run, m_run, got, t_mb, m_mb, t_f = sys.argv[1:]
n = int(n)
r, mb, f = secs(t_run), secs(t_mb), secs(t_f)
print("mayorbox run --once (fetch, parse, classify, store, move): %s filed, %.1f s, %.0f letters/s, peak RSS %d MB" % (filed, r, int(filed) / r, int(m_run) // 1024))
print("mbsync (default settings) to a Maildir: %s messages, %.1f s, %.0f letters/s, peak RSS %d MB" % (got, mb, int(got) / mb, int(m_mb) // 1024))
print("plain batched UID FETCH, discarded: %.1f s, %.0f letters/s" % (f, n / f))
print("mayorbox / mbsync rate: %.2f" % ((int(filed) / r) / (int(got) / mb)))
PY
dropdb $DB
[ $dc_started -eq 1 ] && sh scripts/dovecot.sh stop > /dev/null
[ $pg_started -eq 1 ] && sh scripts/pg.sh stop
exit 0
