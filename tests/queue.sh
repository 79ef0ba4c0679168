#!/bin/sh
# queue.sh BIN - the console's queue and statistics (issue 14), with curl
# against a real `mayorbox web` on the test PostgreSQL (the setup of
# tests/web.sh, lib.sh's web_setup): the search (phone, name, number,
# Chinese words of three characters and more through the trigram index,
# shorter ones, several words), which never matches a confidential case's
# sealed identity, for a clerk or a supervisor; the orders and their
# default (overdue first, then the least time left) and the filters for
# overdue and my cases; the pages; GET /api/cases with the same
# arguments giving the objects of `cases list --json --search`; GET /stats,
# its charts and tables, their numbers those of `cases stats`, labels
# holding markup shown as text.
set -u
. "$(dirname "$0")/lib.sh"
web_setup wq mbtest_queue "$1"
start_web "$TMP/web.conf" "$TMP/web.log"
ok $? "mayorbox web listens (web_listening logged)"
[ "$(get /favicon.ico)" = 404 ] && ! header set-cookie | grep -q .
ok $? "GET /favicon.ico: 404 and no cookie (sent to /login, it would replace the sign-in form's)"
signin wq_clerk clerk-pw-1 > /dev/null
signin wq_sup sup-pw-1 "$TMP/sjar" > /dev/null
CLERK="host=127.0.0.1 port=$PGPORT dbname=$DB user=wq_clerk password=clerk-pw-1"
rows() { grep -o '<tr><td><a href="/cases/' "$TMP/b" | wc -l; }
total() { sed -n 's/.*data-total="\([0-9]*\)".*/\1/p' "$TMP/b"; }
numbers() { grep -o '<tr><td><a href="/cases/[0-9-]*"' "$TMP/b" | sed 's/.*cases\///; s/"//'; }
# search Q [JAR]: the queue searched for Q (url-encoded by curl); its status
search() { get /cases -G --data-urlencode "q=$1" -b "${2:-$TMP/jar}"; }

# --- the search ------------------------------------------------------------------
LIFT=$(q "SELECT c.number FROM cases c JOIN letters l ON l.case_id = c.id
	  WHERE l.from_name = '欧阳明月'")
[ -n "$LIFT" ] && [ "$(search 13600001111)" = 200 ] && [ "$(total)" = 1 ] \
	&& [ "$(numbers)" = "$LIFT" ]
ok $? "a phone number finds the writer's case, written 136-0000-1111, searched as digits ($LIFT)"
search 136-0000-1111 > /dev/null; [ "$(numbers)" = "$LIFT" ]
ok $? "... and as written"
search 欧阳明月 > /dev/null; [ "$(numbers)" = "$LIFT" ]
ok $? "the writer's name finds it"
search ouyang.mingyue@EXAMPLE.org > /dev/null; [ "$(numbers)" = "$LIFT" ]
ok $? "the writer's address finds it, in any case"
search "$LIFT" > /dev/null; [ "$(numbers)" = "$LIFT" ]
ok $? "its number finds it"
search 电梯故障 > /dev/null; numbers | grep -qx "$LIFT" \
	&& [ "$(total)" -eq "$(q "SELECT count(DISTINCT case_id) FROM letters WHERE subject LIKE '%电梯故障%' OR body LIKE '%电梯故障%'")" ]
ok $? "Chinese words inside a sentence (four characters) find every case holding them ($(total))"
search 电梯 > /dev/null; numbers | grep -qx "$LIFT" \
	&& [ "$(total)" -eq "$(q "SELECT count(DISTINCT case_id) FROM letters WHERE subject LIKE '%电梯%' OR body LIKE '%电梯%' OR from_name LIKE '%电梯%'")" ]
ok $? "two characters (no trigram: plain ILIKE) find them too ($(total))"
search "梧桐 停运" > /dev/null; [ "$(numbers)" = "$LIFT" ]
search "梧桐　停运" > /dev/null; [ "$(numbers)" = "$LIFT" ]
ok $? "several words, apart in the text, with an ASCII or an ideographic space: every word must be there"
search "梧桐 冰淇淋" > /dev/null; [ "$(total)" = 0 ] && grep -q '没有符合条件的来信' "$TMP/b"
ok $? "a word that is not there: nothing, said in words"
search "%" > /dev/null; [ "$(total)" -lt 5 ]
ok $? "% is a character searched for, not a wildcard ($(total))"
search "a b c d e f g h i" > /dev/null; code=$(search "a b c d e f g h i")
[ "$code" = 400 ] && grep -q 'at most 8 words' "$TMP/b"
ok $? "nine words: refused in words (400)"
# the API and the command line: one function of the service
get /api/cases -G --data-urlencode "q=电梯" -b "$TMP/jar" > /dev/null
cp "$TMP/b" "$TMP/api.json"; search 电梯 > /dev/null; T=$(total)
"$BIN" cases list --json --search 电梯 --db "$CLERK" > "$TMP/cli.json"
python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); sys.exit(0 if a==b and len(a)==int(sys.argv[3])>1 else 1)' \
	"$TMP/api.json" "$TMP/cli.json" "$T"
ok $? "GET /api/cases?q= is cases list --json --search, as many as the queue counts ($T)"

# --- never a sealed identity -------------------------------------------------------
SEALED=$(q "SELECT count(*) FROM vault.letters WHERE case_id < 0")
[ "$SEALED" -gt 0 ] && [ "$(q "SELECT count(*) FROM letters WHERE phone LIKE '%13912340000%'
	OR from_name = '钟南岳' OR body LIKE '%13912340000%'")" = 0 ]
ok $? "the whistle-blower's letter is sealed in the vault: no table a login reads holds them"
for w in 13912340000 钟南岳 zhong.nanyue 中队长收受贿赂; do
	search "$w" > /dev/null; [ "$(total)" = 0 ] || break
	get /api/cases -G --data-urlencode "q=$w" -b "$TMP/jar" > /dev/null
	[ "$(cat "$TMP/b")" = "[]" ] || break
	search "$w" "$TMP/sjar" > /dev/null; [ "$(total)" = 0 ] || break
	w=ok
done
[ "$w" = ok ]
ok $? "searching the sealed phone, name, address or words finds nothing, for a clerk or a supervisor ($w)"
"$BIN" cases list --json --search 13912340000 --db "$CLERK" > "$TMP/cli.json"
[ "$(cat "$TMP/cli.json")" = "[]" ]
ok $? "... nor cases list --search"
BRIBE=$(q "SELECT number FROM vault.cases ORDER BY number LIMIT 1")
search "$BRIBE" > /dev/null; t1=$(total); search "$BRIBE" "$TMP/sjar" > /dev/null; t2=$(total)
[ "$t1" = 0 ] && [ "$t2" = 1 ]
ok $? "a confidential case's number: nothing for a clerk, the case for a supervisor ($t1, $t2)"

# --- orders -----------------------------------------------------------------------
# make the data tell: one old open case, one closed
OLD=$(q "SELECT number FROM cases WHERE priority = 'normal' AND NOT needs_review ORDER BY number LIMIT 1")
q "UPDATE cases SET created_at = now() - interval '30 days' WHERE number = '$OLD';
   UPDATE cases SET status = 'closed', closed_at = now() WHERE number = (SELECT number FROM cases
	WHERE number <> '$OLD' ORDER BY number DESC LIMIT 1)"
get '/api/cases?sort=urgent&limit=1000' -b "$TMP/jar" > /dev/null
python3 - "$TMP/b" "$OLD" <<'PY'
import json, sys, datetime
rows = json.load(open(sys.argv[1]))
def ts(s):
    return datetime.datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()
def key(r):
    op = r["status"] != "closed"
    handling = r["status"] not in ("answered", "closed")
    due = ts(r["due_at"]) if handling and r["due_at"] else None
    signs = (r["priority"] == "high") + r["needs_review"] if op else 0
    t = ts(r["received"])
    return (not op, not r["overdue"], due is None, due or 0, -signs, t if op else -t)
keys = [key(r) for r in rows]
# the JSON's times are whole seconds, the order the database's exact ones:
# two cases due in the same second may come either way (then the signs and
# age decide in SQL, not here); without a due time the rest must hold
head = [k[:4] for k in keys]
rest_ok = all(a <= b for a, b in zip(keys, keys[1:]) if a[:4] == b[:4] and a[2])
sys.exit(0 if head == sorted(head) and rest_ok and rows[0]["number"] == sys.argv[2]
         and rows[0]["overdue"] and rows[-1]["status"] == "closed"
         and any(k[1] and not k[2] for k in keys) else 1)
PY
ok $? "sort=urgent: open first; overdue first; then the least time left (due_at); then high priority / needs review, oldest; closed last"
cp "$TMP/b" "$TMP/urgent.json"
"$BIN" cases list --sort urgent --limit 1000 --json --db "$CLERK" > "$TMP/cli-urgent.json" 2> "$TMP/e"
python3 - "$TMP/urgent.json" "$TMP/cli-urgent.json" <<'PY'
import json, sys
a = [r["number"] for r in json.load(open(sys.argv[1]))]
b = [r["number"] for r in json.load(open(sys.argv[2]))]
sys.exit(0 if a and a == b else 1)
PY
ok $? "cases list --sort urgent: the console's order, case for case ($(wc -c < "$TMP/cli-urgent.json") bytes)"
get /cases -b "$TMP/jar" > /dev/null; FIRST=$(numbers | head -1)
get '/cases?sort=urgent' -b "$TMP/jar" > /dev/null
[ "$(numbers | head -1)" = "$FIRST" ] && [ "$FIRST" = "$OLD" ] && grep -q '<option value="urgent" selected>' "$TMP/b" \
	&& grep -q '已超期' "$TMP/b" && grep -q '<th>剩余时间</th>' "$TMP/b" \
	&& grep -Eq '<td class="left"><span class="overdue">超期 [0-9]+天[0-9]+小时</span></td>' "$TMP/b" \
	&& grep -Eq '<td class="left">[0-9]+(天|小时)' "$TMP/b"
ok $? "the queue's default order is that one: the overdue case first, marked, with how long overdue; the others with their time left"
get '/cases?overdue=1' -b "$TMP/jar" > /dev/null
[ "$(numbers | paste -sd' ')" = "$(q "SELECT string_agg(number, ' ') FROM cases WHERE NOT confidential
	AND due_at < now() AND status NOT IN ('answered', 'closed')")" ] && [ "$(numbers)" = "$OLD" ] \
	&& grep -q 'name="overdue" value="1" checked' "$TMP/b"
ok $? "the queue's overdue filter: exactly the cases past due and still open ($OLD)"
MINE=$(q "SELECT number FROM cases WHERE NOT confidential AND status <> 'closed' ORDER BY number DESC LIMIT 1")
"$BIN" cases take "$MINE" --db "$CLERK" > /dev/null
get '/cases?mine=1' -b "$TMP/jar" > /dev/null; a=$(numbers | paste -sd' ')
get '/cases?mine=1' -b "$TMP/sjar" > /dev/null; b=$(numbers | wc -l)
[ "$a" = "$MINE" ] && [ "$b" = 0 ] && grep -q '我的案件' "$TMP/b"
ok $? "my cases: the case the clerk took, and none for the supervisor who took none ($MINE)"
get '/cases?sort=number&dir=asc' -b "$TMP/jar" > /dev/null
numbers > "$TMP/n1"; sort "$TMP/n1" | cmp -s - "$TMP/n1" && [ "$(head -1 "$TMP/n1")" = "$(q "SELECT min(number) FROM cases")" ]
ok $? "sort=number&dir=asc"
get '/cases?sort=number&dir=desc' -b "$TMP/jar" > /dev/null
[ "$(numbers | head -1)" = "$(q "SELECT max(number) FROM cases")" ]
ok $? "sort=number&dir=desc"
get '/api/cases?sort=received&dir=asc&limit=1000' -b "$TMP/jar" > /dev/null
python3 -c 'import json,sys; r=[x["received"] for x in json.load(open(sys.argv[1]))]; sys.exit(0 if r==sorted(r) and len(r)>100 else 1)' "$TMP/b"
ok $? "sort=received&dir=asc (API)"
get '/api/cases?sort=priority&limit=1000' -b "$TMP/jar" > /dev/null
python3 -c 'import json,sys; r=[x["priority"] for x in json.load(open(sys.argv[1]))]; sys.exit(0 if r==sorted(r) and r[0]=="high" else 1)' "$TMP/b"
ok $? "sort=priority: high first"
[ "$(get '/cases?sort=size' -b "$TMP/jar")" = 400 ] && grep -q 'sort' "$TMP/b" \
	&& [ "$(get '/cases?dir=up' -b "$TMP/jar")" = 400 ]
ok $? "an unknown sort or direction is said in words (400)"

# --- pages ------------------------------------------------------------------------
PUB=$(q "SELECT count(*) FROM cases")
get '/cases?sort=number' -b "$TMP/jar" > /dev/null; numbers > "$TMP/p1"
[ "$(rows)" = 50 ] && [ "$(total)" = "$PUB" ] && grep -q 'rel="next" href="/cases?sort=number&amp;page=2"' "$TMP/b" \
	&& ! grep -q 'rel="prev"' "$TMP/b" && grep -q '共 '"$PUB"' 件' "$TMP/b"
ok $? "page 1: 50 rows, the total ($PUB), a link to the next page keeping the order"
: > "$TMP/all"; pg=1
while [ $pg -le 10 ]; do
	get "/cases?sort=number&page=$pg" -b "$TMP/jar" > /dev/null
	numbers >> "$TMP/all"
	grep -q 'rel="next"' "$TMP/b" || break
	pg=$((pg + 1))
done
[ "$(sort -u "$TMP/all" | wc -l)" -eq "$PUB" ] && [ "$(wc -l < "$TMP/all")" -eq "$PUB" ] \
	&& grep -q 'rel="prev"' "$TMP/b"
ok $? "following next to the last page ($pg) shows every case once, with previous links"
[ "$(get '/cases?page=999' -b "$TMP/jar")" = 200 ] && [ "$(rows)" = 0 ] && grep -q '这一页没有案件' "$TMP/b"
ok $? "a page past the end says so, with a way back"
[ "$(get '/cases?page=0' -b "$TMP/jar")" = 400 ] && [ "$(get '/cases?page=x' -b "$TMP/jar")" = 400 ]
ok $? "page 0 or not a number: 400"
get '/api/cases?limit=10&page=2&sort=number' -b "$TMP/jar" > /dev/null
python3 -c 'import json,sys; r=[x["number"] for x in json.load(open(sys.argv[1]))]; p=open(sys.argv[2]).read().split(); sys.exit(0 if r==p[10:20] else 1)' "$TMP/b" "$TMP/p1"
ok $? "the API pages too (limit, page)"
search 电梯 > /dev/null
grep -q 'value="电梯"' "$TMP/b"
ok $? "the search stays in its box"

# --- statistics -------------------------------------------------------------------
[ "$(get /stats -b "$TMP/jar")" = 200 ] && [ "$(grep -o '<svg ' "$TMP/b" | wc -l)" = 4 ] \
	&& [ "$(grep -o '<table class="stats">' "$TMP/b" | wc -l)" = 4 ]
ok $? "GET /stats: four charts (SVG drawn on the server) and four tables"
cp "$TMP/b" "$TMP/stats.html"
python3 - "$TMP/stats.html" "$BIN" "$CLERK" <<'PY'
import csv, re, subprocess, sys
html = open(sys.argv[1], encoding="utf-8").read()
zh = {"consultation": "咨询", "suggestion": "建议", "demand": "求助", "complaint": "投诉",
      "information": "信息查询", "unclassified": "未分类"}
ok = True
for by in ("category", "department", "day", "district"):
    sec = re.search(r'<section id="by-%s">(.*?)</section>' % by, html, re.S).group(1)
    table = dict((re.sub(r"<[^>]+>", "", k), int(v)) for k, v in
                 re.findall(r'<tr><th scope="row">(.*?)</th><td>(\d+)</td>', sec))
    out = subprocess.run([sys.argv[2], "cases", "stats", "--by", by, "--db", sys.argv[3], "--csv"],
                         capture_output=True, text=True).stdout.splitlines()[1:]
    want = {}
    for row in csv.reader(out):
        g, n = row[0], int(row[1])
        g = zh.get(g, g) if by == "category" else g
        want[g or "（无）"] = n
    table = {k.replace("&lt;", "<").replace("&gt;", ">"): v for k, v in table.items()}
    if table != want or sum(table.values()) == 0:
        print("# %s: page %s, cases stats %s" % (by, table, want))
        ok = False
sys.exit(0 if ok else 1)
PY
ok $? "the tables' numbers are those of cases stats, for each of category, department, day and district"
grep -q '&lt;b&gt;滨江区&lt;/b&gt;' "$TMP/stats.html" && ! grep -q '<b>滨江区' "$TMP/stats.html" \
	&& [ "$(grep -o '&lt;b&gt;滨江区&lt;/b&gt;' "$TMP/stats.html" | wc -l)" -ge 3 ]
ok $? "a district holding markup shows as text in the chart's label and title and in the table"
get /stats -b "$TMP/jar" -H 'Accept-Language: en' > /dev/null
grep -q 'By category' "$TMP/b" && grep -q '<h1>Statistics</h1>' "$TMP/b" && grep -q '>complaint<' "$TMP/b"
ok $? "in English by Accept-Language"
get /stats -b "$TMP/sjar" > /dev/null
python3 - "$TMP/stats.html" "$TMP/b" <<'PY'
import re, sys
def cases(p):
    h = open(p, encoding="utf-8").read()
    sec = re.search(r'<section id="by-category">(.*?)</section>', h, re.S).group(1)
    return sum(int(v) for v in re.findall(r'<tr><th scope="row">.*?</th><td>(\d+)</td>', sec))
sys.exit(0 if cases(sys.argv[2]) > cases(sys.argv[1]) else 1)
PY
ok $? "a supervisor's figures count the confidential cases too, a clerk's not"
[ "$(get '/stats?since=yesterday' -b "$TMP/jar")" = 400 ] && grep -q 'since' "$TMP/b"
ok $? "a wrong since is said in words (400)"
get "/stats?since=$(date +%Y-%m-%d)" -b "$TMP/jar" > /dev/null
python3 - "$TMP/b" "$(q "SELECT count(*) FROM cases WHERE created_at >= current_date")" <<'PY'
import re, sys
h = open(sys.argv[1], encoding="utf-8").read()
sec = re.search(r'<section id="by-category">(.*?)</section>', h, re.S).group(1)
sys.exit(0 if sum(int(v) for v in re.findall(r'<tr><th scope="row">.*?</th><td>(\d+)</td>', sec)) == int(sys.argv[2]) else 1)
PY
ok $? "since: only the cases received since then"
[ -s "$TMP/web.log" ] && ! grep -q '欧阳明月\|13912340000\|钟南岳\|电梯' "$TMP/web.log"
ok $? "no search words, names or phones in the console's log"
echo "1..$n"
