#!/bin/sh
# redteam.sh BIN - issue 10's findings replayed as an attacker would, with a
# clerk's own login, a gateway login, a pg_dump and hostile letters, against
# the real PostgreSQL (started by tests/run.sh) and a real spool folder; each
# test asserts that the attack fails. (The mailbox after `run --once` is in
# tests/imap.sh, acknowledgements without backscatter in tests/replies.sh.)
set -u
. "$(dirname "$0")/lib.sh"
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
TMP=$(mktemp -d)
chmod 755 "$TMP"
trap 'rm -rf "$TMP"' EXIT
eval "$(sh scripts/pg.sh env)"
PGOPTIONS="-c client_min_messages=warning"
export PGOPTIONS
n=0
DB=mbtest_red
q() {	# q SQL: one value, as the superuser
	psql -X -qAt -v ON_ERROR_STOP=1 -d "$DB" -c "$1"
}
as() {	# as ROLE SQL: as that login; stdout and stderr
	psql -X -qAt -v ON_ERROR_STOP=1 -d "dbname=$DB user=mbtest_red_$1" -c "$2" 2>&1
}
dropdb --if-exists $DB 2>/dev/null
createdb $DB
"$BIN" db migrate --db "dbname=$DB" > /dev/null 2>&1 || { echo "not ok 1 - db migrate"; exit 1; }
for role in gateway clerk supervisor; do
	q "DROP ROLE IF EXISTS mbtest_red_$role; CREATE ROLE mbtest_red_$role LOGIN IN ROLE mayorbox_$role" > /dev/null
done
"$BIN" keygen "$TMP/keys" > /dev/null
"$BIN" keygen --outbox "$TMP/okeys" > /dev/null
chmod 644 "$TMP/keys/confidential.pub" "$TMP/okeys/outbox.pub"
cat > "$TMP/gw.conf" <<EOF
[database]
conninfo = dbname=$DB user=mbtest_red_gateway
[confidential]
public_key_file = $TMP/keys/confidential.pub
[smtp]
url = smtp://127.0.0.1:9
from = mayor@city.example
[replies]
outbox_key_file = $TMP/okeys/outbox.key
EOF
"$BIN" ingest --config "$TMP/gw.conf" tests/data/letters > "$TMP/i1" 2>&1
ok $? "the data set filed as the gateway, acknowledgements queued"

# which test letters were filed confidential: the registry points into the vault
q "SELECT encode(content_hash, 'hex') FROM vault.filed WHERE letter_id < 0" > "$TMP/conf_hashes"
: > "$TMP/conf_files"; : > "$TMP/public_files"
for f in tests/data/letters/*; do
	h=$(sha256sum "$f" | cut -d' ' -f1)
	if grep -qx "$h" "$TMP/conf_hashes"; then echo "$f" >> "$TMP/conf_files"; else echo "$f" >> "$TMP/public_files"; fi
done
CONF=$(wc -l < "$TMP/conf_files")
[ "$CONF" -gt 5 ] && [ "$(q 'SELECT count(*) FROM vault.cases')" -gt 5 ] \
	&& [ "$(q 'SELECT count(*) FROM vault.outbox')" -gt 0 ]
ok $? "there are confidential cases and mail to hide ($CONF letters)"

# --- 1. what a clerk can read holds nothing hidden -----------------------------
for r in clerk gateway supervisor; do
	[ "$(q "SELECT has_schema_privilege('mbtest_red_$r', 'vault', 'USAGE')")" = f ]
	ok $? "$r: no privilege on the vault schema"
done
[ "$(q "SELECT has_schema_privilege('mbtest_red_clerk', 'office', 'USAGE')")" = f ]
ok $? "clerk: no privilege on the supervisors' views"
q "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'v', 'm', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
     AND n.nspname NOT LIKE 'pg_toast%' AND has_schema_privilege('mbtest_red_clerk', n.oid, 'USAGE')
     AND has_table_privilege('mbtest_red_clerk', c.oid, 'SELECT') ORDER BY 1" > "$TMP/clerk_rels"
removed=0
for rel in $(cat "$TMP/clerk_rels"); do
	as clerk "EXPLAIN (ANALYZE, FORMAT JSON) SELECT * FROM $rel" > "$TMP/plan.json"
	python3 - "$TMP/plan.json" "$rel" <<'PY' || removed=$((removed + 1))
import json, sys
try:
    plan = json.load(open(sys.argv[1]))
except ValueError:
    print("# %s: %s" % (sys.argv[2], open(sys.argv[1]).read().strip()[:200])); sys.exit(1)
def walk(node):
    n = 0
    for k, v in node.items():
        if k.startswith("Rows Removed by") and v:
            n += v
        elif k == "Plans":
            n += sum(walk(p) for p in v)
    return n
r = walk(plan[0]["Plan"])
if r:
    print("# %s: %d rows removed by a filter" % (sys.argv[2], r)); sys.exit(1)
PY
done
[ $removed -eq 0 ] && [ "$(wc -l < "$TMP/clerk_rels")" -ge 7 ]
ok $? "as a clerk, EXPLAIN ANALYZE SELECT * of every readable relation removes no row ($(wc -l < "$TMP/clerk_rels") relations)"
as clerk "SELECT count(*) FROM letters WHERE sender_hash = address_hash('x@example.com')" > "$TMP/o"
grep -q "does not exist" "$TMP/o"
ok $? "the address-hash attack has nothing to run on (no hash, no function)"
[ "$(q "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public'
       AND column_name LIKE '%hash%' AND column_name <> 'content_hash'")" -eq 0 ]
ok $? "no column of a writer's hash in the clerks' tables"

# functions a clerk may run: exactly the case actions, and each answers a
# confidential number exactly as a number that was never given
q "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
     AND has_schema_privilege('mbtest_red_clerk', n.oid, 'USAGE')
     AND has_function_privilege('mbtest_red_clerk', p.oid, 'EXECUTE') ORDER BY 1" | paste -sd' ' > "$TMP/fns"
[ "$(cat "$TMP/fns")" = "case_answer_send_back case_assign case_assign case_close case_reclassify case_reopen case_seal case_supervise case_take case_visit department_answer_done" ]
ok $? "a clerk may execute only the case actions ($(cat "$TMP/fns"))"
CNUM=$(q "SELECT number FROM vault.cases ORDER BY id DESC LIMIT 1")
same=0
for call in "case_reclassify('%s', 'complaint', NULL)" "case_assign('%s', 'X')" \
	"case_assign('%s', 'X', 'mbtest_red_clerk')" "case_take('%s')" \
	"case_close('%s', 'a', NULL, true, NULL, NULL)" "case_reopen('%s')" \
	"case_seal('%s', '{}')" "case_supervise('%s', 'n')" "case_visit('%s', 'satisfied', NULL)" "department_answer_done('%s')" \
	"case_answer_send_back('%s', 'r')"; do
	a=$(printf '\\set VERBOSITY verbose\nSELECT %s;\n' "$(printf "$call" "$CNUM")" \
		| psql -X -qAt -d "dbname=$DB user=mbtest_red_clerk" 2>&1 | grep -v LOCATION)
	b=$(printf '\\set VERBOSITY verbose\nSELECT %s;\n' "$(printf "$call" "1999-000000")" \
		| psql -X -qAt -d "dbname=$DB user=mbtest_red_clerk" 2>&1 | grep -v LOCATION)
	[ "$a" = "$b" ] && echo "$a" | grep -q "no such case" || { same=$((same + 1)); echo "# $call: $a / $b"; }
done
[ $same -eq 0 ]
ok $? "every function a clerk may run answers a confidential case as one that does not exist"

# --- 12. statistics, sizes, locks, sequences, numbers --------------------------
leak=0
for sql in "SELECT n_tup_ins FROM pg_stat_all_tables WHERE schemaname = 'vault'" \
	"SELECT pg_stat_get_tuples_inserted(c.oid) FROM pg_class c WHERE relname = 'cases'" \
	"SELECT reltuples FROM pg_class WHERE relname = 'cases'" \
	"SELECT relpages FROM pg_class" \
	"SELECT pg_relation_size(c.oid) FROM pg_class c WHERE relname = 'letters'" \
	"SELECT count(*) FROM pg_locks"; do
	as clerk "$sql" > "$TMP/o"
	grep -q "permission denied" "$TMP/o" || { leak=$((leak + 1)); echo "# $sql: $(head -c 200 "$TMP/o")"; }
done
[ $leak -eq 0 ]
ok $? "a clerk reads no table statistics, sizes, tuple counts or locks"
[ "$(q "SELECT count(*) FROM pg_class c WHERE CASE WHEN c.relkind = 'S'
       THEN has_sequence_privilege('mbtest_red_clerk', c.oid, 'SELECT,USAGE') ELSE false END")" -eq 0 ]
ok $? "a clerk reads no sequence"
as clerk "SELECT number FROM cases ORDER BY number" > "$TMP/nums"
python3 - "$TMP/nums" <<'PY'
import sys
nums = [int(l.split("-")[1]) for l in open(sys.argv[1]) if l.strip()]
# numbers drawn at random: not the run 1..N a counter would give
assert len(nums) > 50 and max(nums) - min(nums) + 1 > 2 * len(nums), (min(nums), max(nums), len(nums))
PY
ok $? "case numbers are random: a clerk cannot count or time confidential cases by the gaps"
[ "$(q "SELECT count(*) FROM pg_class WHERE relname IN ('case_counters', 'address_hash_key', 'outbox_key')")" -eq 0 ]
ok $? "no per-year counter, no hash key, no published outbox key in the database"

# --- 2, 5. a dump names no confidential writer -------------------------------
pg_dump -d "$DB" > "$TMP/dump.sql"
VADDR0=$("$BIN" parse --json "$(grep '\.eml$' "$TMP/conf_files" | head -1)" \
	| python3 -c 'import json,sys; print(json.load(sys.stdin)["from"]["address"])')
found=0; checked=0
for f in $(cat "$TMP/conf_files"); do
	"$BIN" parse --json "$f" > "$TMP/p.json" 2>/dev/null
	python3 - "$TMP/p.json" > "$TMP/needles" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
vals = [j["from"]["address"], j["from"]["name"], j.get("phone"), j.get("subject"), j.get("district")]
vals += [j.get("message_id")]
for a in j.get("attachments", []):
    vals += [a.get("filename"), a.get("sha256")]
for v in vals:
    if v and len(v) >= 4:
        print(v.strip("<>"))
PY
	while IFS= read -r needle; do
		# what also appears in some public letter is no proof of a leak
		if grep -qF -- "$needle" $(cat "$TMP/public_files") 2>/dev/null; then
			continue
		fi
		checked=$((checked + 1))
		if grep -qF -- "$needle" "$TMP/dump.sql"; then
			echo "# the dump holds a confidential writer's '$(echo "$needle" | cut -c1-3)…'"; found=$((found + 1))
		fi
	done < "$TMP/needles"
done
[ $found -eq 0 ] && [ $checked -gt 20 ]
ok $? "pg_dump holds no confidential name, address, phone, subject, district, Message-ID, attachment name or hash ($checked checked)"
! grep -qF -- "$(cat "$TMP/keys/confidential.key")" "$TMP/dump.sql" \
	&& ! grep -qF -- "$(cat "$TMP/okeys/outbox.key")" "$TMP/dump.sql" \
	&& ! grep -qiE 'address_hash|recipient_hash' "$TMP/dump.sql" \
	&& ! grep -qF "$(printf '%s' "$(echo "$VADDR0" | tr 'A-Z' 'a-z')" | sha256sum | cut -d' ' -f1)" "$TMP/dump.sql"
ok $? "pg_dump holds no secret key and no hash of a writer to test guesses against"

# --- 3. hostile anonymous forms are sealed --------------------------------------
mkdir -p "$TMP/forms"
python3 - "$TMP/forms" <<'PY'
import json, os, sys
d = sys.argv[1]
base = {"submitted_at": "2026-11-30T10:00:00+08:00", "anonymous": True, "email": "",
        "title": "反映问题", "content": "科长收了钱才给办证。", "district": "老城区"}
cases = {
    "empty": {"content": ""},
    "phone": {"phone": 13800000004.5},
    "title": {"title": "长" * 5000},
    "district": {"district": "区" * 5000},
}
for i, (k, v) in enumerate(cases.items()):
    f = dict(base, id="RED-%d" % i, name="匿名测试人%s" % k, phone="1390000%04d" % i,
             email="redteam-%s@example.org" % k)
    f.update(v)
    json.dump(f, open(os.path.join(d, k + ".json"), "w"), ensure_ascii=False)
PY
"$BIN" ingest --config "$TMP/gw.conf" "$TMP/forms" > "$TMP/f1" 2>&1
plain=0
for k in empty phone title district; do
	[ "$(q "SELECT count(*) FROM letters WHERE from_name LIKE '%$k' OR from_address LIKE 'redteam-$k@%' OR body LIKE '%科长收了钱%'")" -eq 0 ] \
		&& ! grep -q "redteam-$k@\|匿名测试人$k" "$TMP/dump.sql" || plain=$((plain + 1))
done
pg_dump -d "$DB" > "$TMP/dump2.sql"
sealed=0
for f in "$TMP"/forms/*.json; do
	[ "$(q "SELECT count(*) FROM vault.filed WHERE letter_id < 0
	       AND content_hash = decode('$(sha256sum "$f" | cut -d' ' -f1)', 'hex')")" -eq 1 ] && sealed=$((sealed + 1))
done
! grep -q "redteam-\|匿名测试人\|13900000" "$TMP/dump2.sql" && [ $plain -eq 0 ] && [ $sealed -eq 4 ]
ok $? "each hostile anonymous form (empty content, a phone as a number, a title or district over its limit) is sealed"

# --- 8. follow-ups: a From header never joins ---------------------------------
VN=$(q "SELECT c.number FROM vault.cases c JOIN vault.letters l ON l.case_id = c.id
	WHERE l.source = 'email' ORDER BY c.id DESC LIMIT 1")
VID=$(q "SELECT id FROM vault.cases WHERE number = '$VN'")
VF=""
for f in $(cat "$TMP/conf_files"); do
	case $f in *.eml) VF=$f; break ;; esac
done
VADDR=$("$BIN" parse --json "$VF" | python3 -c 'import json,sys; print(json.load(sys.stdin)["from"]["address"])')
VN=$(q "SELECT c.number FROM vault.cases c JOIN vault.letters l ON l.case_id = c.id
	JOIN vault.filed f ON f.letter_id = l.id
	WHERE f.content_hash = decode('$(sha256sum "$VF" | cut -d' ' -f1)', 'hex')")
VID=$(q "SELECT id FROM vault.cases WHERE number = '$VN'")
before=$(q "SELECT count(*) FROM vault.letters WHERE case_id = $VID")
mkdir -p "$TMP/forged"
printf 'From: %s\r\nSubject: [12345-%s] more\r\nMessage-ID: <forged1@evil.example>\r\n\r\nI am the writer, trust my From.\r\n' \
	"$VADDR" "$VN" > "$TMP/forged/f1.eml"
"$BIN" ingest --config "$TMP/gw.conf" "$TMP/forged" > /dev/null 2>&1
[ "$(q "SELECT count(*) FROM vault.letters WHERE case_id = $VID")" -eq "$before" ] \
	&& [ "$(q "SELECT count(*) FROM vault.case_events WHERE case_id = $VID AND what = 'follow-up'")" -eq 0 ]
ok $? "a forged From with a confidential case's number does not join that case"
PN=$(q "SELECT c.number FROM cases c JOIN outbox o ON o.case_id = c.id WHERE o.code IS NOT NULL ORDER BY c.id LIMIT 1")
PCODE=$(q "SELECT code FROM outbox WHERE case_number = '$PN' AND kind = 'acknowledgement'")
PID=$(q "SELECT id FROM cases WHERE number = '$PN'")
printf 'From: someone@example.net\r\nSubject: [12345-%s] more\r\nMessage-ID: <f2@example.net>\r\n\r\nMy code is %s.\r\n' \
	"$PN" "$PCODE" > "$TMP/forged/f2.eml"
printf 'From: someone@example.net\r\nSubject: [12345-%s] more\r\nMessage-ID: <f3@example.net>\r\n\r\nMy code is abcd-efgh-jkmn.\r\n' \
	"$PN" > "$TMP/forged/f3.eml"
"$BIN" ingest --config "$TMP/gw.conf" "$TMP/forged" > /dev/null 2>&1
[ "$(q "SELECT count(*) FROM letters WHERE case_id = $PID")" -eq 2 ]
ok $? "the case number with the access code only its writer received joins; with a wrong code it does not"
# a confidential follow-up (by reference to our mail) to a public case: kept
# sealed, and the case is flagged, not made confidential by the letter
PN2=$(q "SELECT c.number FROM cases c JOIN outbox o ON o.case_id = c.id WHERE o.kind = 'acknowledgement' AND c.number <> '$PN' ORDER BY c.id LIMIT 1")
PID2=$(q "SELECT id FROM cases WHERE number = '$PN2'")
TOK=$(q "SELECT token FROM outbox WHERE case_number = '$PN2'")
mkdir -p "$TMP/conf_followup"
printf 'From: =?utf-8?b?5p2O5Zub?= <redteam-fu@example.org>\r\nSubject: Re: ack\r\nIn-Reply-To: <%s@city.example>\r\nMessage-ID: <fu1@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n请为我保密，不要透露我的姓名，我怕被打击报复。王科长收了我两千元红包。redteam-phrase-7731\r\n' \
	"$TOK" > "$TMP/conf_followup/fu.eml"
"$BIN" ingest --config "$TMP/gw.conf" "$TMP/conf_followup" > /dev/null 2>&1
[ "$(q "SELECT count(*) FROM vault.letters WHERE case_id = $PID2")" -eq 1 ] \
	&& [ "$(q "SELECT count(*) FROM letters WHERE case_id = $PID2")" -eq 1 ] \
	&& [ "$(q "SELECT needs_review FROM cases WHERE id = $PID2")" = t ] \
	&& [ "$(q "SELECT count(*) FROM case_events WHERE case_id = $PID2 AND what = 'confidentiality requested'")" -eq 1 ]
ok $? "a confidential follow-up is sealed and flags its public case for a supervisor"
pg_dump -d "$DB" > "$TMP/dump3.sql"
! grep -q "redteam-fu@\|redteam-phrase-7731" "$TMP/dump3.sql"
ok $? "the follow-up's writer and text are nowhere in a dump"
"$BIN" cases seal "$PN2" --db "dbname=$DB user=mbtest_red_clerk" --public-key "$TMP/keys/confidential.pub" \
	--note "the writer asked" > "$TMP/seal.out" 2>&1
r=$?
PADDR=$(q "SELECT from_address FROM letters WHERE case_id = $PID2" 2>/dev/null)
pg_dump -d "$DB" > "$TMP/dump4.sql"
[ $r -eq 0 ] && [ "$(q "SELECT count(*) FROM cases WHERE number = '$PN2'")" -eq 0 ] \
	&& [ "$(q "SELECT count(*) FROM letters WHERE case_id = $PID2")" -eq 0 ] \
	&& [ "$(q "SELECT count(*) FROM vault.letters l JOIN vault.cases c ON c.id = l.case_id WHERE c.number = '$PN2'")" -eq 2 ] \
	&& [ -z "$PADDR" ]
ok $? "a case turned confidential (cases seal) moves into the vault whole ($(head -c 200 "$TMP/seal.out"))"
"$BIN" cases show "$PN2" --db "dbname=$DB user=mbtest_red_clerk" > /dev/null 2>&1
[ $? -eq 66 ]
ok $? "and is then no such case to a clerk"

# --- 9. the gateway login sends through functions and reads nothing ----------
bad=0
for sql in "SELECT count(*) FROM outbox" "SELECT count(*) FROM cases" "SELECT count(*) FROM letters" \
	"SELECT count(*) FROM vault.outbox" "SELECT count(*) FROM office.outbox" \
	"SELECT case_reclassify('$PN', 'complaint', NULL)" "SELECT * FROM reveal_case('$VN', 'x')"; do
	as gateway "$sql" > "$TMP/o"
	grep -q "permission denied" "$TMP/o" || { bad=$((bad + 1)); echo "# gateway: $sql: $(head -c 200 "$TMP/o")"; }
done
[ $bad -eq 0 ]
ok $? "a gateway login reads no case, letter or outbox row and changes no case"
as gateway "SELECT publish_outbox_key('\\x00'::bytea, 'k')" | grep -q "does not exist"
ok $? "a gateway login cannot publish an outbox key (supervisors pin theirs)"

# --- 10. clerks change cases only through the functions ----------------------
bad=0
for sql in "INSERT INTO case_events (case_id, what, at) VALUES ($PID, 'identity revealed', now() - interval '1 year')" \
	"UPDATE cases SET status = 'closed' WHERE id = $PID" \
	"INSERT INTO outbox (case_id, case_number, kind, recipient, body) VALUES ($PID, '$PN', 'answer', 'victim@example.com', 'spam')" \
	"DELETE FROM case_events"; do
	as clerk "$sql" > "$TMP/o"
	grep -q "permission denied" "$TMP/o" || { bad=$((bad + 1)); echo "# clerk: $sql: $(head -c 200 "$TMP/o")"; }
	as supervisor "$sql" > "$TMP/o"
	grep -q "permission denied" "$TMP/o" || { bad=$((bad + 1)); echo "# supervisor: $sql: $(head -c 200 "$TMP/o")"; }
done
[ $bad -eq 0 ]
ok $? "neither a clerk nor a supervisor can forge an event, close a case or queue mail by hand"
PN3=$(q "SELECT c.number FROM cases c JOIN letters l ON l.case_id = c.id WHERE l.from_name IS NOT NULL
	AND l.from_address IS NOT NULL AND NOT l.anonymous AND c.status <> 'closed' ORDER BY c.id LIMIT 1")
WADDR=$(q "SELECT from_address FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number = '$PN3' ORDER BY l.id LIMIT 1")
as clerk "SELECT case_close('$PN3', 'Our answer.', NULL, true, NULL, NULL)" > "$TMP/o"
[ "$(cat "$TMP/o")" = queued ] \
	&& [ "$(q "SELECT recipient FROM outbox WHERE case_number = '$PN3' AND kind = 'answer'")" = "$WADDR" ] \
	&& [ "$(q "SELECT who FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$PN3' AND what = 'closed'")" = mbtest_red_clerk ]
ok $? "case_close mails the case's own writer, and the event is signed by the clerk"

# --- reveals --------------------------------------------------------------------
KID=$(python3 - "$TMP/keys/confidential.pub" <<'PY'
import base64, hashlib, sys
print(hashlib.sha256(base64.b64decode(open(sys.argv[1]).read().strip())).hexdigest()[:16])
PY
)
ev() { q "SELECT count(*) FROM vault.case_events WHERE case_id = $VID AND what = 'identity revealed'"; }
as supervisor "SELECT count(*) FROM reveal_case('$VN', '0000000000000000')" > "$TMP/o"
[ "$(cat "$TMP/o")" = 0 ] && [ "$(ev)" -eq 0 ]
ok $? "a reveal with a key that opens nothing returns nothing and records nothing"
as supervisor "SELECT count(*) FROM reveal_case('$VN', '$KID')" > "$TMP/o"
[ "$(cat "$TMP/o")" -ge 1 ] && [ "$(ev)" -eq 1 ] \
	&& [ "$(q "SELECT who FROM vault.case_events WHERE case_id = $VID AND what = 'identity revealed'")" = mbtest_red_supervisor ]
ok $? "a reveal with the office key returns the boxes and is recorded once, signed"
as clerk "SELECT * FROM reveal_case('$VN', '$KID')" | grep -q "permission denied"
ok $? "a clerk cannot call reveal_case"
as supervisor "SELECT sealed FROM office.letters LIMIT 1" | grep -q "does not exist"
ok $? "the supervisors' views carry no sealed box (only reveal_case does, recorded)"

# --- leases -------------------------------------------------------------------
as clerk "SELECT take_lease('spool:in')" | grep -q "permission denied"
ok $? "a clerk cannot take a source's lease"

# --- 7. the spool follows no link --------------------------------------------
mkdir -p "$TMP/sp/in" "$TMP/sp/done" "$TMP/sp/q"
echo "password=hunter2-redteam" > "$TMP/secret.txt"
chmod 600 "$TMP/secret.txt"
ln -s "$TMP/secret.txt" "$TMP/sp/in/link.eml"
ln "$TMP/secret.txt" "$TMP/sp/in/hardlink.eml"
cp "$(head -1 "$TMP/conf_files")" "$TMP/sp/in/conf.eml"
cp "$(grep '\.eml$' "$TMP/public_files" | head -1)" "$TMP/sp/in/public.eml"
cat > "$TMP/sp.conf" <<EOF
[database]
conninfo = dbname=$DB user=mbtest_red_gateway
[confidential]
public_key_file = $TMP/keys/confidential.pub
[spool in]
dir = $TMP/sp/in
done_dir = $TMP/sp/done
quarantine_dir = $TMP/sp/q
EOF
"$BIN" run --once --config "$TMP/sp.conf" > "$TMP/sp.log" 2>&1
pg_dump -d "$DB" > "$TMP/dump5.sql"
! grep -q "hunter2-redteam" "$TMP/dump5.sql" && [ "$(cat "$TMP/secret.txt")" = "password=hunter2-redteam" ]
ok $? "a symbolic or hard link in the spool files nothing (its target untouched)"
CH=$(sha256sum "$(head -1 "$TMP/conf_files")" | cut -d' ' -f1)
PH=$(sha256sum "$(grep '\.eml$' "$TMP/public_files" | head -1)" | cut -d' ' -f1)
find "$TMP/sp" -type f -exec sha256sum {} + | cut -d' ' -f1 > "$TMP/sp_hashes"
! grep -qx "$CH" "$TMP/sp_hashes" && grep -qx "$PH" "$TMP/sp_hashes" && [ -z "$(ls "$TMP/sp/in")" ]
ok $? "after run --once no spool folder holds the confidential letter"
! grep -q "hunter2\|$VADDR" "$TMP/sp.log" "$TMP/i1" "$TMP/f1"
ok $? "the logs carry no secret and no confidential writer"

# --- the migration: a database filed before the vault ---------------------------
OLD=mbtest_red_old
dropdb --if-exists $OLD 2>/dev/null
createdb $OLD
mkdir -p "$TMP/schema_old"
for f in schema/*.sql; do
	v=$(basename "$f" | cut -c1-3)
	[ "$v" -lt 6 ] && cp "$f" "$TMP/schema_old/"
done
qo() { psql -X -qAt -v ON_ERROR_STOP=1 -d "$OLD" -c "$1"; }
"$BIN" db migrate --db "dbname=$OLD" --schema "$TMP/schema_old" > /dev/null 2>&1 \
	&& "$BIN" ingest --db "dbname=$OLD" --public-key "$TMP/keys/confidential.pub" tests/data/letters > /dev/null 2>&1
ok $? "a database filed with the schema before the vault (001-005)"
# as the old schema let it happen: a follow-up turned a public case
# confidential and left its letters plain; hashes of every writer stored
TURN=$(qo "SELECT c.number FROM cases c JOIN letters l ON l.case_id = c.id WHERE NOT c.confidential
	AND l.from_address IS NOT NULL AND l.source = 'email' ORDER BY c.id LIMIT 1")
TADDR=$(qo "SELECT l.from_address FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number = '$TURN'")
qo "UPDATE cases SET confidential = true WHERE number = '$TURN';
    UPDATE letters SET sender_hash = address_hash(from_address) WHERE from_address IS NOT NULL" > /dev/null
OLDCONF=$(qo "SELECT count(*) FROM cases WHERE confidential")
"$BIN" db migrate --db "dbname=$OLD" > "$TMP/mig.out" 2>&1
r=$?
"$BIN" db migrate --db "dbname=$OLD" --public-key "$TMP/keys/confidential.pub" > "$TMP/mig2.out" 2>&1
r2=$?
[ $r -eq 0 ] && grep -q "wait in the vault to be sealed" "$TMP/mig.out" && [ $r2 -eq 0 ] \
	&& [ "$(qo 'SELECT count(*) FROM vault.unsealed')" -eq 0 ]
ok $? "db migrate moves the confidential material into the vault and, given the public key, seals what was plain"
pg_dump -d "$OLD" > "$TMP/olddump.sql"
[ "$(qo 'SELECT count(*) FROM vault.cases')" -eq "$OLDCONF" ] \
	&& [ "$(qo 'SELECT count(*) FROM cases WHERE confidential')" -eq 0 ] \
	&& ! grep -qF "$TADDR" "$TMP/olddump.sql" && ! grep -qiE "address_hash|sender_hash_key|recipient_hash" "$TMP/olddump.sql" \
	&& [ "$(qo "SELECT count(*) FROM information_schema.columns WHERE column_name IN ('sender_hash', 'recipient_hash') AND table_schema = 'public'")" -eq 0 ]
ok $? "after it: every confidential case in the vault, the turned case's writer nowhere in a dump, the hashes and their key dropped"
psql -X -q -d "$OLD" -c "GRANT CONNECT ON DATABASE $OLD TO mbtest_red_supervisor" > /dev/null 2>&1
"$BIN" unseal --db "dbname=$OLD user=mbtest_red_supervisor" --key "$TMP/keys/confidential.key" "$TURN" > "$TMP/turn.json" 2>&1
grep -qF "$TADDR" "$TMP/turn.json"
ok $? "a supervisor with the key opens the migrated case and finds its writer"
dropdb $OLD

[ -n "${KEEP:-}" ] && exit 0
dropdb $DB
for role in gateway clerk supervisor; do
	psql -X -qAt -d postgres -c "DROP ROLE IF EXISTS mbtest_red_$role" > /dev/null 2>&1
done
