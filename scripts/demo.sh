#!/bin/sh
# demo.sh - the main job on the sample letters shipped in the repository:
# a private PostgreSQL is started (scripts/pg.sh), the schema migrated, a
# key pair made for confidential identities, every letter of
# tests/data/letters read, classified and filed as a case, and the cases
# printed as a table. A second ingest shows nothing is filed twice.
set -u
cd "$(dirname "$0")/.."
BIN=build/mayorbox
started=0
sh scripts/pg.sh status > /dev/null 2>&1 || { sh scripts/pg.sh start || exit 69; started=1; }
eval "$(sh scripts/pg.sh env)"
export PGOPTIONS="-c client_min_messages=warning"
DB=mayorbox_demo
dropdb --if-exists $DB
createdb $DB
echo "== mayorbox db migrate"
$BIN db migrate --db "dbname=$DB"
KEYS=build/demo-keys
rm -rf $KEYS
echo "== mayorbox keygen $KEYS"
$BIN keygen $KEYS
echo
echo "== mayorbox ingest tests/data/letters"
$BIN ingest --db "dbname=$DB" --public-key $KEYS/confidential.pub tests/data/letters
echo "== again: nothing is filed twice"
$BIN ingest --db "dbname=$DB" --public-key $KEYS/confidential.pub tests/data/letters
echo
psql -X -P pager=off -d $DB -c "
SELECT number AS \"case\", to_char(created_at, 'MM-DD HH24:MI') AS received, category,
       coalesce(department, '-') AS department, priority,
       CASE WHEN confidential THEN 'yes' ELSE '' END AS confidential,
       CASE WHEN needs_review THEN 'yes' ELSE '' END AS review,
       coalesce(left(subject, 34), '(sealed)') AS subject
FROM case_list ORDER BY number"
psql -X -P pager=off -d $DB -c "
SELECT category, count(*) AS cases, count(*) FILTER (WHERE confidential) AS confidential,
       count(*) FILTER (WHERE priority = 'high') AS high_priority
FROM cases GROUP BY category ORDER BY 2 DESC"
echo "The database stays for you to look at: $(sh scripts/pg.sh env | tr '\n' ' ')"
echo "psql -d $DB; stop it with: sh scripts/pg.sh stop"
