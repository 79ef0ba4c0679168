#!/bin/sh
# demo.sh - the main job, end to end, on the sample letters of
# tests/data/letters: a private PostgreSQL, a private Dovecot and the
# project's web-form feed are started in ./var; the e-mails are delivered to
# the mayor's mailbox and the form submissions put in the feed; `mayorbox
# run --once` files every letter (fetch, parse, classify, seal, store, move);
# the cases are printed as a table. A second run shows nothing is filed twice.
# `make demo-stop` (or scripts/demo.sh stop) stops the three servers.
set -u
cd "$(dirname "$0")/.."
ROOT=$(pwd)
export MAYORBOX_PGDIR="$ROOT/var/pg" MAYORBOX_DOVECOT_DIR="$ROOT/var/dovecot" MAYORBOX_FEEDDIR="$ROOT/var/feed"
if [ "${1:-}" = stop ]; then
	sh scripts/feed.sh stop; sh scripts/dovecot.sh stop; sh scripts/pg.sh stop
	exit 0
fi
BIN=build/mayorbox
mkdir -p var/forms
rm -f var/forms/*.json
cp tests/data/letters/*.json var/forms/
sh scripts/pg.sh start || exit 69
sh scripts/dovecot.sh stop > /dev/null 2>&1
rm -rf "$MAYORBOX_DOVECOT_DIR"
sh scripts/dovecot.sh start > /dev/null || exit 69
sh scripts/feed.sh stop > /dev/null 2>&1
sh scripts/feed.sh start var/forms > /dev/null || exit 69
eval "$(sh scripts/pg.sh env)"; eval "$(sh scripts/dovecot.sh env)"; eval "$(sh scripts/feed.sh env)"
export PGOPTIONS="-c client_min_messages=warning"
DB=mayorbox_demo
dropdb --if-exists $DB
createdb $DB
echo "== mayorbox db migrate"
$BIN db migrate --db "dbname=$DB"
rm -rf var/keys
$BIN keygen var/keys > /dev/null
echo "== mailbox: $(sh scripts/dovecot.sh add tests/data/letters) e-mails delivered; feed: $(ls var/forms | wc -l) form submissions"
cat > var/mayorbox.conf <<CONF
[database]
conninfo = dbname=$DB
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
CONF
echo "== mayorbox run --once --config var/mayorbox.conf"
$BIN run --once --config var/mayorbox.conf 2> var/run.log
echo "   $(grep -c 'event=filed' var/run.log) letters filed (log: var/run.log)"
echo "== again: nothing is filed twice"
$BIN run --once --config var/mayorbox.conf 2> var/run2.log
echo "   $(grep -c 'event=filed' var/run2.log) filed"
echo
psql -X -P pager=off -d $DB -c "
SELECT c.number AS \"case\", l.source, c.category, coalesce(c.department, '-') AS department,
       c.priority, CASE WHEN c.confidential THEN 'yes' ELSE '' END AS confidential,
       CASE WHEN c.needs_review THEN 'yes' ELSE '' END AS review,
       coalesce(left(l.subject, 30), '(sealed)') AS subject
FROM cases c JOIN letters l ON l.case_id = c.id ORDER BY c.number"
psql -X -P pager=off -d $DB -c "
SELECT category, count(*) AS cases, count(*) FILTER (WHERE confidential) AS confidential,
       count(*) FILTER (WHERE priority = 'high') AS high_priority
FROM cases GROUP BY category ORDER BY 2 DESC"
echo "The servers keep running in ./var for you to look at (psql: $(sh scripts/pg.sh env | tr '\n' ' '));"
echo "stop them with: make demo-stop"
