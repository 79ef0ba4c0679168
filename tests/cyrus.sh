#!/bin/sh
# cyrus.sh BIN - the IMAP source against a second real server, Cyrus IMAP
# 3.6 as Debian ships it (scripts/cyrus.sh: personal folders under "INBOX."
# with separator "."), and the real PostgreSQL: folder names resolved
# against the namespace (Filed is INBOX.Filed), after = flag from the second
# connection on (UNKEYWORD as a bare atom), modified UTF-7 folder names, a
# target folder over quota (intake goes on, the acknowledgement waits), a
# folder the server refuses to create (X-NUM-FOLDERS: one error, stopped), a
# listener without MOVE and UIDPLUS (no second copy), and TLS to a plain
# port (no stray GnuTLS line outside the log). TAP output. Starts Cyrus
# when it is not running and stops it (by its PID); skips, saying so, only
# when Cyrus cannot be unpacked.
set -u
. "$(dirname "$0")/lib.sh"
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
TMP=$(mktemp -d)
chmod 755 "$TMP"
cy_started=0
cleanup() {
	[ $cy_started -eq 1 ] && sh scripts/cyrus.sh stop
	rm -rf "$TMP"
}
trap cleanup EXIT
n=0
if ! sh scripts/cyrus.sh status > /dev/null 2>&1; then
	if ! sh scripts/cyrus.sh unpack > "$TMP/unpack.log" 2>&1; then
		echo "1..0 # SKIP Cyrus IMAP cannot be had here: $(tail -1 "$TMP/unpack.log")"
		exit 0
	fi
	sh scripts/cyrus.sh start || { echo "not ok 1 - Cyrus could not be started (scripts/cyrus.sh)"; exit 1; }
	cy_started=1
fi
eval "$(sh scripts/pg.sh env)"
eval "$(sh scripts/cyrus.sh env)"
PGOPTIONS="-c client_min_messages=warning"
export PGOPTIONS
q() { psql -X -qAt -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }
cy() { sh scripts/cyrus.sh tool "$@"; }
DB=mbtest_cyrus
dropdb --if-exists $DB 2>/dev/null
createdb $DB
"$BIN" db migrate --db "dbname=$DB" > /dev/null
"$BIN" keygen "$TMP/keys" > /dev/null
chmod 644 "$TMP/keys/confidential.pub"
PORT=$MAYORBOX_CYRUS_IMAP_PORT

conf() {	# conf FILE NAME PORT TLS [KEY=VALUE ...]
	f=$1 name=$2 port=$3 tls=$4
	shift 4
	{
		printf '[database]\nconninfo = dbname=%s\n' "$DB"
		printf '[confidential]\npublic_key_file = %s\n' "$TMP/keys/confidential.pub"
		printf '[imap %s]\nhost = 127.0.0.1\nport = %s\ntls = %s\nca_file = %s\nuser = %s\npassword_file = %s\n' \
			"$name" "$port" "$tls" "$MAYORBOX_CYRUS_CA_FILE" "$MAYORBOX_CYRUS_USER" "$MAYORBOX_CYRUS_PASSWORD_FILE"
		for kv in "$@"; do printf '%s = %s\n' "${kv%%=*}" "${kv#*=}"; done
		printf 'poll_seconds = 1\ntimeout_seconds = 10\n'
	} > "$f"
}
run_once() { timeout 120 "$BIN" run --once --config "$1" 2> "$2"; }
letters_of() { q "SELECT count(*) FROM (SELECT source_key FROM office.letters WHERE source_name = 'imap:$1' UNION ALL SELECT source_key FROM vault.letters WHERE source_name = 'imap:$1') x"; }
public_of() { q "SELECT count(*) FROM office.letters WHERE source_name = 'imap:$1'"; }
# public letters only: a confidential one is expunged, not moved
mkdir -p "$TMP/pub"
: > "$TMP/pub.list"
for f in tests/data/letters/*.eml; do
	[ "$(wc -l < "$TMP/pub.list" 2>/dev/null || echo 0)" -ge 12 ] && break
	if "$BIN" classify --json "$f" 2>/dev/null | python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(0 if not d.get("confidential") and not d.get("confidential_review") and d.get("category") != "unclassified" else 1)'; then
		echo "$f" >> "$TMP/pub.list"
	fi
done
pub() { sed -n "$1,$2p" "$TMP/pub.list"; }	# pub FROM TO: those letters

# --- the namespace: "Filed" is INBOX.Filed -------------------------------------------
cy empty
cy append INBOX $(pub 1 3) > /dev/null
conf "$TMP/ns.conf" ns "$PORT" none
run_once "$TMP/ns.conf" "$TMP/ns.log"
r=$?
[ $r -eq 0 ] && [ "$(letters_of ns)" -eq 3 ] && [ "$(cy count INBOX)" -eq 0 ] && [ "$(cy count INBOX.Filed)" -eq 3 ]
ok $? "cyrus: after = move Filed goes to INBOX.Filed of the personal namespace (exit $r, INBOX.Filed $(cy count INBOX.Filed))"
grep -q 'event=imap_namespace source=imap:ns prefix=INBOX. separator=. after=INBOX.Filed' "$TMP/ns.log"
ok $? "cyrus: the namespace and separator read at login are logged"

# --- after = flag: from the second connection on ----------------------------------------
cy empty
cy append INBOX $(pub 4 5) > /dev/null
conf "$TMP/flag.conf" flag "$PORT" none after=flag
run_once "$TMP/flag.conf" "$TMP/flag1.log"
cy append INBOX $(pub 6 7) > /dev/null
run_once "$TMP/flag.conf" "$TMP/flag2.log"
r=$?
[ $r -eq 0 ] && [ "$(letters_of flag)" -eq 4 ] && ! grep -q 'fetch_failed' "$TMP/flag2.log" \
	&& grep -q 'event=stopped filed=2 already_filed=0 ' "$TMP/flag2.log"
ok $? "cyrus: after = flag, a second connection files the letters that came since (UNKEYWORD \$Filed as an atom; exit $r)"

# --- modified UTF-7 folder names ---------------------------------------------------------
cy empty
cy append INBOX.来信 $(pub 8 9) > /dev/null
conf "$TMP/utf7.conf" utf7 "$PORT" none "mailbox=来信" "after=move INBOX.已归档"
run_once "$TMP/utf7.conf" "$TMP/utf7.log"
r=$?
[ $r -eq 0 ] && [ "$(letters_of utf7)" -eq 2 ] && [ "$(cy count INBOX.来信)" -eq 0 ] && [ "$(cy count INBOX.已归档)" -eq 2 ]
ok $? "cyrus: mailbox = 来信 and after = move INBOX.已归档 in modified UTF-7 (exit $r)"
[ "$(q "SELECT count(*) FROM office.letters WHERE source_name = 'imap:utf7' AND source_key LIKE 'imap:127.0.0.1/来信;%'")" -eq 2 ]
ok $? "cyrus: the source key keeps the mailbox as configured"

# --- the target folder over quota: intake goes on ------------------------------------------
cy empty
sh scripts/cyrus.sh admin create user.mayor.Full > /dev/null 2>&1 || true
sh scripts/cyrus.sh admin setquota user.mayor.Full 1 > /dev/null
cy append INBOX $(pub 10 12) > /dev/null
conf "$TMP/quota.conf" quota "$PORT" none "after=move Full" batch=3
run_once "$TMP/quota.conf" "$TMP/quota1.log"
r1=$?
cy append INBOX $(pub 1 3) > /dev/null
run_once "$TMP/quota.conf" "$TMP/quota2.log"
r2=$?
[ "$(public_of quota)" -eq 6 ] && grep -q 'event=ack_deferred source=imap:quota' "$TMP/quota1.log" \
	&& grep -q 'event=stopped filed=3 already_filed=3 ' "$TMP/quota2.log"
ok $? "cyrus: a folder over quota: the letters wait, the next ones are still filed (6 filed, exit $r1 $r2)"
[ "$(cy count INBOX)" -eq 6 ] && [ "$(cy count INBOX.Full)" -eq 0 ] \
	&& grep 'event=ack_deferred' "$TMP/quota2.log" | grep -q 'Over quota'
ok $? "cyrus: nothing is lost or moved half-way, and the log names the server's answer"
# the daemon: one retry a back-off, not at full speed
conf "$TMP/quotad.conf" quota "$PORT" none "after=move Full" batch=3
"$BIN" run --config "$TMP/quotad.conf" 2> "$TMP/quotad.log" &
dpid=$!
failing() { grep -q 'event=ack_failing source=imap:quota' "$TMP/quotad.log"; }
wait_for 180 failing
kill -TERM $dpid; wait $dpid 2>/dev/null
failing && [ "$(grep -c 'event=already_filed' "$TMP/quotad.log")" -le 6 ] \
	&& grep 'event=ack_failing' "$TMP/quotad.log" | grep -q 'waiting=[1-6] tries=5 .*Over quota'
ok $? "cyrus: the daemon retries with its own back-off and says so at error level with the count ($(grep -c 'event=already_filed' "$TMP/quotad.log") re-downloads)"

# a folder the server refuses to create (X-NUM-FOLDERS over quota): the source
# stops with one error naming the folder, the answer and the key
sh scripts/cyrus.sh admin setquota user.mayor 1 X-NUM-FOLDERS > /dev/null
cy append INBOX $(pub 4 4) > /dev/null
conf "$TMP/nocreate.conf" nocreate "$PORT" none "after=move Brandnew"
run_once "$TMP/nocreate.conf" "$TMP/nocreate.log"
r=$?
sh scripts/cyrus.sh admin setquota user.mayor - > /dev/null
[ $r -eq 75 ] && [ "$(letters_of nocreate)" -eq 0 ] && [ "$(grep -c 'event=source_stopped source=imap:nocreate' "$TMP/nocreate.log")" -eq 1 ] \
	&& grep 'event=source_stopped' "$TMP/nocreate.log" | grep -q 'level=error' \
	&& grep 'event=source_stopped' "$TMP/nocreate.log" | grep -q 'INBOX.Brandnew.*refused to create it: Over quota; change after'
ok $? "cyrus: CREATE refused (X-NUM-FOLDERS quota): the source stops before filing, one error naming INBOX.Brandnew, the answer and the key (exit $r)"

# --- no MOVE, no UIDPLUS: copied once --------------------------------------------------------
cy empty
conf "$TMP/nomove.conf" nomove "$MAYORBOX_CYRUS_NOMOVE_PORT" none
total=0
for k in 1 2 3; do
	cy append INBOX $(pub $((2 * k - 1)) $((2 * k))) > /dev/null
	run_once "$TMP/nomove.conf" "$TMP/nomove$k.log"
done
[ "$(public_of nomove)" -eq 6 ] && [ "$(cy count INBOX.Filed)" -eq 6 ] && [ "$(cy deleted INBOX)" -eq 6 ] \
	&& grep -q "event=stopped filed=2 already_filed=0 " "$TMP/nomove3.log"
ok $? "cyrus without MOVE and UIDPLUS: three connections, each letter copied once (INBOX.Filed $(cy count INBOX.Filed), \\Deleted $(cy deleted INBOX))"
grep -q 'event=expunge_left_to_owner' "$TMP/nomove1.log"
ok $? "cyrus without UIDPLUS: the log says the owner's EXPUNGE removes the copies"
conf "$TMP/nomovex.conf" nomove "$MAYORBOX_CYRUS_NOMOVE_PORT" none expunge_without_uidplus=yes
cy append INBOX $(pub 7 8) > /dev/null
run_once "$TMP/nomovex.conf" "$TMP/nomovex.log"
[ "$(cy count INBOX)" -eq 0 ] && [ "$(cy count INBOX.Filed)" -eq 8 ]
ok $? "cyrus without UIDPLUS, expunge_without_uidplus = yes: EXPUNGE after the copy"

# --- a mailbox that is not there: the source stops, said once ---------------------------
conf "$TMP/nobox.conf" nobox "$PORT" none "mailbox=NoSuchBox"
run_once "$TMP/nobox.conf" "$TMP/nobox.log"
r=$?
[ $r -eq 75 ] && [ "$(grep -c 'event=source_stopped source=imap:nobox' "$TMP/nobox.log")" -eq 1 ] \
	&& grep 'event=source_stopped' "$TMP/nobox.log" | grep -q 'level=error' \
	&& grep 'event=source_stopped' "$TMP/nobox.log" | grep -q 'INBOX.NoSuchBox.*change mailbox'
ok $? "cyrus: mailbox = NoSuchBox: the source stops with one error naming INBOX.NoSuchBox and the key (exit $r)"

# --- implicit TLS to a plain port: nothing outside the log -------------------------------------
conf "$TMP/tls.conf" tls "$PORT" implicit
run_once "$TMP/tls.conf" "$TMP/tls.log"
r=$?
[ $r -eq 75 ] && ! grep -v '^ts=' "$TMP/tls.log" | grep -q . \
	&& grep 'level=warn event=source_unavailable source=imap:tls' "$TMP/tls.log" | grep -q "port $PORT with TLS"
ok $? "cyrus: tls = implicit to a plain port fails (exit $r): every stderr line is a log line ($(grep -c 'event=tls_library_message' "$TMP/tls.log") tls_library_message), source_unavailable names the port and TLS"
conf "$TMP/tlsok.conf" tlsok "$MAYORBOX_CYRUS_IMAPS_PORT" implicit
cy append INBOX $(pub 9 9) > /dev/null
run_once "$TMP/tlsok.conf" "$TMP/tlsok.log"
r=$?
[ $r -eq 0 ] && [ "$(letters_of tlsok)" -ge 1 ]
ok $? "cyrus: implicit TLS with the test CA (exit $r)"

cy empty
dropdb --if-exists $DB 2>/dev/null
echo "1..$n"
