#!/bin/sh
# smtp.sh BIN - outgoing mail (`mayorbox mail test`) against a real Postfix
# (scripts/smtp.sh): plain text to loopback, STARTTLS and implicit TLS with
# the test CA, a certificate from an untrusted CA refused (nothing sent),
# tls = none to another host refused at load, SMTP AUTH (right and wrong
# password, never printed), a refused recipient, a silent server and a
# stopped one (temporary, bounded) and the same port again after a restart,
# lines beginning with a dot kept, configuration errors naming the file and
# the key. TAP output. Starts the server when it is not running and stops
# what it started (by the script's PIDs).
set -u
. "$(dirname "$0")/lib.sh"
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
TMP=$(mktemp -d)
smtp_started=0
cleanup() {
	[ -f "$TMP/silent.pid" ] && kill "$(cat "$TMP/silent.pid")" 2>/dev/null
	[ $smtp_started -eq 1 ] && sh scripts/smtp.sh stop
	rm -rf "$TMP"
}
trap cleanup EXIT
n=0

if ! sh scripts/smtp.sh status > /dev/null 2>&1; then
	sh scripts/smtp.sh start || { echo "not ok 1 - the SMTP server could not be started (scripts/smtp.sh)"; exit 1; }
	smtp_started=1
fi
eval "$(sh scripts/smtp.sh env)"
MD=$MAYORBOX_SMTP_MAILDIR
PORT=$MAYORBOX_SMTP_PORT
TLSPORT=$MAYORBOX_SMTP_TLS_PORT
PASSWORD=$(cat "$MAYORBOX_SMTP_PASSWORD_FILE")
RUN=$$	# recipients unique to this run: the Maildir keeps older messages
OUT="$TMP/all-output"	# everything the command printed, for the password check
: > "$OUT"

# conf FILE HOST PORT TLS [KEY=VALUE ...]: a configuration with one [smtp]
conf() {
	f=$1 host=$2 port=$3 tls=$4
	shift 4
	{
		printf '[smtp]\nhost = %s\nport = %s\ntls = %s\nca_file = %s\n' \
			"$host" "$port" "$tls" "$MAYORBOX_SMTP_CA"
		printf 'from = mayor@city.example\nfrom_name = Mayor'"'"'s Mailbox\ntimeout_seconds = 10\n'
		for kv in "$@"; do
			printf '%s = %s\n' "${kv%%=*}" "${kv#*=}"
		done
	} > "$f"
}
auth="user=$MAYORBOX_SMTP_USER password_file=$MAYORBOX_SMTP_PASSWORD_FILE"
# send NAME ADDRESS: mayorbox mail test with $TMP/NAME.conf; output in
# $TMP/NAME.out and .err, exit code in r
send() {
	"$BIN" mail test "$2" --config "$TMP/$1.conf" > "$TMP/$1.out" 2> "$TMP/$1.err"
	r=$?
	cat "$TMP/$1.out" "$TMP/$1.err" >> "$OUT"
}
# delivered ADDRESS [SECONDS]: the file delivered to ADDRESS (Postfix's
# X-Original-To), waiting for the queue manager; empty when none
delivered() {
	i=0
	while [ $i -lt $((${2:-10} * 10)) ]; do
		f=$(grep -l -x "X-Original-To: $1" "$MD"/* 2>/dev/null | head -n 1)
		[ -n "$f" ] && { echo "$f"; return 0; }
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

# --- plain text to loopback ----------------------------------------------------
A=plain-$RUN@far.example
conf "$TMP/plain.conf" 127.0.0.1 "$PORT" none
send plain "$A"
[ $r -eq 0 ] && grep -qx "sent to $A through 127.0.0.1:$PORT" "$TMP/plain.out"
ok $? "tls = none to 127.0.0.1: sent (exit $r)"
F=$(delivered "$A")
[ -n "$F" ] && grep -qx "Delivered-To: $A" "$F" && grep -qx "To: <$A>" "$F" \
	&& grep -qx 'Return-Path: <mayor@city.example>' "$F"
ok $? "plain: delivered to the recipient, envelope sender = from"
[ -n "$F" ] && grep -qE '^Message-ID: <mbtest\.[0-9a-f]{16}@city\.example>$' "$F" \
	&& grep -qx 'Subject: mayorbox: test message' "$F" && grep -qx 'Auto-Submitted: auto-generated' "$F" \
	&& grep -qx 'Content-Type: text/plain; charset=UTF-8' "$F" && grep -qE '^Date: ' "$F" \
	&& grep -qx "From: \"Mayor's Mailbox\" <mayor@city.example>" "$F"
ok $? "plain: the Message-ID <mbtest.HEX@city.example> and the other headers arrived"
[ -n "$F" ] && grep -qx '\.' "$F" && grep -qx '\.\. two dots begin this line' "$F"
ok $? "lines beginning with a dot (a lone \".\" and \"..\") arrive intact"
[ -n "$F" ] && grep -q ' with ESMTP id' "$F"
ok $? "plain: no TLS and no AUTH were used (Received: with ESMTP)"

# --- STARTTLS ------------------------------------------------------------------
A=starttls-$RUN@far.example
conf "$TMP/starttls.conf" localhost "$PORT" starttls
send starttls "$A"
F=$(delivered "$A")
[ $r -eq 0 ] && [ -n "$F" ] && grep -q ' with ESMTPS id' "$F"
ok $? "STARTTLS to localhost with ca_file = the test CA: delivered over TLS (exit $r)"

A=starttls-auth-$RUN@far.example
# shellcheck disable=SC2086
conf "$TMP/starttls-auth.conf" 127.0.0.1 "$PORT" starttls $auth
send starttls-auth "$A"
F=$(delivered "$A")
[ $r -eq 0 ] && [ -n "$F" ] && grep -q ' with ESMTPSA id' "$F"
ok $? "STARTTLS to 127.0.0.1 with AUTH and the right password: delivered, authenticated (exit $r)"

# --- implicit TLS --------------------------------------------------------------
A=implicit-$RUN@far.example
# shellcheck disable=SC2086
conf "$TMP/implicit.conf" 127.0.0.1 "$TLSPORT" implicit $auth
send implicit "$A"
F=$(delivered "$A")
[ $r -eq 0 ] && [ -n "$F" ] && grep -q ' with ESMTPSA id' "$F" \
	&& grep -qx "sent to $A through 127.0.0.1:$TLSPORT" "$TMP/implicit.out"
ok $? "implicit TLS with AUTH: delivered (exit $r)"

# --- certificates not trusted --------------------------------------------------
A=untrusted-$RUN@far.example
# shellcheck disable=SC2086
conf "$TMP/untrusted.conf" "$MAYORBOX_SMTP_UNTRUSTED_HOST" "$TLSPORT" implicit $auth
send untrusted "$A"
[ $r -eq 78 ] && grep -q 'certificate for 127.0.0.2 not trusted' "$TMP/untrusted.err"
ok $? "implicit TLS, certificate from an untrusted CA: refused, exit 78, says not trusted (exit $r)"
A2=untrusted-starttls-$RUN@far.example
conf "$TMP/untrusted2.conf" "$MAYORBOX_SMTP_UNTRUSTED_HOST" "$PORT" starttls
send untrusted2 "$A2"
[ $r -eq 78 ] && grep -q 'certificate for 127.0.0.2 not trusted' "$TMP/untrusted2.err"
ok $? "STARTTLS, certificate from an untrusted CA: refused, exit 78 (exit $r)"
A3=wrongca-$RUN@far.example
conf "$TMP/wrongca.conf" 127.0.0.1 "$TLSPORT" implicit ca_file="$MAYORBOX_SMTP_UNTRUSTED_CA"
send wrongca "$A3"
[ $r -eq 78 ] && grep -q 'not trusted' "$TMP/wrongca.err"
ok $? "the right server with another CA in ca_file: refused, exit 78 (exit $r)"
! delivered "$A" 1 > /dev/null && ! delivered "$A2" 0 > /dev/null && ! delivered "$A3" 0 > /dev/null \
	&& ! grep -q "to=<untrusted-$RUN@" "$MAYORBOX_SMTP_LOG"
ok $? "nothing was delivered through an untrusted certificate"

# --- url = smtp://HOST:PORT ----------------------------------------------------
A=url-$RUN@far.example
printf '[smtp]\nurl = smtp://localhost:%s\nca_file = %s\nfrom = mayor@city.example\ntimeout_seconds = 10\n' \
	"$PORT" "$MAYORBOX_SMTP_CA" > "$TMP/url.conf"
send url "$A"
F=$(delivered "$A")
[ $r -eq 0 ] && [ -n "$F" ] && grep -q ' with ESMTPS id' "$F"
ok $? "url = smtp://localhost:PORT means STARTTLS, verified: delivered over TLS (exit $r)"
printf '[smtp]\nurl = smtps://127.0.0.1:%s\nhost = 127.0.0.1\nfrom = mayor@city.example\n' \
	"$TLSPORT" > "$TMP/url2.conf"
send url2 "url2-$RUN@far.example"
[ $r -eq 78 ] && grep -q "url: give url or host, not both" "$TMP/url2.err"
ok $? "url and host together: exit 78, saying which (exit $r)"
printf '[smtp]\nurl = http://127.0.0.1/\nfrom = mayor@city.example\n' > "$TMP/url3.conf"
send url3 "url3-$RUN@far.example"
[ $r -eq 78 ] && grep -q "$TMP/url3.conf:[0-9]*: \[smtp\] url: is smtp://" "$TMP/url3.err"
ok $? "a url that is not smtp:// or smtps://: exit 78 naming file, line and key (exit $r)"

# --- configuration -------------------------------------------------------------
conf "$TMP/far.conf" 192.0.2.1 25 none
send far "far-$RUN@far.example"
[ $r -eq 78 ] && grep -q "$TMP/far.conf:[0-9]*: \[smtp\] tls: none only to a loopback address" "$TMP/far.err"
ok $? "tls = none to a host that is not loopback: refused at load, exit 78 (exit $r)"

conf "$TMP/nofrom.conf" 127.0.0.1 "$PORT" none
grep -v '^from = ' "$TMP/nofrom.conf" > "$TMP/nofrom.tmp" && mv "$TMP/nofrom.tmp" "$TMP/nofrom.conf"
send nofrom "nofrom-$RUN@far.example"
[ $r -eq 78 ] && grep -q "$TMP/nofrom.conf: \[smtp\] from: missing" "$TMP/nofrom.err"
ok $? "no from: exit 78, the error names the file and the key (exit $r)"

conf "$TMP/badfrom.conf" 127.0.0.1 "$PORT" none from=not-an-address
send badfrom "badfrom-$RUN@far.example"
[ $r -eq 78 ] && grep -q "$TMP/badfrom.conf:[0-9]*: \[smtp\] from: not an address" "$TMP/badfrom.err"
ok $? "from that is not an address: exit 78, file, line and key named (exit $r)"

printf '[database]\nconninfo = dbname=x\n' > "$TMP/nosmtp.conf"
send nosmtp "nosmtp-$RUN@far.example"
[ $r -eq 78 ] && grep -q 'no \[smtp\] section' "$TMP/nosmtp.err"
ok $? "no [smtp] section: exit 78 (exit $r)"

cp "$MAYORBOX_SMTP_PASSWORD_FILE" "$TMP/open.password"
chmod 644 "$TMP/open.password"
conf "$TMP/openpw.conf" 127.0.0.1 "$TLSPORT" implicit user="$MAYORBOX_SMTP_USER" password_file="$TMP/open.password"
send openpw "openpw-$RUN@far.example"
[ $r -eq 78 ] && grep -qF "[smtp] password_file: $TMP/open.password: readable by group or others; chmod 600" "$TMP/openpw.err"
ok $? "a password file others can read is refused (exit $r)"
chmod 640 "$TMP/open.password"
send openpw "openpw-$RUN@far.example"
[ $r -eq 78 ] && grep -qF "[smtp] password_file: $TMP/open.password: readable by group or others; chmod 600" "$TMP/openpw.err"
ok $? "a password file the group can read is refused too (exit $r)"

"$BIN" mail test > /dev/null 2>&1
r=$?
"$BIN" mail --help | grep -q 'mail test ADDRESS'
h=$?
[ $r -eq 64 ] && [ $h -eq 0 ]
ok $? "usage: no address is exit 64; --help prints the usage"
send plain "not an address"
[ $r -eq 64 ]
ok $? "an ADDRESS that is not an address: exit 64 (exit $r)"

# --- authentication ------------------------------------------------------------
WRONG="wrong-$RUN-secret-$(date +%s)"
printf '%s\n' "$WRONG" > "$TMP/wrong.password"
chmod 600 "$TMP/wrong.password"
A=wrongpw-$RUN@far.example
conf "$TMP/wrongpw.conf" 127.0.0.1 "$TLSPORT" implicit user="$MAYORBOX_SMTP_USER" password_file="$TMP/wrong.password"
send wrongpw "$A"
[ $r -eq 78 ] && grep -q 'authentication refused for user mayor' "$TMP/wrongpw.err"
ok $? "a wrong password: exit 78, authentication refused (exit $r)"
! delivered "$A" 1 > /dev/null
ok $? "nothing was delivered with the wrong password"

conf "$TMP/noauth.conf" 127.0.0.1 "$TLSPORT" implicit
send noauth "noauth-$RUN@far.example"
[ $r -ne 0 ] && [ $r -ne 75 ]
ok $? "implicit TLS port without AUTH (the server requires it): not sent, not retried (exit $r)"

# --- refused permanently -------------------------------------------------------
conf "$TMP/refuse.conf" 127.0.0.1 "$PORT" none
send refuse "refuse-$RUN@far.example"
[ $r -eq 69 ] && grep -q 'refused permanently (554): 554 5.7.1' "$TMP/refuse.err"
ok $? "a recipient the server refuses (554): exit 69 with the server's reply (exit $r)"

# --- temporary failures --------------------------------------------------------
# a server that accepts and never answers: the time-out ends the wait
python3 -c 'import socket, os
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(8)
print(s.getsockname()[1], flush=True)
conns = []
while True:
    c, _ = s.accept(); conns.append(c)' > "$TMP/silent.port" &
echo $! > "$TMP/silent.pid"
wait_for 60 test -s "$TMP/silent.port"
conf "$TMP/silent.conf" 127.0.0.1 "$(cat "$TMP/silent.port")" none timeout_seconds=2
t0=$(date +%s)
send silent "silent-$RUN@far.example"
t1=$(date +%s)
[ $r -eq 75 ] && [ $((t1 - t0)) -le 6 ]
ok $? "a server that never answers: exit 75 after timeout_seconds ($((t1 - t0)) s, exit $r)"
kill "$(cat "$TMP/silent.pid")" 2>/dev/null
rm -f "$TMP/silent.pid"

sh scripts/smtp.sh stop
A=stopped-$RUN@far.example
t0=$(date +%s)
send plain "$A"
t1=$(date +%s)
[ $r -eq 75 ] && [ $((t1 - t0)) -le 5 ] && grep -q "smtp 127.0.0.1:$PORT: " "$TMP/plain.err"
ok $? "server stopped: exit 75 at once ($((t1 - t0)) s, exit $r)"
sh scripts/smtp.sh start
eval "$(sh scripts/smtp.sh env)"
[ "$MAYORBOX_SMTP_PORT" = "$PORT" ] && [ "$MAYORBOX_SMTP_TLS_PORT" = "$TLSPORT" ]
ok $? "restarted on the same ports ($PORT, $TLSPORT)"
send plain "$A"
F=$(delivered "$A")
[ $r -eq 0 ] && [ -n "$F" ]
ok $? "after the restart the same configuration sends again (exit $r)"

# --- secrets -------------------------------------------------------------------
! grep -qF "$PASSWORD" "$OUT" && ! grep -qF "$WRONG" "$OUT" && [ -s "$OUT" ]
ok $? "neither the password nor the wrong one appears in any output"

echo "1..$n"
