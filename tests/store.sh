#!/bin/sh
# store.sh BIN - the store against a real PostgreSQL (scripts/pg.sh, started
# by tests/run.sh): migrations (twice, concurrently), ingest and re-ingest,
# roles and row-level security, sealed identities (pg_dump, unseal), hostile
# letters, confidential letters without a key. TAP output.
set -u
. "$(dirname "$0")/lib.sh"
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
ROOT=$(pwd)
TMP=$(mktemp -d)
chmod 755 "$TMP"
trap 'rm -rf "$TMP"' EXIT
eval "$(sh scripts/pg.sh env)"
PGOPTIONS="-c client_min_messages=warning"
export PGOPTIONS
n=0
q() {	# q DB SQL: one value, as the superuser
	psql -X -qAt -v ON_ERROR_STOP=1 -d "$1" -c "$2"
}
newdb() {
	dropdb --if-exists "$1" 2>/dev/null
	createdb "$1"
}

DB=mbtest_store
newdb $DB
NFILES=$(ls schema/*.sql | wc -l)

# --- migrations -----------------------------------------------------------
"$BIN" db migrate --db "dbname=$DB" > "$TMP/m1" 2>&1
ok $? "db migrate on an empty database"
"$BIN" db migrate --db "dbname=$DB" > "$TMP/m2" 2>&1
r=$?
[ $r -eq 0 ] && [ ! -s "$TMP/m2" ]
ok $? "db migrate again applies nothing and says nothing"
[ "$(q $DB 'SELECT count(*) FROM schema_migrations')" -eq "$NFILES" ]
ok $? "every migration recorded once"

newdb mbtest_concurrent
for i in 1 2 3; do
	( "$BIN" db migrate --db "dbname=mbtest_concurrent" > "$TMP/c$i" 2>&1; echo $? > "$TMP/c$i.rc" ) &
done
wait
[ "$(cat "$TMP"/c1.rc "$TMP"/c2.rc "$TMP"/c3.rc | tr -d '\n')" = 000 ]
ok $? "three migrations at once all succeed"
[ "$(cat "$TMP"/c1 "$TMP"/c2 "$TMP"/c3 | grep -c '^applied')" -eq "$NFILES" ] \
	&& [ "$(q mbtest_concurrent 'SELECT count(*) FROM schema_migrations')" -eq "$NFILES" ]
ok $? "each migration applied exactly once among them"
dropdb mbtest_concurrent

# --- keys and ingest ------------------------------------------------------
"$BIN" keygen "$TMP/keys" > /dev/null
ok $? "keygen writes a key pair"
[ "$(stat -c %a "$TMP/keys/confidential.key")" = 600 ]
ok $? "the secret key file is mode 0600"
"$BIN" keygen "$TMP/keys" > /dev/null 2>&1
[ $? -ne 0 ]
ok $? "keygen never overwrites a key pair"

for role in gateway clerk supervisor; do
	q $DB "DROP ROLE IF EXISTS mbtest_$role; CREATE ROLE mbtest_$role LOGIN IN ROLE mayorbox_$role" > /dev/null
done
chmod 644 "$TMP/keys/confidential.pub"
LETTERS=$(ls tests/data/letters | wc -l)
"$BIN" ingest --json --db "dbname=$DB user=mbtest_gateway" --public-key "$TMP/keys/confidential.pub" \
	tests/data/letters > "$TMP/i1" 2> "$TMP/i1.err"
ok $? "ingest of the data set as the gateway role"
python3 - "$TMP/i1" "$LETTERS" <<'PY'
import json, sys
s = json.load(open(sys.argv[1])); n = int(sys.argv[2])
assert s["filed"] == n and s["already_filed"] == 0 and s["failed"] == 0, s
assert s["confidential"] > 0, s
PY
ok $? "every letter filed once, some confidential"
"$BIN" ingest --json --db "dbname=$DB user=mbtest_gateway" --public-key "$TMP/keys/confidential.pub" \
	tests/data/letters > "$TMP/i2" 2>&1
python3 - "$TMP/i2" "$LETTERS" <<'PY'
import json, sys
s = json.load(open(sys.argv[1])); n = int(sys.argv[2])
assert s["filed"] == 0 and s["already_filed"] == n, s
PY
ok $? "ingest again files nothing"
[ "$(q $DB 'SELECT count(*) FROM office.cases')" -eq "$LETTERS" ] && [ "$(q $DB 'SELECT count(*) FROM office.letters')" -eq "$LETTERS" ]
ok $? "one case and one letter per file"
[ "$(q $DB "SELECT count(*) FROM office.cases WHERE number !~ '^[0-9]{4}-[0-9]{6}\$'")" -eq 0 ]
ok $? "case numbers read YYYY-NNNNNN"
mkdir -p "$TMP/copy"
cp tests/data/letters/001* "$TMP/copy/renamed.eml"
"$BIN" ingest --json --db "dbname=$DB" --public-key "$TMP/keys/confidential.pub" "$TMP/copy" > "$TMP/i3" 2>&1
grep -q '"already_filed":1' "$TMP/i3"
ok $? "the same letter under another file name is not filed twice"

# --- the gateway role files but reads nothing ------------------------------
psql -X -qAt -d "dbname=$DB user=mbtest_gateway" -c "SELECT count(*) FROM cases" > "$TMP/g" 2>&1
grep -q "permission denied" "$TMP/g"
ok $? "the gateway role cannot read cases"
psql -X -qAt -d "dbname=$DB user=mbtest_gateway" -c "SELECT count(*) FROM letters" > "$TMP/g" 2>&1
grep -q "permission denied" "$TMP/g"
ok $? "the gateway role cannot read letters"

# --- a clerk never sees a confidential case ---------------------------------
# (confidential cases live in the vault, where clerks have no privilege at
# all: tests/redteam.sh tries the side channels)
CONF=$(q $DB "SELECT count(*) FROM vault.cases")
[ "$CONF" -gt 0 ] && [ "$(q $DB "SELECT count(*) FROM cases WHERE confidential")" -eq 0 ]
ok $? "there are confidential cases to hide ($CONF), all in the vault"
q $DB "SELECT number FROM vault.cases" > "$TMP/conf_numbers"
leaks=0
for rel in $(q $DB "SELECT c.relname FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND c.relkind IN ('r', 'v', 'm') ORDER BY 1"); do
	psql -X -qAt -F '	' -d "dbname=$DB user=mbtest_clerk" -c "SELECT * FROM $rel" > "$TMP/rel" 2> "$TMP/rel.err"
	rc=$?
	if [ $rc -ne 0 ] && ! grep -q "permission denied" "$TMP/rel.err"; then
		echo "# $rel: $(head -1 "$TMP/rel.err")"; leaks=$((leaks + 1)); continue
	fi
	if [ $rc -eq 0 ] && grep -qFf "$TMP/conf_numbers" "$TMP/rel"; then
		echo "# $rel shows a confidential case's number to a clerk"; leaks=$((leaks + 1))
	fi
done
[ $leaks -eq 0 ]
ok $? "SELECT * FROM every table and view as a clerk shows no confidential case"
for sql in "SELECT count(*) FROM vault.cases" "SELECT count(*) FROM vault.letters" \
	"SELECT count(*) FROM office.cases"; do
	v=$(psql -X -qAt -d "dbname=$DB user=mbtest_clerk" -c "$sql" 2>&1)
	case "$v" in *"permission denied"*) r=0 ;; *) r=1 ;; esac
	ok $r "clerk: $sql -> permission denied"
done
psql -X -qAt -d "dbname=$DB user=mbtest_clerk" -c "UPDATE cases SET confidential = false" > "$TMP/u" 2>&1
grep -q "permission denied" "$TMP/u" && [ "$(q $DB 'SELECT count(*) FROM vault.cases')" -eq "$CONF" ]
ok $? "a clerk cannot change a case by hand"
psql -X -qAt -d "dbname=$DB user=mbtest_clerk" -c "SET row_security = off; SELECT count(*) FROM cases" > "$TMP/u" 2>&1
grep -q "row-level security" "$TMP/u" || [ "$(cat "$TMP/u")" -lt "$LETTERS" ]
ok $? "a clerk turning row-level security off sees no more"
v=$(psql -X -qAt -d "dbname=$DB user=mbtest_supervisor" -c "SELECT count(*) FROM office.cases WHERE confidential" 2>&1)
[ "$v" = "$CONF" ]
ok $? "a supervisor sees the confidential cases ($v)"

# --- nothing identifying in plain text -------------------------------------
pg_dump -d "$DB" > "$TMP/dump.sql"
q $DB "SELECT encode(content_hash, 'hex') FROM vault.filed WHERE letter_id < 0" > "$TMP/conf_hashes"
found=0; checked=0
: > "$TMP/public_files"
: > "$TMP/conf_files"
for f in tests/data/letters/*; do
	h=$(sha256sum "$f" | cut -d' ' -f1)
	if grep -qx "$h" "$TMP/conf_hashes"; then echo "$f" >> "$TMP/conf_files"; else echo "$f" >> "$TMP/public_files"; fi
done
for f in $(cat "$TMP/conf_files"); do
	"$BIN" parse --json "$f" > "$TMP/p.json" 2>/dev/null
	python3 - "$TMP/p.json" > "$TMP/needles" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
for v in (j["from"]["address"], j["from"]["name"], j.get("phone")):
    if v and len(v) >= 2:
        print(v)
PY
	while IFS= read -r needle; do
		checked=$((checked + 1))
		# a name that also signs some public letter is no proof of a leak
		if grep -qF -- "$needle" $(cat "$TMP/public_files") 2>/dev/null; then
			continue
		fi
		if grep -qF -- "$needle" "$TMP/dump.sql"; then
			echo "# pg_dump holds a confidential writer's identity"; found=$((found + 1))
		fi
	done < "$TMP/needles"
done
[ $found -eq 0 ] && [ $checked -gt 0 ]
ok $? "pg_dump holds no confidential writer's name, address or phone ($checked checked)"

NUM=$(head -1 "$TMP/conf_numbers")
"$BIN" unseal --db "dbname=$DB user=mbtest_supervisor" --key "$TMP/keys/confidential.key" "$NUM" > "$TMP/open.json" 2> "$TMP/open.err"
ok $? "the supervisor's secret key opens a confidential case"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['from_address'] or d['from_name'] or d['text'], d" "$TMP/open.json" 2>/dev/null
ok $? "the opened identity holds the writer"
[ "$(q $DB "SELECT count(*) FROM vault.case_events e JOIN vault.cases c ON c.id = e.case_id WHERE c.number = '$NUM' AND e.what = 'identity revealed' AND e.who = 'mbtest_supervisor'")" -eq 1 ]
ok $? "the opening is recorded as a case event with who opened it"
"$BIN" keygen "$TMP/other" > /dev/null
"$BIN" unseal --db "dbname=$DB user=mbtest_supervisor" --key "$TMP/other/confidential.key" "$NUM" > /dev/null 2>&1
[ $? -eq 65 ]
ok $? "another key does not open it"
"$BIN" unseal --db "dbname=$DB user=mbtest_clerk" --key "$TMP/keys/confidential.key" "$NUM" > "$TMP/o" 2>&1
[ $? -ne 0 ] && ! grep -q '"text"' "$TMP/o"
ok $? "a clerk cannot open it, even with the key"
cp "$TMP/keys/confidential.key" "$TMP/open.key"
chmod 640 "$TMP/open.key"
"$BIN" unseal --db "dbname=$DB user=mbtest_supervisor" --key "$TMP/open.key" "$NUM" > "$TMP/o" 2> "$TMP/o.err"
r=$?
[ $r -ne 0 ] && grep -qF "$TMP/open.key: readable by group or others; chmod 600" "$TMP/o.err" && ! grep -q '"text"' "$TMP/o" \
	&& [ "$(q $DB "SELECT count(*) FROM vault.case_events e JOIN vault.cases c ON c.id = e.case_id WHERE c.number = '$NUM' AND e.what = 'identity revealed'")" -eq 1 ]
ok $? "unseal --key with a secret key readable by the group is refused, nothing opened or recorded (exit $r)"
chmod 604 "$TMP/open.key"
"$BIN" cases show "$NUM" --key "$TMP/open.key" --db "dbname=$DB user=mbtest_supervisor" > "$TMP/o" 2> "$TMP/o.err"
r=$?
[ $r -ne 0 ] && grep -qF "$TMP/open.key: readable by group or others; chmod 600" "$TMP/o.err"
ok $? "cases show --key with a secret key readable by others is refused (exit $r)"
"$BIN" keygen --outbox "$TMP/okeys" > /dev/null
chmod 644 "$TMP/okeys/outbox.key"
printf '[database]\nconninfo = dbname=%s\n[replies]\noutbox_key_file = %s\n[spool none]\ndir = %s\n' \
	"$DB" "$TMP/okeys/outbox.key" "$TMP/nospool" > "$TMP/ok.conf"
"$BIN" run --once --config "$TMP/ok.conf" 2> "$TMP/ok.err"
r=$?
[ $r -eq 78 ] && grep -qF "outbox_key_file: $TMP/okeys/outbox.key: readable by group or others; chmod 600" "$TMP/ok.err"
ok $? "run: an outbox_key_file readable by others is refused as bad configuration (exit $r)"

# --- hostile letters ---------------------------------------------------------
mkdir -p "$TMP/hostile"
python3 - "$TMP/hostile" <<'PY'
import os, sys
d = sys.argv[1]
sub = "'; DROP TABLE cases; -- \\\" $$ \\x00 %s"
body = ("Robert'); DELETE FROM letters;--\n" + "x" * 70 + "\n") * 1
# (classifiable, so filed in the clerks' tables; unreadable letters are sealed)
ask = "Please tell me which documents I need to apply for a residence permit.\n"
body = ask + body
open(os.path.join(d, "sql.eml"), "wb").write(
    ("From: \"O'Brien; --\" <a'b@example.com>\r\nSubject: %s\r\nDate: Sat, 28 Nov 2026 10:00:00 +0800\r\n"
     "Content-Type: text/plain; charset=utf-8\r\n\r\n%s" % (sub, body)).encode())
open(os.path.join(d, "nul.eml"), "wb").write(
    b"From: n@example.com\r\nSubject: nul bytes\r\nContent-Type: text/plain\r\n\r\n"
    + ask.encode() + b"before\x00after\x00\x00end\r\n")
line = ("市民来信测试" * 10 + "\n").encode("utf-8")
big = line * (10 * 1024 * 1024 // len(line) + 1)
open(os.path.join(d, "big.eml"), "wb").write(
    b"From: big@example.com\r\nSubject: ten megabytes\r\nContent-Type: text/plain; charset=utf-8\r\n"
    b"Content-Transfer-Encoding: 8bit\r\n\r\n" + ask.encode() + big)
open(os.path.join(d, "garbage.eml"), "wb").write(bytes(range(256)) * 40)
PY
"$BIN" ingest --json --db "dbname=$DB user=mbtest_gateway" --public-key "$TMP/keys/confidential.pub" "$TMP/hostile" > "$TMP/h" 2> "$TMP/h.err"
ok $? "hostile letters are filed"
grep -q '"filed":4' "$TMP/h"
ok $? "all four of them, the unreadable one too"
for f in sql nul big; do
	h=$(sha256sum "$TMP/hostile/$f.eml" | cut -d' ' -f1)
	v=$(q $DB "SELECT encode(sha256(raw), 'hex') FROM letters WHERE content_hash = decode('$h', 'hex')")
	[ "$v" = "$h" ]
	ok $? "$f: the raw bytes are kept intact"
done
[ "$(q $DB "SELECT count(*) FROM office.cases")" -eq $((LETTERS + 4)) ]
ok $? "the tables are all still there"
v=$(q $DB "SELECT subject FROM letters WHERE subject LIKE '%DROP TABLE%'")
case "$v" in *"'; DROP TABLE cases; --"*) r=0 ;; *) r=1 ;; esac
ok $r "SQL metacharacters are stored as text"
v=$(q $DB "SELECT octet_length(body) FROM letters WHERE subject = 'ten megabytes'")
[ "$v" -ge 10000000 ]
ok $? "10 MB of text is filed whole ($v bytes)"
v=$(q $DB "SELECT body FROM letters WHERE subject = 'nul bytes'")
case "$v" in *before*after*end*) r=0 ;; *) r=1 ;; esac
ok $r "NUL bytes in the text do not cut it"
v=$(q $DB "SELECT c.category || ' ' || c.needs_review FROM vault.cases c JOIN vault.letters l ON l.case_id = c.id WHERE l.content_hash = decode('$(sha256sum "$TMP/hostile/garbage.eml" | cut -d' ' -f1)', 'hex')")
[ "$v" = "unclassified true" ]
ok $? "an unreadable file is filed unclassified, for review, sealed (its writer is unknown)"
GNUM=$(q $DB "SELECT c.number FROM vault.cases c JOIN vault.letters l ON l.case_id = c.id WHERE l.content_hash = decode('$(sha256sum "$TMP/hostile/garbage.eml" | cut -d' ' -f1)', 'hex')")
"$BIN" unseal --db "dbname=$DB user=mbtest_supervisor" --key "$TMP/keys/confidential.key" --raw "$GNUM" > "$TMP/g.json" 2>&1
python3 - "$TMP/g.json" "$TMP/hostile/garbage.eml" <<'PY'
import base64, json, sys
d = json.load(open(sys.argv[1]))
d = d[0] if isinstance(d, list) else d
d = d.get("letters", [d])[0] if isinstance(d, dict) and "letters" in d else d
assert base64.b64decode(d["raw"]) == open(sys.argv[2], "rb").read()
PY
ok $? "garbage: the raw bytes are kept intact, sealed"

# --- one letter the database refuses does not fail its batch -------------------
# (a real server fault: a trigger that raises for one letter)
mkdir -p "$TMP/batch"
for i in 1 2 3; do
	printf 'From: b%s@example.com\r\nSubject: batch letter %s\r\nMessage-ID: <batch%s@example.com>\r\n\r\nThe street lamp %s is out.\r\n' $i $i $i $i > "$TMP/batch/$i.eml"
done
printf 'From: p@example.com\r\nSubject: poison\r\n\r\nA poison pill.\r\n' > "$TMP/batch/2a.eml"
PH=$(sha256sum "$TMP/batch/2a.eml" | cut -d' ' -f1)
# (on both tables: refused in plain, it is tried again sealed)
q $DB "CREATE FUNCTION mbtest_poison() RETURNS trigger LANGUAGE plpgsql AS \$\$ BEGIN RAISE EXCEPTION 'poisoned'; END \$\$;
       CREATE TRIGGER mbtest_poison BEFORE INSERT ON letters FOR EACH ROW
       WHEN (NEW.content_hash = decode('$PH', 'hex')) EXECUTE FUNCTION mbtest_poison();
       CREATE TRIGGER mbtest_poison BEFORE INSERT ON vault.letters FOR EACH ROW
       WHEN (NEW.content_hash = decode('$PH', 'hex')) EXECUTE FUNCTION mbtest_poison()" > /dev/null
"$BIN" ingest --json --batch 10 --db "dbname=$DB user=mbtest_gateway" --public-key "$TMP/keys/confidential.pub" "$TMP/batch" > "$TMP/b" 2> "$TMP/b.err"
r=$?
[ $r -eq 65 ] && grep -q '"filed":3' "$TMP/b" && grep -q '"failed":1' "$TMP/b"
ok $? "a letter the database refuses fails alone (exit $r); the three beside it in its batch are filed"
grep -q "2a.eml: database refused the letter" "$TMP/b.err"
ok $? "the refused letter is reported by its file, with the reason"
q $DB "DROP TRIGGER mbtest_poison ON letters; DROP TRIGGER mbtest_poison ON vault.letters; DROP FUNCTION mbtest_poison()" > /dev/null
"$BIN" ingest --json --db "dbname=$DB user=mbtest_gateway" --public-key "$TMP/keys/confidential.pub" "$TMP/batch" > "$TMP/b2" 2>&1
grep -q '"filed":1' "$TMP/b2" && grep -q '"already_filed":3' "$TMP/b2"
ok $? "once the fault is gone, a new run files it, and only it"

# --- confidential letters without a key wait in their source -------------------
newdb mbtest_nokey
"$BIN" db migrate --db "dbname=mbtest_nokey" > /dev/null
conf_file=$(head -1 "$TMP/conf_files")
mkdir -p "$TMP/nokey"
cp "$conf_file" "$TMP/nokey/"
cp "$(head -1 "$TMP/public_files")" "$TMP/nokey/"	# a letter no rule and not the model seals
"$BIN" ingest --json --db "dbname=mbtest_nokey" "$TMP/nokey" > "$TMP/nk" 2> "$TMP/nk.err"
r=$?
[ $r -eq 75 ] && grep -q '"waiting":1' "$TMP/nk" && grep -q '"filed":1' "$TMP/nk"
ok $? "without a key a confidential letter is refused (exit $r), the other filed"
grep -q "no public key" "$TMP/nk.err"
ok $? "and the refusal says why"
[ "$(q mbtest_nokey 'SELECT count(*) FROM vault.letters')" -eq 0 ] && [ "$(q mbtest_nokey 'SELECT count(*) FROM letters')" -eq 1 ]
ok $? "nothing confidential stored in plain text"
dropdb mbtest_nokey

# --- a database away from loopback: sslmode=verify-full or nothing -------------
"$BIN" db migrate --db "host=192.0.2.1 dbname=x connect_timeout=3" > /dev/null 2> "$TMP/far.err"
r=$?
[ $r -ne 0 ] && grep -q 'sslmode: a database at 192.0.2.1 needs sslmode=verify-full' "$TMP/far.err"
ok $? "db: host 192.0.2.1 without sslmode is refused before connecting (exit $r)"
PGHOST=192.0.2.1 PGSSLMODE=require "$BIN" db migrate --db "dbname=x connect_timeout=3" > /dev/null 2> "$TMP/far2.err"
r=$?
[ $r -ne 0 ] && grep -q 'sslmode: a database at 192.0.2.1 needs sslmode=verify-full' "$TMP/far2.err"
ok $? "db: PGHOST=192.0.2.1 with PGSSLMODE=require is refused too (exit $r)"
"$BIN" db migrate --db "postgresql://u@127.0.0.1:1,192.0.2.1:5432/x?connect_timeout=3" > /dev/null 2> "$TMP/far3.err"
r=$?
[ $r -ne 0 ] && grep -q 'sslmode: a database at 192.0.2.1 needs' "$TMP/far3.err"
ok $? "db: a URI with a far host among its hosts is refused (exit $r)"
"$BIN" db migrate --db "host=192.0.2.1 dbname=x sslmode=verify-full connect_timeout=3" > /dev/null 2> "$TMP/far4.err"
r=$?
[ $r -ne 0 ] && ! grep -q 'sslmode: a database at' "$TMP/far4.err" && grep -q 'cannot connect to the database' "$TMP/far4.err"
ok $? "db: with sslmode=verify-full it is let through to libpq (which cannot reach it here: exit $r)"
printf '[database]\nconninfo = host=192.0.2.1 dbname=x\n[spool none]\ndir = %s\n' "$TMP/nospool" > "$TMP/far.conf"
"$BIN" run --once --config "$TMP/far.conf" 2> "$TMP/far5.err"
r=$?
[ $r -eq 78 ] && grep -q '\[database\] conninfo: sslmode: a database at 192.0.2.1 needs sslmode=verify-full' "$TMP/far5.err"
ok $? "run: a far database without verify-full is bad configuration, not a retry (exit $r)"
"$BIN" db migrate --db "host=$PGHOST dbname=$DB" > /dev/null 2> "$TMP/near.err"
ok $? "db: the local socket ($PGHOST) needs no sslmode"

# --- logs carry no letter content --------------------------------------------
if grep -qF "DROP TABLE" "$TMP/h.err" "$TMP/i1.err" || grep -qF "市民来信" "$TMP/h.err"; then r=1; else r=0; fi
ok $r "the ingest's messages carry no letter text"

dropdb $DB
echo "1..$n"
