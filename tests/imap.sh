#!/bin/sh
# imap.sh BIN - the IMAP source of `mayorbox run` against a real Dovecot
# (scripts/dovecot.sh) and the real PostgreSQL (scripts/pg.sh): TLS refused
# for an untrusted CA and for another host name, accepted for the test CA
# (implicit TLS and STARTTLS), plain text to loopback only; LOGIN, PLAIN and
# the password from the environment; XOAUTH2 with a token (good, wrong, never
# logged) against an oauth2 passdb; end to end (filed once, moved, a second
# --once files nothing); after = flag and a UIDVALIDITY change (nothing filed
# twice); an oversized message filed from its start and moved to Oversized;
# IDLE wakes the daemon; confidential letters are left in no folder (expunged,
# or kept in confidential_folder until confidential_retention_days); secret
# files readable by group or others are refused; and the scenarios of issue
# 12 as tests/cyrus.sh runs them against Cyrus: implicit TLS to the plain
# port (GnuTLS's line through the log), a missing mailbox stops the source
# once, a user whose folders are under "INBOX." (namespace, modified UTF-7
# there), after = flag from the second connection on, a listener without
# MOVE and UIDPLUS (copied once), a target folder over quota (intake goes
# on, the acknowledgement waits with its own back-off, then an error line),
# two huge letters in batches of their own (imap_batch), UIDs asked for in
# bounded ranges across a gap and through a sweep of many batches. TAP
# output.
# Starts Dovecot and PostgreSQL when they are not running, and stops what
# it started (by the scripts' PIDs).
set -u
. "$(dirname "$0")/lib.sh"
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
TMP=$(mktemp -d)
chmod 755 "$TMP"
dv_started=0
pg_started=0
cleanup() {
	[ -f "$TMP/run.pid" ] && kill -9 "$(cat "$TMP/run.pid")" 2>/dev/null
	[ $dv_started -eq 1 ] && sh scripts/dovecot.sh stop
	[ $pg_started -eq 1 ] && sh scripts/pg.sh stop
	rm -rf "$TMP"
}
trap cleanup EXIT
n=0

if ! sh scripts/pg.sh status > /dev/null 2>&1; then
	sh scripts/pg.sh start || { echo "1..0 # SKIP PostgreSQL could not be started"; exit 0; }
	pg_started=1
fi
if ! sh scripts/dovecot.sh status > /dev/null 2>&1; then
	sh scripts/dovecot.sh start || { echo "not ok 1 - Dovecot could not be started (scripts/dovecot.sh)"; exit 1; }
	dv_started=1
fi
eval "$(sh scripts/pg.sh env)"
eval "$(sh scripts/dovecot.sh env)"
PGOPTIONS="-c client_min_messages=warning"
export PGOPTIONS
q() { psql -X -qAt -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }
DLOG="$MAYORBOX_DOVECOT_DIR/log"

DB=mbtest_imap
dropdb --if-exists $DB 2>/dev/null
createdb $DB
"$BIN" db migrate --db "dbname=$DB" > /dev/null
"$BIN" keygen "$TMP/keys" > /dev/null
chmod 644 "$TMP/keys/confidential.pub"
HOST=$MAYORBOX_DOVECOT_HOST
IMAP=$MAYORBOX_DOVECOT_IMAP_PORT
IMAPS=$MAYORBOX_DOVECOT_IMAPS_PORT

# conf FILE NAME HOST PORT TLS [KEY=VALUE ...]: a configuration with one
# [imap NAME] section (user mayor and password_file unless a KEY=VALUE says
# otherwise; log_level=... goes to [gateway])
conf() {
	f=$1 name=$2 host=$3 port=$4 tls=$5
	shift 5
	{
		printf '[database]\nconninfo = dbname=%s\n' "$DB"
		printf '[confidential]\npublic_key_file = %s\n' "$TMP/keys/confidential.pub"
		for kv in "$@"; do
			case $kv in log_level=*) printf '[gateway]\nlog_level = %s\n' "${kv#*=}" ;; esac
		done
		printf '[imap %s]\nhost = %s\nport = %s\ntls = %s\nca_file = %s\n' \
			"$name" "$host" "$port" "$tls" "$MAYORBOX_DOVECOT_CA_FILE"
		pw=1 us=1
		for kv in "$@"; do
			case $kv in password_file=*) pw=0 ;; user=*) us=0 ;; log_level=*) continue ;; esac
			printf '%s = %s\n' "${kv%%=*}" "${kv#*=}"
		done
		[ $us -eq 1 ] && printf 'user = %s\n' "$MAYORBOX_DOVECOT_USER"
		[ $pw -eq 1 ] && printf 'password_file = %s\n' "$MAYORBOX_DOVECOT_PASSWORD_FILE"
		printf 'poll_seconds = 1\ntimeout_seconds = 10\n'
	} > "$f"
}
run_once() {	# run_once CONF LOG: exit code of `mayorbox run --once`
	"$BIN" run --once --config "$1" 2> "$2"
}
filed_of() { sed -n 's/.*event=stopped filed=\([0-9]*\).*/\1/p' "$1" | tail -1; }
already_of() { sed -n 's/.*event=stopped.* already_filed=\([0-9]*\).*/\1/p' "$1" | tail -1; }
letters_of() { q "SELECT count(*) FROM office.letters WHERE source_name = 'imap:$1'"; }
conf_of() { q "SELECT count(*) FROM vault.letters WHERE source_name = 'imap:$1'"; }
# conf_ids FILE...: the Message-IDs of those the shipped rules call confidential
conf_ids() {
	"$BIN" classify --json "$@" | python3 -c '
import email, json, sys
for line in sys.stdin:
    d = json.loads(line)
    if d["confidential"]:
        with open(d["file"], "rb") as f:
            print(email.message_from_binary_file(f)["Message-ID"].strip())'
}
# held_anywhere IDFILE: messages in any folder with one of the Message-IDs of IDFILE
held_anywhere() {
	t=0
	while IFS= read -r id; do
		c=$(dv search -u "$MAYORBOX_DOVECOT_USER" mailbox '*' header message-id "$id" 2>/dev/null | wc -l)
		t=$((t + c))
	done < "$1"
	echo $t
}

# imap_tool.py as a user (mayor unless IMAP_USER): folder names in UTF-8
dvt() { python3 tests/imap_tool.py --port "$IMAP" --user "${IMAP_USER:-$MAYORBOX_DOVECOT_USER}" --password-file "$MAYORBOX_DOVECOT_PASSWORD_FILE" "$@"; }
# public letters only (a confidential one is expunged, not moved): pub FROM TO
: > "$TMP/pub.list"
for f in tests/data/letters/*.eml; do
	[ "$(wc -l < "$TMP/pub.list")" -ge 12 ] && break
	if "$BIN" classify --json "$f" 2>/dev/null | python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(0 if not d.get("confidential") and not d.get("confidential_review") and d.get("category") != "unclassified" else 1)'; then
		echo "$f" >> "$TMP/pub.list"
	fi
done
pub() { sed -n "$1,$2p" "$TMP/pub.list"; }
stopped_is() { grep -q "event=stopped filed=$2 already_filed=$3 " "$1"; }	# stopped_is LOG FILED ALREADY

# --- TLS -------------------------------------------------------------------------
empty_mailbox
conf "$TMP/untrusted.conf" tls "$MAYORBOX_DOVECOT_UNTRUSTED_HOST" "$IMAPS" implicit
run_once "$TMP/untrusted.conf" "$TMP/untrusted.log"
r=$?
[ $r -ne 0 ] && grep -q 'certificate for 127.0.0.2 not trusted: .*issuer is unknown' "$TMP/untrusted.log"
ok $? "implicit TLS: a certificate from an untrusted CA is refused with a clear error (exit $r)"
grep 'lip=127.0.0.2' "$DLOG" | grep -q 'Login:'
[ $? -ne 0 ]
ok $? "no login was attempted on the untrusted connection"

conf "$TMP/wronghost.conf" tls "$MAYORBOX_DOVECOT_WRONGHOST_HOST" "$IMAPS" implicit
run_once "$TMP/wronghost.conf" "$TMP/wronghost.log"
r=$?
[ $r -ne 0 ] && grep -q 'certificate for 127.0.0.3 not trusted: .*name in the certificate does not match' "$TMP/wronghost.log"
ok $? "implicit TLS: a certificate for another host name is refused with a clear error (exit $r)"

conf "$TMP/untrusted2.conf" tls "$MAYORBOX_DOVECOT_UNTRUSTED_HOST" "$IMAP" starttls
run_once "$TMP/untrusted2.conf" "$TMP/untrusted2.log"
r=$?
[ $r -ne 0 ] && grep -q 'certificate for 127.0.0.2 not trusted' "$TMP/untrusted2.log"
ok $? "STARTTLS: a certificate from an untrusted CA is refused (exit $r)"

conf "$TMP/wronghost2.conf" tls "$MAYORBOX_DOVECOT_WRONGHOST_HOST" "$IMAP" starttls
run_once "$TMP/wronghost2.conf" "$TMP/wronghost2.log"
r=$?
[ $r -ne 0 ] && grep -q 'certificate for 127.0.0.3 not trusted: .*name' "$TMP/wronghost2.log"
ok $? "STARTTLS: a certificate for another host name is refused (exit $r)"

conf "$TMP/noca.conf" tls "$HOST" "$IMAPS" implicit ca_file="$MAYORBOX_DOVECOT_UNTRUSTED_CA_FILE"
run_once "$TMP/noca.conf" "$TMP/noca.log"
r=$?
[ $r -ne 0 ] && grep -q 'not trusted' "$TMP/noca.log"
ok $? "the right server with another CA in ca_file is refused (exit $r)"

conf "$TMP/good.conf" tls "$HOST" "$IMAPS" implicit
run_once "$TMP/good.conf" "$TMP/good.log"
r=$?
[ $r -eq 0 ] && ! grep -q 'not trusted\|source_unavailable' "$TMP/good.log"
ok $? "implicit TLS: the test CA in ca_file is accepted (exit $r)"

conf "$TMP/goodname.conf" tls localhost "$IMAP" starttls
run_once "$TMP/goodname.conf" "$TMP/goodname.log"
r=$?
[ $r -eq 0 ] && ! grep -q 'source_unavailable' "$TMP/goodname.log"
ok $? "STARTTLS to localhost: the test CA is accepted (exit $r)"

conf "$TMP/plain.conf" tls "$HOST" "$IMAP" none
run_once "$TMP/plain.conf" "$TMP/plain.log"
r=$?
[ $r -eq 0 ] && ! grep -q 'source_unavailable' "$TMP/plain.log"
ok $? "tls = none to loopback is allowed (exit $r)"

conf "$TMP/tlsplain.conf" tlsplain "$HOST" "$IMAP" implicit
run_once "$TMP/tlsplain.conf" "$TMP/tlsplain.log"
r=$?
[ $r -eq 75 ] && ! grep -v '^ts=' "$TMP/tlsplain.log" | grep -q . \
	&& grep -q 'level=warn event=tls_library_message source=imap:tlsplain text="GnuTLS' "$TMP/tlsplain.log" \
	&& grep 'level=warn event=source_unavailable source=imap:tlsplain' "$TMP/tlsplain.log" | grep -q "port $IMAP with TLS"
ok $? "dovecot: tls = implicit to a plain port fails (exit $r): GnuTLS's line is a log line (tls_library_message), nothing else on stderr, source_unavailable names the port and TLS"

conf "$TMP/plainfar.conf" tls 192.0.2.1 143 none
run_once "$TMP/plainfar.conf" "$TMP/plainfar.log"
r=$?
[ $r -ne 0 ] && grep -q 'tls: none only to a loopback address' "$TMP/plainfar.log"
ok $? "tls = none to another host is refused as bad configuration (exit $r)"

conf "$TMP/badtls.conf" tls "$HOST" "$IMAPS" maybe
run_once "$TMP/badtls.conf" "$TMP/badtls.log"
r=$?
[ $r -ne 0 ] && grep -q '\[imap tls\] tls' "$TMP/badtls.log"
ok $? "an unknown tls value names the file, section and key (exit $r)"

# a server that accepts and never answers: the timeout ends the wait
python3 -c 'import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(8)
print(s.getsockname()[1], flush=True)
conns = []
while True:
    c, _ = s.accept(); conns.append(c)' > "$TMP/silent.port" &
echo $! > "$TMP/silent.pid"
wait_for 60 test -s "$TMP/silent.port"
for mode in implicit none; do
	conf "$TMP/silent.conf" silent "$HOST" "$(cat "$TMP/silent.port")" $mode
	sed -i 's/^timeout_seconds = 10$/timeout_seconds = 2/' "$TMP/silent.conf"
	t0=$(date +%s)
	run_once "$TMP/silent.conf" "$TMP/silent.log"
	r=$?
	t=$(($(date +%s) - t0))
	[ $r -ne 0 ] && [ $t -le 15 ] && grep -q 'source_unavailable' "$TMP/silent.log"
	ok $? "tls = $mode: a server that never answers times out (timeout_seconds = 2: $t s, exit $r)"
done
kill "$(cat "$TMP/silent.pid")" 2>/dev/null
rm -f "$TMP/silent.pid"

# --- authentication ----------------------------------------------------------------
conf "$TMP/login.conf" auth "$HOST" "$IMAPS" implicit auth=login
run_once "$TMP/login.conf" "$TMP/login.log"
r=$?
[ $r -eq 0 ] && ! grep -q source_unavailable "$TMP/login.log" && tail -n 30 "$DLOG" | grep -q 'Login: user=<'
ok $? "auth = login logs in (exit $r)"
conf "$TMP/plainauth.conf" auth "$HOST" "$IMAPS" implicit auth=plain
run_once "$TMP/plainauth.conf" "$TMP/plainauth.log"
r=$?
[ $r -eq 0 ] && ! grep -q source_unavailable "$TMP/plainauth.log" && tail -n 30 "$DLOG" | grep -q 'method=PLAIN'
ok $? "auth = plain logs in with AUTHENTICATE PLAIN (exit $r)"
conf "$TMP/xoauth.conf" auth "$HOST" "$IMAPS" implicit auth=xoauth2
run_once "$TMP/xoauth.conf" "$TMP/xoauth.log"
r=$?
[ $r -ne 0 ] && grep -q 'token_file: missing' "$TMP/xoauth.log"
ok $? "auth = xoauth2 without token_file is bad configuration (exit $r)"
conf "$TMP/env.conf" env_box "$HOST" "$IMAPS" implicit password_file=
sed -i '/^password_file = $/d' "$TMP/env.conf"
MAYORBOX_IMAP_PASSWORD_ENV_BOX=$(cat "$MAYORBOX_DOVECOT_PASSWORD_FILE") run_once "$TMP/env.conf" "$TMP/env.log"
r=$?
[ $r -eq 0 ] && ! grep -q source_unavailable "$TMP/env.log"
ok $? "the password from MAYORBOX_IMAP_PASSWORD_ENV_BOX (exit $r)"
echo wrong > "$TMP/wrong.password"
chmod 600 "$TMP/wrong.password"
conf "$TMP/wrongpw.conf" auth "$HOST" "$IMAPS" implicit password_file="$TMP/wrong.password"
run_once "$TMP/wrongpw.conf" "$TMP/wrongpw.log"
r=$?
[ $r -ne 0 ] && grep -q 'authentication failed' "$TMP/wrongpw.log"
ok $? "a wrong password is reported, exit $r"
for mode in 640 604; do
	cp "$MAYORBOX_DOVECOT_PASSWORD_FILE" "$TMP/open.password"
	chmod $mode "$TMP/open.password"
	conf "$TMP/openpw.conf" auth "$HOST" "$IMAPS" implicit password_file="$TMP/open.password"
	run_once "$TMP/openpw.conf" "$TMP/openpw.log"
	r=$?
	[ $r -eq 78 ] && grep -qF "[imap auth] password_file: $TMP/open.password: readable by group or others; chmod 600" "$TMP/openpw.log"
	ok $? "a password_file of mode $mode is refused: names the file, readable by group or others (exit $r)"
done
cp "$MAYORBOX_DOVECOT_OAUTH_TOKEN_FILE" "$TMP/open.token"
chmod 644 "$TMP/open.token"
conf "$TMP/opentok.conf" opentok "$HOST" "$IMAPS" implicit auth=xoauth2 token_file="$TMP/open.token" password_file=
sed -i '/^password_file = $/d' "$TMP/opentok.conf"
run_once "$TMP/opentok.conf" "$TMP/opentok.log"
r=$?
[ $r -eq 78 ] && grep -qF "[imap opentok] token_file: $TMP/open.token: readable by group or others; chmod 600" "$TMP/opentok.log"
ok $? "a token_file readable by others is refused (exit $r)"

# --- XOAUTH2: the token checked by Dovecot's oauth2 passdb (tests/oauth_server.py) ---
empty_mailbox
mkdir -p "$TMP/oauthmail"
cp $(ls tests/data/letters/*.eml | head -5) "$TMP/oauthmail/"
sh scripts/dovecot.sh add "$TMP/oauthmail" > /dev/null
# only the token: no password_file, no password in the environment
conf "$TMP/oauth.conf" oauth "$HOST" "$IMAPS" implicit auth=xoauth2 \
	token_file="$MAYORBOX_DOVECOT_OAUTH_TOKEN_FILE" password_file= "after=move Filed"
sed -i '/^password_file = $/d' "$TMP/oauth.conf"
run_once "$TMP/oauth.conf" "$TMP/oauth.log"
r=$?
[ $r -eq 0 ] && ! grep -q 'source_unavailable\|authentication failed' "$TMP/oauth.log" \
	&& [ "$(filed_of "$TMP/oauth.log")" -eq 5 ] && [ "$(letters_of oauth)" -eq 5 ] \
	&& [ "$(count INBOX)" -eq 0 ] && [ "$(count Filed)" -eq $((5 - $(conf_of oauth))) ]
ok $? "auth = xoauth2 with token_file: run --once logs in, files and moves 5 letters (exit $r, filed $(filed_of "$TMP/oauth.log"))"
tail -n 30 "$DLOG" | grep 'Login: user=<' | grep -q 'method=XOAUTH2'
ok $? "Dovecot saw the login with AUTHENTICATE XOAUTH2"
sh scripts/dovecot.sh add "$TMP/oauthmail" > /dev/null
python3 -c 'import sys, secrets; print(secrets.token_urlsafe(24))' > "$TMP/wrong.token"
chmod 600 "$TMP/wrong.token"
conf "$TMP/oauthbad.conf" oauthbad "$HOST" "$IMAPS" implicit auth=xoauth2 \
	token_file="$TMP/wrong.token" password_file=
sed -i '/^password_file = $/d' "$TMP/oauthbad.conf"
run_once "$TMP/oauthbad.conf" "$TMP/oauthbad.log"
r=$?
[ $r -eq 75 ] && grep -q 'imap oauthbad' "$TMP/oauthbad.log" \
	&& grep -q 'authentication failed' "$TMP/oauthbad.log" \
	&& [ "$(letters_of oauthbad)" -eq 0 ] && [ "$(count INBOX)" -eq 5 ]
ok $? "auth = xoauth2 with a wrong token is refused: authentication failed, nothing filed, exit $r (75 expected)"
tail -n 30 "$DLOG" | grep 'auth failed' | grep -q 'method=XOAUTH2'
ok $? "Dovecot refused the wrong token (auth failed, method=XOAUTH2)"
TOK=$(cat "$MAYORBOX_DOVECOT_OAUTH_TOKEN_FILE")
BADTOK=$(cat "$TMP/wrong.token")
[ -n "$TOK" ] && [ -n "$BADTOK" ] && ! grep -qF -e "$TOK" -e "$BADTOK" "$TMP/oauth.log" "$TMP/oauthbad.log" "$DLOG"
ok $? "neither token appears in mayorbox's log nor in Dovecot's"
empty_mailbox

# --- end to end: move ------------------------------------------------------------
empty_mailbox
mkdir -p "$TMP/mail"
cp tests/data/letters/*.eml "$TMP/mail/"
N=$(ls "$TMP/mail" | wc -l)
sh scripts/dovecot.sh add "$TMP/mail" > /dev/null
[ "$(count INBOX)" -eq "$N" ]
ok $? "$N letters delivered to INBOX"
conf "$TMP/e2e.conf" e2e "$HOST" "$IMAPS" implicit "after=move Filed" batch=25 log_level=debug
run_once "$TMP/e2e.conf" "$TMP/e2e.log"
r=$?
[ $r -eq 0 ] && [ "$(filed_of "$TMP/e2e.log")" -eq "$N" ] && [ "$(letters_of e2e)" -eq "$N" ]
ok $? "run --once files all $N letters (exit $r, filed $(filed_of "$TMP/e2e.log"))"
[ "$(q "SELECT count(DISTINCT source_key) FROM office.letters WHERE source_name = 'imap:e2e' AND source_key LIKE 'imap:$HOST/INBOX;UIDVALIDITY=%;UID=%'")" -eq "$N" ]
ok $? "each letter's source key is imap:HOST/INBOX;UIDVALIDITY=V;UID=U"
C=$(conf_of e2e)
conf_ids "$TMP"/mail/*.eml > "$TMP/conf.ids"
[ "$C" -gt 0 ] && [ "$(wc -l < "$TMP/conf.ids")" -eq "$C" ]
ok $? "$C of the letters were filed as confidential (the rules find the same $(wc -l < "$TMP/conf.ids"))"
[ "$(count INBOX)" -eq 0 ] && [ "$(count Filed)" -eq $((N - C)) ]
ok $? "every public letter moved to Filed (INBOX $(count INBOX), Filed $(count Filed) of $((N - C)))"
# the pipeline (issue 16): each batch after the first was fetched while the
# one before it was filed, and used once that one's COMMIT saved the
# position it was fetched from
ahead=$(grep -c 'event=fetched_ahead ' "$TMP/e2e.log")
batches=$(( (N + 24) / 25 ))
[ "$ahead" -eq $((batches - 1)) ] && [ "$(sed -n 's/.*event=fetched_ahead .*letters=\([0-9]*\).*/\1/p' "$TMP/e2e.log" | paste -sd+ - | bc)" -eq $((N - 25)) ]
ok $? "every batch after the first was fetched ahead while the one before it was filed ($ahead of $batches batches, $((N - 25)) letters)"
# ... and read (parsed, classified, sealed) on that thread too, so that
# filing never waited for a reader
[ "$(grep 'event=fetched_ahead ' "$TMP/e2e.log" | grep -c ' read=ahead')" -eq $((batches - 1)) ]
ok $? "every batch fetched ahead was read ahead too, while the one before it was filed"
[ "$(held_anywhere "$TMP/conf.ids")" -eq 0 ] && [ "$(dv search -u "$MAYORBOX_DOVECOT_USER" mailbox '*' all | wc -l)" -eq $((N - C)) ]
ok $? "after = move: no folder holds a confidential letter (expunged after COMMIT)"
grep -E 'event=(filed|already_filed) ' "$TMP/e2e.log" \
	| grep -vE '^ts=[^ ]+ level=info event=filed source=imap:e2e key="imap:[^" ]+" case=[0-9-]+ category=[a-z]+ department=("[^"]+"|[^ "]+) confidential=(yes|no) ms=[0-9]+$' | grep -q . && r=1 || r=0
[ $r -eq 0 ] && [ "$(grep -c 'event=filed ' "$TMP/e2e.log")" -eq "$N" ]
ok $? "the log names each letter by its source key, case and classification only (category, department, confidential yes/no, ms: issue 13)"
[ "$(q "SELECT last_uid FROM source_state WHERE source_name = 'imap:e2e' AND mailbox = 'INBOX'")" -ge "$N" ]
ok $? "source_state holds the last filed UID"
run_once "$TMP/e2e.conf" "$TMP/e2e2.log"
r=$?
[ $r -eq 0 ] && [ "$(filed_of "$TMP/e2e2.log")" -eq 0 ] && [ "$(letters_of e2e)" -eq "$N" ]
ok $? "a second --once files nothing (exit $r)"
# a crash between COMMIT and the move: the letters come back to INBOX
dv move -u "$MAYORBOX_DOVECOT_USER" INBOX mailbox Filed all
q "DELETE FROM source_state WHERE source_name = 'imap:e2e'"
run_once "$TMP/e2e.conf" "$TMP/e2e3.log"
[ "$(letters_of e2e)" -eq "$N" ] && [ "$(already_of "$TMP/e2e3.log")" -eq $((N - C)) ] && [ "$(count INBOX)" -eq 0 ]
ok $? "letters filed but not moved (a crash before ack) are recognised and acknowledged, none filed twice"
# filed before: file_letter says whether the letter is in the vault
[ "$(count Filed)" -eq $((N - C)) ] && [ "$(held_anywhere "$TMP/conf.ids")" -eq 0 ]
ok $? "letters found already filed: the public ones moved to Filed again, nothing confidential kept"
PW=$(cat "$MAYORBOX_DOVECOT_PASSWORD_FILE")
! grep -qF "$PW" "$TMP"/*.log
ok $? "no log holds the password"

# --- a server without MOVE: COPY, \Deleted, UID EXPUNGE ------------------------------
empty_mailbox
mkdir -p "$TMP/five"
cp $(ls tests/data/letters/*.eml | head -5) "$TMP/five/"
sh scripts/dovecot.sh add "$TMP/five" > /dev/null
conf "$TMP/nomove.conf" nomove "$MAYORBOX_DOVECOT_NOMOVE_HOST" "$IMAP" none
run_once "$TMP/nomove.conf" "$TMP/nomove.log"
r=$?
[ $r -eq 0 ] && [ "$(letters_of nomove)" -eq 5 ] && [ "$(count INBOX)" -eq 0 ] && [ "$(count Filed)" -eq $((5 - $(conf_of nomove))) ]
ok $? "no MOVE capability: filed and moved by COPY + \\Deleted + UID EXPUNGE (exit $r)"
sid=$(grep 'lip=127.0.0.4' "$DLOG" | tail -1 | sed 's/.*session=<\([^>]*\)>.*/\1/')
disconnected() { grep "<$sid>" "$DLOG" | grep -q Disconnected; }
wait_for 60 disconnected
grep "<$sid>" "$DLOG" | grep -q 'deleted=5 expunged=5'
ok $? "the server saw 5 flagged \\Deleted and 5 expunged"

# --- a letter that must wait (confidential, no public key) stays -----------------------
empty_mailbox
sh scripts/dovecot.sh add "$TMP/mail" > /dev/null
conf "$TMP/nokey.conf" wait "$HOST" "$IMAPS" implicit
sed -i '/^\[confidential\]$/d; /^public_key_file/d' "$TMP/nokey.conf"
run_once "$TMP/nokey.conf" "$TMP/nokey.log"
r=$?
W=$(count INBOX)
[ "$W" -gt 0 ] && [ "$(letters_of wait)" -eq $((N - W)) ] && [ "$(count Filed)" -eq $((N - W)) ]
ok $? "without the public key the $W confidential letters wait in INBOX, the rest are filed and moved (exit $r)"
conf "$TMP/key.conf" wait "$HOST" "$IMAPS" implicit
run_once "$TMP/key.conf" "$TMP/key.log"
r=$?
[ $r -eq 0 ] && [ "$(letters_of wait)" -eq "$N" ] && [ "$(count INBOX)" -eq 0 ] && [ "$(count Filed)" -eq $((N - C)) ] \
	&& [ "$(held_anywhere "$TMP/conf.ids")" -eq 0 ]
ok $? "with the key the waiting letters are fetched again, filed and expunged (exit $r)"

# --- after = flag, UIDVALIDITY change ------------------------------------------------
empty_mailbox
sh scripts/dovecot.sh add "$TMP/mail" > /dev/null
conf "$TMP/flag.conf" flag "$HOST" "$IMAPS" implicit after=flag
run_once "$TMP/flag.conf" "$TMP/flag.log"
r=$?
[ $r -eq 0 ] && [ "$(letters_of flag)" -eq "$N" ] && [ "$(count INBOX)" -eq $((N - C)) ]
ok $? "after = flag: all filed, the public ones left in INBOX (exit $r)"
[ "$(dv search -u "$MAYORBOX_DOVECOT_USER" mailbox INBOX KEYWORD '$Filed' | wc -l)" -eq $((N - C)) ]
ok $? "after = flag: each carries the keyword \$Filed"
[ "$(held_anywhere "$TMP/conf.ids")" -eq 0 ]
ok $? "after = flag: the confidential ones are expunged, not flagged"
run_once "$TMP/flag.conf" "$TMP/flag2.log"
[ "$(filed_of "$TMP/flag2.log")" -eq 0 ] && [ "$(already_of "$TMP/flag2.log")" -eq 0 ]
ok $? "a second --once fetches nothing (after the last UID)"
OLDV=$(q "SELECT uidvalidity FROM source_state WHERE source_name = 'imap:flag'")
sh scripts/dovecot.sh uidvalidity $((OLDV + 1000)) > /dev/null
run_once "$TMP/flag.conf" "$TMP/flag3.log"
r=$?
NEWV=$(q "SELECT uidvalidity FROM source_state WHERE source_name = 'imap:flag'")
[ $r -eq 0 ] && [ "$NEWV" -eq $((OLDV + 1000)) ] && [ "$(letters_of flag)" -eq "$N" ] \
	&& [ "$(filed_of "$TMP/flag3.log")" -eq 0 ] && [ "$(already_of "$TMP/flag3.log")" -eq $((N - C)) ]
ok $? "UIDVALIDITY $OLDV -> $NEWV: every letter fetched again, none filed twice (exit $r)"

# --- confidential_folder: kept there until confidential_retention_days -----------------
empty_mailbox
sh scripts/dovecot.sh add "$TMP/mail" > /dev/null
# a confidential letter moved there 30 days ago (its internal date, as it arrived)
python3 - "$HOST" "$IMAP" "$MAYORBOX_DOVECOT_USER" "$MAYORBOX_DOVECOT_PASSWORD_FILE" <<'PY'
import imaplib, sys, time
host, port, user, pwfile = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
m = imaplib.IMAP4(host, port)
m.login(user, open(pwfile).read().strip())
m.create("Sealed")
msg = b"From: old@example.org\r\nSubject: old\r\nMessage-ID: <old-sealed@example.org>\r\n\r\nold\r\n"
m.append("Sealed", None, imaplib.Time2Internaldate(time.time() - 30 * 86400), msg)
m.append("Sealed", None, imaplib.Time2Internaldate(time.time() - 2 * 86400),
         msg.replace(b"old-sealed", b"recent-sealed"))
m.logout()
PY
[ "$(count Sealed)" -eq 2 ]
ok $? "confidential_folder: two letters put in Sealed, 30 and 2 days old"
conf "$TMP/sealed.conf" sealed "$HOST" "$IMAPS" implicit confidential_folder=Sealed confidential_retention_days=7
run_once "$TMP/sealed.conf" "$TMP/sealed.log"
r=$?
[ $r -eq 0 ] && [ "$(letters_of sealed)" -eq "$N" ] && [ "$(count INBOX)" -eq 0 ] && [ "$(count Filed)" -eq $((N - C)) ] \
	&& [ "$(dv search -u "$MAYORBOX_DOVECOT_USER" mailbox Sealed all | wc -l)" -eq $((C + 1)) ] \
	&& [ "$(held_anywhere "$TMP/conf.ids")" -eq "$C" ]
ok $? "confidential_folder = Sealed: the $C confidential letters moved there, the others to Filed (exit $r, Sealed $(count Sealed))"
[ "$(dv search -u "$MAYORBOX_DOVECOT_USER" mailbox Sealed header message-id '<old-sealed@example.org>' | wc -l)" -eq 0 ] \
	&& [ "$(dv search -u "$MAYORBOX_DOVECOT_USER" mailbox Sealed header message-id '<recent-sealed@example.org>' | wc -l)" -eq 1 ] \
	&& grep -q 'event=confidential_expunged source=imap:sealed folder=Sealed count=1' "$TMP/sealed.log"
ok $? "the one older than confidential_retention_days = 7 is expunged from Sealed, the 2-day-old one kept"
conf "$TMP/sealedbad.conf" sealedbad "$HOST" "$IMAPS" implicit confidential_folder=INBOX
run_once "$TMP/sealedbad.conf" "$TMP/sealedbad.log"
r=$?
[ $r -eq 78 ] && grep -q '\[imap sealedbad\] confidential_folder: must be a folder of its own' "$TMP/sealedbad.log"
ok $? "confidential_folder = the mailbox itself is refused (exit $r)"

# --- oversized -------------------------------------------------------------------------
empty_mailbox
mkdir -p "$TMP/big"
python3 - "$TMP/big/big.eml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("From: Big Writer <big@example.org>\r\nTo: mayor@city.example\r\n"
            "Subject: a very long complaint about street lights\r\n"
            "Message-ID: <big-1@example.org>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0800\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n")
    line = "The street lights on Elm Road have been broken for weeks; please repair them.\r\n"
    for _ in range((33 * 1024 * 1024) // len(line) + 1):
        f.write(line)
PY
cp tests/data/letters/010* "$TMP/big/"	# public: no rule and not the model seals it
sh scripts/dovecot.sh add "$TMP/big" > /dev/null
conf "$TMP/big.conf" big "$HOST" "$IMAPS" implicit
/usr/bin/time -f '%M' -o "$TMP/big.rss" "$BIN" run --once --config "$TMP/big.conf" 2> "$TMP/big.log"
r=$?
[ $r -eq 0 ] && [ "$(letters_of big)" -eq 2 ]
ok $? "a message over MB_MESSAGE_SIZE_MAX is filed beside a normal one (exit $r)"
[ "$(q "SELECT count(*) FROM office.letters WHERE source_name = 'imap:big' AND length(raw) < 1100000 AND subject LIKE 'a very long complaint%' AND array_to_string(warnings, ' ') LIKE '%oversized%'")" -eq 1 ]
ok $? "it is filed from its header and the start of its text, with an oversized warning"
[ "$(count Oversized)" -eq 1 ] && [ "$(count Filed)" -eq 1 ] && [ "$(count INBOX)" -eq 0 ]
ok $? "it is moved to Oversized (never deleted), the normal one to Filed"
# against the same program's peak classifying one normal letter (the rules'
# compiled patterns dominate it, and grow with the rules): the 33 MiB
# message held whole would add at least its size
/usr/bin/time -f '%M' -o "$TMP/base.rss" "$BIN" classify tests/data/letters/010* > /dev/null 2>&1
[ "$(cat "$TMP/big.rss")" -lt $(( $(cat "$TMP/base.rss") + 32768 )) ]
ok $? "peak memory $(cat "$TMP/big.rss") kB, $(cat "$TMP/base.rss") kB classifying one letter: the oversized message is not loaded whole"

# --- a batch is bounded by bytes: two huge letters make batches of their own ---------------
empty_mailbox
mkdir -p "$TMP/huge"
python3 - "$TMP/huge" <<'PY'
import base64, os, sys
d = sys.argv[1]
for i in (1, 2):	# 17 MiB each: over IMAP_BATCH_HUGE (16 MiB), under message_size_max
    with open(os.path.join(d, "h%d-huge.eml" % i), "w") as f:
        f.write("From: Huge Writer %d <huge%d@example.org>\r\nTo: mayor@city.example\r\n"
                "Subject: photographs of the broken street lights %d\r\n"
                "Message-ID: <huge-%d@example.org>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0800\r\n"
                "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
                "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                "The street lights on Elm Road are broken; the photographs are attached.\r\n"
                "--b\r\nContent-Type: application/octet-stream; name=lights.bin\r\n"
                "Content-Transfer-Encoding: base64\r\n\r\n" % (i, i, i, i))
        chunk = base64.encodebytes(os.urandom(57 * 1024)).decode().replace("\n", "\r\n")
        for _ in range((17 * 1024 * 1024) // len(chunk) + 1):
            f.write(chunk)
        f.write("--b--\r\n")
PY
cp $(pub 1 1) "$TMP/huge/h0-small.eml"
cp $(pub 2 2) "$TMP/huge/h3-small.eml"
sh scripts/dovecot.sh add "$TMP/huge" > /dev/null
conf "$TMP/huge.conf" huge "$HOST" "$IMAP" none batch=25 log_level=debug
run_once "$TMP/huge.conf" "$TMP/huge.log"
r=$?
[ $r -eq 0 ] && [ "$(letters_of huge)" -eq 4 ] && [ "$(count INBOX)" -eq 0 ]
ok $? "two 17 MiB letters between two small ones: all 4 filed (exit $r)"
grep 'event=imap_batch source=imap:huge' "$TMP/huge.log" | sed 's/.*count=\([0-9]*\) bytes=\([0-9]*\).*/\1 \2/' > "$TMP/huge.batches"
awk '$2 > 16777216 { if ($1 == 1) h++; else bad++ } END { exit !(h == 2 && bad == 0) }' "$TMP/huge.batches" \
	&& [ "$(awk '{ c += $1 } END { print c }' "$TMP/huge.batches")" -eq 4 ]
ok $? "each huge letter is a batch of its own (imap_batch count bytes: $(paste -sd, "$TMP/huge.batches"))"

# --- modified UTF-7 folder names (Dovecot: no UTF8=ACCEPT enabled) -----------------
empty_mailbox
dvt append 来信 $(ls tests/data/letters/*.eml | head -2) > /dev/null
conf "$TMP/utf7.conf" utf7 "$HOST" "$IMAP" none "mailbox=来信" "after=move 已归档"
run_once "$TMP/utf7.conf" "$TMP/utf7.log"
r=$?
# (office.letters holds the sealed ones too: those are expunged, the others moved)
[ $r -eq 0 ] && [ "$(letters_of utf7)" -eq 2 ] && [ "$(dvt count 来信)" -eq 0 ] \
	&& [ "$(dvt count 已归档)" -eq $(($(letters_of utf7) - $(conf_of utf7))) ]
ok $? "mailbox = 来信, after = move 已归档: sent in modified UTF-7 (exit $r)"

# --- a mailbox that is not there: the source stops, said once ---------------------------
conf "$TMP/nobox.conf" nobox "$HOST" "$IMAP" none "mailbox=NoSuchBox"
run_once "$TMP/nobox.conf" "$TMP/nobox.log"
r=$?
[ $r -eq 75 ] && [ "$(grep -c 'event=source_stopped source=imap:nobox' "$TMP/nobox.log")" -eq 1 ] \
	&& grep 'event=source_stopped' "$TMP/nobox.log" | grep -q 'level=error' \
	&& grep 'event=source_stopped' "$TMP/nobox.log" | grep -q 'mailbox = NoSuchBox: the folder .*NoSuchBox.* does not exist on .*change mailbox'
ok $? "dovecot: mailbox = NoSuchBox: the source stops with one error naming the folder and the key (exit $r)"

# --- the namespace: a user whose folders are under "INBOX." (separator ".") -------
NSU=$MAYORBOX_DOVECOT_NS_USER
IMAP_USER=$NSU dvt empty
IMAP_USER=$NSU dvt append INBOX $(pub 1 3) > /dev/null
conf "$TMP/ns.conf" ns "$HOST" "$IMAP" none user="$NSU" "after=move Filed"
run_once "$TMP/ns.conf" "$TMP/ns.log"
r=$?
[ $r -eq 0 ] && [ "$(letters_of ns)" -eq 3 ] && [ "$(IMAP_USER=$NSU dvt count INBOX)" -eq 0 ] \
	&& [ "$(IMAP_USER=$NSU dvt count INBOX.Filed)" -eq 3 ]
ok $? "dovecot, namespace INBOX.: after = move Filed goes to INBOX.Filed (exit $r, INBOX.Filed $(IMAP_USER=$NSU dvt count INBOX.Filed))"
grep -q 'event=imap_namespace source=imap:ns prefix=INBOX. separator=. after=INBOX.Filed' "$TMP/ns.log"
ok $? "dovecot: the namespace and separator read at login are logged"
IMAP_USER=$NSU dvt append INBOX.来信 $(pub 4 5) > /dev/null
conf "$TMP/nsutf7.conf" nsutf7 "$HOST" "$IMAP" none user="$NSU" "mailbox=来信" "after=move 已归档"
run_once "$TMP/nsutf7.conf" "$TMP/nsutf7.log"
r=$?
[ $r -eq 0 ] && [ "$(letters_of nsutf7)" -eq 2 ] && [ "$(IMAP_USER=$NSU dvt count INBOX.来信)" -eq 0 ] \
	&& [ "$(IMAP_USER=$NSU dvt count INBOX.已归档)" -eq 2 ]
ok $? "dovecot, namespace INBOX.: mailbox = 来信 and after = move 已归档 are INBOX.来信 and INBOX.已归档 in modified UTF-7 (exit $r)"
IMAP_USER=$NSU dvt empty

# --- after = flag: a second connection files what came since ----------------------------
empty_mailbox
dvt append INBOX $(pub 1 2) > /dev/null
conf "$TMP/flagb.conf" flagb "$HOST" "$IMAP" none after=flag
run_once "$TMP/flagb.conf" "$TMP/flagb1.log"
r1=$?
dvt append INBOX $(pub 3 4) > /dev/null
run_once "$TMP/flagb.conf" "$TMP/flagb2.log"
r2=$?
[ $r1 -eq 0 ] && [ $r2 -eq 0 ] && [ "$(letters_of flagb)" -eq 4 ] && ! grep -q 'fetch_failed' "$TMP/flagb2.log" \
	&& stopped_is "$TMP/flagb2.log" 2 0 \
	&& [ "$(dv search -u "$MAYORBOX_DOVECOT_USER" mailbox INBOX KEYWORD '$Filed' | wc -l)" -eq 4 ]
ok $? "dovecot: after = flag, a second connection files the 2 letters that came since, all 4 carry \$Filed (exit $r1 $r2)"

# --- the UIDs asked for in ranges (imap_next_uids): a gap, a sweep of many batches ---------
# batch = 1: a UID SEARCH asks about 2, 4, 8 ... UIDs, never the whole rest
# of the mailbox, and still finds the letters after a gap wider than that
empty_mailbox
dvt append INBOX $(pub 1 12) > /dev/null
dv expunge -u "$MAYORBOX_DOVECOT_USER" mailbox INBOX 2:9
conf "$TMP/gap.conf" gap "$HOST" "$IMAP" none after=flag batch=1
run_once "$TMP/gap.conf" "$TMP/gap1.log"
r=$?
[ $r -eq 0 ] && [ "$(count INBOX)" -eq 4 ] && [ "$(letters_of gap)" -eq 4 ] && stopped_is "$TMP/gap1.log" 4 0 \
	&& [ "$(dv search -u "$MAYORBOX_DOVECOT_USER" mailbox INBOX KEYWORD '$Filed' | wc -l)" -eq 4 ]
ok $? "UIDs in ranges, batch = 1: the 4 letters around a gap of 8 UIDs are each filed once and flagged (exit $r)"
# committed, never acknowledged (a crash before the flags): the sweep of
# the next connection goes through them a batch at a time, in ranges
dv flags remove -u "$MAYORBOX_DOVECOT_USER" '$Filed' mailbox INBOX all
run_once "$TMP/gap.conf" "$TMP/gap2.log"
r=$?
[ $r -eq 0 ] && [ "$(letters_of gap)" -eq 4 ] && stopped_is "$TMP/gap2.log" 0 4 \
	&& [ "$(dv search -u "$MAYORBOX_DOVECOT_USER" mailbox INBOX KEYWORD '$Filed' | wc -l)" -eq 4 ]
ok $? "the sweep, a letter a batch: the 4 unacknowledged letters recognised, none filed twice, all flagged again (exit $r)"

# --- neither MOVE nor UIDPLUS (127.0.0.5): copied once -----------------------------------
empty_mailbox
conf "$TMP/nouid.conf" nouid "$MAYORBOX_DOVECOT_NOUIDPLUS_HOST" "$IMAP" none
for k in 1 2 3; do
	dvt append INBOX $(pub $((2 * k - 1)) $((2 * k))) > /dev/null
	run_once "$TMP/nouid.conf" "$TMP/nouid$k.log"
done
[ "$(letters_of nouid)" -eq 6 ] && [ "$(dvt count Filed)" -eq 6 ] && [ "$(dvt deleted INBOX)" -eq 6 ] \
	&& stopped_is "$TMP/nouid3.log" 2 0
ok $? "dovecot without MOVE and UIDPLUS: three connections, each letter copied once (Filed $(dvt count Filed), \\Deleted $(dvt deleted INBOX))"
grep -q 'event=expunge_left_to_owner' "$TMP/nouid1.log"
ok $? "dovecot without UIDPLUS: the log says the owner's EXPUNGE removes the copies"
conf "$TMP/nouidx.conf" nouid "$MAYORBOX_DOVECOT_NOUIDPLUS_HOST" "$IMAP" none expunge_without_uidplus=yes
dvt append INBOX $(pub 7 8) > /dev/null
run_once "$TMP/nouidx.conf" "$TMP/nouidx.log"
[ "$(dvt count INBOX)" -eq 0 ] && [ "$(dvt count Filed)" -eq 8 ]
ok $? "dovecot without UIDPLUS, expunge_without_uidplus = yes: EXPUNGE after the copy"

# --- the target folder over quota (mayorq; COPY on the no-MOVE listener) ------------------
QU=$MAYORBOX_DOVECOT_QUOTA_USER
IMAP_USER=$QU dvt empty
IMAP_USER=$QU dvt append INBOX $(pub 1 3) > /dev/null
conf "$TMP/quota.conf" quota "$MAYORBOX_DOVECOT_NOMOVE_HOST" "$IMAP" none user="$QU" "after=move Full" batch=3
run_once "$TMP/quota.conf" "$TMP/quota1.log"
r1=$?
IMAP_USER=$QU dvt append INBOX $(pub 4 6) > /dev/null
run_once "$TMP/quota.conf" "$TMP/quota2.log"
r2=$?
[ "$(letters_of quota)" -eq 6 ] && grep -q 'event=ack_deferred source=imap:quota' "$TMP/quota1.log" \
	&& stopped_is "$TMP/quota2.log" 3 3
ok $? "dovecot: a folder over quota: the letters wait, the next ones are still filed (6 filed, exit $r1 $r2)"
[ "$(IMAP_USER=$QU dvt count INBOX)" -eq 6 ] && [ "$(IMAP_USER=$QU dvt count Full)" -eq 0 ] \
	&& [ "$(IMAP_USER=$QU dvt deleted INBOX)" -eq 0 ] \
	&& grep 'event=ack_deferred' "$TMP/quota2.log" | grep -qi 'quota'
ok $? "dovecot over quota: nothing lost, copied or flagged half-way, and the log names the server's answer"
"$BIN" run --config "$TMP/quota.conf" 2> "$TMP/quotad.log" &
echo $! > "$TMP/run.pid"
qfailing() { grep -q 'event=ack_failing source=imap:quota' "$TMP/quotad.log"; }
wait_for 180 qfailing
kill -TERM "$(cat "$TMP/run.pid")"
wait "$(cat "$TMP/run.pid")"
rm -f "$TMP/run.pid"
qfailing && [ "$(grep -c 'event=already_filed' "$TMP/quotad.log")" -le 6 ] \
	&& grep 'event=ack_failing' "$TMP/quotad.log" | grep -q 'level=error' \
	&& grep 'event=ack_failing' "$TMP/quotad.log" | grep -qi 'waiting=[1-6] tries=5 .*quota'
ok $? "dovecot over quota: the daemon retries with its own back-off, then an error line with the count waiting and the reason ($(grep -c 'event=already_filed' "$TMP/quotad.log") re-downloads)"
IMAP_USER=$QU dvt empty

# --- IDLE --------------------------------------------------------------------------------
empty_mailbox
conf "$TMP/idle.conf" idle "$HOST" "$IMAPS" implicit idle=yes
sed -i 's/^poll_seconds = 1$/poll_seconds = 600/' "$TMP/idle.conf"
"$BIN" run --config "$TMP/idle.conf" 2> "$TMP/idle.log" &
echo $! > "$TMP/run.pid"
# the daemon's first round under way; a letter added before its IDLE
# begins is reported when it does (untagged EXISTS), so no fixed pause
wait_for 120 grep -q 'lease_taken' "$TMP/idle.log"
sh scripts/dovecot.sh add "$TMP/big/$(ls "$TMP/big" | grep -v big.eml | head -1)" > /dev/null
t0=$(date +%s)
one_letter() { [ "$(letters_of idle)" -ge 1 ]; }
wait_for 120 one_letter
[ "$(letters_of idle)" -eq 1 ]
ok $? "IDLE: a letter delivered while the daemon waits (poll_seconds = 600) is filed in $(($(date +%s) - t0)) s"
kill -TERM "$(cat "$TMP/run.pid")"
t0=$(date +%s)
gone() { ! kill -0 "$(cat "$TMP/run.pid")" 2>/dev/null; }
wait_for 60 gone
wait "$(cat "$TMP/run.pid")"
r=$?
rm -f "$TMP/run.pid"
[ $r -eq 0 ]
ok $? "SIGTERM during IDLE: the daemon stops within $(($(date +%s) - t0)) s, exit $r"

empty_mailbox
dropdb --if-exists $DB 2>/dev/null
echo "1..$n"
