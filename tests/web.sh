#!/bin/sh
# web.sh BIN - the clerks' console's gate (issue 14), with curl against a
# real `mayorbox web` and the test PostgreSQL: signing in with the
# database's own logins and passwords (pg_hba.conf asks scram-sha-256 for
# this suite's logins, added for the run and removed after), the session
# running on that login's own connection, cookies and headers, the CSRF
# token on every POST, sign-in throttling, a database that lets logins in
# without a password refused, the language, TLS, and a hostile login name
# shown as text.
set -u
. "$(dirname "$0")/lib.sh"
web_setup web mbtest_web "$1"
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
