# lib.sh - what the shell test suites share; sourced by tests/*.sh, which
# run from the repository root and count their tests in n.

# ok STATUS DESCRIPTION: one TAP line, "ok" when STATUS is 0
ok() {
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi
}

# the private Dovecot (scripts/dovecot.sh, with its env evaluated)
dv() { sh scripts/dovecot.sh doveadm "$@"; }
count() {	# count FOLDER: messages in it (0 when it does not exist)
	c=$(dv mailbox status -u "$MAYORBOX_DOVECOT_USER" messages "$1" 2>/dev/null | sed 's/.*=//')
	echo "${c:-0}"
}
empty_mailbox() {
	dv expunge -u "$MAYORBOX_DOVECOT_USER" mailbox '*' all 2>/dev/null || true
}

# wait_for SECONDS CMD...: until CMD succeeds, polled, for at most SECONDS
# (a state, never a fixed time: loaded machines take longer)
wait_for() {
	end=$(($(date +%s) + $1))
	shift
	while ! "$@"; do
		[ "$(date +%s)" -ge $end ] && return 1
		sleep 0.1
	done
	return 0
}

# ---------------------------------------------------------------- the console
# web_setup PREFIX DB PROGRAM: what tests/web.sh, tests/queue.sh and
# tests/browser.sh share (PostgreSQL running): BIN (PROGRAM's absolute path),
# TMP (a new folder), n=0; the database DB migrated;
# logins PREFIX_clerk (clerk-pw-1), PREFIX_sup (sup-pw-1), PREFIX_nobody (no
# console role), PREFIX_trusted (let in without its password by pg_hba.conf)
# and "PREFIX_<i>x</i>" (x-pw-1), and the gateway's PREFIX_gw that files the
# sample letters, a hostile one (script in its subject, an RTL override),
# and two of tests/data/search/ (a public writer with a phone and a district
# holding markup; a real-name whistle-blower, confidential); pg_hba.conf
# asks these logins their password on TCP (restored by web_cleanup, on
# EXIT); $TMP/web.conf for a console on a free port ($PORT, $U); the
# helpers q, start_web, get, header, signin.
web_setup() {
	P=$1
	DB=$2
	BIN=$(cd "$(dirname "$3")" && pwd)/$(basename "$3")
	TMP=$(mktemp -d); echo "# tmp $TMP"
	n=0
	eval "$(sh scripts/pg.sh env)"
	PGOPTIONS="-c client_min_messages=warning"
	export PGOPTIONS
	HBA=$(q "SHOW hba_file" postgres)
	cp "$HBA" "$TMP/hba.orig"
	trap web_cleanup EXIT
	dropdb --if-exists "$DB" 2>/dev/null; createdb "$DB"
	"$BIN" db migrate --db "dbname=$DB" > /dev/null || { echo "not ok 1 - db migrate"; exit 1; }
	for r in ${P}_clerk ${P}_sup ${P}_nobody ${P}_trusted "${P}_<i>x</i>" ${P}_gw; do
		q "DROP ROLE IF EXISTS \"$r\"" postgres
	done
	q "CREATE ROLE ${P}_clerk LOGIN PASSWORD 'clerk-pw-1' IN ROLE mayorbox_clerk;
	   CREATE ROLE ${P}_sup LOGIN PASSWORD 'sup-pw-1' IN ROLE mayorbox_supervisor;
	   CREATE ROLE ${P}_nobody LOGIN PASSWORD 'nobody-pw-1';
	   CREATE ROLE ${P}_trusted LOGIN PASSWORD 'trusted-pw-1' IN ROLE mayorbox_clerk;
	   CREATE ROLE \"${P}_<i>x</i>\" LOGIN PASSWORD 'x-pw-1' IN ROLE mayorbox_clerk;
	   CREATE ROLE ${P}_gw LOGIN IN ROLE mayorbox_gateway" postgres
	"$BIN" keygen "$TMP/keys" > /dev/null
	chmod 644 "$TMP/keys/confidential.pub"
	mkdir "$TMP/hostile"
	python3 - "$TMP/hostile/h.eml" <<'PY'
import sys
subject = "<script>alert(1)</script> 小区路灯坏了 \u202e"
body = "市长您好：我们小区的路灯坏了三个月，晚上很黑，请尽快派人维修。"
open(sys.argv[1], "wb").write(("From: a@example.org\r\nTo: mayor@city.example\r\n"
    "Subject: " + subject + "\r\nDate: Mon, 30 Nov 2026 10:00:00 +0800\r\n"
    "Message-ID: <hostile-1@example.org>\r\nMIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    + body + "\r\n").encode())
PY
	"$BIN" ingest --db "dbname=$DB user=${P}_gw" --public-key "$TMP/keys/confidential.pub" \
		tests/data/letters tests/data/search "$TMP/hostile" > "$TMP/ingest" 2>&1 \
		|| { echo "not ok 1 - ingest"; cat "$TMP/ingest"; exit 1; }
	{
		echo "host all ${P}_trusted 127.0.0.1/32 trust"
		echo "host all ${P}_clerk,${P}_sup,${P}_nobody,\"${P}_<i>x</i>\" 127.0.0.1/32 scram-sha-256"
		cat "$TMP/hba.orig"
	} > "$HBA"
	q "SELECT pg_reload_conf()" postgres > /dev/null
	PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
	cat > "$TMP/web.conf" <<CONF
[database]
conninfo = host=127.0.0.1 port=$PGPORT dbname=$DB user=postgres password=not-used
[smtp]
host = 127.0.0.1
port = 25
tls = none
from = mayor@city.example
from_name = 市长信箱
[web]
listen = 127.0.0.1:$PORT
session_minutes = 30
CONF
	U="http://127.0.0.1:$PORT"
}
web_cleanup() {
	kill $(cat "$TMP"/*.pid 2>/dev/null) 2>/dev/null
	# a suite that started the test Postfix (scripts/smtp.sh) sets smtp_started=1
	[ "${smtp_started:-0}" -eq 1 ] && sh scripts/smtp.sh stop > /dev/null 2>&1
	cp "$TMP/hba.orig" "$HBA" && q "SELECT pg_reload_conf()" postgres > /dev/null
	[ -n "${KEEP:-}" ] || rm -rf "$TMP"
}
# q SQL [DATABASE]: one statement through psql, its rows unaligned
q() { psql -X -qAt -v ON_ERROR_STOP=1 -d "${2:-$DB}" -c "$1"; }
start_web() {	# start_web CONF LOG: until it listens
	"$BIN" web --config "$1" 2> "$2" &
	echo $! > "$TMP/web.pid"
	wait_for 60 grep -q 'event=web_listening' "$2"
}
# get PATH [curl args]: headers to $TMP/h, body to $TMP/b, the status printed
get() { p=$1; shift; curl -s -o "$TMP/b" -D "$TMP/h" -w '%{http_code}' "$@" "$U$p"; }
header() { grep -i "^$1:" "$TMP/h" | tr -d '\r'; }
# signin USER PASSWORD [JAR]: the sign-in form, then its POST; the status
signin() {
	jar=${3:-$TMP/jar}
	rm -f "$jar"
	get /login -c "$jar" > /dev/null
	csrf=$(sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' "$TMP/b")
	get /login -b "$jar" -c "$jar" --data-urlencode "csrf=$csrf" \
		--data-urlencode "user=$1" --data-urlencode "password=$2"
}

# ------------------------------------------------------------- outgoing mail
# smtp_setup: the test Postfix (scripts/smtp.sh) running, started here when
# it was not (then smtp_started=1, for the suite's cleanup to stop it), its
# env evaluated, MAILDIR its delivered mail; 1 (with a TAP line) when it
# cannot start. Uses TMP.
smtp_setup() {
	if ! sh scripts/smtp.sh status > /dev/null 2>&1; then
		if ! sh scripts/smtp.sh start > "$TMP/smtp.start" 2>&1; then
			echo "not ok 1 - the SMTP server could not be started (scripts/smtp.sh)"
			sed 's/^/# /' "$TMP/smtp.start"
			return 1
		fi
		smtp_started=1
	fi
	eval "$(sh scripts/smtp.sh env)"
	MAILDIR=$MAYORBOX_SMTP_MAILDIR
}
clear_mail() { find "$MAILDIR" -type f -delete 2>/dev/null || true; }
# mails [FILTER]: the delivered messages as JSON lines (python expression on m)
mails() {
	python3 tests/maildir_dump.py "$MAILDIR" > "$TMP/mails.json"
	python3 - "$TMP/mails.json" "${1:-True}" <<'EOF'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    m = json.loads(line)
    if eval(sys.argv[2]):
        print(line, end="")
EOF
}
nmails() { mails "${1:-True}" | wc -l | tr -d ' '; }
# gateway_setup PREFIX: for a suite with its own database DB (made here,
# migrated by BIN) and the test Postfix (smtp_setup): logins PREFIX_gateway,
# PREFIX_clerk and PREFIX_supervisor, the office and outbox keys in
# TMP/keys and TMP/okeys, a spool folder TMP/in (done, bad), and
# TMP/gw.conf up to the [replies] section's first keys (tag 12345, the
# outbox key, our MTA's authserv-id), to which the suite appends its own.
gateway_setup() {
	dropdb --if-exists "$DB" 2>/dev/null
	createdb "$DB"
	"$BIN" db migrate --db "dbname=$DB" > /dev/null
	for role in gateway clerk supervisor; do
		q "DROP ROLE IF EXISTS $1_$role; CREATE ROLE $1_$role LOGIN IN ROLE mayorbox_$role" > /dev/null
	done
	"$BIN" keygen "$TMP/keys" > /dev/null
	"$BIN" keygen --outbox "$TMP/okeys" > /dev/null
	mkdir -p "$TMP/in" "$TMP/done" "$TMP/bad"
	cat > "$TMP/gw.conf" <<EOF
[database]
conninfo = dbname=$DB user=$1_gateway
[confidential]
public_key_file = $TMP/keys/confidential.pub
[spool in]
dir = $TMP/in
done_dir = $TMP/done
quarantine_dir = $TMP/bad
[smtp]
host = 127.0.0.1
port = $MAYORBOX_SMTP_PORT
tls = none
from = mayor@city.example
from_name = 市长信箱
[replies]
tag = 12345
retry_first_seconds = 1
outbox_key_file = $TMP/okeys/outbox.key
authserv_id = mx.city.example
EOF
}
