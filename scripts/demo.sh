#!/bin/sh
# demo.sh - the main job, end to end, on the sample letters of
# tests/data/letters: a private PostgreSQL, a private Dovecot, the project's
# web-form feed and a private Postfix (the citizens' side of outgoing mail:
# whatever it accepts lands in one Maildir) are started in ./var; the e-mails
# are delivered to the mayor's mailbox and the form submissions put in the
# feed; `mayorbox run --once` files every letter (fetch, parse, classify,
# seal, store, move) and mails each writer an acknowledgement (STARTTLS,
# verified against the test CA); the cases are printed as a table, and one
# acknowledgement as the citizen sees it. Logins for a clerk and a supervisor
# are made so that `mayorbox cases` can be tried (scripts/clerk_day.sh plays
# a day of it), and the clerks' console is started on 127.0.0.1 (its address
# and the two logins' passwords are printed at the end).
#
# The demo's state stays in ./var between runs: a second `make demo` files
# nothing new and sends nothing new (the database, the keys and the delivered
# mail are kept; the mailbox and the feed are filled again, and filing
# recognises every letter). DEMO_FRESH=1 starts with an empty database.
# `make demo-stop` (or scripts/demo.sh stop) stops the four servers and the
# console.
set -u
cd "$(dirname "$0")/.."
ROOT=$(pwd)
export MAYORBOX_PGDIR="$ROOT/var/pg" MAYORBOX_DOVECOT_DIR="$ROOT/var/dovecot" \
	MAYORBOX_FEEDDIR="$ROOT/var/feed" MAYORBOX_SMTP_DIR="$ROOT/var/smtp"
# the console started by an earlier run, stopped by its PID (when that PID
# is still a `mayorbox web` of ours)
console_stop() {
	pid=$(cat var/console.pid 2>/dev/null) || return 0
	tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q 'mayorbox web --config var/console.conf' \
		&& kill "$pid"
	rm -f var/console.pid
}
if [ "${1:-}" = stop ]; then
	console_stop
	sh scripts/feed.sh stop; sh scripts/dovecot.sh stop; sh scripts/smtp.sh stop; sh scripts/pg.sh stop
	exit 0
fi
BIN=build/mayorbox
DB=mayorbox_demo
# what ./var holds: an older demo's (no outbox, no logins) is started afresh
STATE="demo 2: smtp, replies, clerk logins"
fresh=0
[ "$(cat var/demo.state 2>/dev/null)" = "$STATE" ] || fresh=1
[ "${DEMO_FRESH:-0}" = 1 ] && fresh=1

mkdir -p var/forms
rm -f var/forms/*.json
cp tests/data/letters/*.json var/forms/
sh scripts/pg.sh start || exit 69
sh scripts/dovecot.sh stop > /dev/null 2>&1
rm -rf "$MAYORBOX_DOVECOT_DIR"
sh scripts/dovecot.sh start > /dev/null || exit 69
sh scripts/feed.sh stop > /dev/null 2>&1
sh scripts/feed.sh start var/forms > /dev/null || exit 69
if [ $fresh -eq 1 ]; then
	sh scripts/smtp.sh stop > /dev/null 2>&1
	rm -rf "$MAYORBOX_SMTP_DIR/Maildir"
fi
sh scripts/smtp.sh start || exit 69
eval "$(sh scripts/pg.sh env)"; eval "$(sh scripts/dovecot.sh env)"; eval "$(sh scripts/feed.sh env)"
eval "$(sh scripts/smtp.sh env)"
export PGOPTIONS="-c client_min_messages=warning"
MAILDIR=$MAYORBOX_SMTP_MAILDIR
nmail() { find "$MAILDIR" -type f | wc -l | tr -d ' '; }

if [ $fresh -eq 1 ]; then
	echo "== a fresh start: database $DB, keys and delivered mail made anew"
	dropdb --if-exists $DB
	rm -rf var/keys
	rm -f var/demo.state
fi
psql -X -qAt -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
	|| createdb $DB || exit 69
echo "== mayorbox db migrate"
$BIN db migrate --db "dbname=$DB" || exit 69
# Logins (roles are the cluster's, made once): the gateway files, the clerk
# and the supervisor work on cases with `mayorbox cases`
for login in gateway_demo:mayorbox_gateway clerk_li:mayorbox_clerk supervisor_wang:mayorbox_supervisor; do
	psql -X -qAt -v ON_ERROR_STOP=1 -d $DB -c "DO \$\$ BEGIN
		IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${login%%:*}') THEN
			CREATE ROLE ${login%%:*} LOGIN IN ROLE ${login#*:};
		END IF; END \$\$" || exit 69
done
# never overwritten: the secret keys open what earlier runs sealed
[ -f var/keys/confidential.pub ] || $BIN keygen var/keys > /dev/null || exit 70
[ -f var/keys/outbox.key ] || $BIN keygen --outbox var/keys > /dev/null || exit 70
echo "$STATE" > var/demo.state
echo "== mailbox: $(sh scripts/dovecot.sh add tests/data/letters | sed "s/^added //") e-mails delivered; feed: $(ls var/forms | wc -l) form submissions"
cat > var/mayorbox.conf <<CONF
[database]
conninfo = dbname=$DB user=gateway_demo
[confidential]
public_key_file = $ROOT/var/keys/confidential.pub
[imap mayor]
host = $MAYORBOX_DOVECOT_HOST
port = $MAYORBOX_DOVECOT_IMAPS_PORT
tls = implicit
ca_file = $MAYORBOX_DOVECOT_CA_FILE
user = $MAYORBOX_DOVECOT_USER
password_file = $MAYORBOX_DOVECOT_PASSWORD_FILE
mailbox = INBOX
after = move Filed
[webform site]
url = $FEED_URL
token_file = $FEED_TOKEN_FILE
format = native
[smtp]
host = $MAYORBOX_SMTP_HOST
port = $MAYORBOX_SMTP_PORT
tls = starttls
ca_file = $MAYORBOX_SMTP_CA
user = $MAYORBOX_SMTP_USER
password_file = $MAYORBOX_SMTP_PASSWORD_FILE
from = mayor@city.example
from_name = 市长信箱
[replies]
tag = 12345
per_sender_per_day = 3
own_addresses = mayor@city.example, 12345@city.example
outbox_key_file = $ROOT/var/keys/outbox.key
CONF
# wait_until CMD...: until CMD succeeds, polled, for at most DEMO_WAIT
# seconds (a state, not a fixed time: a loaded machine takes longer)
DEMO_WAIT=60
wait_until() {
	end=$(($(date +%s) + DEMO_WAIT))
	until "$@"; do
		[ "$(date +%s)" -ge $end ] && return 1
		sleep 0.1
	done
}
# waitmail N: Postfix delivers after the gateway's session: until N files
has_mail() { [ "$(nmail)" -ge "$1" ]; }
waitmail() { wait_until has_mail "$1"; }
before=$(nmail)
echo "== mayorbox run --once --config var/mayorbox.conf"
$BIN run --once --config var/mayorbox.conf 2> var/run.log
echo "   exit $?: $(grep -c 'event=filed' var/run.log) letters filed, $(grep -c 'event=already_filed' var/run.log) already filed," \
	"$(grep -c 'event=mail_sent' var/run.log) acknowledgements sent (log: var/run.log)"
waitmail $((before + $(grep -c 'event=mail_sent' var/run.log)))
echo "== again: nothing is filed or sent twice"
$BIN run --once --config var/mayorbox.conf 2> var/run2.log
echo "   exit $?: $(grep -c 'event=filed' var/run2.log) filed, $(grep -c 'event=mail_sent' var/run2.log) sent"
echo
psql -X -P pager=off -d $DB -c "
SELECT c.number AS \"case\", l.source, c.category, coalesce(c.department, '-') AS department,
       c.priority, CASE WHEN c.confidential THEN 'yes' ELSE '' END AS confidential,
       CASE WHEN c.needs_review THEN 'yes' ELSE '' END AS review,
       coalesce(left(l.subject, 30), '(sealed)') AS subject
FROM office.cases c JOIN office.letters l ON l.case_id = c.id
WHERE l.id = (SELECT min(id) FROM office.letters WHERE case_id = c.id) ORDER BY c.number"
psql -X -P pager=off -d $DB -c "
SELECT category, count(*) AS cases, count(*) FILTER (WHERE confidential) AS confidential,
       count(*) FILTER (WHERE priority = 'high') AS high_priority
FROM office.cases GROUP BY category ORDER BY 2 DESC"
psql -X -P pager=off -d $DB -c "
SELECT kind, status, count(*) AS mails, count(*) FILTER (WHERE confidential) AS to_confidential_writers
FROM office.outbox GROUP BY 1, 2 ORDER BY 1, 2"
echo "== the citizens' side: $(nmail) messages delivered by the test mail server (Maildir: $MAILDIR)"
# the first acknowledgement delivered, as its writer's mail program shows it
python3 - "$MAILDIR" <<'EOF'
import email, email.policy, os, sys
d = sys.argv[1]
for name in sorted(os.listdir(d), key=lambda n: os.stat(os.path.join(d, n)).st_mtime):
    with open(os.path.join(d, name), "rb") as f:
        m = email.message_from_binary_file(f, policy=email.policy.default)
    if m["Auto-Submitted"] != "auto-replied":
        continue
    print("   one acknowledgement (%s):" % name)
    for h in ("From", "To", "Subject", "Message-ID", "In-Reply-To"):
        print("   %-12s %s" % (h + ":", m[h]))
    body = m.get_body(("plain",))
    lines = [l for l in body.get_content().splitlines()][:8] if body else []
    for l in lines:
        print("   | " + l)
    break
else:
    print("   (no acknowledgement in the Maildir)")
EOF
# The clerks' console (issue 14) on 127.0.0.1: the clerk and the supervisor
# sign in with their own PostgreSQL login and a password (made once, kept in
# var/console.logins), which pg_hba.conf asks for on TCP (the demo's
# cluster lets every other local connection in: the console would refuse
# a login let in without its password)
if [ ! -s var/console.logins ]; then
	( umask 077; for l in clerk_li supervisor_wang; do
		echo "$l $(python3 -c 'import secrets; print(secrets.token_urlsafe(9))')"; done > var/console.logins )
fi
while read -r login pw; do
	psql -X -qAt -v ON_ERROR_STOP=1 -d $DB -c "ALTER ROLE $login PASSWORD '$pw'" || exit 69
done < var/console.logins
HBA=$(psql -X -qAt -d postgres -c "SHOW hba_file")
if ! grep -q '^# mayorbox demo console' "$HBA"; then
	{ echo "# mayorbox demo console: these logins give their password on TCP"
	  echo "host all clerk_li,supervisor_wang 127.0.0.1/32 scram-sha-256"
	  cat "$HBA"; } > var/pg_hba.new && cat var/pg_hba.new > "$HBA" && rm -f var/pg_hba.new
	psql -X -qAt -d postgres -c "SELECT pg_reload_conf()" > /dev/null
fi
console_stop
WEBPORT=$(cat var/console.port 2>/dev/null || echo 8080)
python3 -c 'import socket,sys; s=socket.socket(); s.bind(("127.0.0.1", int(sys.argv[1])))' "$WEBPORT" 2>/dev/null \
	|| WEBPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
echo "$WEBPORT" > var/console.port
cat > var/console.conf <<CONF
[database]
conninfo = host=127.0.0.1 port=$PGPORT dbname=$DB
[web]
listen = 127.0.0.1:$WEBPORT
CONF
setsid $BIN web --config var/console.conf 2> var/console.log < /dev/null &
echo $! > var/console.pid
wait_until grep -q 'event=web_listening' var/console.log \
	|| { echo "== the console did not start:"; tail -5 var/console.log; }
CONN="host=$PGHOST port=$PGPORT dbname=$DB"
PUBLIC=$(psql -X -qAt -d $DB -c "SELECT number FROM office.cases WHERE NOT confidential ORDER BY number LIMIT 1")
SECRET=$(psql -X -qAt -d $DB -c "SELECT number FROM office.cases WHERE confidential ORDER BY number LIMIT 1")
cat <<EOF

The servers keep running in ./var for you to look at (psql: $(sh scripts/pg.sh env | tr '\n' ' '));
stop them with: make demo-stop.  A clerk's day, played: sh scripts/clerk_day.sh

The clerks' console: http://127.0.0.1:$WEBPORT/  (log: var/console.log)
$(while read -r login pw; do
	case $login in clerk_*) r="clerk     " ;; *) r="supervisor" ;; esac
	echo "  $r  login $login  password $pw"
done < var/console.logins)

Try the case file as the clerk (who sees no confidential case) and as the supervisor:
  $BIN cases list --db "$CONN user=clerk_li" --needs-review
  $BIN cases show $PUBLIC --db "$CONN user=clerk_li"
  $BIN cases stats --by department --db "$CONN user=clerk_li"
  $BIN cases show $SECRET --db "$CONN user=clerk_li"     # confidential: "no such case"
  $BIN cases list --db "$CONN user=supervisor_wang"
  $BIN cases show $SECRET --key var/keys/confidential.key --db "$CONN user=supervisor_wang"
EOF
