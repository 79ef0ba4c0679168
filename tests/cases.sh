#!/bin/sh
# cases.sh BIN - `mayorbox cases` (list, show, reclassify, assign, close,
# reopen, seal, confirm, release, stats) and `mayorbox unseal` against a real PostgreSQL
# (scripts/pg.sh, running): the data set filed by a gateway login, then
# worked on by a clerk login and a supervisor login of their own; the vault
# (schema 006) keeps every confidential case out of the clerk's tables, every
# change goes through the case functions, the outbox gets exactly the answers
# it should, a sealed case leaves nothing in a dump. TAP.
set -u
. "$(dirname "$0")/lib.sh"
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
TMP=$(mktemp -d)
chmod 755 "$TMP"
trap 'rm -rf "$TMP"' EXIT
eval "$(sh scripts/pg.sh env)"
PGOPTIONS="-c client_min_messages=warning"
export PGOPTIONS
# times in the tests' own terms: the program's local time is UTC here
TZ=UTC
export TZ
n=0

DB=mbtest_cases
CLERK=mbtest_cases_clerk
SUP=mbtest_cases_supervisor
GW=mbtest_cases_gateway
q() {	# q SQL: values as the superuser, through the office views (public + vault)
	psql -X -qAt -v ON_ERROR_STOP=1 -d "$DB" -c "SET search_path = office, public" -c "$1"
}
qw() {	# qw SQL: as the superuser on the tables themselves (public, vault.*)
	psql -X -qAt -v ON_ERROR_STOP=1 -d "$DB" -c "$1"
}
asql() {	# asql LOGIN SQL: as that login; its stderr on stdout
	psql -X -qAt -v ON_ERROR_STOP=1 -d "dbname=$DB user=$1" -c "SET search_path = office, public" -c "$2" 2>&1
}
keyid() {	# keyid PUBLIC_KEY_FILE: its id, 16 hex of SHA-256
	python3 -c 'import base64,hashlib,sys; print(hashlib.sha256(base64.b64decode(open(sys.argv[1]).read().strip())).hexdigest()[:16])' "$1"
}
ascl() { "$BIN" cases "$@" --db "dbname=$DB user=$CLERK"; }
assup() { "$BIN" cases "$@" --db "dbname=$DB user=$SUP"; }
events() {	# events NUMBER WHAT: how many
	q "SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$1' AND e.what = '$2'"
}
outbox() {	# outbox NUMBER: how many rows (the return-visit question beside an answer apart: visits.sh)
	q "SELECT count(*) FROM outbox WHERE case_number = '$1' AND kind <> 'visit'"
}
jsonnums() {	# jsonnums FILE: the case numbers of a list --json, one a line
	python3 -c 'import json,sys; [print(o["number"]) for o in json.load(open(sys.argv[1]))]' "$1"
}
# due_check: every case of the TSV on stdin (number, category, priority,
# received epoch, due epoch) is due when the office's rules say: the
# defaults of mayorbox.conf(5) and calendar/cn.txt, counted here again in
# Python (the oracle), in Asia/Shanghai; prints the rules it saw
cat > "$TMP/due.py" <<'PY'
import datetime, sys, zoneinfo
rules = {"high": (24, "h"), "demand": (5, "d"), "complaint": (5, "d"), "consultation": (2, "d"),
         "information": (2, "d"), "suggestion": (10, "d"), "unclassified": (2, "d")}
days = {}
for line in open("calendar/cn.txt", encoding="utf-8"):
    w = line.split("#")[0].split()
    if len(w) >= 2 and w[0][:1].isdigit():
        days[datetime.date.fromisoformat(w[0])] = w[1] == "work"
tz = zoneinfo.ZoneInfo("Asia/Shanghai")
def due(received, prio, cat):
    amount, unit = rules["high"] if prio == "high" else rules[cat]
    if unit == "h":
        return received + datetime.timedelta(hours=amount)
    t = received.astimezone(tz)
    d, n = t.date(), 0
    while n < amount:
        d += datetime.timedelta(days=1)
        if days.get(d, d.weekday() < 5):
            n += 1
    return datetime.datetime.combine(d, t.time(), tz)
bad, seen = 0, set()
for line in sys.stdin:
    num, cat, prio, rec, got = line.rstrip("\n").split("\t")
    want = due(datetime.datetime.fromtimestamp(float(rec), datetime.timezone.utc), prio, cat)
    seen.add("high" if prio == "high" else cat)
    if not got or abs(float(got) - want.timestamp()) > 0.001:
        bad += 1
        print("# %s %s %s: due %s, want %s" % (num, cat, prio, got, want.isoformat()))
print(" ".join(sorted(seen)))
sys.exit(1 if bad else 0)
PY
due_rows() {	# due_rows [WHERE]: the TSV of due_check, every case (office views)
	q "SELECT number, category, priority, extract(epoch FROM created_at), extract(epoch FROM due_at) FROM cases ${1:-}" | tr '|' '\t'
}

# --- a database, three logins, the data set filed ---------------------------
dropdb --if-exists "$DB" 2>/dev/null
createdb "$DB"
"$BIN" db migrate --db "dbname=$DB" > "$TMP/migrate" 2>&1
ok $? "db migrate"
for r in $CLERK:clerk $SUP:supervisor $GW:gateway; do
	psql -X -qAt -d postgres -c "DROP ROLE IF EXISTS ${r%%:*}" > /dev/null 2>&1
	psql -X -qAt -d postgres -c "CREATE ROLE ${r%%:*} LOGIN IN ROLE mayorbox_${r#*:}" > /dev/null
done
"$BIN" keygen "$TMP/keys" > /dev/null && "$BIN" keygen "$TMP/other" > /dev/null
"$BIN" keygen --outbox "$TMP/okeys" > /dev/null
chmod 644 "$TMP/keys/confidential.pub" "$TMP/okeys/outbox.pub"
KEY="$TMP/keys/confidential.key"
# the gateway holds the outbox key: a confidential real-name writer's
# address waits sealed to it (the reply box); no [smtp]: no acknowledgement
printf '[replies]\noutbox_key_file = %s\n' "$TMP/okeys/outbox.key" > "$TMP/gw.conf"
"$BIN" ingest --db "dbname=$DB user=$GW" --config "$TMP/gw.conf" \
	--public-key "$TMP/keys/confidential.pub" tests/data/letters > "$TMP/ingest" 2>&1
ok $? "the data set filed by a gateway login"
due_rows | python3 "$TMP/due.py" > "$TMP/due.out"
ok $? "time limits: every case got due_at on filing, by its priority and category ($(tail -1 "$TMP/due.out"))"
# distinct times, newest last filed: an hour apart, the oldest a week ago
qw "UPDATE cases SET created_at = now() - make_interval(hours => (400 - id)::int), updated_at = now()" > /dev/null
qw "UPDATE vault.cases SET created_at = now() - make_interval(hours => (400 + id)::int, mins => 30), updated_at = now()" > /dev/null
# three answered by other means, for the status filter
qw "UPDATE cases SET status = 'answered' WHERE id IN (SELECT id FROM cases WHERE NOT confidential ORDER BY id DESC LIMIT 3)" > /dev/null
ALL=$(q "SELECT count(*) FROM cases")
VIS=$(q "SELECT count(*) FROM cases WHERE NOT confidential")
q "SELECT number FROM cases WHERE confidential ORDER BY id" > "$TMP/conf"
[ "$ALL" -gt 100 ] && [ "$VIS" -lt "$ALL" ] && [ -s "$TMP/conf" ]
ok $? "cases filed ($ALL), some confidential ($((ALL - VIS)))"

# --- help ---------------------------------------------------------------------
"$BIN" cases --help > "$TMP/h" 2>&1
r=$?
for s in list show reclassify assign close reopen seal confirm release stats; do grep -q "^  $s" "$TMP/h" || r=1; done
ok $r "cases --help names every sub-command"
r=0
for s in list show reclassify assign close reopen seal confirm release stats; do
	"$BIN" cases $s --help > "$TMP/h" 2>&1 && grep -q "usage: mayorbox cases $s" "$TMP/h" || r=1
done
ok $r "each sub-command has --help"
"$BIN" cases frobnicate > /dev/null 2>&1
[ $? -eq 64 ]
ok $? "an unknown sub-command is a usage error (64)"

# --- list -------------------------------------------------------------------
ascl list --json > "$TMP/l.json" 2> "$TMP/l.err"
ok $? "clerk: list --json"
python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); assert isinstance(a, list) and all("number" in o and "category" in o for o in a)' "$TMP/l.json"
ok $? "list --json parses as an array of cases"
jsonnums "$TMP/l.json" > "$TMP/l.nums"
q "SELECT number FROM cases WHERE NOT confidential ORDER BY created_at DESC, id DESC" > "$TMP/want"
[ "$(wc -l < "$TMP/l.nums")" -eq "$VIS" ]
ok $? "the clerk's list has the $VIS non-confidential cases"
cmp -s "$TMP/l.nums" "$TMP/want"
ok $? "newest first"
ascl list > "$TMP/l.txt" 2>&1
[ "$(wc -l < "$TMP/l.txt")" -eq $((VIS + 1)) ] && head -1 "$TMP/l.txt" | grep -q '^CASE  *RECEIVED  *CATEGORY  *DEPARTMENT  *PRIORITY  *STATUS  *DUE  *SUBJECT$' \
	&& sed -n 2p "$TMP/l.txt" | grep -q "^$(head -1 "$TMP/want") "
ok $? "the table: a header, one line per case, the newest first"
# received in local minutes: the newest case's time as the database says it
t=$(q "SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM cases WHERE number = '$(head -1 "$TMP/want")'")
sed -n 2p "$TMP/l.txt" | grep -qF "$t"
ok $? "the table shows when it was received ($t)"
ascl list --csv > "$TMP/l.csv"
r=$?
head -1 "$TMP/l.csv" | grep -q '^case,received,category,department,priority,status,needs_review,confidential,district,language,letters,due_at,overdue,owner,subject' || r=1
python3 - "$TMP/l.csv" "$VIS" <<'PY' || r=1
import csv, sys
raw = open(sys.argv[1], newline="").read()
assert raw.endswith("\r\n"), "RFC 4180 lines end in CRLF"
rows = list(csv.reader(raw.splitlines(True)))
assert len(rows) == int(sys.argv[2]) + 1, len(rows)
assert all(len(x) == 15 for x in rows), "15 fields a row"
PY
ok $r "list --csv: RFC 4180, a header, 15 fields, one row per case"
COLUMNS=140 ascl list > "$TMP/narrow"
python3 - "$TMP/narrow" <<'PY'
import sys, unicodedata
def width(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
wide = [l for l in lines if width(l) > 140]
assert not wide, wide[:2]
assert any("\u2026" in l for l in lines), "some subject was cut"
assert any(unicodedata.east_asian_width(c) == "W" for l in lines for c in l), "CJK kept"
PY
ok $? "subjects cut to the terminal width (CJK counted double), whole characters"

# filters
for f in "--category complaint|category = 'complaint'" \
	"--status new|status = 'new'" \
	"--status answered|status = 'answered'" \
	"--needs-review|needs_review" \
	"--department health commission|lower(department) = 'health commission'" \
	"--since $(q "SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM cases ORDER BY id LIMIT 1 OFFSET 60")|created_at >= '$(q "SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM cases ORDER BY id LIMIT 1 OFFSET 60")'::timestamptz" \
	"--since $(q "SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM cases ORDER BY id LIMIT 1 OFFSET 100")|created_at >= '$(q "SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS+00') FROM cases ORDER BY id LIMIT 1 OFFSET 100")'::timestamptz"; do
	opt=${f%%|*}
	where=${f#*|}
	case $opt in
	"--department health commission") ascl list --department "health commission" --json > "$TMP/f.json" ;;
	*) ascl list $opt --json > "$TMP/f.json" ;;
	esac
	jsonnums "$TMP/f.json" > "$TMP/f.nums"
	q "SELECT number FROM cases WHERE NOT confidential AND $where ORDER BY created_at DESC, id DESC" > "$TMP/f.want"
	[ -s "$TMP/f.want" ] && [ "$(wc -l < "$TMP/f.want")" -lt "$VIS" ] && cmp -s "$TMP/f.nums" "$TMP/f.want"
	ok $? "list $opt: the $(wc -l < "$TMP/f.want") cases it should"
done
ascl list --category complaint --status new --limit 3 --json > "$TMP/f.json"
jsonnums "$TMP/f.json" > "$TMP/f.nums"
q "SELECT number FROM cases WHERE NOT confidential AND category = 'complaint' AND status = 'new' ORDER BY created_at DESC, id DESC LIMIT 3" > "$TMP/f.want"
[ "$(wc -l < "$TMP/f.nums")" -eq 3 ] && cmp -s "$TMP/f.nums" "$TMP/f.want"
ok $? "list --limit 3 with two filters: the three newest of them"
for bad in "--category complaints" "--status shut" "--since yesterday" "--since 2026-02-30" \
	"--since 2026-01-01T25:00" "--limit 0" "--limit x" "--json --csv"; do
	ascl list $bad > /dev/null 2> "$TMP/bad.err"
	r=$?
	opt=$(echo "$bad" | cut -d' ' -f1)
	[ $r -eq 64 ] && grep -q -- "$opt" "$TMP/bad.err"
	ok $? "list $bad: exit 64, the error names $opt"
done
"$BIN" cases list --db "dbname=$DB user=$GW" > /dev/null 2> "$TMP/gw.err"
[ $? -eq 77 ] && grep -q "permission denied" "$TMP/gw.err"
ok $? "the gateway login may not list cases (77)"
"$BIN" cases list --db "host=$TMP/nowhere dbname=$DB" > /dev/null 2>&1
[ $? -eq 69 ]
ok $? "no database: 69"
printf '[database]\nconninfo = dbname=%s user=%s\n' "$DB" "$CLERK" > "$TMP/mb.conf"
"$BIN" cases list --config "$TMP/mb.conf" --json > "$TMP/c.json" 2>&1
jsonnums "$TMP/c.json" 2>/dev/null | cmp -s - "$TMP/l.nums"
ok $? "the connection from --config's [database] conninfo"
PGUSER=$CLERK PGDATABASE=$DB "$BIN" cases list --json > "$TMP/c.json" 2>&1
jsonnums "$TMP/c.json" 2>/dev/null | cmp -s - "$TMP/l.nums"
ok $? "the connection from libpq's PG* variables"

# --- show -------------------------------------------------------------------
# a public case of an e-mail with attachments and rule hits
SHOW=$(q "SELECT c.number FROM cases c JOIN letters l ON l.case_id = c.id WHERE NOT c.confidential AND l.source = 'email' AND EXISTS (SELECT 1 FROM attachments a WHERE a.case_id = c.id) AND EXISTS (SELECT 1 FROM rule_hits h WHERE h.case_id = c.id) ORDER BY c.id LIMIT 1")
ascl show "$SHOW" > "$TMP/s.txt" 2> "$TMP/s.err"
ok $? "clerk: show $SHOW"
line=$(q "SELECT btrim(split_part(body, E'\n', 1)) FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number = '$SHOW'")
subj=$(q "SELECT subject FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number = '$SHOW'")
name=$(q "SELECT from_name FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number = '$SHOW'")
[ -n "$line" ] && grep -qF -- "$line" "$TMP/s.txt" && grep -qF -- "$subj" "$TMP/s.txt" && grep -qF -- "$name" "$TMP/s.txt"
ok $? "show prints the writer, the subject and the text"
r=0
for rule in $(q "SELECT rule FROM rule_hits h JOIN cases c ON c.id = h.case_id WHERE c.number = '$SHOW'"); do
	grep -q "^    $rule " "$TMP/s.txt" || r=1
done
ok $r "show lists every rule that decided it"
fn=$(q "SELECT filename FROM attachments a JOIN cases c ON c.id = a.case_id WHERE c.number = '$SHOW' ORDER BY a.id LIMIT 1")
grep -qF "$fn" "$TMP/s.txt" && grep -q "^History" "$TMP/s.txt" && grep -q " filed " "$TMP/s.txt"
ok $? "show lists the attachments and the history"
ascl show "$SHOW" --json > "$TMP/s.json"
python3 - "$TMP/s.json" "$(q "SELECT md5(body) FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number = '$SHOW'")" <<'PY'
import hashlib, json, sys
d = json.load(open(sys.argv[1]))
l = d["letters"][0]
assert hashlib.md5(l["text"].encode()).hexdigest() == sys.argv[2], "the text whole"
words = [h for h in l["rules"] if h["words"]]
assert words, "matched words"
for h in words:
    src = {"text": l["text"], "subject": l["subject"]}.get(h["field"], "")
    if h["field"] in ("text", "subject"):
        assert h["words"] in src, h
assert any(e["what"] == "filed" for e in d["history"])
assert d["outbox"] == [] and d["reports"] == []
PY
ok $? "show --json: the text whole, each rule with the words it matched in its field"
grep -q '"' "$TMP/s.txt" && [ ! -s "$TMP/s.err" ]
ok $? "show quotes the matched words; nothing on stderr"
python3 -c 'import json,sys; l=json.load(open(sys.argv[1]))["letters"][0]; m=l["model"]; assert m["why"].startswith("the model: ") and m["category"] and isinstance(m["confidential"], float), m' "$TMP/s.json" \
	&& grep -q "^  model (classified again): the model: " "$TMP/s.txt"
ok $? "show: the model's opinion of the letter classified again (why, in JSON and text)"
ascl show 2030-999999 > "$TMP/o" 2> "$TMP/none.err"
[ $? -eq 66 ] && grep -q "no such case" "$TMP/none.err"
ok $? "show of a number that does not exist: 66, no such case"
ascl show 12345 > /dev/null 2>&1
[ $? -eq 64 ]
ok $? "show of something that is not a case number: 64"

# --- reclassify, assign ------------------------------------------------------
RC=$(q "SELECT number FROM cases WHERE NOT confidential AND category <> 'suggestion' ORDER BY id LIMIT 1 OFFSET 3")
OLD=$(q "SELECT category FROM cases WHERE number = '$RC'")
qw "UPDATE cases SET needs_review = true WHERE number = '$RC'" > /dev/null
ascl reclassify "$RC" suggestion --note "asked the writer by phone" > "$TMP/o" 2>&1
ok $? "clerk: reclassify $RC suggestion"
[ "$(q "SELECT category || ' ' || needs_review FROM cases WHERE number = '$RC'")" = "suggestion false" ]
ok $? "the category changed and the case is reviewed"
[ "$(q "SELECT who || '|' || (detail->>'from') || '|' || (detail->>'to') || '|' || (detail->>'note') FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$RC' AND what = 'reclassified'")" = "$CLERK|$OLD|suggestion|asked the writer by phone" ]
ok $? "event 'reclassified': who is the clerk's login, from, to, the note"
ascl reclassify "$RC" complaint > /dev/null 2>&1
[ "$(q "SELECT coalesce(detail->'note', 'null') FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$RC' AND what = 'reclassified' ORDER BY e.id DESC LIMIT 1")" = null ]
ok $? "without --note the event has no note"
ascl reclassify "$RC" nonsense > /dev/null 2> "$TMP/e"
[ $? -eq 64 ] && [ "$(events "$RC" reclassified)" -eq 2 ] && grep -q CATEGORY "$TMP/e"
ok $? "an unknown category: 64, nothing recorded"
ascl reclassify 2030-999999 demand > /dev/null 2>&1
[ $? -eq 66 ]
ok $? "reclassify a case that does not exist: 66"
ascl assign "$RC" "Water Affairs Bureau" > /dev/null 2>&1
ok $? "clerk: assign"
OLDD=$(q "SELECT detail->>'from' FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$RC' AND what = 'assigned'")
[ "$(q "SELECT department || '|' || status FROM cases WHERE number = '$RC'")" = "Water Affairs Bureau|assigned" ] \
	&& [ "$(q "SELECT who || '|' || (detail->>'to') FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$RC' AND what = 'assigned'")" = "$CLERK|Water Affairs Bureau" ] \
	&& [ "$OLDD" = "$(q "SELECT detail->>'department' FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$RC' AND what = 'filed'")" ]
ok $? "assigned: department, status 'assigned', event from the old department to the new"
ascl assign "$RC" "Water Afairs Bureau" > /dev/null 2> "$TMP/e"
[ $? -eq 65 ] && grep -q 'no department is called "Water Afairs Bureau"' "$TMP/e" && grep -q '^  Water Affairs Bureau$' "$TMP/e" \
	&& [ "$(q "SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$RC' AND what = 'assigned'")" -eq 1 ]
ok $? "a misspelt department is refused (65) with the known names; nothing recorded"
ascl assign "$RC" "water affairs BUREAU" > /dev/null 2>&1 && [ "$(q "SELECT department FROM cases WHERE number = '$RC'")" = "Water Affairs Bureau" ]
ok $? "a department in another case is taken in its own spelling"
ascl assign "$RC" "人社局" --new-department > /dev/null 2>&1 && [ "$(q "SELECT department FROM cases WHERE number = '$RC'")" = "人社局" ] \
	&& ascl assign "$RC" "Water Affairs Bureau" > /dev/null 2>&1
ok $? "--new-department adds a department the rules do not know"

# --- close, reopen ----------------------------------------------------------
printf 'Dear writer,\n\nthe wall was inspected on Monday; 谢谢您的来信。\n' > "$TMP/answer.txt"
REAL=$(q "SELECT c.number FROM cases c JOIN letters l ON l.case_id = c.id WHERE NOT c.confidential AND NOT l.anonymous AND NOT c.automatic AND coalesce(l.from_name, '') <> '' AND l.from_address IS NOT NULL AND l.message_id IS NOT NULL AND c.number <> '$RC' ORDER BY c.id LIMIT 1")
ascl close "$REAL" --reply-file "$TMP/answer.txt" > "$TMP/close.out" 2>&1
ok $? "clerk: close $REAL (a writer with a name and an address)"
[ "$(outbox "$REAL")" -eq 1 ]
ok $? "exactly one outbox row"
[ "$(q "SELECT o.kind || '|' || o.status || '|' || o.recipient || '|' || o.recipient_name || '|' || o.reply_to_id || '|' || o.subject || '|' || o.created_by || '|' || o.confidential || '|' || coalesce(o.language, '') || '|' || o.token FROM outbox o WHERE o.case_number = '$REAL' AND o.kind = 'answer'" | sed 's/|mb\.[0-9a-f]*$/|TOKEN/')" \
     = "$(q "SELECT 'answer|pending|' || from_address || '|' || from_name || '|' || message_id || '|' || subject || '|$CLERK|false|' || coalesce(language, '') || '|TOKEN' FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number = '$REAL' ORDER BY l.id LIMIT 1")" ]
ok $? "the answer goes to the writer's address, in reply to the letter, with its subject"
[ "$(q "SELECT md5(body) FROM outbox WHERE case_number = '$REAL'")" = "$(md5sum < "$TMP/answer.txt" | cut -d' ' -f1)" ]
ok $? "the outbox holds the answer text exactly"
[ "$(q "SELECT status || '|' || (closed_at IS NOT NULL) || '|' || needs_review FROM cases WHERE number = '$REAL'")" = "closed|true|false" ] \
	&& [ "$(q "SELECT (detail->>'mail') || '|' || (detail->>'why') FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$REAL' AND what = 'closed'")" = "true|queued" ]
ok $? "closed, closed_at set; event 'closed' says mailed"
grep -q "queued" "$TMP/close.out"
ok $? "close says the answer is queued"
ascl close "$REAL" --reply-file "$TMP/answer.txt" > /dev/null 2> "$TMP/e"
[ $? -eq 65 ] && [ "$(outbox "$REAL")" -eq 1 ] && [ "$(events "$REAL" closed)" -eq 1 ] && grep -q "already closed" "$TMP/e"
ok $? "closing it again: 65, nothing changes"
NONAME=$(q "SELECT c.number FROM cases c JOIN letters l ON l.case_id = c.id WHERE NOT c.confidential AND coalesce(l.from_name, '') = '' AND l.from_address IS NOT NULL ORDER BY c.id LIMIT 1")
ascl close "$NONAME" --reply-file "$TMP/answer.txt" > "$TMP/o" 2>&1
r=$?
[ $r -eq 0 ] && [ "$(outbox "$NONAME")" -eq 0 ] && grep -q "without mail: the writer gave no name" "$TMP/o" \
	&& [ "$(q "SELECT (detail->>'mail') || '|' || (detail->>'why') FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$NONAME' AND what = 'closed'")" = "false|no name" ]
ok $? "a writer without a name: closed without mail, and it says why"
NOADDR=$(q "SELECT c.number FROM cases c JOIN letters l ON l.case_id = c.id WHERE NOT c.confidential AND coalesce(l.from_name, '') <> '' AND l.from_address IS NULL ORDER BY c.id LIMIT 1")
ascl close "$NOADDR" --reply-file "$TMP/answer.txt" > "$TMP/o" 2>&1
[ $? -eq 0 ] && [ "$(outbox "$NOADDR")" -eq 0 ] && grep -q "no e-mail address" "$TMP/o"
ok $? "a writer without an address (a web form): closed without mail"
# an address the outbox refuses (replies_address_ok) is refused by close as
# well, before anything changes: an answer queued to it would be given up
BAD=$(q "SELECT c.number FROM cases c JOIN letters l ON l.case_id = c.id WHERE NOT c.confidential AND NOT c.automatic AND NOT l.anonymous AND c.status <> 'closed' AND coalesce(l.from_name, '') <> '' AND l.from_address IS NOT NULL AND c.number NOT IN ('$RC', '$REAL') ORDER BY c.id LIMIT 1")
BADL=$(q "SELECT min(l.id) FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number = '$BAD'")
BADOLD=$(q "SELECT from_address FROM letters WHERE id = $BADL")
for a in 'a,@b.example' 'nobody' 'two@dots..example x'; do
	qw "UPDATE public.letters SET from_address = '$a' WHERE id = $BADL" > /dev/null
	ascl close "$BAD" --reply-file "$TMP/answer.txt" > "$TMP/o" 2> "$TMP/e"
	r=$?
	[ $r -eq 65 ] && [ ! -s "$TMP/o" ] && [ "$(outbox "$BAD")" -eq 0 ] && [ "$(events "$BAD" closed)" -eq 0 ] \
		&& [ "$(q "SELECT status FROM cases WHERE number = '$BAD'")" != closed ] \
		&& grep -q "not one the outbox can write to" "$TMP/e" && grep -q "nothing changed" "$TMP/e" \
		&& ! grep -qF "$a" "$TMP/e"
	ok $? "close refuses a writer's address the outbox would refuse ('$a'): 65, says so, nothing queued or changed (exit $r)"
done
qw "UPDATE public.letters SET from_address = '$BADOLD' WHERE id = $BADL" > /dev/null
NEXT=$(q "SELECT c.number FROM cases c JOIN letters l ON l.case_id = c.id WHERE NOT c.confidential AND c.status <> 'closed' AND coalesce(l.from_name, '') <> '' AND l.from_address IS NOT NULL AND c.number NOT IN ('$RC', '$REAL') ORDER BY c.id LIMIT 1")
printf 'caf\351\n' > "$TMP/latin1.txt"
ascl close "$NEXT" --reply-file "$TMP/latin1.txt" > /dev/null 2> "$TMP/e"
[ $? -eq 65 ] && grep -q "latin1.txt" "$TMP/e" && grep -q "UTF-8" "$TMP/e"
ok $? "a reply file that is not UTF-8: 65, the error names the file"
head -c 1048577 /dev/zero | tr '\0' a > "$TMP/big.txt"
ascl close "$NEXT" --reply-file "$TMP/big.txt" > /dev/null 2> "$TMP/e"
[ $? -eq 65 ] && grep -q "big.txt" "$TMP/e"
ok $? "a reply file over 1 MiB: 65"
ascl close "$NEXT" --reply-file "$TMP/absent.txt" > /dev/null 2> "$TMP/e"
[ $? -eq 66 ] && grep -q "absent.txt" "$TMP/e"
ok $? "a reply file that does not exist: 66, named"
ascl close "$NEXT" > /dev/null 2>&1
[ $? -eq 64 ]
ok $? "close without --reply-file or --no-mail: 64"
[ "$(q "SELECT status FROM cases WHERE number = '$NEXT'")" != closed ] && [ "$(outbox "$NEXT")" -eq 0 ] && [ "$(events "$NEXT" closed)" -eq 0 ]
ok $? "after those refusals the case is untouched"
ascl reopen "$REAL" > /dev/null 2>&1
ok $? "clerk: reopen $REAL"
[ "$(q "SELECT status || '|' || (closed_at IS NULL) FROM cases WHERE number = '$REAL'")" = "reopened|true" ] && [ "$(events "$REAL" reopened)" -eq 1 ]
ok $? "reopened: status 'reopened', closed_at NULL, event 'reopened'"
ascl reopen "$REAL" > /dev/null 2> "$TMP/e"
[ $? -eq 65 ] && grep -q "not closed" "$TMP/e" && [ "$(events "$REAL" reopened)" -eq 1 ]
ok $? "reopening a case that is not closed: 65"
ascl close "$REAL" --no-mail > "$TMP/o" 2>&1
[ $? -eq 0 ] && [ "$(outbox "$REAL")" -eq 1 ] && [ "$(q "SELECT status FROM cases WHERE number = '$REAL'")" = closed ] && grep -q "no-mail" "$TMP/o"
ok $? "close --no-mail: closed, nothing more queued"

# --- confidential cases: a clerk cannot reach them ------------------------------
# a confidential letter whose writer gave a name and an address (its file
# found by its hash, its writer read by `mayorbox parse`)
CONF=
for num in $(q "SELECT c.number FROM cases c JOIN letters l ON l.case_id = c.id WHERE c.confidential AND NOT l.anonymous ORDER BY c.id"); do
	h=$(q "SELECT encode(content_hash, 'hex') FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number = '$num'")
	for f in tests/data/letters/*; do
		[ "$(sha256sum "$f" | cut -d' ' -f1)" = "$h" ] && CFILE=$f
	done
	"$BIN" parse --json "$CFILE" > "$TMP/p.json"
	CNAME=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["from"]["name"] or "")' "$TMP/p.json")
	CADDR=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["from"]["address"] or "")' "$TMP/p.json")
	if [ -n "$CNAME" ] && [ -n "$CADDR" ]; then CONF=$num; break; fi
done
ANON=$(q "SELECT c.number FROM cases c JOIN letters l ON l.case_id = c.id WHERE c.confidential AND l.anonymous ORDER BY c.id LIMIT 1")
[ -n "$CONF" ] && [ -n "$ANON" ]
ok $? "a confidential case ($CONF) and an anonymous one ($ANON)"
! grep -qxFf "$TMP/conf" "$TMP/l.nums" && ascl list > "$TMP/l2.txt" && ! grep -qFf "$TMP/conf" "$TMP/l2.txt" \
	&& ascl list --csv > "$TMP/l2.csv" && ! grep -qFf "$TMP/conf" "$TMP/l2.csv"
ok $? "no confidential case in a clerk's list (table, --json, --csv)"
ascl show "$CONF" > "$TMP/o" 2> "$TMP/conf.err"
[ $? -eq 66 ] && [ ! -s "$TMP/o" ] && [ "$(sed "s/$CONF/N/" "$TMP/conf.err")" = "$(sed 's/2030-999999/N/' "$TMP/none.err")" ]
ok $? "clerk: show of a confidential case is 66, word for word like a missing one"
before=$(q "SELECT count(*) FROM case_events")
state=$(q "SELECT category || department || status FROM cases WHERE number = '$CONF'")
ascl reclassify "$CONF" information > /dev/null 2>&1; r1=$?
ascl assign "$CONF" "Health Commission" > /dev/null 2>&1; r2=$?
ascl close "$CONF" --reply-file "$TMP/answer.txt" > /dev/null 2>&1; r3=$?
ascl close "$CONF" --no-mail > /dev/null 2>&1; r4=$?
ascl reopen "$CONF" > /dev/null 2>&1; r5=$?
[ "$r1$r2$r3$r4$r5" = 6666666666 ]
ok $? "clerk: reclassify, assign, close, close --no-mail, reopen of it: all 66 ($r1 $r2 $r3 $r4 $r5)"
[ "$(q "SELECT count(*) FROM case_events")" -eq "$before" ] && [ "$(q "SELECT category || department || status FROM cases WHERE number = '$CONF'")" = "$state" ] && [ "$(outbox "$CONF")" -eq 0 ]
ok $? "and nothing changed"
ascl show "$CONF" --key "$KEY" > "$TMP/o" 2>&1
[ $? -eq 66 ] && [ "$(events "$CONF" 'identity revealed')" -eq 0 ]
ok $? "clerk: show --key of it: 66 too, nothing recorded"

# --- the supervisor ----------------------------------------------------------
assup list --json > "$TMP/sl.json"
[ "$(jsonnums "$TMP/sl.json" | wc -l)" -eq "$ALL" ] && jsonnums "$TMP/sl.json" | grep -qx "$CONF"
ok $? "the supervisor's list has all $ALL cases"
assup show "$CONF" > "$TMP/ss.txt" 2>&1
ok $? "supervisor: show $CONF"
[ -n "$CNAME" ] && [ -n "$CADDR" ] && grep -q "from  *sealed" "$TMP/ss.txt" && ! grep -qF "$CNAME" "$TMP/ss.txt" && ! grep -qF "$CADDR" "$TMP/ss.txt" \
	&& [ "$(events "$CONF" 'identity revealed')" -eq 0 ]
ok $? "without --key the writer is 'sealed' and nothing is recorded"
assup show "$CONF" --key "$TMP/other/confidential.key" > "$TMP/o" 2> "$TMP/e"
[ $? -eq 65 ] && [ ! -s "$TMP/o" ] && [ "$(events "$CONF" 'identity revealed')" -eq 0 ]
ok $? "another key: 65, nothing shown"
assup show "$CONF" --key "$KEY" > "$TMP/sk.txt" 2>&1
ok $? "supervisor: show --key"
words=0
for rule in $(q "SELECT rule FROM rule_hits h JOIN cases c ON c.id = h.case_id WHERE c.number = '$CONF'"); do
	grep -q "^    $rule .*\"" "$TMP/sk.txt" && words=$((words + 1))
done
grep -qF "$CNAME" "$TMP/sk.txt" && grep -qF "$CADDR" "$TMP/sk.txt" && [ $words -gt 0 ] && ! grep -q "from  *sealed" "$TMP/sk.txt"
ok $? "--key reveals the writer ($CNAME) and the rules' words"
[ "$(q "SELECT string_agg(who, ',') FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$CONF' AND what = 'identity revealed'")" = "$SUP" ]
ok $? "'identity revealed' recorded once, by the supervisor's login"
assup close "$CONF" --reply-file "$TMP/answer.txt" > /dev/null 2> "$TMP/e"
[ $? -eq 64 ] && grep -q -- "--key" "$TMP/e" && grep -q -- "--no-mail" "$TMP/e" && [ "$(q "SELECT status FROM cases WHERE number = '$CONF'")" != closed ]
ok $? "closing a confidential case without --key: refused (64), telling --key or --no-mail"
assup close "$CONF" --reply-file "$TMP/answer.txt" --key "$KEY" > /dev/null 2> "$TMP/e"
[ $? -eq 69 ] && grep -q -- "--outbox-key" "$TMP/e" && grep -q "outbox_public_key_file" "$TMP/e" && [ "$(outbox "$CONF")" -eq 0 ] && [ "$(q "SELECT status FROM cases WHERE number = '$CONF'")" != closed ]
ok $? "no outbox key pinned: refused (69) naming --outbox-key and [replies] outbox_public_key_file, nothing changed"
# the outbox public key pinned in the supervisor's own configuration; an
# answer of its own, to be looked for in a dump
printf 'Dear writer,\n\nthe inspector of the Eastern Gate was heard on Tuesday.\n' > "$TMP/answer2.txt"
printf '[replies]\noutbox_public_key_file = %s\n' "$TMP/okeys/outbox.pub" > "$TMP/sup.conf"
OKID=$(keyid "$TMP/okeys/outbox.pub")
assup close "$CONF" --reply-file "$TMP/answer2.txt" --key "$KEY" --config "$TMP/sup.conf" > "$TMP/o" 2>&1
ok $? "supervisor: close --key with [replies] outbox_public_key_file of --config"
[ "$(outbox "$CONF")" -eq 1 ] && [ "$(q "SELECT confidential || '|' || coalesce(recipient, 'none') || '|' || (subject IS NULL) || '|' || (body IS NULL) || '|' || created_by FROM outbox WHERE case_number = '$CONF' AND kind = 'answer'")" = "true|none|true|true|$SUP" ] \
	&& [ "$(qw "SELECT key_id || '|' || (length(sealed) > 48) || '|' || (length(body_sealed) > 48) FROM vault.outbox WHERE case_number = '$CONF' AND kind = 'answer'")" = "$OKID|true|true" ]
ok $? "one outbox row: confidential, no subject, the writer's reply box and the answer sealed to the pinned outbox key ($OKID)"
[ "$(q "SELECT (answer IS NULL) || '|' || answer_is_sealed FROM cases WHERE number = '$CONF'")" = "true|true" ] && [ "$(qw "SELECT length(answer_sealed) > 48 FROM vault.cases WHERE number = '$CONF'")" = t ]
ok $? "the answer kept on the case only sealed"
pg_dump "$DB" > "$TMP/dump.sql" && ! grep -qF "$CADDR" "$TMP/dump.sql" && ! grep -qF "$CNAME" "$TMP/dump.sql" && ! grep -qF "Eastern Gate" "$TMP/dump.sql"
ok $? "pg_dump with the answer waiting names neither the writer, the address nor the answer"
! grep -qF "$CADDR" "$TMP/o" && [ "$(events "$CONF" 'identity revealed')" -eq 1 ] && [ "$(q "SELECT status FROM cases WHERE number = '$CONF'")" = closed ] \
	&& [ "$(q "SELECT (detail->>'mail') || '|' || (detail->>'why') FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$CONF' AND what = 'closed'")" = "true|queued" ]
ok $? "closed and queued; nothing opened (no reveal recorded); the address not printed"
assup show "$CONF" --key "$KEY" --json > "$TMP/sa.json" 2>/dev/null
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert "Eastern Gate" in d["answer"], d["answer"]' "$TMP/sa.json" \
	&& [ "$(events "$CONF" 'identity revealed')" -eq 2 ]
ok $? "show --key opens the sealed answer too (recorded)"
[ "$(psql -X -qAt -d "dbname=$DB user=$CLERK" -c "SELECT count(*) FROM outbox WHERE case_number = '$CONF'")" = 0 ]
ok $? "a clerk cannot see that outbox row"
assup close "$ANON" --reply-file "$TMP/answer.txt" --key "$KEY" > "$TMP/o" 2>&1
[ $? -eq 0 ] && grep -q "anonymous" "$TMP/o" && [ "$(outbox "$ANON")" -eq 0 ] && [ "$(q "SELECT status FROM cases WHERE number = '$ANON'")" = closed ] \
	&& [ "$(q "SELECT (detail->>'mail') || '|' || (detail->>'why') FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$ANON' AND what = 'closed'")" = "false|no sealed reply address" ]
ok $? "an anonymous writer's case: closed without mail (no sealed reply address), and it says so"
assup reopen "$CONF" > /dev/null 2>&1 && [ "$(qw "SELECT status || '|' || (sealed IS NULL) || '|' || (body_sealed IS NULL) FROM vault.outbox WHERE case_number = '$CONF' AND kind = 'answer'")" = "cancelled|true|true" ] \
	&& [ "$(events "$CONF" 'mail cancelled')" -ge 1 ]
ok $? "supervisor: reopen of the confidential case cancels its sealed answer (boxes erased)"

# --- unseal ------------------------------------------------------------------
r0=$(events "$CONF" 'identity revealed')
"$BIN" unseal --key "$KEY" --db "dbname=$DB user=$SUP" "$CONF" > "$TMP/u.json" 2> "$TMP/u.err"
r=$?
[ $r -eq 0 ] && python3 -c 'import json,sys; d=json.JSONDecoder().raw_decode(open(sys.argv[1]).read())[0]; assert d["from_name"] == sys.argv[2] and d["from_address"] == sys.argv[3] and "raw" not in d, list(d)' "$TMP/u.json" "$CNAME" "$CADDR" \
	&& [ "$(events "$CONF" 'identity revealed')" -eq $((r0 + 1)) ]
ok $? "unseal: the writer opened ($r), recorded once more"
[ "$(q "SELECT (detail->>'key_id') || '|' || who FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$CONF' AND what = 'identity revealed' ORDER BY at DESC, abs(e.id) DESC LIMIT 1")" = "$(keyid "$TMP/keys/confidential.pub")|$SUP" ]
ok $? "the reveal names the key and the supervisor"
CONF3=$(q "SELECT number FROM cases WHERE confidential AND answer_is_sealed = false AND number NOT IN ('$CONF', '$ANON') ORDER BY id LIMIT 1")
r3=$(events "$CONF3" 'identity revealed')
"$BIN" unseal --key "$TMP/other/confidential.key" --db "dbname=$DB user=$SUP" "$CONF3" > "$TMP/o" 2> "$TMP/e"
[ $? -eq 65 ] && [ ! -s "$TMP/o" ] && grep -q "opens no" "$TMP/e" && [ "$(events "$CONF3" 'identity revealed')" -eq "$r3" ]
ok $? "unseal with a wrong key: 65, nothing shown, nothing recorded"
# a case with a sealed answer: case_close() keeps no answer_key_id, and
# reveal_case() takes a NULL key id for a match with any key
"$BIN" unseal --key "$TMP/other/confidential.key" --db "dbname=$DB user=$SUP" "$CONF" > "$TMP/o" 2> "$TMP/e"
[ $? -eq 65 ] && [ ! -s "$TMP/o" ] && [ "$(events "$CONF" 'identity revealed')" -eq $((r0 + 1)) ]
ok $? "unseal with a wrong key of a case with a sealed answer: 65, nothing recorded"
r0=$(events "$CONF" 'identity revealed')
"$BIN" unseal --key "$KEY" --db "dbname=$DB user=$CLERK" "$CONF" > "$TMP/o" 2>&1
[ $? -eq 77 ] && [ "$(events "$CONF" 'identity revealed')" -eq "$r0" ]
ok $? "unseal as a clerk: 77, nothing recorded"
"$BIN" unseal --key "$KEY" --db "dbname=$DB user=$SUP" 2030-999999 > /dev/null 2> "$TMP/e"
[ $? -eq 66 ] && grep -q "no such case" "$TMP/e"
ok $? "unseal of a number that does not exist: 66"

# --- no change but through the case functions ---------------------------------
PUB=$(q "SELECT number FROM cases WHERE NOT confidential AND status <> 'closed' ORDER BY id DESC LIMIT 1")
ev0=$(q "SELECT count(*) FROM case_events")
o1=$(asql "$CLERK" "INSERT INTO case_events (case_id, what) SELECT id, 'reclassified' FROM cases WHERE number = '$PUB'")
o2=$(asql "$CLERK" "INSERT INTO case_events (case_id, what, who, at) SELECT id, 'closed', 'mayor', now() - interval '1 year' FROM cases WHERE number = '$PUB'")
o3=$(asql "$SUP" "INSERT INTO public.case_events (case_id, what) SELECT id, 'identity revealed' FROM public.cases WHERE number = '$PUB'")
[ "$(printf '%s\n%s\n%s\n' "$o1" "$o2" "$o3" | grep -c "permission denied")" -eq 3 ] && [ "$(q "SELECT count(*) FROM case_events")" -eq "$ev0" ]
ok $? "clerk and supervisor: INSERT INTO case_events is permission denied (no forged event)"
o1=$(asql "$CLERK" "SELECT vault.event(id, 'closed', '{}') FROM public.cases WHERE number = '$PUB'")
echo "$o1" | grep -q "permission denied" && [ "$(q "SELECT count(*) FROM case_events")" -eq "$ev0" ]
ok $? "nor through the vault's own event function (no USAGE on vault)"
o1=$(asql "$CLERK" "INSERT INTO outbox (case_id, case_number, kind, recipient, body) SELECT id, number, 'answer', 'me@attacker.example', 'x' FROM cases WHERE number = '$PUB'")
o2=$(asql "$SUP" "INSERT INTO public.outbox (case_id, case_number, kind, recipient, body) SELECT id, number, 'answer', 'me@attacker.example', 'x' FROM public.cases WHERE number = '$PUB'")
[ "$(printf '%s\n%s\n' "$o1" "$o2" | grep -c "permission denied")" -eq 2 ] && [ "$(qw "SELECT count(*) FROM outbox WHERE recipient = 'me@attacker.example'")" -eq 0 ]
ok $? "INSERT INTO outbox: permission denied for clerk and supervisor"
o1=$(asql "$CLERK" "UPDATE public.cases SET category = 'demand', needs_review = false WHERE number = '$PUB'")
o2=$(asql "$SUP" "UPDATE public.cases SET status = 'closed' WHERE number = '$PUB'")
o3=$(asql "$CLERK" "UPDATE public.letters SET from_address = 'me@attacker.example' WHERE case_id = (SELECT id FROM public.cases WHERE number = '$PUB')")
[ "$(printf '%s\n%s\n%s\n' "$o1" "$o2" "$o3" | grep -c "permission denied")" -eq 3 ]
ok $? "UPDATE cases / letters: permission denied"
o1=$(asql "$CLERK" "SELECT count(*) FROM vault.cases")
echo "$o1" | grep -q "permission denied for schema vault"
ok $? "a clerk has no privilege at all on the vault"
# case_close takes the recipient from the case: there is no parameter for it
MAILTO=$(q "SELECT c.number FROM cases c JOIN LATERAL (SELECT * FROM letters l WHERE l.case_id = c.id ORDER BY l.id LIMIT 1) l ON true WHERE NOT c.confidential AND NOT c.automatic AND c.status <> 'closed' AND NOT l.anonymous AND coalesce(l.from_name, '') <> '' AND l.from_address LIKE '%@%' AND c.number NOT IN ('$PUB') ORDER BY c.id DESC LIMIT 1")
o1=$(asql "$CLERK" "SELECT case_close('$MAILTO', 'answer to me@attacker.example', NULL, true, NULL, NULL)")
[ "$o1" = queued ] && [ "$(q "SELECT o.recipient || '|' || o.created_by FROM outbox o WHERE o.case_number = '$MAILTO' AND kind = 'answer'")" = "$(q "SELECT l.from_address || '|$CLERK' FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number = '$MAILTO' ORDER BY l.id LIMIT 1")" ]
ok $? "a clerk's case_close queues mail only to the case's own writer ($o1)"
o1=$(asql "$CLERK" "SELECT case_reopen('$MAILTO')")
o2=$(asql "$CLERK" "SELECT case_close('$MAILTO', NULL, '\\x00'::bytea, true, '\\x00'::bytea, 'x')")
[ "$o1" = 1 ] && echo "$o2" | grep -q "not sealed" && [ "$(q "SELECT status FROM cases WHERE number = '$MAILTO'")" = reopened ]
ok $? "nor a sealed body of the clerk's choosing to a public case (22023)"
o1=$(asql "$CLERK" "SELECT case_reclassify('$CONF', 'demand', 'x')")
o2=$(asql "$CLERK" "SELECT case_close('$CONF', 'x', NULL, true, NULL, NULL)")
echo "$o1" | grep -q "no such case" && echo "$o2" | grep -q "no such case"
ok $? "the case functions tell a clerk 'no such case' of a confidential case"
o1=$(asql "$GW" "SELECT case_reopen('$MAILTO')")
echo "$o1" | grep -q "permission denied"
ok $? "the gateway login may not call them"

# --- cases seal: recall first --------------------------------------------------
# a public real-name case whose writer's name, address and a phrase of its
# text are nowhere else in the data set
SEAL=$(q "SELECT c.number FROM cases c JOIN letters l ON l.case_id = c.id WHERE NOT c.confidential AND c.status <> 'closed' AND NOT l.anonymous AND NOT c.automatic AND length(coalesce(l.from_name, '')) >= 2 AND l.from_address LIKE '%@%' AND c.number NOT IN ('$RC', '$REAL', '$NEXT', '$PUB', '$MAILTO', '$SHOW') AND (SELECT count(*) FROM letters x WHERE x.case_id = c.id) = 1 AND NOT EXISTS (SELECT 1 FROM letters y WHERE y.id <> l.id AND (position(l.from_name in coalesce(y.from_name, '') || coalesce(y.body, '') || coalesce(y.subject, '')) > 0 OR position(l.from_address in coalesce(y.from_address, '') || coalesce(y.body, '')) > 0)) ORDER BY (l.phone IS NOT NULL) DESC, c.id LIMIT 1")
SNAME=$(q "SELECT from_name FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number = '$SEAL'")
SADDR=$(q "SELECT from_address FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number = '$SEAL'")
SPHONE=$(q "SELECT coalesce(phone, '') FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number = '$SEAL'")
SPHRASE=$(q "SELECT btrim(t, E' \r') FROM letters l JOIN cases c ON c.id = l.case_id, regexp_split_to_table(l.body, E'\n') t WHERE c.number = '$SEAL' AND length(btrim(t, E' \r')) >= 8 AND position(E'\\\\' in t) = 0 AND position(E'\t' in t) = 0 AND NOT EXISTS (SELECT 1 FROM letters y WHERE y.id <> l.id AND position(btrim(t, E' \r') in coalesce(y.body, '') || coalesce(y.subject, '')) > 0) ORDER BY length(btrim(t, E' \r')) DESC LIMIT 1")
SOLD=$(qw "SELECT id FROM cases WHERE number = '$SEAL'")
pg_dump "$DB" > "$TMP/dump0.sql"
[ -n "$SEAL" ] && [ -n "$SPHRASE" ] && grep -qF -- "$SNAME" "$TMP/dump0.sql" && grep -qF -- "$SADDR" "$TMP/dump0.sql" && grep -qF -- "$SPHRASE" "$TMP/dump0.sql"
ok $? "a public case to seal ($SEAL): its writer, address${SPHONE:+, phone} and a phrase are in a dump before"
ascl seal "$SEAL" > /dev/null 2> "$TMP/e"
[ $? -eq 64 ] && grep -q -- "--public-key" "$TMP/e" && [ "$(q "SELECT confidential FROM cases WHERE number = '$SEAL'")" = f ]
ok $? "seal without the office's public key: 64, names --public-key"
"$BIN" cases seal --help > "$TMP/h" && grep -q "usage: mayorbox cases seal CASE" "$TMP/h" && grep -q -- "--outbox-key" "$TMP/h"
ok $? "seal --help"
ascl seal "$SEAL" --note "names an official: recall first" --public-key "$TMP/keys/confidential.pub" --outbox-key "$TMP/okeys/outbox.pub" > "$TMP/o" 2> "$TMP/e"
r=$?
[ $r -eq 0 ] && grep -qx "Case $SEAL is now confidential: its letters were sealed and moved out of the clerks' tables." "$TMP/o"
ok $? "clerk: cases seal $SEAL ($r)"
ascl show "$SEAL" > "$TMP/o" 2> "$TMP/seal.err"
[ $? -eq 66 ] && [ "$(sed "s/$SEAL/N/" "$TMP/seal.err")" = "$(sed 's/2030-999999/N/' "$TMP/none.err")" ] \
	&& ! ascl list --csv | grep -qF "$SEAL" && [ "$(psql -X -qAt -d "dbname=$DB user=$CLERK" -c "SELECT count(*) FROM letters WHERE case_id = $SOLD")" = 0 ]
ok $? "afterwards the clerk gets 66 on it, word for word; it is in no list and no table of theirs"
[ "$(qw "SELECT (SELECT count(*) FROM cases WHERE id = $SOLD) + (SELECT count(*) FROM letters WHERE case_id = $SOLD) + (SELECT count(*) FROM attachments WHERE case_id = $SOLD) + (SELECT count(*) FROM case_events WHERE case_id = $SOLD) + (SELECT count(*) FROM outbox WHERE case_id = $SOLD) + (SELECT count(*) FROM rule_hits WHERE case_id = $SOLD)")" -eq 0 ] \
	&& [ "$(qw "SELECT count(*) FROM vault.letters l JOIN vault.cases c ON c.id = l.case_id WHERE c.number = '$SEAL' AND l.key_id = '$(keyid "$TMP/keys/confidential.pub")' AND l.reply_key_id = '$OKID'")" -eq 1 ]
ok $? "the public tables keep nothing of it; the vault has its letter sealed (office key) with a reply box (outbox key)"
pg_dump "$DB" > "$TMP/dump1.sql"
r=0
for s in "$SNAME" "$SADDR" "$SPHRASE" $SPHONE; do grep -qF -- "$s" "$TMP/dump1.sql" && r=1; done
ok $r "pg_dump after the seal: none of its writer's name, address, phone, phrase"
[ "$(q "SELECT detail->>'note' FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$SEAL' AND what = 'sealed'")" = "names an official: recall first" ] \
	&& [ "$(q "SELECT who FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$SEAL' AND what = 'sealed'")" = "$CLERK" ] \
	&& [ "$(events "$SEAL" filed)" -eq 1 ]
ok $? "its history moved with it, and 'sealed' with the note, by the clerk"
assup show "$SEAL" --key "$KEY" --json > "$TMP/ss.json" 2> "$TMP/e"
python3 - "$TMP/ss.json" "$SNAME" "$SADDR" "$SPHRASE" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
l = d["letters"][0]
assert d["confidential"] and l["confidential"] and not l["sealed"], l
assert l["from"]["name"] == sys.argv[2] and l["from"]["address"] == sys.argv[3], l["from"]
assert sys.argv[4] in l["text"]
assert any(h["words"] for h in l["rules"]) or not l["rules"], l["rules"]
PY
ok $? "a supervisor opens what the clerk sealed: writer, address, text, the rules' words"
"$BIN" unseal --raw --key "$KEY" --db "dbname=$DB user=$SUP" "$SEAL" > "$TMP/su.json"
python3 - "$TMP/su.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for k in ("message_id", "from_name", "from_address", "phone", "subject", "text", "to", "reply_to", "raw", "attachments", "district", "in_reply_to", "references"):
    assert k in d, k
assert d["raw"], "raw kept"
PY
ok $? "the sealed identity has the gateway's keys (message_id ... attachments) and district, in_reply_to, references"
ascl seal "$SEAL" --public-key "$TMP/keys/confidential.pub" > /dev/null 2>&1
r1=$?
assup seal "$SEAL" --public-key "$TMP/keys/confidential.pub" > /dev/null 2> "$TMP/e"
r2=$?
[ $r1 -eq 66 ] && [ $r2 -eq 65 ] && grep -q "already confidential" "$TMP/e"
ok $? "sealing it again: 66 for the clerk, 65 for the supervisor"
assup close "$SEAL" --reply-file "$TMP/answer.txt" --key "$KEY" --outbox-key "$TMP/okeys/outbox.pub" > "$TMP/o" 2>&1
[ $? -eq 0 ] && grep -q "queued" "$TMP/o" && [ "$(qw "SELECT count(*) FROM vault.outbox WHERE case_number = '$SEAL' AND status = 'pending' AND key_id = '$OKID' AND kind = 'answer'")" -eq 1 ]
ok $? "its writer can still be answered: the supervisor's close queues the sealed answer"
"$BIN" keygen --outbox "$TMP/okeys2" > /dev/null
SEAL2=$(q "SELECT c.number FROM cases c JOIN letters l ON l.case_id = c.id WHERE NOT c.confidential AND c.status <> 'closed' AND NOT l.anonymous AND NOT c.automatic AND coalesce(l.from_name, '') <> '' AND l.from_address LIKE '%@%' AND c.number NOT IN ('$RC', '$REAL', '$NEXT', '$PUB', '$MAILTO', '$SHOW', '$SEAL') ORDER BY c.id DESC LIMIT 1")
assup seal "$SEAL2" --public-key "$TMP/keys/confidential.pub" --outbox-key "$TMP/okeys/outbox.pub" > /dev/null 2>&1 \
	&& assup close "$SEAL2" --reply-file "$TMP/answer.txt" --key "$KEY" --outbox-key "$TMP/okeys2/outbox.pub" > "$TMP/o" 2>&1 \
	&& grep -q "another outbox key" "$TMP/o" && [ "$(outbox "$SEAL2")" -eq 0 ]
ok $? "an outbox key other than the reply box's: closed without mail, and it says so"

# --- recall first: confidential_review, cases confirm, cases release ---------
# review letters filed by the gateway login through file_letter() with
# "confidential_review" (the classifier's rule syntax for it comes
# separately): their identity sealed to the office key here (libsodium's
# sealed box, as the gateway seals), a writer found nowhere else
mkdoc() {	# mkdoc N CONFIDENTIAL: the filing document of review letter N
	python3 - "$TMP/keys/confidential.pub" "$1" "$2" "$(keyid "$TMP/keys/confidential.pub")" <<'PY'
import base64, ctypes, ctypes.util, hashlib, json, sys
pub, k, conf, kid = sys.argv[1], sys.argv[2], sys.argv[3] == "true", sys.argv[4]
raw = ("From: Qiao Reviewwriter%s <qiao.review%s@example.net>\r\nSubject: the canal office\r\n\r\n"
       "Inspector Lu Xiaoming%s of the canal office asked me for money at the night market.\r\n" % (k, k, k)).encode()
att = b"receipt number 8817-%s" % k.encode()
ident = {"message_id": "<review%s@example.net>" % k, "from_name": "Qiao Reviewwriter" + k,
         "from_address": "qiao.review%s@example.net" % k, "phone": "1391111222" + k,
         "subject": "the canal office", "text": "Inspector Lu Xiaoming%s of the canal office asked me for money at the night market." % k,
         "to": [{"name": None, "address": "mayor@city.example"}], "reply_to": [],
         "raw": base64.b64encode(raw).decode(), "district": "Canal District",
         "in_reply_to": None, "references": ["<older%s@example.net>" % k],
         "attachments": [{"filename": "receipt%s.txt" % k, "content_type": "text/plain", "size": len(att),
                          "sha256": hashlib.sha256(att).hexdigest(), "data": base64.b64encode(att).decode()}]}
doc = {"source": "email", "source_name": "test-review", "source_key": "test:review:" + k,
       "content_hash": hashlib.sha256(raw).hexdigest(), "language": "en", "auto_submitted": False,
       "confidential": conf, "confidential_review": True, "anonymous": False, "warnings": [],
       "category": "complaint", "department": "Water Affairs Bureau", "priority": "normal", "needs_review": False,
       "automatic": False, "scores": {"complaint": 3},
       "hits": [{"rule": "review-test", "field": "text", "weight": 3, "category": "complaint"}],
       "attachments": []}
if conf:
    s = ctypes.CDLL(ctypes.util.find_library("sodium"))
    assert s.sodium_init() >= 0
    pk = base64.b64decode(open(pub).read().strip())
    m = json.dumps(ident, separators=(",", ":")).encode()
    c = ctypes.create_string_buffer(len(m) + 48)
    assert s.crypto_box_seal(c, m, ctypes.c_ulonglong(len(m)), pk) == 0
    doc.update({"sealed": base64.b64encode(c.raw).decode(), "key_id": kid, "our_tokens": [],
                "parsed": {"attachments": 1, "forwarded": 0}})
else:
    doc.update({k2: ident[k2] for k2 in ("message_id", "from_name", "from_address", "phone", "subject", "text", "raw", "district", "references")})
print(json.dumps(doc))
PY
}
fileas() {	# fileas DOCFILE: the case number file_letter() gives, as the gateway login
	echo "SELECT case_number FROM file_letter(:'doc'::jsonb);" \
		| psql -X -qAt -v ON_ERROR_STOP=1 -d "dbname=$DB user=$GW" -v doc="$(cat "$1")" 2>&1
}
for k in 1 2 3; do mkdoc $k true > "$TMP/rev$k.json"; done
mkdoc 4 false > "$TMP/rev4.json"
REV=$(fileas "$TMP/rev1.json") REV2=$(fileas "$TMP/rev2.json") REV3=$(fileas "$TMP/rev3.json") REVP=$(fileas "$TMP/rev4.json")
RNAME="Qiao Reviewwriter1" RADDR=qiao.review1@example.net RPHONE=13911112221
RPHRASE="Inspector Lu Xiaoming1 of the canal office"
[ "$(qw "SELECT string_agg(number || ':' || confidential_review, ',' ORDER BY number) FROM vault.cases WHERE number IN ('$REV', '$REV2', '$REV3')")" = "$(printf '%s\n' "$REV:true" "$REV2:true" "$REV3:true" | sort | paste -sd,)" ] \
	&& [ "$(q "SELECT confidential || '|' || confidential_review FROM cases WHERE number = '$REVP'")" = "false|false" ]
ok $? "file_letter: a confidential letter with confidential_review is a vault case marked for review; a public one is not marked"
[ "$(q "SELECT count(*) FROM cases WHERE NOT confidential AND confidential_review")" -eq 0 ] \
	&& [ "$(q "SELECT count(*) FROM cases WHERE confidential AND NOT confidential_review")" -gt 0 ]
ok $? "office.cases: confidential_review, false for every public row"
assup list --confidential-review --json > "$TMP/rq.json"
jsonnums "$TMP/rq.json" | sort > "$TMP/rq.nums"
q "SELECT number FROM cases WHERE confidential_review" | sort > "$TMP/rq.want"
python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); assert a and all(o["confidential"] and o["confidential_review"] for o in a)' "$TMP/rq.json" \
	&& cmp -s "$TMP/rq.nums" "$TMP/rq.want" && grep -qx "$REV" "$TMP/rq.nums" && grep -qx "$REV2" "$TMP/rq.nums" && ! grep -qx "$REVP" "$TMP/rq.nums"
ok $? "supervisor: list --confidential-review --json is the review queue ($(wc -l < "$TMP/rq.nums") cases)"
assup list --confidential-review > "$TMP/rq.txt" && assup list --confidential-review --csv > "$TMP/rq.csv"
[ "$(wc -l < "$TMP/rq.txt")" -eq $(($(wc -l < "$TMP/rq.want") + 1)) ] && grep -q "^$REV " "$TMP/rq.txt" \
	&& [ "$(wc -l < "$TMP/rq.csv")" -eq $(($(wc -l < "$TMP/rq.want") + 1)) ] && grep -q "^$REV,.*,\(true\|false\),true,,en,1," "$TMP/rq.csv"
ok $? "the queue as a table and as CSV"
ascl list --confidential-review --json > "$TMP/rc.json" && ascl list --confidential-review > "$TMP/rc.txt" && ascl list --confidential-review --csv > "$TMP/rc.csv"
[ "$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$TMP/rc.json")" = 0 ] && [ "$(wc -l < "$TMP/rc.txt")" -eq 1 ] && [ "$(wc -l < "$TMP/rc.csv")" -eq 1 ]
ok $? "clerk: list --confidential-review lists nothing (table, --json, --csv)"
assup show "$REV" --json > "$TMP/rv.json" && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["confidential_review"] and d["letters"][0]["sealed"]' "$TMP/rv.json" \
	&& assup show "$REV" | grep -q "^  review "
ok $? "supervisor: show says the case is under review"
# a clerk cannot confirm or release
PUBC=$(q "SELECT number FROM cases WHERE NOT confidential AND number NOT IN ('$REVP') ORDER BY id LIMIT 1 OFFSET 5")
before=$(qw "SELECT (SELECT count(*) FROM case_events) + (SELECT count(*) FROM vault.case_events)")
ascl confirm "$REV" --note x > /dev/null 2> "$TMP/cf.err"; r1=$?
ascl release "$REV" --key "$KEY" --note x > /dev/null 2> "$TMP/rl.err"; r2=$?
ascl confirm "$PUBC" > /dev/null 2> "$TMP/e1"; r3=$?
ascl release "$PUBC" --key "$KEY" --note x > /dev/null 2> "$TMP/e2"; r4=$?
[ "$r1$r2$r3$r4" = 66667777 ] && [ "$(sed "s/$REV/N/" "$TMP/cf.err")" = "$(sed 's/2030-999999/N/; s/show/confirm/' "$TMP/none.err")" ] \
	&& grep -q "only a supervisor" "$TMP/e1" && grep -q "only a supervisor" "$TMP/e2"
ok $? "clerk: confirm / release of a review case 66 (no such case), of a public case 77 ($r1 $r2 $r3 $r4)"
o1=$(asql "$CLERK" "SELECT case_confirm('$REV', 'x')")
o2=$(asql "$CLERK" "SELECT * FROM case_release('$REV', '[]', 'x')")
o3=$(asql "$CLERK" "SELECT case_confirm('$PUBC', 'x')")
o4=$(asql "$CLERK" "SELECT case_confirm('2030-999999', 'x')")
echo "$o1" | grep -q "permission denied for function case_confirm" && echo "$o2" | grep -q "permission denied for function case_release" \
	&& [ "$o1" = "$o3" ] && [ "$o1" = "$o4" ]
ok $? "the functions themselves are not a clerk's: the same refusal for a vault, a public and a missing number"
[ "$(qw "SELECT (SELECT count(*) FROM case_events) + (SELECT count(*) FROM vault.case_events)")" -eq "$before" ] \
	&& [ "$(qw "SELECT confidential_review FROM vault.cases WHERE number = '$REV'")" = t ]
ok $? "and nothing changed"
# confirm
assup confirm "$REV2" --note "names an official: it stays sealed" > "$TMP/o" 2>&1
[ $? -eq 0 ] && grep -q "confirmed" "$TMP/o" && [ "$(qw "SELECT confidential_review FROM vault.cases WHERE number = '$REV2'")" = f ] \
	&& [ "$(q "SELECT who || '|' || (detail->>'note') FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$REV2' AND what = 'confidentiality confirmed'")" = "$SUP|names an official: it stays sealed" ] \
	&& ! assup list --confidential-review --json | jsonnums /dev/stdin 2>/dev/null | grep -qx "$REV2"
ok $? "supervisor: confirm clears the mark, records who and the note; the case leaves the queue and stays in the vault"
assup confirm "$REV2" > /dev/null 2> "$TMP/e"; r1=$?
assup confirm "$PUBC" > /dev/null 2> "$TMP/e2"; r2=$?
[ $r1 -eq 65 ] && grep -q "not marked" "$TMP/e" && [ $r2 -eq 65 ] && grep -q "not confidential" "$TMP/e2" && [ "$(events "$REV2" 'confidentiality confirmed')" -eq 1 ]
ok $? "confirming again (65, not marked) or a public case (65, not confidential)"
# release: refusals
assup close "$REV" --reply-file "$TMP/answer2.txt" --key "$KEY" --no-mail > /dev/null 2>&1
# a mail that went out and one still waiting sealed to the outbox key
RCID=$(qw "SELECT id FROM vault.cases WHERE number = '$REV'")
qw "INSERT INTO vault.outbox (case_id, case_number, kind, status, attempts, sent_at) VALUES ($RCID, '$REV', 'acknowledgement', 'sent', 1, now()); INSERT INTO vault.outbox (case_id, case_number, kind, status, sealed, body_sealed, key_id) VALUES ($RCID, '$REV', 'answer', 'pending', '\\x0102'::bytea, '\\x0304'::bytea, '$OKID')" > /dev/null
before=$(qw "SELECT (SELECT count(*) FROM case_events) + (SELECT count(*) FROM vault.case_events)")
assup release "$REV" --key "$KEY" > /dev/null 2> "$TMP/e1"; r1=$?
assup release "$REV" --note "the evidence did not hold" > /dev/null 2> "$TMP/e2"; r2=$?
assup release "$REV" --key "$KEY" --note "" > /dev/null 2> "$TMP/e3"; r3=$?
assup release "$REV" --key "$TMP/other/confidential.key" --note x > /dev/null 2> "$TMP/e4"; r4=$?
assup release "$PUBC" --key "$KEY" --note x > /dev/null 2> "$TMP/e5"; r5=$?
[ "$r1$r2$r3$r4$r5" = 6464646565 ] && grep -q -- "--note" "$TMP/e1" && grep -q -- "--key" "$TMP/e2" && grep -q "opens nothing" "$TMP/e4" && grep -q "not confidential" "$TMP/e5"
ok $? "release without --note, without --key, with an empty note: 64; another key: 65; a public case: 65 ($r1 $r2 $r3 $r4 $r5)"
[ "$(qw "SELECT (SELECT count(*) FROM case_events) + (SELECT count(*) FROM vault.case_events)")" -eq "$before" ] \
	&& [ "$(qw "SELECT count(*) FROM vault.letters l JOIN vault.cases c ON c.id = l.case_id WHERE c.number = '$REV'")" -eq 1 ] \
	&& [ "$(q "SELECT count(*) FROM cases WHERE number = '$REV' AND NOT confidential")" -eq 0 ]
ok $? "and nothing changed: no event, the case still in the vault"
o1=$(asql "$SUP" "SELECT * FROM case_release('$REV', '[]', 'x')")
echo "$o1" | grep -q "letter -[0-9]* of case $REV comes without its opened identity"
ok $? "case_release without an opened letter: refused, naming the letter"
# release
REVID=$(qw "SELECT l.id FROM vault.letters l JOIN vault.cases c ON c.id = l.case_id WHERE c.number = '$REV'")
assup release "$REV" --key "$KEY" --note "the evidence did not hold" > "$TMP/rel.out" 2> "$TMP/rel.err"
r=$?
[ $r -eq 0 ] && grep -q "Case $REV is released: 1 letter" "$TMP/rel.out" && grep -q "1 mail(s) still waiting were cancelled" "$TMP/rel.out" \
	&& ! grep -qF "$RNAME" "$TMP/rel.out" "$TMP/rel.err"
ok $? "supervisor: release $REV --key --note (it says the waiting mail was cancelled) ($r)"
ascl show "$REV" --json > "$TMP/rs.json" 2> "$TMP/e"
r=$?
python3 - "$TMP/rs.json" "$RNAME" "$RADDR" "$RPHONE" "$RPHRASE" <<'PY' && [ $r -eq 0 ] && ascl show "$REV" | grep -qF "$RNAME"
import json, sys
d = json.load(open(sys.argv[1]))
l = d["letters"][0]
assert not d["confidential"] and not d["confidential_review"] and not l["sealed"], d
assert l["from"] == {"name": sys.argv[2], "address": sys.argv[3], "phone": sys.argv[4]}, l["from"]
assert sys.argv[5] in l["text"] and l["subject"] == "the canal office" and l["message_id"] == "<review1@example.net>"
assert l["district"] == "Canal District" and [a["filename"] for a in l["attachments"]] == ["receipt1.txt"]
assert [h["rule"] for h in l["rules"]] == ["review-test"]
assert "Eastern Gate" in d["answer"], d["answer"]
hist = [(e["what"], e["who"]) for e in d["history"]]
assert ("filed", hist[0][1]) == hist[0]
PY
ok $? "clerk: show of the released case: writer, address, phone, subject, text, district, attachment, rule hits, the answer opened"
[ "$(q "SELECT string_agg(who, ',') FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$REV' AND what = 'identity revealed'")" = "$SUP" ] \
	&& [ "$(q "SELECT who || '|' || (detail->>'note') FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$REV' AND what = 'released'")" = "$SUP|the evidence did not hold" ] \
	&& [ "$(events "$REV" filed)" -eq 1 ] && [ "$(events "$REV" closed)" -eq 1 ]
ok $? "the reveal and the release are events signed by the supervisor; the history moved with it"
[ "$(qw "SELECT (SELECT count(*) FROM vault.cases WHERE number = '$REV') + (SELECT count(*) FROM vault.letters WHERE id = $REVID OR source_key = 'test:review:1' OR case_id = $RCID) + (SELECT count(*) FROM vault.case_events WHERE case_id = $RCID) + (SELECT count(*) FROM vault.rule_hits WHERE case_id = $RCID) + (SELECT count(*) FROM vault.outbox WHERE case_id = $RCID)")" -eq 0 ] \
	&& [ "$(qw "SELECT f.letter_id = l.id FROM vault.filed f JOIN letters l ON l.source_key = f.source_key WHERE f.source_key = 'test:review:1'")" = t ] \
	&& [ "$(qw "SELECT count(*) FROM vault.case_numbers WHERE number = '$REV'")" -eq 1 ] \
	&& [ "$(qw "SELECT c.number || '|' || l.from_name || '|' || encode(a.sha256, 'hex') || '|' || a.size || '|' || convert_from(a.data, 'UTF8') FROM cases c JOIN letters l ON l.case_id = c.id JOIN attachments a ON a.letter_id = l.id WHERE l.source_key = 'test:review:1'")" = "$REV|$RNAME|$(printf 'receipt number 8817-1' | sha256sum | cut -d' ' -f1)|21|receipt number 8817-1" ]
ok $? "nothing of it remains in vault.letters/vault.cases; the registry points to the public letter; same number; the attachment whole"
[ "$(qw "SELECT string_agg(kind || ':' || status || ':' || coalesce(recipient, 'none'), ',' ORDER BY kind) FROM outbox WHERE case_number = '$REV'")" = "acknowledgement:sent:none,answer:cancelled:none" ] \
	&& [ "$(events "$REV" 'mail cancelled')" -eq 1 ]
ok $? "its mail: the sent one kept without recipient, the waiting sealed one cancelled (recorded)"
pg_dump "$DB" > "$TMP/dump2.sql"
python3 - "$TMP/dump2.sql" "$RNAME" "$RADDR" "$RPHRASE" <<'PY'
import sys
block, where = None, {}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("COPY "):
        block = line.split()[1]
        continue
    if line.startswith("\\."):
        block = None
        continue
    for s in sys.argv[2:]:
        if s in line:
            where.setdefault(s, set()).add(block)
assert set(where) == set(sys.argv[2:]), where
assert all(b == {"public.letters"} for b in where.values()), where
PY
ok $? "pg_dump: the writer's name, address and text only in public.letters"
ascl seal "$REV" --note "sealed again" --public-key "$TMP/keys/confidential.pub" > /dev/null 2>&1 \
	&& ascl show "$REV" > /dev/null 2>&1; r=$?
assup show "$REV" --key "$KEY" --json > "$TMP/rt.json" 2>/dev/null
[ $r -eq 66 ] && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["confidential"] and d["letters"][0]["from"]["name"] == sys.argv[2] and "Eastern Gate" in d["answer"]' "$TMP/rt.json" "$RNAME" \
	&& [ "$(qw "SELECT count(*) FROM letters WHERE source_key = 'test:review:1'")" -eq 0 ] && [ "$(events "$REV" released)" -eq 1 ] && [ "$(events "$REV" sealed)" -eq 1 ]
ok $? "released, then sealed again: back in the vault, opened with the key, its history whole (round trip)"
assup release "$REV" --key "$KEY" --note "released twice" > /dev/null 2>&1 && ascl show "$REV" --json > "$TMP/rt2.json" \
	&& python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["letters"][0]["from"]["name"] == sys.argv[2] and "Eastern Gate" in d["answer"]' "$TMP/rt2.json" "$RNAME"
ok $? "and released again: the sealed identity of 'cases seal' opens and releases too"
"$BIN" cases confirm --help | grep -q "usage: mayorbox cases confirm CASE" && "$BIN" cases release --help | grep -q "usage: mayorbox cases release CASE --key" \
	&& "$BIN" cases --help | grep -q "^  release" && "$BIN" cases list --help | grep -q -- "--confidential-review"
ok $? "confirm --help, release --help, cases --help and list --help tell of them"
# four cases more since the start
ALL=$(q "SELECT count(*) FROM cases")

# --- CSV: no formulas from letters --------------------------------------------
k=0
for v in '=HYPERLINK("http://x.example/","a")' "+1+2" "-3+4" "@SUM(A1)" "	tab" "$(printf '\rcr')"; do
	k=$((k + 1))
	printf "UPDATE letters SET subject = :'v' WHERE id = (SELECT min(l.id) FROM letters l WHERE l.case_id = (SELECT id FROM cases ORDER BY id LIMIT 1 OFFSET %d));\n" $((20 + k)) \
		| psql -X -qAt -v ON_ERROR_STOP=1 -d "$DB" -v v="$v" > /dev/null
done
qw "UPDATE cases SET department = '=1+1' WHERE id = (SELECT id FROM cases ORDER BY id LIMIT 1 OFFSET 30)" > /dev/null
ascl list --csv > "$TMP/inj.csv"
ascl stats --by department --csv > "$TMP/injs.csv"
python3 - "$TMP/inj.csv" "$TMP/injs.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
cells = [c for r in rows for c in r]
want = ['\'=HYPERLINK("http://x.example/","a")', "'+1+2", "'-3+4", "'@SUM(A1)", "'\ttab", "'\rcr", "'=1+1"]
for w in want:
    assert w in cells, (w, [c for c in cells if c[1:2] in "=+-@\t\r"][:10])
bad = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
assert not bad, bad
srows = list(csv.reader(open(sys.argv[2], newline="", encoding="utf-8")))
assert any(r[0] == "'=1+1" for r in srows), srows
assert not [r for r in srows if r[0][:1] in "=+-@"], srows
PY
ok $? "list --csv and stats --csv: cells beginning with = + - @ TAB CR get a leading ' (RFC 4180 quoted when needed)"
grep -qF ",\"'=HYPERLINK(\"\"http://x.example/\"\",\"\"a\"\")\"" "$TMP/inj.csv"
ok $? "a formula with quotes and commas: quoted, its quotes doubled, after the '"

# --- stats ------------------------------------------------------------------
# two cases were sealed since: the clerk sees fewer
VIS=$(q "SELECT count(*) FROM cases WHERE NOT confidential")
# every closed case took 2 days 3 hours
qw "UPDATE cases SET created_at = closed_at - interval '2 days 3 hours' WHERE status = 'closed'" > /dev/null
qw "UPDATE vault.cases SET created_at = closed_at - interval '2 days 3 hours' WHERE status = 'closed'" > /dev/null
ascl stats --csv > "$TMP/st.csv"
ok $? "clerk: stats --csv"
python3 - "$TMP/st.csv" "$VIS" "$(q "SELECT count(*) FROM cases WHERE NOT confidential AND status = 'closed'")" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert rows and list(rows[0].keys()) == ["category", "cases", "open", "closed", "avg_close_seconds",
    "on_time", "overdue", "returned", "supervised", "redo", "satisfied", "basic", "unsatisfied",
    "satisfaction"], rows[:1]
assert sum(int(r["cases"]) for r in rows) == int(sys.argv[2]), "the visible cases"
assert all(int(r["open"]) + int(r["closed"]) == int(r["cases"]) for r in rows)
assert sum(int(r["closed"]) for r in rows) == int(sys.argv[3])
assert all(r["avg_close_seconds"] == ("183600" if int(r["closed"]) else "") for r in rows), rows
PY
ok $? "stats: the counts sum to the clerk's $VIS cases; average to close in seconds"
ascl stats > "$TMP/st.txt"
grep -Eq "^total +$VIS( +[0-9]+){7} +(-|[0-9]+%)  2d 3h$" "$TMP/st.txt"
ok $? "the table: a total line, the average as 2d 3h"
assup stats --csv > "$TMP/st2.csv"
[ "$(tail -n +2 "$TMP/st2.csv" | cut -d, -f2 | paste -sd+ | bc)" -eq "$ALL" ]
ok $? "the supervisor's stats count all $ALL"
ascl stats --by district --csv > "$TMP/sd.csv"
python3 - "$TMP/sd.csv" "$VIS" "$(q "SELECT count(DISTINCT l.district) FROM cases c JOIN letters l ON l.case_id = c.id WHERE NOT c.confidential")" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert list(rows[0].keys())[0] == "district"
assert sum(int(r["cases"]) for r in rows) == int(sys.argv[2])
named = [r for r in rows if r["district"]]
assert len(named) == int(sys.argv[3]) and len(named) > 1, (len(named), sys.argv[3])
PY
ok $? "stats --by district: the districts, summing to the visible cases"
TZ=Asia/Shanghai ascl stats --by day --csv > "$TMP/sday.csv"
[ "$(tail -n +2 "$TMP/sday.csv" | cut -d, -f1 | paste -sd' ')" = "$(q "SELECT string_agg(d, ' ' ORDER BY d) FROM (SELECT DISTINCT to_char(created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') d FROM cases WHERE NOT confidential) s")" ] \
	&& [ "$(tail -n +2 "$TMP/sday.csv" | cut -d, -f2 | paste -sd+ | bc)" -eq "$VIS" ]
ok $? "stats --by day: local days (TZ=Asia/Shanghai)"
ascl stats --by department > "$TMP/o" 2>&1 && grep -q "Water Affairs Bureau" "$TMP/o"
ok $? "stats --by department"
# per department: on time, overdue, returned (for the department it came back
# from, which holds no case now), supervised, handled again, return visits
# (the last answer of a case counts) -- events as the service layer writes them
D1=$(q "SELECT department FROM cases WHERE NOT confidential AND department IS NOT NULL
	GROUP BY 1 HAVING count(*) >= 2 ORDER BY count(*) DESC, 1 LIMIT 1")
C2=$(q "SELECT number FROM cases WHERE department = '$D1' AND NOT confidential ORDER BY number LIMIT 1")
C3=$(q "SELECT number FROM cases WHERE department = '$D1' AND NOT confidential ORDER BY number LIMIT 1 OFFSET 1")
qw "INSERT INTO case_events (case_id, what, detail) SELECT id, w, d::jsonb FROM cases,
	(VALUES ('returned', '{\"department\": \"Bureau Of Returns\", \"reason\": \"not ours\"}'),
		('supervised', '{\"note\": \"n\", \"auto\": false}'),
		('supervised', '{\"note\": \"n\", \"auto\": true}'),
		('redo', '{\"department\": \"x\"}'),
		('visited', '{\"result\": \"unsatisfied\", \"via\": \"mail\"}')) v(w, d)
	WHERE number = '$C2';
    INSERT INTO case_events (case_id, at, what, detail) SELECT id, now() + interval '1 minute', 'visited',
	'{\"result\": \"satisfied\", \"via\": \"phone\"}' FROM cases WHERE number = '$C2';
    INSERT INTO case_events (case_id, what, detail) SELECT id, 'visited',
	'{\"result\": \"basic\", \"via\": \"web\"}' FROM cases WHERE number = '$C3'" > /dev/null
ascl stats --by department --json > "$TMP/sdep.json"
python3 - "$TMP/sdep.json" "$D1" \
	"$(q "SELECT count(*) FROM cases WHERE department = '$D1' AND NOT confidential")" \
	"$(q "SELECT count(*) FROM cases WHERE department = '$D1' AND NOT confidential AND status = 'closed' AND (due_at IS NULL OR closed_at <= due_at)")" \
	"$(q "SELECT count(*) FROM cases WHERE department = '$D1' AND NOT confidential AND due_at IS NOT NULL AND CASE WHEN status = 'closed' THEN closed_at > due_at ELSE status <> 'answered' AND due_at < now() END")" <<'PY'
import json, sys
rows = {r["group"]: r for r in json.load(open(sys.argv[1]))}
d = rows[sys.argv[2]]
assert d["cases"] == int(sys.argv[3]) and d["on_time"] == int(sys.argv[4]) and d["overdue"] == int(sys.argv[5]), d
assert d["supervised"] == 2 and d["redo"] == 1 and d["returned"] == 0, d
assert d["visits"] == {"satisfied": 1, "basic": 1, "unsatisfied": 0} and d["satisfaction"] == 1.0, d
r = rows["Bureau Of Returns"]
assert r["cases"] == 0 and r["returned"] == 1 and r["satisfaction"] is None, r
others = [x for g, x in rows.items() if g not in (sys.argv[2], "Bureau Of Returns")]
assert all(x["supervised"] == 0 and x["returned"] == 0 and x["visits"]["satisfied"] == 0 for x in others)
PY
ok $? "stats --by department --json: on time, overdue, supervised 2, redo 1, visits (the last answer of each case), satisfaction 100%; a return counted for the department it came from ($D1)"
ascl stats --by department > "$TMP/o" 2>&1 && grep -Eq "^Bureau Of Returns +0 +0 +0 +0 +0 +1 +0 +0 +- +-$" "$TMP/o" \
	&& grep -q "on-time  overdue returned  superv.     redo  satisf." "$TMP/o"
ok $? "the table: the returning department's line, the new columns"
ascl stats --csv --json > /dev/null 2>&1
[ $? -eq 64 ]
ok $? "stats --csv --json: 64"
ascl stats --by weekday > /dev/null 2> "$TMP/e"
[ $? -eq 64 ] && grep -q -- "--by" "$TMP/e"
ok $? "stats --by an unknown group: 64"
SINCE=$(q "SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM cases WHERE NOT confidential ORDER BY created_at DESC LIMIT 1 OFFSET 9")
ascl stats --since "$SINCE" --csv > "$TMP/ss.csv"
[ "$(tail -n +2 "$TMP/ss.csv" | cut -d, -f2 | paste -sd+ | bc)" -eq "$(q "SELECT count(*) FROM cases WHERE NOT confidential AND created_at >= '$SINCE'")" ]
ok $? "stats --since"

# --- time limits (时限) and owners -------------------------------------------
due_rows | python3 "$TMP/due.py" > "$TMP/due.out"
ok $? "after the changes above (received times moved, reclassified) every due_at is still the rules' ($(tail -1 "$TMP/due.out"))"
python3 - "$TMP/l.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
assert a and all({"due_at", "overdue", "owner"} <= set(o) for o in a)
assert all(isinstance(o["overdue"], bool) and o["due_at"].endswith("Z") for o in a)
PY
ok $? "list --json: every object has due_at (UTC), overdue (a boolean) and owner"
# across a holiday and a make-up working day: a demand received Wednesday
# 2026-09-30 10:00 (Beijing) is due on the 5th working day after it:
# 10/1-10/7 off (国庆), 10/8 Thu, 10/9 Fri, 10/10 Sat (调休, work), 10/12 Mon,
# 10/13 Tue -> 2026-10-13 10:00 +08 = 02:00 UTC
D1=$(q "SELECT number FROM cases WHERE NOT confidential AND category = 'demand' AND priority = 'normal' AND status <> 'closed' ORDER BY id LIMIT 1")
qw "UPDATE cases SET created_at = '2026-09-30 10:00+08' WHERE number = '$D1'" > /dev/null
ascl show "$D1" --json > "$TMP/d1.json"
[ "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["due_at"])' "$TMP/d1.json")" = "2026-10-13T02:00:00Z" ]
ok $? "a demand received 2026-09-30 10:00 +08 is due 2026-10-13 10:00 +08 (国庆 skipped, 10/10 counted)"
# a consultation received Friday 2026-02-13 09:00: 2/14 (Sat, 调休) is the
# first working day, 2/15-2/23 off (春节), 2/24 the second
C1=$(q "SELECT number FROM cases WHERE NOT confidential AND category = 'consultation' AND priority = 'normal' AND status <> 'closed' ORDER BY id LIMIT 1")
qw "UPDATE cases SET created_at = '2026-02-13 09:00+08' WHERE number = '$C1'" > /dev/null
[ "$(q "SELECT to_char(due_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') FROM cases WHERE number = '$C1'")" = "2026-02-24 09:00" ]
ok $? "a consultation received 2026-02-13 09:00 is due 2026-02-24 09:00 (2/14 a make-up Saturday, 春节 off)"
H1=$(q "SELECT number FROM cases WHERE NOT confidential AND priority = 'high' AND status <> 'closed' ORDER BY id LIMIT 1")
qw "UPDATE cases SET created_at = '2026-10-01 08:00+08' WHERE number = '$H1'" > /dev/null
[ "$(q "SELECT to_char(due_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') FROM cases WHERE number = '$H1'")" = "2026-10-02 08:00" ]
ok $? "high priority: 24 hours, holiday or not (received 10/1 08:00, due 10/2 08:00)"
# past the calendar (2027 is not published): weekends only, marked, an event
U1=$(q "SELECT number FROM cases WHERE NOT confidential AND category = 'demand' AND priority = 'normal' AND status <> 'closed' AND number <> '$D1' ORDER BY id LIMIT 1")
qw "UPDATE cases SET created_at = '2026-12-28 10:00+08' WHERE number = '$U1'" > /dev/null
ascl show "$U1" --json > "$TMP/u1.json"
python3 - "$TMP/u1.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["due_at"] == "2027-01-04T02:00:00Z" and d["due_estimated"] is True, (d["due_at"], d["due_estimated"])
ev = [e for e in d["history"] if e["what"] == "calendar_uncovered"]
assert ev and ev[-1]["detail"]["year"] == 2027 and ev[-1]["detail"]["calendar"].endswith("calendar/cn.txt"), ev
PY
ok $? "a deadline past the calendar's years: weekends only (2027-01-04), due_estimated, 'calendar_uncovered' naming the file and 2027"
ascl show "$U1" | grep -q "^  due .*counted past the calendar"
ok $? "show says the due time was counted past the calendar"
# reclassified: the new category's limit, from the time RECEIVED
R1=$(q "SELECT number FROM cases WHERE NOT confidential AND category = 'consultation' AND priority = 'normal' AND status <> 'closed' AND number <> '$C1' ORDER BY id LIMIT 1")
b=$(q "SELECT due_at FROM cases WHERE number = '$R1'")
e=$(events "$R1" 'due changed')
ascl reclassify "$R1" suggestion --note "a proposal" > /dev/null
r=$?
[ $r -eq 0 ] && [ "$(q "SELECT due_at FROM cases WHERE number = '$R1'")" != "$b" ] \
	&& due_rows "WHERE number = '$R1'" | python3 "$TMP/due.py" > /dev/null \
	&& [ "$(events "$R1" 'due changed')" -eq $((e + 1)) ] \
	&& [ "$(q "SELECT who FROM case_events x JOIN cases c ON c.id = x.case_id WHERE c.number = '$R1' AND what = 'due changed' ORDER BY x.id DESC LIMIT 1")" = "$CLERK" ]
ok $? "reclassify consultation -> suggestion: due_at moves to 10 working days after receipt, 'due changed' recorded"
qw "UPDATE cases SET category = 'unclassified' WHERE number = '$R1'" > /dev/null
due_rows "WHERE number = '$R1'" | python3 "$TMP/due.py" > /dev/null
ok $? "unclassified: 2 working days"
# overdue: past due, neither answered nor closed
O1=$(q "SELECT number FROM cases WHERE NOT confidential AND status IN ('new', 'assigned') AND number NOT IN ('$D1', '$C1', '$H1', '$U1', '$R1') ORDER BY id LIMIT 1")
O2=$(q "SELECT number FROM cases WHERE NOT confidential AND status = 'closed' ORDER BY id LIMIT 1")
O3=$(q "SELECT number FROM cases WHERE NOT confidential AND status = 'answered' ORDER BY id LIMIT 1")
qw "UPDATE cases SET created_at = now() - interval '40 days' WHERE number IN ('$O1', '$O2', '$O3')" > /dev/null
ascl list --overdue --json > "$TMP/od.json"
jsonnums "$TMP/od.json" | sort > "$TMP/od.nums"
q "SELECT number FROM cases WHERE NOT confidential AND due_at < now() AND status NOT IN ('answered', 'closed') ORDER BY 1" > "$TMP/od.want"
[ -n "$O2" ] && [ -n "$O3" ] && cmp -s "$TMP/od.nums" "$TMP/od.want" && grep -qx "$O1" "$TMP/od.nums" \
	&& ! grep -qx "$O2" "$TMP/od.nums" && ! grep -qx "$O3" "$TMP/od.nums" \
	&& python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); assert a and all(o["overdue"] for o in a)' "$TMP/od.json"
ok $? "list --overdue: exactly the cases past due and still open ($(wc -l < "$TMP/od.nums")), not a closed or answered one"
ascl show "$O1" --json | python3 -c 'import json,sys; assert json.load(sys.stdin)["overdue"] is True'
ok $? "show --json: overdue"
ascl list --overdue | grep "^$O1 " | grep -q '!'
ok $? "the table marks an overdue due time with '!'"
ascl list --due-before 2026-10-10 --json > "$TMP/db.json"
jsonnums "$TMP/db.json" | sort > "$TMP/db.nums"
q "SELECT number FROM cases WHERE NOT confidential AND due_at < '2026-10-10 00:00+00' ORDER BY 1" > "$TMP/db.want"
[ -s "$TMP/db.nums" ] && cmp -s "$TMP/db.nums" "$TMP/db.want" && grep -qx "$H1" "$TMP/db.nums" && ! grep -qx "$D1" "$TMP/db.nums"
ok $? "list --due-before 2026-10-10: exactly the cases due before it ($(wc -l < "$TMP/db.nums")): 10/2's, not 10/13's"
ascl list --due-before 2026-13-01 > /dev/null 2> "$TMP/e"
[ $? -eq 64 ] && grep -q -- "--due-before" "$TMP/e"
ok $? "--due-before a date that does not exist: 64"
ascl list --overdue --status assigned --json > "$TMP/oa.json"
[ "$(jsonnums "$TMP/oa.json" | wc -l)" -eq "$(q "SELECT count(*) FROM cases WHERE NOT confidential AND due_at < now() AND status = 'assigned'")" ]
ok $? "--overdue combines with --status"
# owners
T1=$(q "SELECT number FROM cases WHERE NOT confidential AND status <> 'closed' AND number NOT IN ('$O1') ORDER BY id DESC LIMIT 1")
ascl take "$T1" > "$TMP/o" 2>&1
[ $? -eq 0 ] && grep -q "taken by $CLERK" "$TMP/o" && [ "$(q "SELECT owner FROM cases WHERE number = '$T1'")" = "$CLERK" ] \
	&& [ "$(q "SELECT who || ' ' || (detail->>'owner') FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = '$T1' AND what = 'taken'")" = "$CLERK $CLERK" ]
ok $? "take: the clerk's login becomes the owner, 'taken' recorded by it"
ascl list --mine --json > "$TMP/mine.json"
[ "$(jsonnums "$TMP/mine.json")" = "$T1" ] && python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); assert a[0]["owner"] == sys.argv[2]' "$TMP/mine.json" "$CLERK"
ok $? "list --mine: the clerk's one case, with its owner"
[ "$(assup list --mine --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" -eq 0 ]
ok $? "the supervisor's --mine is empty"
A1=$(q "SELECT number FROM cases WHERE NOT confidential AND status <> 'closed' AND number NOT IN ('$T1') ORDER BY id DESC LIMIT 1")
ascl assign "$A1" "Water Affairs Bureau" --to "$SUP" > "$TMP/o" 2>&1
[ $? -eq 0 ] && grep -q "owner $SUP" "$TMP/o" && [ "$(q "SELECT department || ' ' || owner FROM cases WHERE number = '$A1'")" = "Water Affairs Bureau $SUP" ] \
	&& [ "$(events "$A1" owner)" -eq 1 ] && [ "$(events "$A1" assigned)" -ge 1 ]
ok $? "assign --to: the department and the owner, both recorded"
assup list --mine --json > "$TMP/smine.json"
[ "$(jsonnums "$TMP/smine.json")" = "$A1" ]
ok $? "the supervisor's --mine: the case assigned to them"
before=$(q "SELECT count(*) FROM case_events")
ascl assign "$T1" "Water Affairs Bureau" --to mbtest_no_such_login > /dev/null 2> "$TMP/e"
[ $? -eq 65 ] && grep -q "owner must be" "$TMP/e" && [ "$(q "SELECT owner FROM cases WHERE number = '$T1'")" = "$CLERK" ] \
	&& [ "$(q "SELECT count(*) FROM case_events")" -eq "$before" ]
ok $? "assign --to a login that is not the office's: 65, nothing changed"
ascl assign "$T1" "Water Affairs Bureau" --to "$GW" > /dev/null 2>&1
[ $? -eq 65 ]
ok $? "assign --to a gateway login: 65"
ascl take "$CONF" > /dev/null 2>&1
[ $? -eq 66 ]
ok $? "a clerk cannot take a confidential case (66, no such case)"
assup take "$CONF" > /dev/null && [ "$(q "SELECT owner FROM cases WHERE number = '$CONF'")" = "$SUP" ] \
	&& [ "$(qw "SELECT count(*) FROM vault.case_events e JOIN vault.cases c ON c.id = e.case_id WHERE c.number = '$CONF' AND e.what = 'taken'")" -eq 1 ]
ok $? "a supervisor takes a confidential case (recorded in the vault)"
assup assign "$CONF" "Water Affairs Bureau" --to "$CLERK" > /dev/null 2> "$TMP/e"
[ $? -eq 65 ] && grep -q "supervisor" "$TMP/e"
ok $? "a confidential case's owner must be a supervisor (--to a clerk: 65)"
CL=$(q "SELECT number FROM cases WHERE NOT confidential AND status = 'closed' ORDER BY id LIMIT 1")
ascl take "$CL" > /dev/null 2>&1
[ $? -eq 65 ]
ok $? "take a closed case: 65"
ascl take "$T1" --bogus > /dev/null 2>&1
[ $? -eq 64 ]
ok $? "take: an unknown option is 64"
ascl show "$T1" --json | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["owner"] == sys.argv[1] and "due_at" in d and "overdue" in d' "$CLERK"
ok $? "show --json: owner, due_at, overdue"
# the time limits are loaded by db migrate from [deadlines]
printf '[deadlines]\ndemand = 3x\n' > "$TMP/bad.conf"
"$BIN" db migrate --db "dbname=$DB" --config "$TMP/bad.conf" > /dev/null 2> "$TMP/e"
[ $? -eq 78 ] && grep -q "bad.conf:2: \[deadlines\] demand" "$TMP/e"
ok $? "db migrate: a bad time limit is refused naming file:line (78)"
printf 'source test\nyears 2026\n2026-01-05 work\n' > "$TMP/badcal.txt"
printf '[deadlines]\ncalendar = %s\n' "$TMP/badcal.txt" > "$TMP/badcal.conf"
"$BIN" db migrate --db "dbname=$DB" --config "$TMP/badcal.conf" > /dev/null 2> "$TMP/e"
[ $? -eq 78 ] && grep -q "badcal.txt:3: 2026-01-05 is a weekday" "$TMP/e" && [ "$(q "SELECT calendar_file FROM deadline_settings")" != "$TMP/badcal.txt" ]
ok $? "db migrate: a broken calendar is refused naming file:line (78), nothing loaded"
printf '[deadlines]\ntime_zone = Mars/Olympus_Mons\n' > "$TMP/tz.conf"
"$BIN" db migrate --db "dbname=$DB" --config "$TMP/tz.conf" > /dev/null 2> "$TMP/e"
[ $? -eq 78 ] && grep -q "time_zone: 'Mars/Olympus_Mons' is unknown to the database" "$TMP/e" \
	&& [ "$(q "SELECT time_zone FROM deadline_settings")" = "Asia/Shanghai" ]
ok $? "db migrate: a time zone the database does not know is refused (78), nothing loaded"
"$BIN" db migrate --db "dbname=$DB" > "$TMP/o" 2>&1
[ $? -eq 0 ] && [ ! -s "$TMP/o" ]
ok $? "db migrate again with the same time limits and calendar says nothing"
# a test calendar that covers 2027 (a made-up holiday on 2027-01-01, for
# this test only): the estimated case is counted again and is no longer
{ cat calendar/cn.txt | sed 's/^years 2026$/years 2026-2027/'; echo '2027-01-01 off test-only'; } > "$TMP/cal27.txt"
printf '[deadlines]\ncalendar = %s\ncomplaint = 3d\n' "$TMP/cal27.txt" > "$TMP/cal27.conf"
"$BIN" db migrate --db "dbname=$DB" --config "$TMP/cal27.conf" > "$TMP/o" 2> "$TMP/e"
[ $? -eq 0 ] && grep -q "counted again" "$TMP/o" && ! grep -q calendar_uncovered "$TMP/e" \
	&& [ "$(q "SELECT vault.utc(due_at) || ' ' || due_estimated FROM cases WHERE number = '$U1'")" = "2027-01-05T02:00:00Z false" ] \
	&& [ "$(q "SELECT amount FROM deadline_rules WHERE name = 'complaint'")" -eq 3 ]
ok $? "db migrate loads [deadlines] and a calendar covering 2027: the estimated case counted again (2027-01-05)"
"$BIN" db migrate --db "dbname=$DB" > /dev/null 2> "$TMP/e"
grep -q "calendar_uncovered" "$TMP/e" && [ "$(q "SELECT amount FROM deadline_rules WHERE name = 'complaint'")" -eq 5 ]
ok $? "db migrate without a configuration: the defaults again, and a warning while the calendar does not cover next year"

# --- nothing of a letter on stderr ------------------------------------------
[ ! -s "$TMP/l.err" ] && ! grep -qF "$line" "$TMP"/*.err "$TMP/e" 2>/dev/null
ok $? "no letter text on standard error"
echo "1..$n"
