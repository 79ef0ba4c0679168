#!/bin/sh
# rulesdb.sh BIN - `rules test --from-db` and `rules diff` against a real
# PostgreSQL (scripts/pg.sh, started by tests/run.sh): the clerks' reviewed
# cases as the labelled corpus, what a clerk and a supervisor see, the
# 'identity revealed' events of --key, and a rule change measured on the
# letters already filed without changing the database. TAP output.
#
# Schema 006: confidential cases live in the vault, read by supervisors
# through the office.* views; the superuser's checks here read those views
# (q) or the tables themselves (qw). A clerk's review is `mayorbox cases`
# (the case functions: no login may INSERT a case event itself).
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
DB=mbtest_rulesdb
GW="dbname=$DB user=mbtest_rdb_gateway"
CLERK="dbname=$DB user=mbtest_rdb_clerk"
SUP="dbname=$DB user=mbtest_rdb_supervisor"
q() {	# q SQL: one value, as the superuser, through the office views (public + vault)
	psql -X -qAt -v ON_ERROR_STOP=1 -d "$DB" -c "SET search_path = office, public" -c "$1"
}
qw() {	# qw SQL: as the superuser, on the tables themselves
	psql -X -qAt -v ON_ERROR_STOP=1 -d "$DB" -c "$1"
}
as() {	# as CONNINFO SQL: as that login
	psql -X -qAt -v ON_ERROR_STOP=1 -d "$1" -c "$2"
}
jq_() {	# jq_ FILE PYTHON-EXPRESSIONS (j is the object): prints them, blank-separated
	python3 -c "import json,sys; j=json.load(open(sys.argv[1])); print($2)" "$1"
}
# cases, case events, letters: what nothing but --key's reveal events may change
state() {
	qw "SELECT md5(string_agg(x, '|' ORDER BY x)) FROM (
		SELECT c::text x FROM cases c
		UNION ALL SELECT c::text FROM vault.cases c
		UNION ALL SELECT e::text FROM case_events e
		UNION ALL SELECT e::text FROM vault.case_events e
		UNION ALL SELECT l.id::text || encode(sha256(l.raw), 'hex') FROM letters l
		UNION ALL SELECT l.id::text || encode(sha256(l.sealed), 'hex') FROM vault.letters l) s"
}

dropdb --if-exists "$DB" 2>/dev/null
createdb "$DB"
"$BIN" db migrate --db "dbname=$DB" > "$TMP/m" 2>&1
ok $? "db migrate"
for role in gateway clerk supervisor; do
	qw "DROP ROLE IF EXISTS mbtest_rdb_$role; CREATE ROLE mbtest_rdb_$role LOGIN IN ROLE mayorbox_$role" > /dev/null
done
"$BIN" keygen "$TMP/keys" > /dev/null
chmod 644 "$TMP/keys/confidential.pub"
"$BIN" ingest --json --db "$GW" --public-key "$TMP/keys/confidential.pub" tests/data/letters \
	> "$TMP/ingest" 2> "$TMP/ingest.err"
ok $? "ingest of tests/data/letters as the gateway"
LETTERS=$(q "SELECT count(*) FROM letters")
CONF_LETTERS=$(q "SELECT count(*) FROM letters WHERE confidential")
[ "$LETTERS" -eq "$(ls tests/data/letters | wc -l)" ] && [ "$CONF_LETTERS" -gt 0 ]
ok $? "every letter filed ($LETTERS, $CONF_LETTERS confidential)"

# --- no reviewed case yet -------------------------------------------------------
"$BIN" rules test --from-db --db "$CLERK" > "$TMP/t0" 2> "$TMP/t0.err"
r=$?
[ $r -eq 66 ] && grep -q "no reviewed cases" "$TMP/t0.err" && [ ! -s "$TMP/t0" ]
ok $? "no reviewed case: exit 66 ($r) and says so"
"$BIN" rules test --from-db --db "$GW" > /dev/null 2> "$TMP/gw.err"
r=$?
[ $r -eq 77 ]
ok $? "the gateway login may not read cases: exit 77 ($r)"
"$BIN" rules test --from-db --db "dbname=mbtest_rulesdb_absent" > /dev/null 2>&1
r=$?
[ $r -eq 69 ]
ok $? "no database: exit 69 ($r)"

# --- a clerk reviews: three confirmed, one reclassified -------------------------
# four public, classified, citizen cases; the last one the clerk reclassifies
q "SELECT number FROM cases WHERE NOT confidential AND NOT automatic
   AND category <> 'unclassified' ORDER BY id LIMIT 4" > "$TMP/picked"
set -- $(cat "$TMP/picked")
C1=$1 C2=$2 C3=$3 CR=$4
ORIG=$(q "SELECT category FROM cases WHERE number = '$CR'")
if [ "$ORIG" = information ]; then WRONG=complaint; else WRONG=information; fi
# the clerk's own commands (mayorbox cases), as the clerk's login
rv=0
for c in $C1 $C2; do
	"$BIN" cases assign "$c" "$(q "SELECT department FROM cases WHERE number = '$c'")" \
		--db "$CLERK" > /dev/null || rv=1
done
"$BIN" cases close "$C3" --no-mail --db "$CLERK" > /dev/null || rv=1
"$BIN" cases reclassify "$CR" "$WRONG" --note test --db "$CLERK" > /dev/null || rv=1
# an event that is no review: this case does not count (written as the
# superuser: no login of the office may insert an event itself)
qw "INSERT INTO case_events (case_id, what) SELECT id, 'mail sent' FROM cases
	WHERE NOT confidential AND number NOT IN ('$C1', '$C2', '$C3', '$CR') ORDER BY id LIMIT 1" \
	> /dev/null || rv=1
[ $rv -eq 0 ] && [ "$(q "SELECT who || ' ' || (detail->>'from') || ' ' || (detail->>'to') || ' ' || (detail->>'note')
	FROM case_events e JOIN cases c ON c.id = e.case_id
	WHERE c.number = '$CR' AND e.what = 'reclassified'")" = "mbtest_rdb_clerk $ORIG $WRONG test" ]
ok $? "a clerk reviews four cases ($C1 $C2 $C3 confirmed, $CR $ORIG -> $WRONG)"
E0=$(q "SELECT count(*) FROM case_events")
as "$CLERK" "INSERT INTO case_events (case_id, what) SELECT id, 'reclassified' FROM cases
	WHERE number = '$C1'" > /dev/null 2> "$TMP/ins.err"
r=$?
[ $r -ne 0 ] && grep -q "permission denied" "$TMP/ins.err" && [ "$(q "SELECT count(*) FROM case_events")" -eq "$E0" ]
ok $? "a clerk cannot forge a review: INSERT INTO case_events is permission denied"
NREV=4

"$BIN" rules test --from-db --db "$CLERK" > "$TMP/t1" 2> "$TMP/t1.err"
r=$?
[ $r -eq 0 ] && [ ! -s "$TMP/t1.err" ]
ok $? "rules test --from-db as the clerk: exit 0 ($r), nothing on stderr"
grep -q "^disagreements (clerk -> rules): 1$" "$TMP/t1" \
	&& grep -q "^  $CR: category $WRONG -> $ORIG; department .*; rules: [a-z]" "$TMP/t1" \
	&& [ "$(sed -n '/^disagreements/,$p' "$TMP/t1" | grep -c '^  ')" -eq 1 ]
ok $? "lists exactly the disagreeing case: $CR, clerk $WRONG -> rules $ORIG, the rules that fired"
grep -q "^reviewed cases $NREV: $NREV measured, 0 confidential skipped" "$TMP/t1"
ok $? "says how many reviewed cases were measured"

"$BIN" rules test --from-db --json --db "$CLERK" > "$TMP/t1.json" 2> "$TMP/t1j.err"
r=$?
[ $r -eq 0 ]
ok $? "--json: exit 0 ($r)"
python3 - "$TMP/t1.json" "$NREV" "$CR" "$WRONG" "$ORIG" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
n, cr, wrong, orig = int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
assert j["letters"] == n and j["measured"] == n and j["reviewed"] == n, j
assert j["correct"] == n - 1 and abs(j["accuracy"] - (n - 1) / n) < 1e-9, j["accuracy"]
assert j["skipped_confidential"] == 0 and j["identities_revealed"] == 0, j
d = j["disagreements"]
assert [e["case"] for e in d] == [cr], d
assert d[0]["category"] == {"clerk": wrong, "rules": orig}, d
assert d[0]["differs"] == ["category"] and d[0]["rules"], d
assert [m["case"] for m in j["misclassified"]] == [cr], j["misclassified"]
assert j["department"]["correct"] == n and j["confusion"][wrong][orig] == 1, j
PY
ok $? "--json parses: $NREV cases, accuracy (n-1)/n, the one disagreement"

# --- confidential cases -----------------------------------------------------------
CC=$(q "SELECT number FROM cases WHERE confidential AND NOT automatic AND category <> 'unclassified' AND department IS NOT NULL ORDER BY abs(id) LIMIT 1")
"$BIN" cases assign "$CC" "$(q "SELECT department FROM cases WHERE number = '$CC'")" --db "$SUP" > /dev/null
ok $? "a supervisor reviews a confidential case ($CC)"
"$BIN" rules test --from-db --json --db "$CLERK" > "$TMP/t2.json" 2>/dev/null
[ "$(jq_ "$TMP/t2.json" 'j["measured"], j["reviewed"], j["skipped_confidential"]')" = "$NREV $NREV 0" ] \
	&& ! grep -q "$CC" "$TMP/t2.json"
ok $? "the clerk never sees it: still $NREV cases considered, $CC nowhere"
"$BIN" rules test --from-db --db "$SUP" > "$TMP/t3" 2> "$TMP/t3.err"
r=$?
[ $r -eq 0 ] && grep -q "^reviewed cases $((NREV + 1)): $NREV measured, 1 confidential skipped (no --key)" "$TMP/t3" \
	&& [ "$(q "SELECT count(*) FROM case_events WHERE what = 'identity revealed'")" -eq 0 ]
ok $? "the supervisor without --key: skipped and counted (exit $r), nothing revealed"
BEFORE_EV=$(q "SELECT count(*) FROM case_events")
"$BIN" keygen "$TMP/other" > /dev/null
"$BIN" rules test --from-db --key "$TMP/other/confidential.key" --db "$SUP" > "$TMP/t4" 2> "$TMP/t4.err"
r=$?
[ $r -eq 65 ] && grep -q "$CC" "$TMP/t4.err" && [ "$(q "SELECT count(*) FROM case_events")" -eq "$BEFORE_EV" ]
ok $? "a key that does not open it: exit 65 ($r), names the case, records nothing"
"$BIN" rules test --from-db --json --key "$TMP/keys/confidential.key" --db "$SUP" > "$TMP/t5.json" 2> "$TMP/t5.err"
r=$?
[ $r -eq 0 ] && [ ! -s "$TMP/t5.err" ]
ok $? "the supervisor with --key: exit 0 ($r)"
python3 - "$TMP/t5.json" "$NREV" "$CR" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
n = int(sys.argv[2]) + 1
assert j["measured"] == n and j["skipped_confidential"] == 0 and j["identities_revealed"] == 1, j
assert j["confidential"]["tp"] == 1 and j["confidential"]["fn"] == 0, j["confidential"]
assert abs(j["accuracy"] - (n - 1) / n) < 1e-9, j["accuracy"]
assert [e["case"] for e in j["disagreements"]] == [sys.argv[3]], j["disagreements"]
PY
ok $? "--key includes the confidential case (confidential tp 1), accuracy (n-1)/n"
KID=$(python3 -c 'import base64,hashlib,sys; print(hashlib.sha256(base64.b64decode(open(sys.argv[1]).read().strip())).hexdigest()[:16])' "$TMP/keys/confidential.pub")
v=$(q "SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id
       WHERE c.number = '$CC' AND e.what = 'identity revealed' AND e.who = 'mbtest_rdb_supervisor'
       AND e.detail->>'key_id' = '$KID'")
[ "$v" -eq 1 ] && [ "$(q "SELECT count(*) FROM case_events WHERE what = 'identity revealed'")" -eq 1 ]
ok $? "one 'identity revealed' event, for $CC, by the supervisor, naming the key (reveal_case)"
SUBJ=$(q "SELECT l.subject FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number = '$CR'")
if [ -z "$SUBJ" ] || grep -qF -- "$SUBJ" "$TMP"/t*.err "$TMP"/t1 "$TMP"/t3 "$TMP"/t1.json; then r=1; else r=0; fi
ok $r "no letter text in the output (the subject of $CR is nowhere)"

"$BIN" rules test --from-db --since 2999-01-01 --db "$CLERK" > /dev/null 2> "$TMP/t6.err"
r=$?
[ $r -eq 66 ] && grep -q "since 2999-01-01" "$TMP/t6.err"
ok $? "--since after every case: exit 66 ($r), says so"
"$BIN" rules test --from-db --since "$(date -u +%Y-%m-%d)" --json --db "$CLERK" > "$TMP/t7.json" 2>/dev/null
[ "$(jq_ "$TMP/t7.json" 'j["measured"]')" -eq $NREV ]
ok $? "--since today keeps today's cases"
"$BIN" rules test --from-db --since "not-a-date" --db "$CLERK" > /dev/null 2> "$TMP/t8.err"
r=$?
[ $r -eq 64 ] && grep -q -- "--since" "$TMP/t8.err"
ok $? "--since that is not a date: exit 64 ($r), names the option"

# --- rules diff -------------------------------------------------------------------
mkdir -p "$TMP/same"
cp rules/*.rules rules/*.dir rules/*.model "$TMP/same/"
cp -r "$TMP/same" "$TMP/new"
# one new rule: a word routed to another department (and category)
cat > "$TMP/new/zz_test.rules" <<'EOF'
rule test_route_bus
  category   information
  weight     50
  match      /公交|\bbus\b/
  department Test Bureau
  example    公交车太挤了
  counter    地铁太挤了
EOF
S0=$(state)
"$BIN" rules diff --rules "$TMP/same" --json --db "$CLERK" > "$TMP/d0.json" 2> "$TMP/d0.err"
r=$?
VISIBLE=$(as "$CLERK" "SELECT count(*) FROM letters")
[ $r -eq 0 ] && [ "$(jq_ "$TMP/d0.json" 'j["letters"], j["changed"]["letters"], len(j["changes"])')" = "$VISIBLE 0 0" ]
ok $? "rules diff with a copy of the rules: exit 0 ($r), $VISIBLE letters, 0 changes"
"$BIN" rules diff --rules "$TMP/same" --db "$CLERK" > "$TMP/d0" 2>&1
grep -q "^$VISIBLE letters compared .*: 0 would change" "$TMP/d0"
ok $? "and says so in text"

# what should change, found independently: classify each file with both sets
"$BIN" classify --json tests/data/letters/* > "$TMP/old.jsonl" 2>/dev/null
"$BIN" classify --json --rules "$TMP/new" tests/data/letters/* > "$TMP/new.jsonl" 2>/dev/null
for f in tests/data/letters/*; do
	printf '%s\t%s\n' "$f" "$(sha256sum "$f" | cut -d' ' -f1)"
done > "$TMP/hashes"
q "SELECT encode(l.content_hash, 'hex') || '	' || l.id FROM letters l WHERE NOT l.confidential" > "$TMP/public_ids"
python3 - "$TMP/old.jsonl" "$TMP/new.jsonl" "$TMP/hashes" "$TMP/public_ids" > "$TMP/expected" <<'PY'
import json, sys
old = {j["file"]: j for j in map(json.loads, open(sys.argv[1]))}
new = {j["file"]: j for j in map(json.loads, open(sys.argv[2]))}
h = dict(l.rstrip("\n").split("\t") for l in open(sys.argv[3]))
ids = dict(l.rstrip("\n").split("\t") for l in open(sys.argv[4]))
for f, a in old.items():
    b = new[f]
    ch = [k for k in ("category", "department", "confidential") if a[k] != b[k]]
    if ch and h[f] in ids:
        print("%s %s" % (ids[h[f]], ",".join(ch)))
PY
EXPECTED=$(wc -l < "$TMP/expected")
[ "$EXPECTED" -gt 0 ]
ok $? "the changed rule changes $EXPECTED public letters (classify with both sets)"
"$BIN" rules diff --rules "$TMP/new" --json --db "$CLERK" > "$TMP/d1.json" 2> "$TMP/d1.err"
r=$?
[ $r -eq 0 ] && [ ! -s "$TMP/d1.err" ]
ok $? "rules diff with the changed rule: exit 0 ($r)"
python3 - "$TMP/d1.json" "$TMP/expected" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
want = {}
for l in open(sys.argv[2]):
    i, fields = l.split()
    want[int(i)] = sorted(fields.split(","))
got = {c["letter"]: sorted(k for k in ("category", "department", "confidential") if k in c)
       for c in j["changes"]}
assert got == want, (got, want)
assert j["changed"]["letters"] == len(want), j["changed"]
for c in j["changes"]:
    assert c["department"]["new"] == "Test Bureau", c
    assert c["rules"]["added"] == ["test_route_bus"], c
    assert c["case"] and c["letter"], c
PY
ok $? "lists exactly the letters classify says would change, with old -> new and the rule"
"$BIN" rules diff --rules "$TMP/new" --db "$CLERK" > "$TMP/d1" 2>&1
[ "$(grep -c 'letter [0-9]*: .*department .* -> Test Bureau.*; rules +test_route_bus' "$TMP/d1")" -eq "$EXPECTED" ]
ok $? "the text lists the same letters: case, letter, department old -> new, +rule"

mkdir -p "$TMP/bad"
cp rules/*.rules rules/*.dir rules/*.model "$TMP/bad/"
printf 'rule zz_broken\n  category demand\n  match /(/\n  example x\n  counter y\n' > "$TMP/bad/x.rules"
"$BIN" rules diff --rules "$TMP/bad" --db "dbname=mbtest_rulesdb_absent" > "$TMP/d2" 2> "$TMP/d2.err"
r=$?
[ $r -eq 65 ] && grep -q "^$TMP/bad/x.rules:3: pattern does not compile" "$TMP/d2.err" && [ ! -s "$TMP/d2" ]
ok $? "a broken NEWDIR: file:line: message, exit 65 ($r), before any database"
"$BIN" rules diff --rules "$TMP/none" --db "$CLERK" > /dev/null 2>&1
r=$?
[ $r -eq 66 ]
ok $? "a missing NEWDIR: exit 66 ($r)"

"$BIN" rules diff --rules "$TMP/new" --json --db "$SUP" > "$TMP/d3.json" 2> "$TMP/d3.err"
r=$?
[ $r -eq 0 ] && [ "$(jq_ "$TMP/d3.json" 'j["letters"], j["skipped"]["confidential"], j["identities_revealed"]')" = "$((LETTERS - CONF_LETTERS)) $CONF_LETTERS 0" ]
ok $? "the supervisor without --key: $CONF_LETTERS confidential letters skipped and counted"
"$BIN" rules diff --rules "$TMP/new" --since 2999-01-01 --json --db "$CLERK" > "$TMP/d4.json" 2>/dev/null
[ "$(jq_ "$TMP/d4.json" 'j["letters"]')" -eq 0 ]
ok $? "--since after every case: nothing compared"
[ "$(state)" = "$S0" ]
ok $? "the database is unchanged after rules diff (cases, events, letters)"

CASES0=$(q "SELECT md5(string_agg(c::text, '|' ORDER BY c.id)) FROM cases c")
REV0=$(q "SELECT count(*) FROM case_events WHERE what = 'identity revealed'")
"$BIN" rules diff --rules "$TMP/new" --json --key "$TMP/keys/confidential.key" --db "$SUP" > "$TMP/d5.json" 2> "$TMP/d5.err"
r=$?
CONF_CASES=$(q "SELECT count(DISTINCT case_id) FROM letters WHERE confidential")
[ $r -eq 0 ] && [ "$(jq_ "$TMP/d5.json" 'j["letters"], j["skipped"]["confidential"], j["identities_revealed"]')" = "$LETTERS 0 $CONF_CASES" ]
ok $? "the supervisor with --key compares all $LETTERS letters (exit $r)"
[ "$(q "SELECT count(DISTINCT case_id) FROM case_events WHERE what = 'identity revealed' AND detail->>'key_id' = '$KID' AND who = 'mbtest_rdb_supervisor' AND id NOT IN (SELECT id FROM case_events WHERE what = 'identity revealed' ORDER BY at LIMIT $REV0)")" -eq "$CONF_CASES" ] \
	&& [ "$(q "SELECT count(*) FROM case_events WHERE what = 'identity revealed'")" -eq $((REV0 + CONF_CASES)) ] \
	&& [ "$(q "SELECT md5(string_agg(c::text, '|' ORDER BY c.id)) FROM cases c")" = "$CASES0" ]
ok $? "each opened case recorded once ('identity revealed' by reveal_case); cases unchanged"

dropdb "$DB"
echo "1..$n"
