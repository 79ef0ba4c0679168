#!/bin/sh
# web.sh BIN - the clerks' console's gate (issue 14), with curl against a
# real `mayorbox web` and the test PostgreSQL: signing in with the
# database's own logins and passwords (pg_hba.conf asks scram-sha-256 for
# this suite's logins, added for the run and removed after), the session
# running on that login's own connection, cookies and headers, the CSRF
# token on every POST, sign-in throttling, a database that lets logins in
# without a password refused, the language, TLS, and a hostile login name
# shown as text. Then one case's page (GET /cases/NUMBER): its letters
# escaped, its attachments as downloads, 404 for a case the login may not
# see exactly as for none, and the actions as forms and as JSON
# (reclassify, assign, close with its preview, reopen), checked with
# `cases show --json`; the answer queued and delivered by the test Postfix
# (scripts/smtp.sh, started here when it is not running) to match its
# preview.
set -u
. "$(dirname "$0")/lib.sh"
web_setup web mbtest_web "$1"
smtp_started=0
start_web "$TMP/web.conf" "$TMP/web.log"
ok $? "mayorbox web listens on 127.0.0.1:$PORT (web_listening logged)"

# --- before signing in ------------------------------------------------------
[ "$(get /cases)" = 303 ] && header location | grep -q '/login$'
ok $? "without a session /cases sends to /login"
[ "$(get /login)" = 200 ] && grep -q 'name="password"' "$TMP/b" && grep -q '登录' "$TMP/b"
ok $? "the sign-in page, in Chinese by default"
header content-security-policy | grep -q "default-src 'self'" \
	&& header x-content-type-options | grep -q nosniff \
	&& header referrer-policy | grep -q no-referrer
ok $? "Content-Security-Policy default-src 'self', nosniff, no-referrer"
get /login -H 'Accept-Language: en-US,en;q=0.9' > /dev/null; grep -q 'Sign in' "$TMP/b"
ok $? "in English when the browser asks for it"
get '/login?lang=en' > /dev/null; header set-cookie | grep -q 'mb_lang=en'
ok $? "?lang=en switches and remembers (mb_lang cookie)"

# --- signing in ---------------------------------------------------------------
rm -f "$TMP/jar"; get /login -c "$TMP/jar" > /dev/null
code=$(get /login -b "$TMP/jar" -c "$TMP/jar" --data-urlencode "user=web_clerk" \
	--data-urlencode "password=clerk-pw-1")
[ "$code" = 403 ] && ! grep -q mb_session "$TMP/jar"
ok $? "a sign-in POST without the form's token: 403, no session ($code)"
code=$(signin web_clerk wrong-password)
[ "$code" = 403 ] && ! grep -q mb_session "$TMP/jar" && grep -q '用户名或密码不正确' "$TMP/b"
ok $? "a wrong password: no session, said in words ($code)"
code=$(signin web_nobody nobody-pw-1)
[ "$code" = 403 ] && ! grep -q mb_session "$TMP/jar"
ok $? "a login that is neither clerk nor supervisor: no session ($code)"
code=$(signin web_trusted anything)
[ "$code" != 303 ] && ! grep -q mb_session "$TMP/jar" \
	&& grep -q 'event=web_signin.*login=web_trusted.*without its password' "$TMP/web.log"
ok $? "a database that lets the login in without its password is refused ($code)"
code=$(signin web_clerk clerk-pw-1)
[ "$code" = 303 ] && header location | grep -q '/cases$'
ok $? "the clerk signs in with their PostgreSQL password ($code)"
header set-cookie | grep 'mb_session=' | grep -q 'HttpOnly' \
	&& header set-cookie | grep 'mb_session=' | grep -q 'SameSite=Strict' \
	&& header set-cookie | grep 'mb_session=' | grep -qE 'mb_session=[0-9a-f]{64};'
ok $? "the session cookie: 32 random bytes, HttpOnly, SameSite=Strict"
! header set-cookie | grep 'mb_session=' | grep -q Secure
ok $? "... and not Secure on plain loopback HTTP"
[ "$(get /cases -b "$TMP/jar")" = 200 ] && grep -q '<b>web_clerk</b>' "$TMP/b"
ok $? "signed in, the queue page names the login"
# --- the queue and the API, through the service layer -------------------------
PUB=$(q "SELECT count(*) FROM public.cases")
rows() { grep -o '<tr><td><a href="/cases/' "$TMP/b" | wc -l; }
total() { sed -n 's/.*data-total="\([0-9]*\)".*/\1/p' "$TMP/b"; }
ROWS=$(rows)
[ "$PUB" -gt 100 ] && [ "$ROWS" -eq 50 ] && [ "$(total)" -eq "$PUB" ]
ok $? "the clerk's queue counts the public cases and shows the first 50 ($ROWS, $(total) of $PUB)"
CONF=$(q "SELECT number FROM vault.cases LIMIT 1")
[ -n "$CONF" ] && ! grep -q "$CONF" "$TMP/b" && [ "$(get "/cases?q=$CONF" -b "$TMP/jar")" = 200 ] \
	&& [ "$(total)" = 0 ] && ! grep -q "/cases/$CONF" "$TMP/b"
ok $? "... and no confidential one, not even searched by its number ($CONF)"
get '/cases?q=alert' -b "$TMP/jar" > /dev/null
grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$TMP/b" && ! grep -q '<script>' "$TMP/b" \
	&& grep -q '\[U+202E\]' "$TMP/b"
ok $? "a subject with <script> and a right-to-left override shows as text"
[ "$(get '/cases?category=complaint&status=open' -b "$TMP/jar")" = 200 ] \
	&& [ "$(total)" -eq "$(q "SELECT count(*) FROM public.cases WHERE category = 'complaint' AND status <> 'closed'")" ]
ok $? "the filters: category and status"
[ "$(get '/cases?category=nonsense' -b "$TMP/jar")" = 400 ] && grep -q 'nonsense' "$TMP/b"
ok $? "a wrong filter is said in words (400)"
get /api/cases -b "$TMP/jar" > /dev/null
"$BIN" cases list --json --limit 200 --db "host=127.0.0.1 port=$PGPORT dbname=$DB user=web_clerk password=clerk-pw-1" > "$TMP/cli.json"
python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); sys.exit(0 if a==b and len(a)>100 else 1)' "$TMP/b" "$TMP/cli.json"
ok $? "GET /api/cases is the object of cases list --json for the same login"
PUBNUM=$(q "SELECT number FROM public.cases ORDER BY id LIMIT 1")
[ "$(get "/api/cases/$PUBNUM" -b "$TMP/jar")" = 200 ] \
	&& "$BIN" cases show "$PUBNUM" --json --db "host=127.0.0.1 port=$PGPORT dbname=$DB user=web_clerk password=clerk-pw-1" > "$TMP/show.json" \
	&& python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); sys.exit(0 if a==b else 1)' "$TMP/b" "$TMP/show.json"
ok $? "GET /api/cases/NUMBER is the object of cases show --json"
c1=$(get "/api/cases/$CONF" -b "$TMP/jar"); cp "$TMP/b" "$TMP/conf.json"
c2=$(get "/api/cases/2026-999999999" -b "$TMP/jar")
[ "$c1" = 404 ] && [ "$c2" = 404 ] && cmp -s "$TMP/conf.json" "$TMP/b"
ok $? "to a clerk a confidential case answers 404, word for word as a number never given ($c1, $c2)"
get /cases -b "$TMP/jar" > /dev/null
q "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'mayorbox-web'
   AND usename = 'web_clerk' AND datname = '$DB'" postgres > "$TMP/act"
[ "$(cat "$TMP/act")" = 1 ]
ok $? "the session runs on the clerk's own connection (pg_stat_activity: usename web_clerk)"
! grep -q 'clerk-pw-1' "$TMP/web.log"
ok $? "no password in the log"

# --- CSRF and signing out ---------------------------------------------------------
CSRF=$(sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' "$TMP/b" | head -1)
[ ${#CSRF} -eq 64 ]
ok $? "every page's forms carry the session's CSRF token"
code=$(get /logout -b "$TMP/jar" -X POST -d "x=1")
[ "$code" = 403 ] && [ "$(get /cases -b "$TMP/jar")" = 200 ]
ok $? "a POST without the CSRF token: 403 and nothing changes (still signed in) ($code)"
code=$(get /logout -b "$TMP/jar" -X POST -d "csrf=$(echo "$CSRF" | tr 0-9a-f 1-9a-f0)")
[ "$code" = 403 ] && [ "$(get /cases -b "$TMP/jar")" = 200 ]
ok $? "a wrong CSRF token: 403 ($code)"
code=$(get /logout -b "$TMP/jar" -c "$TMP/jar" -X POST -d "csrf=$CSRF")
[ "$code" = 303 ] && [ "$(get /cases -b "$TMP/jar")" = 303 ]
ok $? "signing out ends the session ($code)"
gone() { [ "$(q "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'mayorbox-web'
   AND usename = 'web_clerk'" postgres)" = 0 ]; }
wait_for 30 gone
ok $? "... and closes its connection"

# --- a hostile login name ---------------------------------------------------------
code=$(signin 'web_<i>x</i>' x-pw-1 "$TMP/jar2")
get /cases -b "$TMP/jar2" > /dev/null
grep -q '<b>web_&lt;i&gt;x&lt;/i&gt;</b>' "$TMP/b" && ! grep -q '<i>x</i>' "$TMP/b"
ok $? "a login name holding markup shows as text ($code)"

# --- the supervisor, and throttling -----------------------------------------------
code=$(signin web_sup sup-pw-1 "$TMP/jar3")
get /cases -b "$TMP/jar3" > /dev/null
[ "$code" = 303 ] && grep -q '督办人员' "$TMP/b"
ok $? "a supervisor signs in and is shown as one"
[ "$(total)" -gt "$PUB" ] && get "/cases?q=$CONF" -b "$TMP/jar3" > /dev/null && grep -q "$CONF" "$TMP/b"
ok $? "... and sees the confidential cases in the queue"
for i in 1 2 3 4 5; do signin web_sup "wrong-$i" "$TMP/jar4" > /dev/null; done
code=$(signin web_sup sup-pw-1 "$TMP/jar4")
[ "$code" = 429 ] && ! grep -q mb_session "$TMP/jar4"
ok $? "five wrong passwords: the right one is refused too for a while (429) ($code)"
grep -q 'event=web_signin.*result=throttled' "$TMP/web.log"
ok $? "... and the log says so"

# --- one case's page ----------------------------------------------------------------
J="$TMP/jarC"
signin web_clerk clerk-pw-1 "$J" > /dev/null
CLI="host=127.0.0.1 port=$PGPORT dbname=$DB user=web_clerk password=clerk-pw-1"
# js NUMBER EXPR: a python expression on d, the case's `cases show --json`
js() {
	"$BIN" cases show "$1" --json --db "$CLI" > "$TMP/js.json" 2>/dev/null
	python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' \
		"$TMP/js.json" "$2"
}
# has TEXT: the body holds TEXT, HTML-escaped
has() { python3 -c 'import html,sys; sys.exit(0 if html.escape(sys.argv[2], quote=True).replace("&#x27;", "&#39;") in open(sys.argv[1], encoding="utf-8").read() else 1)' "$TMP/b" "$1"; }
csrf_of() { grep -o 'name="csrf" value="[0-9a-f]*"' "$TMP/b" | head -1 | sed 's/.*value="\([0-9a-f]*\)"/\1/'; }
HOSTILE=$(q "SELECT c.number FROM cases c JOIN letters l ON l.case_id = c.id WHERE l.message_id = 'hostile-1@example.org'")
code=$(get "/cases/$HOSTILE" -b "$J")
[ "$code" = 200 ] && grep -q '&lt;script&gt;alert(1)&lt;/script&gt; 小区路灯坏了 \[U+202E\]' "$TMP/b" \
	&& ! grep -q '<script' "$TMP/b" && grep -q '路灯坏了三个月' "$TMP/b" \
	&& grep -q 'a@example.org' "$TMP/b"
ok $? "the case page: a letter's subject with <script> shows as &lt;script&gt;, its writer and text ($code)"
DUE=$(js "$HOSTILE" 'd["due_at"]')
DUE_LOCAL=$(python3 -c 'import datetime,sys; print(datetime.datetime.strptime(sys.argv[1], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M"))' "$DUE")
grep -q "<tr><th>办理时限</th><td>$DUE_LOCAL</td></tr>" "$TMP/b" && grep -q '<tr><th>承办人</th><td>-</td></tr>' "$TMP/b"
ok $? "the case page shows the time limit (due_at $DUE as $DUE_LOCAL, local) and the owner (none yet)"
grep -q '<p class="model">模型（重新分类）: the model: [a-z]* [0-9.]*, ' "$TMP/b"
ok $? "the case page shows the model's opinion of the letter classified again"
CS=$(csrf_of)
forms=$(grep -o '<form ' "$TMP/b" | wc -l)
[ ${#CS} -eq 64 ] && [ "$forms" -ge 4 ] \
	&& [ "$(grep -o "<form [^>]*><input type=\"hidden\" name=\"csrf\" value=\"$CS\">" "$TMP/b" | wc -l)" -eq "$forms" ] \
	&& [ "$(grep -o '<button type="submit">' "$TMP/b" | wc -l)" -eq "$forms" ]
ok $? "every form of the case page carries the session's csrf and a submit button ($forms forms)"
grep -q "<form method=\"post\" action=\"/cases/$HOSTILE/reclassify\">" "$TMP/b" \
	&& [ "$(sed 's/.*<select name="category">\(.*\)<\/select>.*/\1/' "$TMP/b" | grep -o '<option' | wc -l)" -eq 5 ] \
	&& grep -q 'name="note"' "$TMP/b" \
	&& grep -q "<form method=\"post\" action=\"/cases/$HOSTILE/assign\">" "$TMP/b" \
	&& grep -q 'name="department" list="departments"' "$TMP/b" \
	&& [ "$(sed 's/.*<datalist id="departments">\(.*\)<\/datalist>.*/\1/' "$TMP/b" | grep -o '<option value=' | wc -l)" -ge 5 ] \
	&& grep -q "<form method=\"post\" action=\"/cases/$HOSTILE/close\">" "$TMP/b" \
	&& grep -q '<textarea name="answer"' "$TMP/b"
ok $? "the forms: reclassify (the five categories, a note), assign (a datalist of departments), close (an answer)"
# a case whose rules matched words, with a named writer who gets the answer
# (a public one: tests/data/letters/010, which no rule and not the model seals)
N=$(q "SELECT c.number FROM cases c JOIN letters l ON l.case_id = c.id WHERE l.from_address = 'qianguoping@163.example' AND NOT c.confidential")
get "/cases/$N" -b "$J" > /dev/null
# (the words may span lines: each hit is one JSON line)
js "$N" '"\n".join(json.dumps([h["rule"], h["words"]]) for l in d["letters"] for h in l["rules"] if h.get("words"))' > "$TMP/words"
n_words=0; all_words=0
while read -r hit; do
	n_words=$((n_words + 1))
	rule=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])[0])' "$hit")
	words=$(python3 -c 'import json,sys; sys.stdout.write(json.loads(sys.argv[1])[1])' "$hit")
	has "$rule" && has "“$words”" && all_words=$((all_words + 1))
done < "$TMP/words"
[ "$n_words" -ge 1 ] && [ "$all_words" -eq "$n_words" ]
ok $? "the rules that decided it, each with the words it matched ($all_words of $n_words)"
js "$N" 'd["history"][0]["what"] + "\t" + d["history"][0]["who"]' > "$TMP/ev"
grep -q '办理记录' "$TMP/b" && has "$(cut -f1 "$TMP/ev")" && has "$(cut -f2 "$TMP/ev")" \
	&& grep -q '发件箱' "$TMP/b" && grep -q '投递报告' "$TMP/b"
ok $? "its history (events: $(cut -f1 "$TMP/ev") by $(cut -f2 "$TMP/ev")), outbox and delivery reports"

# --- attachments: downloaded, never shown ---------------------------------------------
ATT=$(q "SELECT c.number FROM cases c WHERE (SELECT count(*) FROM letters l WHERE l.case_id = c.id) = 1
   AND EXISTS (SELECT 1 FROM attachments a WHERE a.case_id = c.id AND a.data IS NOT NULL) ORDER BY c.id LIMIT 1")
q "SELECT filename || '|' || encode(sha256(data), 'hex') FROM attachments a JOIN cases c ON c.id = a.case_id
   WHERE c.number = '$ATT' ORDER BY position LIMIT 1" > "$TMP/att"
ATT_NAME=$(cut -d'|' -f1 "$TMP/att")
get "/cases/$ATT" -b "$J" > /dev/null
grep -q "<a href=\"/cases/$ATT/attachments/1\" download>" "$TMP/b" && has "$ATT_NAME"
ok $? "the page links the attachment ($ATT_NAME) as a download"
code=$(get "/cases/$ATT/attachments/1" -b "$J")
enc=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe="!#$&+-.^_`|~"))' "$ATT_NAME")
[ "$code" = 200 ] && header content-type | grep -qi '^content-type: application/octet-stream$' \
	&& header content-disposition | grep -qF "attachment; filename=\"" \
	&& header content-disposition | grep -qF "filename*=UTF-8''$enc" \
	&& header x-content-type-options | grep -q nosniff \
	&& [ "$(sha256sum < "$TMP/b" | cut -d' ' -f1)" = "$(cut -d'|' -f2 "$TMP/att")" ]
ok $? "GET /cases/$ATT/attachments/1: its bytes, application/octet-stream, Content-Disposition: attachment, nosniff ($code)"
c1=$(get "/cases/$ATT/attachments/99" -b "$J")
[ "$c1" = 404 ]
ok $? "an attachment that is not there: 404 ($c1)"

# --- what the login may not see ---------------------------------------------------------
c1=$(get "/cases/$CONF" -b "$J"); cp "$TMP/b" "$TMP/conf.html"
c2=$(get "/cases/2026-999999999" -b "$J")
[ "$c1" = 404 ] && [ "$c2" = 404 ] && cmp -s "$TMP/conf.html" "$TMP/b" && ! grep -q "$CONF" "$TMP/conf.html"
ok $? "to a clerk a confidential case's page is 404, byte for byte as a number never given ($c1, $c2)"
c1=$(get "/cases/$CONF/attachments/1" -b "$J"); cp "$TMP/b" "$TMP/conf.html"
c2=$(get "/cases/2026-999999999/attachments/1" -b "$J")
[ "$c1" = 404 ] && [ "$c2" = 404 ] && cmp -s "$TMP/conf.html" "$TMP/b"
ok $? "... and so are its attachments ($c1, $c2)"
CONF_CAT=$(q "SELECT category FROM vault.cases WHERE number = '$CONF'")
c1=$(get "/cases/$CONF/reclassify" -b "$J" --data-urlencode "csrf=$CS" --data-urlencode "category=information"); cp "$TMP/b" "$TMP/conf.html"
c2=$(get "/cases/2026-999999999/reclassify" -b "$J" --data-urlencode "csrf=$CS" --data-urlencode "category=information")
[ "$c1" = 404 ] && [ "$c2" = 404 ] && cmp -s "$TMP/conf.html" "$TMP/b" \
	&& [ "$(q "SELECT category FROM vault.cases WHERE number = '$CONF'")" = "$CONF_CAT" ]
ok $? "... and an action on it: 404 as for none, and it is unchanged ($c1, $c2)"

# --- the actions ---------------------------------------------------------------------------
BEFORE=$(js "$N" 'd["category"]')
HIST=$(js "$N" 'len(d["history"])')
code=$(get "/cases/$N/reclassify" -b "$J" --data-urlencode "category=suggestion")
[ "$code" = 403 ] && [ "$(js "$N" 'd["category"]')" = "$BEFORE" ] \
	&& [ "$(js "$N" 'len(d["history"])')" = "$HIST" ]
ok $? "a POST of an action without csrf: 403, and the case is unchanged ($code, still $BEFORE)"
code=$(get "/cases/$N/reclassify" -b "$J" --data-urlencode "csrf=$CS" \
	--data-urlencode "category=suggestion" --data-urlencode "note=from the console <b>")
[ "$code" = 200 ] && [ "$(js "$N" 'd["category"]')" = suggestion ] \
	&& [ "$(js "$N" 'd["history"][-1]["what"] + "|" + d["history"][-1]["detail"].get("note", "")')" = "reclassified|from the console <b>" ] \
	&& grep -q "<p class=\"flash message\" role=\"status\">已改类：$BEFORE → suggestion</p>" "$TMP/b" \
	&& grep -q "<h1>案件 $N</h1>" "$TMP/b" && has "from the console <b>"
ok $? "reclassify: the case page with a one-line message, and cases show says suggestion ($code)"
code=$(get "/cases/$N/reclassify" -b "$J" --data-urlencode "csrf=$CS" --data-urlencode "category=gossip")
[ "$code" = 400 ] && grep -q '<p class="flash message" role="alert">未办理：CATEGORY &#39;gossip&#39;: not a category' "$TMP/b" \
	&& [ "$(js "$N" 'd["category"]')" = suggestion ]
ok $? "a wrong category: said in the service's words, unchanged ($code)"
DEPT=$(python3 -c 'import html,re,sys; print(html.unescape(re.search(r"<datalist id=\"departments\"><option value=\"([^\"]*)\">", open(sys.argv[1], encoding="utf-8").read()).group(1)))' "$TMP/b")
code=$(get "/cases/$N/assign" -b "$J" --data-urlencode "csrf=$CS" --data-urlencode "department=$DEPT")
[ -n "$DEPT" ] && [ "$code" = 200 ] && [ "$(js "$N" 'd["department"]')" = "$DEPT" ] \
	&& grep -q "<p class=\"flash message\" role=\"status\">已转办：$DEPT (assigned)</p>" "$TMP/b"
ok $? "assign to a department of the datalist ($DEPT): the case page says so, cases show agrees ($code)"
code=$(get "/cases/$N/assign" -b "$J" --data-urlencode "csrf=$CS" --data-urlencode "department=No Such Bureau")
[ "$code" = 409 ] && grep -q 'role="alert">未办理：DEPARTMENT: no department is called &quot;No Such Bureau&quot;' "$TMP/b" \
	&& [ "$(js "$N" 'd["department"]')" = "$DEPT" ]
ok $? "a department nobody knows: refused in words, with the known names; unchanged ($code)"

ANSWER='钱先生您好：您反映的东门街17号老房子墙体开裂问题已转区住建局，今日派人到现场查看。
如有疑问请回复本邮件。'
code=$(get "/cases/$N/close" -b "$J" --data-urlencode "csrf=$CS" \
	--data-urlencode "answer=$(printf '%s' "$ANSWER" | sed 's/$/\r/')")
python3 - "$TMP/b" "$TMP/preview" <<'PY'
import html, re, sys
m = re.search(r'<pre id="preview">(.*?)</pre>', open(sys.argv[1], encoding="utf-8").read(), re.S)
open(sys.argv[2], "w", encoding="utf-8").write(html.unescape(m.group(1)) if m else "")
PY
[ "$code" = 200 ] && grep -q '^To: 钱国平 <qianguoping@163.example>$' "$TMP/preview" \
	&& grep -q "^Subject: Re: 紧急：东门街17号老房子墙体开裂随时可能倒塌 \[12345-$N\]$" "$TMP/preview" \
	&& grep -q '^From: 市长信箱 <mayor@city.example>$' "$TMP/preview" \
	&& grep -qF '如有疑问请回复本邮件。' "$TMP/preview" && ! grep -q "$(printf '\r')" "$TMP/preview" \
	&& grep -q "<form method=\"post\" action=\"/cases/$N/close\"><input type=\"hidden\" name=\"csrf\" value=\"$CS\"><input type=\"hidden\" name=\"answer\" value=\"钱先生您好" "$TMP/b" \
	&& grep -q '<input type="hidden" name="confirm" value="1">' "$TMP/b" \
	&& [ "$(js "$N" 'd["status"]')" = assigned ] \
	&& [ "$(q "SELECT count(*) FROM outbox WHERE case_number = '$N' AND kind = 'answer'")" = 0 ]
ok $? "close without confirm: pre#preview holds the mail (From, To, Subject, the answer), a form repeats answer with confirm=1; nothing changed ($code)"
# the confirming form's fields, as the browser sends them
python3 - "$TMP/b" "$TMP/confirm" <<'PY'
import html, re, sys, urllib.parse
page = open(sys.argv[1], encoding="utf-8").read()
form = re.search(r'<form method="post" action="/cases/[^"]*/close">(.*?)</form>', page, re.S).group(1)
fields = [(html.unescape(n), html.unescape(v)) for n, v in
          re.findall(r'<input type="hidden" name="([^"]*)" value="([^"]*)">', form)]
open(sys.argv[2], "w").write(urllib.parse.urlencode(fields))
PY
code=$(get "/cases/$N/close" -b "$J" --data-binary "@$TMP/confirm")
[ "$code" = 200 ] && [ "$(js "$N" 'd["status"]')" = closed ] \
	&& [ "$(js "$N" 'd["answer"]')" = "$ANSWER" ] \
	&& grep -q '<p class="flash message" role="status">已办结，答复邮件已进入发件箱：qianguoping@163.example</p>' "$TMP/b" \
	&& [ "$(q "SELECT count(*) FROM outbox WHERE case_number = '$N' AND kind = 'answer' AND status = 'pending' AND created_by = 'web_clerk'")" = 1 ]
ok $? "close with confirm=1: closed, the answer as typed, one answer pending in the outbox by web_clerk ($code)"
code=$(get "/cases/$N/close" -b "$J" --data-urlencode "csrf=$CS" --data-urlencode "answer=again" --data-urlencode "confirm=1")
[ "$code" = 409 ] && grep -q "role=\"alert\">未办理：$N: already closed" "$TMP/b"
ok $? "closing a closed case: refused in words ($code)"

# the answer goes out through the test Postfix, as the preview showed it
smtp_ok=1
if ! sh scripts/smtp.sh status > /dev/null 2>&1; then
	if sh scripts/smtp.sh start > "$TMP/smtp.start" 2>&1; then smtp_started=1; else smtp_ok=0; fi
fi
if [ $smtp_ok -eq 1 ]; then
	eval "$(sh scripts/smtp.sh env)"
	mkdir -p "$TMP/spool/in" "$TMP/spool/done" "$TMP/spool/bad"
	cat > "$TMP/gw.conf" <<EOF
[database]
conninfo = dbname=$DB user=web_gw
[confidential]
public_key_file = $TMP/keys/confidential.pub
[spool none]
dir = $TMP/spool/in
done_dir = $TMP/spool/done
quarantine_dir = $TMP/spool/bad
[smtp]
host = 127.0.0.1
port = $MAYORBOX_SMTP_PORT
tls = none
from = mayor@city.example
from_name = 市长信箱
EOF
	"$BIN" run --once --config "$TMP/gw.conf" > "$TMP/run.log" 2>&1
	delivered() {
		python3 tests/maildir_dump.py "$MAYORBOX_SMTP_MAILDIR" > "$TMP/mails.json"
		# the answer (the return-visit question goes beside it: not this one)
		grep "\[12345-$N\]" "$TMP/mails.json" | grep -qv '"subject": "回访 Return visit'
	}
	wait_for 60 delivered && grep -q "event=mail_sent case=$N kind=answer" "$TMP/run.log" \
		&& python3 - "$TMP/mails.json" "$TMP/preview" "$N" <<'PY'
import json, sys
mail = [m for m in map(json.loads, open(sys.argv[1], encoding="utf-8"))
        if "[12345-%s]" % sys.argv[3] in m["subject"] and not m["subject"].startswith("回访")][-1]
head, _, text = open(sys.argv[2], encoding="utf-8").read().partition("\n\n")
h = dict(line.split(": ", 1) for line in head.split("\n") if ": " in line)
ok = (h["To"] == mail["to"] and h["Subject"] == mail["subject"] and h["From"] == mail["from"]
      and text == mail["text"].replace("\r\n", "\n") and mail["rcpt"] == "qianguoping@163.example")
if not ok:
    print("# preview %r\n# mail %r" % ((h, text), mail))
sys.exit(0 if ok else 1)
PY
	ok $? "the answer reaches the test Postfix, its From, To, Subject and text (CRLF lines on the wire) exactly those of the preview"
else
	sed 's/^/# /' "$TMP/smtp.start"
	ok 1 "the test Postfix could not be started (scripts/smtp.sh)"
fi

code=$(get "/cases/$N/reopen" -b "$J" --data-urlencode "csrf=$CS")
[ "$code" = 200 ] && [ "$(js "$N" 'd["status"]')" = reopened ] \
	&& grep -q '<p class="flash message" role="status">已重新办理。' "$TMP/b" \
	&& grep -q "action=\"/cases/$N/close\"" "$TMP/b"
ok $? "reopen: reopened, the page offers closing again ($code)"
code=$(get "/cases/$N/reopen" -b "$J" --data-urlencode "csrf=$CS")
[ "$code" = 409 ] && grep -q "未办理：$N: not closed (status reopened)" "$TMP/b"
ok $? "reopening a case that is not closed: refused in words ($code)"

# --- the same actions as JSON --------------------------------------------------------------
jeq() { python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); b=json.loads(sys.argv[2]); sys.exit(0 if a==b else 1)' "$TMP/b" "$1"; }
code=$(get "/api/cases/$N/reclassify" -b "$J" --data-urlencode "category=complaint")
[ "$code" = 403 ] && [ "$(js "$N" 'd["category"]')" = suggestion ]
ok $? "POST /api/cases/N/reclassify without csrf: 403, unchanged ($code)"
code=$(get "/api/cases/$N/reclassify" -b "$J" --data-urlencode "csrf=$CS" --data-urlencode "category=complaint")
[ "$code" = 200 ] && jeq "{\"number\": \"$N\", \"from\": \"suggestion\", \"to\": \"complaint\", \"confirmed\": false}" \
	&& [ "$(js "$N" 'd["category"]')" = complaint ]
ok $? "POST /api/cases/N/reclassify: the object of cases reclassify --json ($code)"
code=$(get "/api/cases/$N/assign" -b "$J" --data-urlencode "csrf=$CS" --data-urlencode "department=$DEPT")
[ "$code" = 200 ] && jeq "{\"number\": \"$N\", \"department\": \"$DEPT\", \"status\": \"assigned\", \"owner\": null}"
ok $? "POST /api/cases/N/assign ($code)"
code=$(get "/api/cases/$N/close" -b "$J" --data-urlencode "csrf=$CS" --data-urlencode "answer=$ANSWER")
[ "$code" = 200 ] && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if list(d)==["preview"] and d["preview"]==open(sys.argv[2],encoding="utf-8").read() else 1)' "$TMP/b" "$TMP/preview" \
	&& [ "$(js "$N" 'd["status"]')" = assigned ]
ok $? "POST /api/cases/N/close without confirm: {\"preview\": the same mail as the page's}; nothing changed ($code)"
code=$(get "/api/cases/$N/close" -b "$J" --data-urlencode "csrf=$CS" --data-urlencode "answer=$ANSWER" --data-urlencode "confirm=1")
OUTBOX=$(q "SELECT id FROM outbox WHERE case_number = '$N' AND kind = 'answer' AND status = 'pending'")
[ "$code" = 200 ] && jeq "{\"number\": \"$N\", \"queued\": true, \"outbox\": \"$OUTBOX\"}" \
	&& [ "$(js "$N" 'd["status"]')" = closed ]
ok $? "POST /api/cases/N/close with confirm=1: closed and queued ($code)"
code=$(get "/api/cases/$N/reopen" -b "$J" --data-urlencode "csrf=$CS")
[ "$code" = 200 ] && jeq "{\"number\": \"$N\", \"answers_cancelled\": 1}" \
	&& [ "$(q "SELECT status FROM outbox WHERE id = '$OUTBOX'")" = cancelled ]
ok $? "POST /api/cases/N/reopen: reopened, the answer still waiting cancelled ($code)"
code=$(get "/api/cases/$N/reopen" -b "$J" --data-urlencode "csrf=$CS")
[ "$code" = 409 ] && jeq "{\"error\": \"$N: not closed (status reopened)\"}"
ok $? "a refused action's error in words (409) ($code)"
c1=$(get "/api/cases/$CONF/reopen" -b "$J" --data-urlencode "csrf=$CS"); cp "$TMP/b" "$TMP/conf.json"
c2=$(get "/api/cases/2026-999999999/reopen" -b "$J" --data-urlencode "csrf=$CS")
[ "$c1" = 404 ] && [ "$c2" = 404 ] && cmp -s "$TMP/conf.json" "$TMP/b"
ok $? "an API action on a case the clerk may not see: 404 as for none ($c1, $c2)"
[ "$(get "/api/cases/$N" -b "$J")" = 200 ] && "$BIN" cases show "$N" --json --db "$CLI" > "$TMP/show.json" \
	&& python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); sys.exit(0 if a==b else 1)' "$TMP/b" "$TMP/show.json"
ok $? "GET /api/cases/NUMBER is still the object of cases show --json after the actions"

# --- a supervisor on a confidential case: the identity stays sealed -----------------------
code=$(get "/cases/$CONF" -b "$TMP/jar3")
[ "$code" = 200 ] && grep -q "<p class=\"sealed\" id=\"sealed\">.*<code>mayorbox cases show $CONF --key FILE</code>" "$TMP/b" \
	&& [ "$(q "SELECT count(*) FROM vault.case_events e JOIN vault.cases c ON c.id = e.case_id WHERE c.number = '$CONF' AND e.what = 'identity revealed'")" = 0 ]
ok $? "a supervisor's page of a confidential case says the identity is sealed and to use cases show --key in a terminal; nothing revealed ($code)"
CS3=$(csrf_of)
code=$(get "/cases/$CONF/close" -b "$TMP/jar3" --data-urlencode "csrf=$CS3" --data-urlencode "answer=您好" --data-urlencode "confirm=1")
[ "$code" = 400 ] && grep -q "role=\"alert\">未办理：$CONF is confidential: its answer is kept sealed to the office&#39;s key" "$TMP/b" \
	&& [ "$(q "SELECT status FROM vault.cases WHERE number = '$CONF'")" != closed ]
ok $? "... and its answer is refused in words (sealed to the office's key: a supervisor's, in a terminal); not closed ($code)"
code=$(get "/cases/$HOSTILE?lang=en" -b "$J")
[ "$code" = 200 ] && grep -q "<h1>Case $HOSTILE</h1>" "$TMP/b" && grep -q '<button type="submit">Reclassify</button>' "$TMP/b" \
	&& grep -q '<th>Subject</th><td class="subject">&lt;script&gt;' "$TMP/b"
ok $? "the case page in English (?lang=en) ($code)"

kill "$(cat "$TMP/web.pid")"
wait_for 30 grep -q 'event=web_stopped' "$TMP/web.log"
ok $? "SIGTERM stops the console"

# --- listening ---------------------------------------------------------------------
sed "s/^listen = .*/listen = 0.0.0.0:$PORT/" "$TMP/web.conf" > "$TMP/far.conf"
"$BIN" web --config "$TMP/far.conf" 2> "$TMP/far.err"
r=$?
[ $r -eq 78 ] && grep -q 'off loopback without cert_file and key_file' "$TMP/far.err"
ok $? "off loopback without TLS: refused, naming the keys, exit 78 ($r)"
if command -v openssl > /dev/null 2>&1; then
	openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 \
		-keyout "$TMP/key.pem" -out "$TMP/cert.pem" 2> /dev/null
	chmod 600 "$TMP/key.pem"
	{ cat "$TMP/web.conf"; echo "cert_file = $TMP/cert.pem"; echo "key_file = $TMP/key.pem"; } \
		> "$TMP/tls.conf"
	start_web "$TMP/tls.conf" "$TMP/tls.log"
	U="https://127.0.0.1:$PORT"
	rm -f "$TMP/jar5"
	get /login -k -c "$TMP/jar5" > /dev/null
	csrf=$(sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' "$TMP/b")
	code=$(get /login -k -b "$TMP/jar5" --data-urlencode "csrf=$csrf" \
		--data-urlencode "user=web_clerk" --data-urlencode "password=clerk-pw-1")
	[ "$code" = 303 ] && header set-cookie | grep 'mb_session=' | grep -q 'Secure'
	ok $? "under TLS the session cookie is Secure ($code)"
	kill "$(cat "$TMP/web.pid")"
	chmod 644 "$TMP/key.pem"
	"$BIN" web --config "$TMP/tls.conf" 2> "$TMP/key.err"
	r=$?
	[ $r -eq 78 ] && grep -q 'readable by group or others' "$TMP/key.err"
	ok $? "a key file others may read is refused ($r)"
else
	echo "# SKIP openssl is absent: TLS not tried"
fi
echo "1..$n"
