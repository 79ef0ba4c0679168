#!/bin/sh
# webform.sh BIN - `mayorbox run --once` with the web-form feed source against
# the project's own feed server (tests/feed_server.py via scripts/feed.sh) and
# the real PostgreSQL (scripts/pg.sh, started by tests/run.sh): native and
# Open311 end to end, the cursor advanced in source_state, a second run files
# nothing; the feed answering 500, garbage, nothing, or hanging: nothing lost,
# the run reports it, a later run files everything; malformed submissions
# filed as unclassified without blocking the rest; http only to loopback;
# credentials in the URL kept out of source keys and logs; no proxy from the
# environment. TAP output.
set -u
. "$(dirname "$0")/lib.sh"
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
ROOT=$(pwd)
TMP=$(mktemp -d)
chmod 755 "$TMP"
MAYORBOX_FEEDDIR="$TMP/feed"
export MAYORBOX_FEEDDIR
trap 'sh "$ROOT/scripts/feed.sh" stop; [ -n "${KEEP:-}" ] || rm -rf "$TMP"' EXIT
eval "$(sh scripts/pg.sh env)"
PGOPTIONS="-c client_min_messages=warning"
export PGOPTIONS
n=0
q() { psql -X -qAt -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }
count() { q "SELECT count(*) FROM office.letters WHERE source_name = '$1'"; }
DB=mbtest_webform
dropdb --if-exists $DB 2>/dev/null
createdb $DB
"$BIN" db migrate --db "dbname=$DB" > /dev/null
"$BIN" keygen "$TMP/keys" > /dev/null
chmod 644 "$TMP/keys/confidential.pub"

# The feed serves $TMP/data (sorted by name; the cursor is the index).
mkdir -p "$TMP/data"
cp tests/data/letters/*.json "$TMP/data/"
N=$(ls "$TMP/data" | wc -l)
sh scripts/feed.sh start "$TMP/data" > /dev/null
ok $? "the feed server starts on loopback"
eval "$(sh scripts/feed.sh env)"
TOKEN=$(cat "$FEED_TOKEN_FILE")

conf() {	# conf FILE SECTION URL FORMAT [EXTRA...]: a configuration with one feed
	f=$1 sec=$2 url=$3 fmt=$4
	shift 4
	{
		printf '[database]\nconninfo = dbname=%s\n' "$DB"
		printf '[confidential]\npublic_key_file = %s\n' "$TMP/keys/confidential.pub"
		printf '[%s]\nurl = %s\nformat = %s\npoll_seconds = 1\ntimeout_seconds = 3\nbatch = 7\n' \
			"$sec" "$url" "$fmt"
		for kv in "$@"; do printf '%s\n' "$kv"; done
	} > "$f"
}
run() {	# run CONF LOG: mayorbox run --once, its exit code in $rc
	"$BIN" run --once --config "$1" > /dev/null 2> "$2"
	rc=$?
}

# --- native, end to end ---------------------------------------------------------
conf "$TMP/n.conf" "webform site" "$FEED_URL" native "token_file = $FEED_TOKEN_FILE"
run "$TMP/n.conf" "$TMP/n1.log"
ok $rc "native: run --once exits 0 (exit $rc)"
[ "$(count webform:site)" -eq "$N" ]
ok $? "native: every submission filed ($(count webform:site) of $N, batches of 7)"
[ "$(q "SELECT cursor FROM source_state WHERE source_name = 'webform:site'")" = "$N" ]
ok $? "native: the cursor advanced to $N in source_state"
[ "$(q "SELECT count(DISTINCT source_key) FROM office.letters WHERE source_name = 'webform:site' AND source_key LIKE 'form:$FEED_URL#WF%'")" -eq "$N" ]
ok $? "native: source keys are form:URL#ID"
[ "$(q "SELECT count(*) FROM office.letters l JOIN office.cases c ON c.id = l.case_id WHERE l.source_name = 'webform:site' AND (l.source <> 'form' OR c.category = 'unclassified')")" -eq 0 ]
ok $? "native: every submission read as a form and classified"
run "$TMP/n.conf" "$TMP/n2.log"
[ $rc -eq 0 ] && [ "$(count webform:site)" -eq "$N" ] && grep -q 'event=stopped filed=0 ' "$TMP/n2.log"
ok $? "native: a second run --once files nothing"
! grep -qF "$TOKEN" "$TMP/n1.log" "$TMP/n2.log"
ok $? "native: the token is never logged"
echo "ERROR-not-the-token" > "$TMP/badtoken"
chmod 644 "$TMP/badtoken"
conf "$TMP/nb.conf" "webform site" "$FEED_URL" native "token_file = $TMP/badtoken"
run "$TMP/nb.conf" "$TMP/nb0.log"
[ $rc -eq 78 ] && grep -qF "$TMP/badtoken: readable by group or others; chmod 600" "$TMP/nb0.log"
ok $? "native: a token_file others can read is refused (exit $rc)"
chmod 600 "$TMP/badtoken"
run "$TMP/nb.conf" "$TMP/nb.log"
[ $rc -eq 75 ] && grep -q 'HTTP 401' "$TMP/nb.log" && ! grep -q 'ERROR-not-the-token' "$TMP/nb.log"
ok $? "native: a wrong token: HTTP 401 reported (exit $rc), the token not shown"

# --- credentials in the URL: used, never in a source key or a log line ----------------
mkdir -p "$TMP/cdata"
cp $(ls tests/data/letters/*.json | head -3) "$TMP/cdata/"
sh scripts/feed.sh stop
sh scripts/feed.sh start "$TMP/cdata" > /dev/null
eval "$(sh scripts/feed.sh env)"
SECRETS="userSECRETx1 passSECRETx2 apikeySECRETx3 tokSECRETx4 sigSECRETx5"
CURL_URL="http://userSECRETx1:passSECRETx2@127.0.0.1:$FEED_PORT/feed?API_Key=apikeySECRETx3&region=east&access_token=tokSECRETx4&Signature=sigSECRETx5"
conf "$TMP/c.conf" "webform cred" "$CURL_URL" native "token_file = $FEED_TOKEN_FILE"
run "$TMP/c.conf" "$TMP/c.log"
[ $rc -eq 0 ] && [ "$(count webform:cred)" -eq 3 ]
ok $? "a URL with user:password@ and api_key, access_token, signature: fetched and filed (exit $rc)"
leak=0
for sec in $SECRETS; do
	[ "$(q "SELECT count(*) FROM letters WHERE source_key LIKE '%$sec%'")" -eq 0 ] || leak=1
	! grep -q "$sec" "$TMP/c.log" || leak=1
done
[ $leak -eq 0 ]
ok $? "none of the URL's secrets is in letters.source_key or in the gateway's log"
[ "$(q "SELECT count(*) FROM letters WHERE source_name = 'webform:cred' AND source_key LIKE 'form:http://127.0.0.1:$FEED_PORT/feed?API_Key=&region=east&access_token=&Signature=#%'")" -eq 3 ]
ok $? "the key's URL has the userinfo dropped and the secret values emptied, the rest kept"
sh scripts/feed.sh fault 500 1 > /dev/null
run "$TMP/c.conf" "$TMP/c2.log"
leak=0
for sec in $SECRETS; do ! grep -q "$sec" "$TMP/c2.log" || leak=1; done
[ $rc -eq 75 ] && grep -q 'HTTP 500' "$TMP/c2.log" && [ $leak -eq 0 ]
ok $? "an error about that feed does not show them either (exit $rc)"

# --- no proxy from the environment ------------------------------------------------------
python3 -c 'import socket, sys
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 0)); s.listen(8)
print(s.getsockname()[1], flush=True)
n = 0
while True:
    c, _ = s.accept(); n += 1
    open(sys.argv[1], "w").write("%d\n" % n); c.close()' "$TMP/proxy.count" > "$TMP/proxy.port" &
echo $! > "$TMP/proxy.pid"
wait_for 60 test -s "$TMP/proxy.port"
PROXY="http://127.0.0.1:$(cat "$TMP/proxy.port")"
# the listener counts: a direct connection to it is counted (it is listening)
python3 -c 'import socket, sys; socket.create_connection(("127.0.0.1", int(sys.argv[1]))).close()' "$(cat "$TMP/proxy.port")"
counted() { [ "$(cat "$TMP/proxy.count" 2>/dev/null)" = "$1" ]; }
wait_for 60 counted 1
[ "$(cat "$TMP/proxy.count" 2>/dev/null)" = 1 ]
ok $? "a listener on $PROXY counts connections"
cp "$(ls tests/data/letters/*.json | sed -n 4p)" "$TMP/cdata/"
env -u no_proxy -u NO_PROXY http_proxy=$PROXY HTTP_PROXY=$PROXY https_proxy=$PROXY HTTPS_PROXY=$PROXY \
	ALL_PROXY=$PROXY all_proxy=$PROXY "$BIN" run --once --config "$TMP/c.conf" > /dev/null 2> "$TMP/p.log"
rc=$?
[ $rc -eq 0 ] && [ "$(count webform:cred)" -eq 4 ] && [ "$(cat "$TMP/proxy.count")" = 1 ]
ok $? "with http_proxy and ALL_PROXY set the feed is fetched directly; the listener got no connection (exit $rc)"
cp "$(ls tests/data/letters/*.json | sed -n 5p)" "$TMP/cdata/"
conf "$TMP/px.conf" "webform cred" "$CURL_URL" native "token_file = $FEED_TOKEN_FILE" "proxy = $PROXY"
run "$TMP/px.conf" "$TMP/px.log"
wait_for 60 counted 2
[ $rc -eq 75 ] && [ "$(cat "$TMP/proxy.count")" = 2 ] && [ "$(count webform:cred)" -eq 4 ]
ok $? "proxy = URL in the section is used (the listener got the connection; it answers nothing: exit $rc)"
kill "$(cat "$TMP/proxy.pid")" 2>/dev/null; rm -f "$TMP/proxy.pid"
sh scripts/feed.sh stop
sh scripts/feed.sh start "$TMP/data" > /dev/null
eval "$(sh scripts/feed.sh env)"

# --- a last page that says "next": null (or repeats the cursor) ---------------------
# 30 forms in pages of 20, paginated the way most web frameworks do: the last
# page, items and all, answers "next": null. It ends the round: the run
# files the 30 and stops, it does not fetch that page again and again (a
# bound is there only so that a regression fails instead of hanging).
mkdir -p "$TMP/pdata"
for k in $(seq -w 1 30); do
	printf '{"id": "NP%s-PAGING", "name": "Page Tester", "email": "p%s@example.org", "title": "road", "content": "The street lamp at number %s is broken, please repair it."}\n' \
		"$k" "$k" "$k" > "$TMP/pdata/p$k.json"
done
sh scripts/feed.sh stop
sh scripts/feed.sh start "$TMP/pdata" > /dev/null
eval "$(sh scripts/feed.sh env)"
for paging in null same; do
	sed -i "s/-[a-zA-Z]*\", \"name\"/-$paging\", \"name\"/" "$TMP"/pdata/p*.json	# new ids, new letters
	curl -sf "http://127.0.0.1:$FEED_PORT/control?paging=$paging" > /dev/null
	conf "$TMP/pg-$paging.conf" "webform paged$paging" "$FEED_URL" native "token_file = $FEED_TOKEN_FILE" "batch = 20"
	before=$(curl -sf "http://127.0.0.1:$FEED_PORT/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["requests"])')
	timeout 60 "$BIN" run --once --config "$TMP/pg-$paging.conf" > /dev/null 2> "$TMP/pg-$paging-1.log"
	rc=$?
	after=$(curl -sf "http://127.0.0.1:$FEED_PORT/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["requests"])')
	[ $rc -eq 0 ] && [ "$(count "webform:paged$paging")" -eq 30 ] && [ $((after - before)) -eq 2 ] \
		&& grep -q 'event=stopped filed=30 already_filed=0 ' "$TMP/pg-$paging-1.log"
	ok $? "paging $paging: the last page ends the round (30 filed in $((after - before)) requests, exit $rc)"
	timeout 60 "$BIN" run --once --config "$TMP/pg-$paging.conf" > /dev/null 2> "$TMP/pg-$paging-2.log"
	rc=$?
	[ $rc -eq 0 ] && [ "$(count "webform:paged$paging")" -eq 30 ] \
		&& grep -q 'event=stopped filed=0 already_filed=10 ' "$TMP/pg-$paging-2.log"
	ok $? "paging $paging: the next run asks for the last page once (10 already filed, exit $rc)"
	printf '{"id": "NP31-%s", "name": "Page Tester", "email": "p31@example.org", "title": "road", "content": "The street lamp at number 31 is broken too."}\n' "$paging" > "$TMP/pdata/p31.json"
	timeout 60 "$BIN" run --once --config "$TMP/pg-$paging.conf" > /dev/null 2> "$TMP/pg-$paging-3.log"
	rc=$?
	[ $rc -eq 0 ] && [ "$(count "webform:paged$paging")" -eq 31 ] \
		&& grep -q 'event=stopped filed=1 already_filed=10 ' "$TMP/pg-$paging-3.log"
	ok $? "paging $paging: a form added to the last page is filed by the next run (exit $rc)"
	rm -f "$TMP/pdata/p31.json"
done
curl -sf "http://127.0.0.1:$FEED_PORT/control?paging=ours" > /dev/null
sh scripts/feed.sh stop
sh scripts/feed.sh start "$TMP/data" > /dev/null
eval "$(sh scripts/feed.sh env)"

# --- Open311 ---------------------------------------------------------------------
conf "$TMP/o.conf" "webform city" "$FEED_OPEN311_URL" open311
run "$TMP/o.conf" "$TMP/o1.log"
ok $rc "open311: run --once exits 0 (exit $rc)"
[ "$(count webform:city)" -eq "$N" ]
ok $? "open311: every service request filed ($(count webform:city) of $N)"
LATEST=$(python3 - "$TMP/data" <<'PY'
import datetime, json, os, sys
d = sys.argv[1]
best = max((json.load(open(os.path.join(d, f))) for f in os.listdir(d)),
           key=lambda s: datetime.datetime.fromisoformat(s["submitted_at"].replace("Z", "+00:00")))
print(best["submitted_at"])
PY
)
[ "$(q "SELECT split_part(cursor, E'\n', 1) FROM source_state WHERE source_name = 'webform:city'")" = "$LATEST" ]
ok $? "open311: the cursor is the latest requested_datetime ($LATEST)"
[ "$(q "SELECT count(*) FROM office.letters l JOIN office.cases c ON c.id = l.case_id WHERE l.source_name = 'webform:city' AND (l.source <> 'form' OR c.category = 'unclassified')")" -eq 0 ]
ok $? "open311: every request read as a form and classified"
[ "$(q "SELECT count(*) FROM office.letters WHERE source_name = 'webform:city' AND raw IS NOT NULL AND position('\"service_name\"' in convert_from(raw, 'UTF8')) > 0")" -gt 0 ]
ok $? "open311: the service_name is kept"
run "$TMP/o.conf" "$TMP/o2.log"
[ $rc -eq 0 ] && [ "$(count webform:city)" -eq "$N" ] && grep -q 'event=stopped filed=0 ' "$TMP/o2.log"
ok $? "open311: a second run --once files nothing"

# --- faults: nothing lost, reported, filed later ------------------------------------
# A third feed source over a folder that grows by 5 submissions per round.
mkdir -p "$TMP/fdata"
sh scripts/feed.sh stop
sh scripts/feed.sh start "$TMP/fdata" --hang-seconds 30 > /dev/null
eval "$(sh scripts/feed.sh env)"
add_round() {	# add_round R: five new submissions named R-*.json
	python3 - "$TMP/fdata" "$1" tests/data/letters <<'PY'
import json, os, sys
out, r, src = sys.argv[1], sys.argv[2], sys.argv[3]
for i, f in enumerate(sorted(x for x in os.listdir(src) if x.endswith(".json"))[:5]):
    s = json.load(open(os.path.join(src, f)))
    s["id"] = "R%s-%d" % (r, i)
    s["content"] += "\n(round %s)" % r
    json.dump(s, open(os.path.join(out, "%s-%d.json" % (r, i)), "w"), ensure_ascii=False)
PY
}
conf "$TMP/f.conf" "webform faulty" "$FEED_URL" native "token_file = $FEED_TOKEN_FILE" \
	"timeout_seconds = 2"
sed -i 's/^timeout_seconds = 3$//' "$TMP/f.conf"
expect=0
round=0
for fault in 500 garbage empty hang; do
	round=$((round + 1))
	add_round $round
	sh scripts/feed.sh fault $fault > /dev/null
	t0=$(date +%s)
	run "$TMP/f.conf" "$TMP/f$round.log"
	t1=$(date +%s)
	case $fault in
	500) says='HTTP 500' ;;
	garbage) says='not JSON' ;;
	empty) says='Empty reply' ;;
	hang) says='timed out' ;;
	esac
	[ $rc -eq 75 ] && [ "$(count webform:faulty)" -eq $expect ] && grep -q "source=webform:faulty.*$says" "$TMP/f$round.log" \
		&& [ $((t1 - t0)) -le 15 ]
	ok $? "fault $fault: nothing filed, exit $rc, the run says \"$says\" ($((t1 - t0)) s)"
	! grep -q 'Bad gateway\|not json' "$TMP/f$round.log"
	ok $? "fault $fault: the log does not quote the body"
	[ "$(q "SELECT coalesce((SELECT cursor FROM source_state WHERE source_name = 'webform:faulty'), 'none')")" = "$( [ $expect -eq 0 ] && echo none || echo $expect)" ]
	ok $? "fault $fault: the cursor did not move"
	sh scripts/feed.sh fault none > /dev/null
	run "$TMP/f.conf" "$TMP/f$round.ok.log"
	expect=$((expect + 5))
	[ $rc -eq 0 ] && [ "$(count webform:faulty)" -eq $expect ] \
		&& [ "$(q "SELECT cursor FROM source_state WHERE source_name = 'webform:faulty'")" = "$expect" ]
	ok $? "fault $fault: the next run files everything ($(count webform:faulty) of $expect)"
done
# a fault in the middle of a run: the first batch filed, then 500
round=$((round + 1)); add_round $round
round=$((round + 1)); add_round $round
sed -i 's/^batch = 7$/batch = 5/' "$TMP/f.conf"
# the first request of the run is answered, the second gets HTTP 500
sh scripts/feed.sh fault 500 1 1 > /dev/null
run "$TMP/f.conf" "$TMP/fmid.log"
r1=$rc
got=$(count webform:faulty)
run "$TMP/f.conf" "$TMP/fmid2.log"
[ $r1 -eq 75 ] && [ "$got" -eq $((expect + 5)) ] && [ $rc -eq 0 ] \
	&& [ "$(count webform:faulty)" -eq $((expect + 10)) ] \
	&& [ "$(q "SELECT cursor FROM source_state WHERE source_name = 'webform:faulty'")" = $((expect + 10)) ]
ok $? "a 500 in the middle of a run: the first batch stays filed (exit $r1), the next run files the rest ($got, then $(count webform:faulty))"
expect=$((expect + 10))

# --- malformed submissions ------------------------------------------------------------
round=$((round + 1))
add_round $round
printf '"a string, not a submission"\n' > "$TMP/fdata/$round-1.json"
python3 -c 'import json,sys; json.dump({"submitted_at": "2026-10-01T10:00:00+08:00", "content": "no id here", "title": "x"}, open(sys.argv[1], "w"))' \
	"$TMP/fdata/$round-3.json"
run "$TMP/f.conf" "$TMP/fbad.log"
expect=$((expect + 5))
[ $rc -eq 0 ] && [ "$(count webform:faulty)" -eq $expect ]
ok $? "malformed submissions are filed with the rest (exit $rc, $(count webform:faulty) of $expect)"
[ "$(q "SELECT count(*) FROM office.letters l JOIN office.cases c ON c.id = l.case_id WHERE l.source_name = 'webform:faulty' AND l.source_key LIKE '%#sha256:%' AND c.category = 'unclassified' AND c.needs_review AND array_to_string(l.warnings, ' ') LIKE '%without a usable id%'")" -eq 1 ]
ok $? "a submission without an id: filed as unclassified, for review, with its warning"
[ "$(q "SELECT count(*) FROM office.letters l JOIN office.cases c ON c.id = l.case_id WHERE l.source_name = 'webform:faulty' AND l.source_key LIKE '%#sha256:%' AND c.category = 'unclassified' AND array_to_string(l.warnings, ' ') LIKE '%not a JSON object%'")" -eq 1 ]
ok $? "a submission that is not an object: filed as unclassified with its warning"
[ "$(q "SELECT count(*) FROM office.letters WHERE source_name = 'webform:faulty' AND source_key LIKE '%#R$round-%'")" -eq 3 ] \
	&& [ "$(q "SELECT cursor FROM source_state WHERE source_name = 'webform:faulty'")" = "$expect" ]
ok $? "the good submissions around them are filed and the cursor passed them"
run "$TMP/f.conf" "$TMP/fbad2.log"
[ "$(count webform:faulty)" -eq $expect ] && grep -q 'event=stopped filed=0 ' "$TMP/fbad2.log"
ok $? "a second run files nothing"

# Open311 with broken requests (the server passes them through as they are)
conf "$TMP/o2.conf" "webform city2" "$FEED_OPEN311_URL" open311
run "$TMP/o2.conf" "$TMP/o3.log"
total=$(ls "$TMP/fdata" | wc -l)
[ $rc -eq 0 ] && [ "$(count webform:city2)" -eq "$total" ]
ok $? "open311: broken requests filed with the rest ($(count webform:city2) of $total)"
run "$TMP/o2.conf" "$TMP/o4.log"
[ "$(count webform:city2)" -eq "$total" ] && grep -q 'event=stopped filed=0 already_filed=0 ' "$TMP/o4.log"
ok $? "open311: a second run hands nothing over again"

# --- configuration ---------------------------------------------------------------------
conf "$TMP/h.conf" "webform far" "http://feed.city.example/feed" native "token_file = $FEED_TOKEN_FILE"
run "$TMP/h.conf" "$TMP/h.log"
[ $rc -eq 78 ] && grep -q 'plain http is allowed only to loopback' "$TMP/h.log"
ok $? "plain http to another host is refused (exit $rc)"
conf "$TMP/t.conf" "webform tls" "https://127.0.0.1:$FEED_PORT/feed" native "token_file = $FEED_TOKEN_FILE"
run "$TMP/t.conf" "$TMP/t.log"
[ $rc -eq 75 ] && grep -q 'source=webform:tls' "$TMP/t.log" && [ "$(count webform:tls)" -eq 0 ]
ok $? "https to a server without TLS fails cleanly (exit $rc)"
conf "$TMP/k.conf" "webform notoken" "$FEED_URL" native
run "$TMP/k.conf" "$TMP/k.log"
[ $rc -eq 78 ] && grep -q 'token_file: missing' "$TMP/k.log"
ok $? "a native feed without token_file is refused (exit $rc)"

sh scripts/feed.sh stop
! sh scripts/feed.sh status > /dev/null 2>&1
ok $? "the feed server stops by its PID"
dropdb --if-exists $DB 2>/dev/null
echo "1..$n"
