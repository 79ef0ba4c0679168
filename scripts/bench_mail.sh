#!/bin/sh
# bench_mail.sh - the sending rate of the outbox: `mayorbox run --once`
# draining N queued acknowledgements into a private Postfix on loopback
# (scripts/smtp.sh), plain (tls = none) and STARTTLS (verified with the test
# CA), beside a baseline in the same run: Debian's python3 smtplib sending
# the same N messages to the same Postfix, one connection per message and
# one connection for all. hyperfine, medians of RUNS runs; before each run
# the previous run's deliveries are awaited, the Maildir emptied and the
# outbox set back to pending (SQL as the superuser).
#
# Measured to the server's 250 after DATA (the client's side): Postfix
# delivers into the Maildir after that, asynchronously, and that is not
# timed (the wait for it is in hyperfine's --prepare).
#
# The Postfix is its own instance, in $MAYORBOX_SMTP_DIR (default: a folder
# of this bench), so that a test suite that stops and restarts the tests'
# Postfix (tests/smtp.sh does) cannot pull it away in the middle of a run;
# started when not running, and stopped again only when started here.
#
#   sh scripts/bench_mail.sh          # N=500 RUNS=5
#   N=100 RUNS=3 MAYORBOX_BIN=... sh scripts/bench_mail.sh
set -u
cd "$(dirname "$0")/.." || exit 1
ROOT=$(pwd)
N=${N:-500}
RUNS=${RUNS:-5}
BIN=${MAYORBOX_BIN:-build/mayorbox}
PY=/usr/bin/python3	# Debian's python3 and its standard library, the baseline
[ -x $PY ] || PY=python3
W=build/bench/mail
rm -rf "$W"
mkdir -p "$W/letters" "$W/msgs"
chmod 755 "$W"

pg_started=0
sh scripts/pg.sh status > /dev/null 2>&1 || { sh scripts/pg.sh start && pg_started=1; }
eval "$(sh scripts/pg.sh env)"
export PGOPTIONS="-c client_min_messages=warning"

# the mail user of smtp.sh delivers into the folder: under /tmp when it
# cannot reach this checkout (as smtp.sh does for its own default)
if [ -z "${MAYORBOX_SMTP_DIR:-}" ]; then
	MAYORBOX_SMTP_DIR=$ROOT/build/bench-smtp
	if [ "$(id -u)" -eq 0 ] && getent passwd mayorbox-mail > /dev/null 2>&1 \
		&& ! runuser -u mayorbox-mail -- test -x "$ROOT" 2>/dev/null; then
		MAYORBOX_SMTP_DIR=/tmp/mayorbox-bench-smtp-$(printf '%s' "$ROOT" | md5sum | cut -c1-12)
	fi
fi
export MAYORBOX_SMTP_DIR
smtp_started=0
cleanup() {
	[ $smtp_started -eq 1 ] && sh scripts/smtp.sh stop
	[ $pg_started -eq 1 ] && sh scripts/pg.sh stop
}
trap cleanup EXIT
if ! sh scripts/smtp.sh status > /dev/null 2>&1; then
	sh scripts/smtp.sh start || { echo "bench_mail: the SMTP server could not be started" >&2; exit 1; }
	smtp_started=1
fi
eval "$(sh scripts/smtp.sh env)"
MD=$MAYORBOX_SMTP_MAILDIR
HOST=127.0.0.1
PORT=$MAYORBOX_SMTP_PORT
CA=$MAYORBOX_SMTP_CA
find "$MD" -type f -delete 2>/dev/null

DB=mayorbox_bench_mail
dropdb --if-exists $DB
createdb $DB
"$BIN" db migrate --db "dbname=$DB" > /dev/null || exit 1
"$BIN" keygen "$W/keys" > /dev/null
"$BIN" keygen --outbox "$W/keys" > /dev/null

# N small letters, each from its own writer (so each gets an acknowledgement)
$PY - "$W/letters" "$N" <<'PY'
import os, sys
d, n = sys.argv[1], int(sys.argv[2])
streets = ['解放路', '人民路', '中山路', '建设路', '和平街', '东风路', '新华街', '胜利路']
for i in range(n):
    s = streets[i % len(streets)]
    with open(os.path.join(d, '%04d.eml' % i), 'w', encoding='utf-8', newline='\n') as f:
        f.write('From: 市民%04d <citizen%04d@example%d.net>\n' % (i, i, i % 10))
        f.write('To: mayor@city.example\n')
        f.write('Subject: %s%d号路灯坏了\n' % (s, i))
        f.write('Date: Sat, 28 Nov 2026 09:%02d:00 +0800\n' % (i % 60))
        f.write('Message-ID: <bench.%04d@example%d.net>\n' % (i, i % 10))
        f.write('MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n')
        f.write('市长您好，%s%d号门口的路灯坏了一个多月，晚上出行很不安全，'
                '请尽快派人维修。谢谢！\n' % (s, i))
PY

# mail_conf FILE TLS: the gateway's configuration, no sources, the outbox only
mail_conf() {
	{
		printf '[database]\nconninfo = dbname=%s\n' $DB
		printf '[confidential]\npublic_key_file = %s/keys/confidential.pub\n' "$W"
		printf '[smtp]\nhost = %s\nport = %s\ntls = %s\nca_file = %s\n' $HOST "$PORT" "$2" "$CA"
		printf 'from = mayor@city.example\nfrom_name = 市长信箱\ntimeout_seconds = 30\n'
		printf '[replies]\nper_sender_per_day = 10000\nretry_first_seconds = 1\n'
		printf 'outbox_key_file = %s/keys/outbox.key\n' "$W"
	} > "$1"
}
mail_conf "$W/plain.conf" none
mail_conf "$W/starttls.conf" starttls
"$BIN" ingest --config "$W/plain.conf" "$W/letters" > "$W/ingest.log" 2>&1 || { cat "$W/ingest.log"; exit 1; }
q() { psql -X -qAt -v ON_ERROR_STOP=1 -d $DB -c "$1"; }
queued=$(q "SELECT count(*) FROM outbox WHERE status = 'pending'")
[ "$queued" -eq "$N" ] || { echo "bench_mail: $queued acknowledgements queued, not $N" >&2; exit 1; }

# reset.sh EXPECT: waits for the last run's EXPECT deliveries (60 s at most),
# empties the Maildir, sets the outbox back to pending
cat > "$W/reset.sh" <<EOF
#!/bin/sh
i=0
while [ -f "$W/ran" ] && [ \$(find "$MD" -type f | wc -l) -lt \$1 ] && [ \$i -lt 600 ]; do
	sleep 0.1; i=\$((i + 1))
done
find "$MD" -type f -delete 2>/dev/null
psql -X -qAt -d $DB -c "UPDATE outbox SET status = 'pending', attempts = 0, next_attempt = now(), sent_at = NULL, last_error = NULL"
touch "$W/ran"
EOF
chmod +x "$W/reset.sh"

# one drain by hand: it must send all N; its deliveries become the baseline's
# messages (Postfix's own header lines taken off), to the same recipients
sh "$W/reset.sh" 0
"$BIN" run --once --config "$W/plain.conf" > "$W/drain.log" 2>&1
sent=$(q "SELECT count(*) FROM outbox WHERE status = 'sent'")
[ "$sent" -eq "$N" ] || { echo "bench_mail: the drain sent $sent of $N" >&2; tail -5 "$W/drain.log" >&2; exit 1; }
i=0
while [ "$(find "$MD" -type f | wc -l)" -lt "$N" ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done
$PY - "$MD" "$W/msgs" <<'PY' || exit 1
import os, sys
src, dst = sys.argv[1], sys.argv[2]
added = (b'return-path:', b'x-original-to:', b'delivered-to:', b'received:')
for k, name in enumerate(sorted(os.listdir(src))):
    lines = open(os.path.join(src, name), 'rb').read().split(b'\n')
    rcpt, i = None, 0
    while i < len(lines):
        low = lines[i].lower()
        if low.startswith(b'x-original-to:'):
            rcpt = lines[i].split(b':', 1)[1].strip()
        if low.startswith(added) or (i > 0 and lines[i][:1] in (b' ', b'\t')):
            i += 1
            continue
        break
    with open(os.path.join(dst, '%04d' % k), 'wb') as f:
        f.write(rcpt + b'\n' + b'\n'.join(lines[i:]))
PY
bytes=$(cat "$W"/msgs/* | wc -c)

cat > "$W/py_smtp.py" <<'PY'
"""py_smtp.py each|one none|starttls HOST PORT CA DIR - the baseline: sends
every message of DIR (first line the recipient) with smtplib, a new
connection per message (each) or one for all (one)."""
import os, smtplib, ssl, sys
mode, tls, host, port, ca, d = sys.argv[1:7]
msgs = []
for name in sorted(os.listdir(d)):
    rcpt, msg = open(os.path.join(d, name), 'rb').read().split(b'\n', 1)
    msgs.append((rcpt.decode(), msg))
ctx = ssl.create_default_context(cafile=ca) if tls == 'starttls' else None
def connect():
    s = smtplib.SMTP(host, int(port), timeout=30)
    if ctx:
        s.starttls(context=ctx)
    return s
if mode == 'each':
    for rcpt, msg in msgs:
        s = connect()
        s.sendmail('mayor@city.example', [rcpt], msg)
        s.quit()
else:
    s = connect()
    for rcpt, msg in msgs:
        s.sendmail('mayor@city.example', [rcpt], msg)
    s.quit()
PY

echo "== mail: $N acknowledgements ($bytes bytes) through Postfix on $HOST:$PORT, $RUNS runs each"
py="$PY $W/py_smtp.py"
hyperfine -N --runs "$RUNS" --export-json "$W/mail.json" --prepare "sh $W/reset.sh $N" \
	"$BIN run --once --config $W/plain.conf" \
	"$BIN run --once --config $W/starttls.conf" \
	"$py each none $HOST $PORT $CA $W/msgs" \
	"$py one none $HOST $PORT $CA $W/msgs" \
	"$py each starttls $HOST $PORT $CA $W/msgs" \
	"$py one starttls $HOST $PORT $CA $W/msgs" > "$W/mail.txt" 2>&1 \
	|| { tail -20 "$W/mail.txt"; exit 1; }
# the fixed cost of `run --once` (start-up, rules, database) with nothing due
hyperfine -N --runs "$RUNS" --export-json "$W/idle.json" \
	"$BIN run --once --config $W/plain.conf" > "$W/idle.txt" 2>&1 \
	|| { tail -20 "$W/idle.txt"; exit 1; }
sh "$W/reset.sh" "$N"
"$BIN" run --once --config "$W/starttls.conf" > "$W/drain.log" 2>&1
sent=$(q "SELECT count(*) FROM outbox WHERE status = 'sent'")
[ "$sent" -eq "$N" ] || echo "bench_mail: WARNING: the last drain (STARTTLS) sent $sent of $N" >&2
$PY - "$N" "$W/mail.json" "$W/idle.json" <<'PY'
import json, statistics, sys
n = int(sys.argv[1])
med = [statistics.median(x['times']) for x in json.load(open(sys.argv[2]))['results']]
idle = statistics.median(json.load(open(sys.argv[3]))['results'][0]['times'])
names = ['mayorbox run --once, tls = none', 'mayorbox run --once, STARTTLS',
         'smtplib, a connection per message, plain', 'smtplib, one connection, plain',
         'smtplib, a connection per message, STARTTLS', 'smtplib, one connection, STARTTLS']
for name, m in zip(names, med):
    print('%-46s median %6.3f s  %6.0f mails/s' % (name, m, n / m))
print('%-46s median %6.3f s' % ('mayorbox run --once, nothing due (fixed cost)', idle))
for k, tls in ((0, 'plain'), (1, 'STARTTLS')):
    print('%-8s ours / smtplib per message: %.2fx the time; ours / smtplib one connection: %.2fx'
          % (tls, med[k] / med[2 + 2 * k], med[k] / med[3 + 2 * k]))
PY
dropdb $DB
exit 0
