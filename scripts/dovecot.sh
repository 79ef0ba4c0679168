#!/bin/sh
# dovecot.sh start|stop|status|env|add [-m FOLDER] DIR|uidvalidity N|doveadm ARGS
#
# A private Dovecot (Debian's dovecot-imapd) for the tests and the demo, in
# build/dovecot of this checkout (or $MAYORBOX_DOVECOT_DIR): its own
# configuration, a passwd-file user `mayor` whose password is in a file, a
# Maildir, and TLS from a test CA this script makes. Started with -F and
# stopped by the PID it started; nothing else is touched.
#
# Listeners, all on loopback and on two free ports (IMAP with STARTTLS and
# IMAPS; the same two as last time when they are still free, so a restart
# keeps clients' settings), on three addresses that each show one certificate:
#   127.0.0.1  a certificate for localhost and 127.0.0.1 from the test CA
#              (ca.pem): what a client with ca_file = ca.pem accepts
#   127.0.0.2  a certificate for 127.0.0.2 from another CA (untrusted)
#   127.0.0.3  a certificate from the test CA for mail.other.example
#              (the wrong host name)
#   127.0.0.4  no MOVE in the capabilities (for plain text, tls = none):
#              clients fall back to COPY, \Deleted and UID EXPUNGE
#   127.0.0.5  neither MOVE nor UIDPLUS: clients COPY and flag \Deleted,
#              and may not UID EXPUNGE
#
# Two more users with the same password, each with a Maildir of its own
# (userdb fields override the shared settings):
#   mayorns    personal folders under "INBOX." with the separator "." (as
#              Cyrus and Courier have them): Filed is INBOX.Filed
#   mayorq     a quota of 1 kB on every folder but INBOX (the quota plugin,
#              count driver): a COPY out of INBOX is refused (OVERQUOTA);
#              Dovecot lets a MOVE inside one quota root through
#
# Besides PLAIN and LOGIN with the password, `mayor` may log in with
# AUTHENTICATE XOAUTH2 (or OAUTHBEARER) and the token in etc/oauth.token: an
# oauth2 passdb asks tests/oauth_server.py (a token introspection endpoint on
# a free loopback port, started and stopped with Dovecot, by its PID in
# oauth.pid) whether the token is active. Any other token is refused.
#
#   eval "$(scripts/dovecot.sh env)"   # MAYORBOX_DOVECOT_* for the tests
#   scripts/dovecot.sh add tests/data/letters      # every *.eml into INBOX
#   scripts/dovecot.sh uidvalidity 4242            # INBOX gets a new UIDVALIDITY
#
# As root, the mail processes run as the system user mayorbox-mail (made
# here when missing: Dovecot refuses to run mail processes as UID 0) and the
# folder moves to /tmp when that user cannot reach the checkout.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DIR="${MAYORBOX_DOVECOT_DIR:-$ROOT/build/dovecot}"
MAILUSER=mayorbox-mail
IMAPUSER=mayor

if [ "$(id -u)" -eq 0 ]; then
	if ! getent passwd "$MAILUSER" > /dev/null 2>&1; then
		useradd --system --no-create-home --home-dir /nonexistent \
			--shell /usr/sbin/nologin "$MAILUSER"
	fi
	if [ -z "${MAYORBOX_DOVECOT_DIR:-}" ] && ! runuser -u "$MAILUSER" -- test -x "$ROOT" 2>/dev/null; then
		DIR=/tmp/mayorbox-dovecot-$(printf '%s' "$ROOT" | md5sum | cut -c1-12)
	fi
	LOGIN_USER=dovenull
	INTERNAL_USER=dovecot
	INTERNAL_GROUP=dovecot
	MUID=$(id -u "$MAILUSER")
	MGID=$(id -g "$MAILUSER")
else
	LOGIN_USER=$(id -un)
	INTERNAL_USER=$(id -un)
	INTERNAL_GROUP=$(id -gn)
	MUID=$(id -u)
	MGID=$(id -g)
fi
CONF="$DIR/etc/dovecot.conf"
TLS="$DIR/tls"
RUN="$DIR/run"
LOG="$DIR/log"
HOME_DIR="$DIR/home/$IMAPUSER"
PIDFILE="$DIR/dovecot.pid"
OAUTH_PIDFILE="$DIR/oauth.pid"

pid_of() { cat "$PIDFILE" 2>/dev/null || true; }
oauth_pid_of() { cat "$OAUTH_PIDFILE" 2>/dev/null || true; }
running() {
	pid=$(pid_of)
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}
free_port() {
	python3 -c 'import socket
for _ in range(50):
    s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]
    try:
        for a in ("127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5"):
            t = socket.socket(); t.bind((a, p)); t.close()
    except OSError:
        continue
    print(p); break'
}

# port_free PORT: nothing listens on PORT on any of the five addresses
# (SO_REUSEADDR, as Dovecot binds: connections left in TIME_WAIT by the last
# run do not count)
port_free() {
	python3 -c 'import socket, sys
p = int(sys.argv[1])
for a in ("127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5"):
    t = socket.socket(); t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    t.bind((a, p)); t.close()' "$1" 2>/dev/null
}

# The test CA, an untrusted CA, and three server certificates (openssl).
make_certs() {
	[ -f "$TLS/done" ] && return 0
	command -v openssl > /dev/null || { echo "dovecot.sh: openssl missing (scripts/deps.sh)" >&2; exit 69; }
	rm -rf "$TLS"
	mkdir -p "$TLS"
	(
		cd "$TLS"
		for ca in ca untrusted-ca; do
			openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=mayorbox $ca" \
				-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
				-keyout $ca.key -out $ca.pem > /dev/null 2>&1
		done
		leaf() {	# leaf NAME CA CN SAN
			openssl req -newkey rsa:2048 -nodes -subj "/CN=$3" -keyout "$1.key" -out "$1.csr" > /dev/null 2>&1
			printf 'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=%s\n' "$4" > "$1.ext"
			openssl x509 -req -in "$1.csr" -CA "$2.pem" -CAkey "$2.key" -CAcreateserial -days 3650 \
				-extfile "$1.ext" -out "$1.pem" > /dev/null 2>&1
			rm -f "$1.csr" "$1.ext"
		}
		leaf server ca localhost "DNS:localhost,IP:127.0.0.1"
		leaf untrusted untrusted-ca 127.0.0.2 "DNS:localhost,IP:127.0.0.2,IP:127.0.0.1"
		leaf wronghost ca mail.other.example "DNS:mail.other.example"
	)
	chmod 644 "$TLS"/*.pem
	chmod 600 "$TLS"/*.key
	touch "$TLS/done"
}

write_config() {
	imap=$1
	imaps=$2
	oauth=$3
	mkdir -p "$DIR/etc" "$RUN" "$DIR/state" "$HOME_DIR/Maildir/cur" "$HOME_DIR/Maildir/new" "$HOME_DIR/Maildir/tmp"
	if [ ! -f "$DIR/etc/password" ]; then
		python3 -c 'import secrets; print(secrets.token_hex(12))' > "$DIR/etc/password"
	fi
	chmod 600 "$DIR/etc/password"
	if [ ! -f "$DIR/etc/oauth.token" ]; then
		python3 -c 'import secrets; print(secrets.token_urlsafe(24))' > "$DIR/etc/oauth.token"
	fi
	chmod 600 "$DIR/etc/oauth.token"
	# the oauth2 passdb: the token checked by tests/oauth_server.py
	cat > "$DIR/etc/dovecot-oauth2.conf.ext" <<EOF
# written by scripts/dovecot.sh: XOAUTH2 and OAUTHBEARER checked by tests/oauth_server.py
introspection_mode = post
introspection_url = http://127.0.0.1:$oauth/introspect
force_introspection = yes
username_attribute = username
username_format = %Lu
active_attribute = active
active_value = true
timeout_msecs = 5000
EOF
	chmod 644 "$DIR/etc/dovecot-oauth2.conf.ext"
	printf '%s:{PLAIN}%s:%s:%s::%s::\n' "$IMAPUSER" "$(cat "$DIR/etc/password")" "$MUID" "$MGID" "$HOME_DIR" \
		> "$DIR/etc/passwd"
	pw=$(cat "$DIR/etc/password")
	printf '%s:{PLAIN}%s:%s:%s::%s::%s\n' mayorns "$pw" "$MUID" "$MGID" "$DIR/home/mayorns" \
		'userdb_namespace/inbox/prefix=INBOX. userdb_namespace/inbox/separator=.' >> "$DIR/etc/passwd"
	printf '%s:{PLAIN}%s:%s:%s::%s::%s\n' mayorq "$pw" "$MUID" "$MGID" "$DIR/home/mayorq" \
		'userdb_quota_rule=*:storage=1k userdb_quota_rule2=INBOX:ignore' >> "$DIR/etc/passwd"
	mkdir -p "$DIR/home/mayorns" "$DIR/home/mayorq"
	dh=""
	[ -f /usr/share/dovecot/dh.pem ] && dh="ssl_dh = </usr/share/dovecot/dh.pem"
	cat > "$CONF" <<EOF
# written by scripts/dovecot.sh: a private Dovecot for mayorbox's tests
base_dir = $RUN
state_dir = $DIR/state
instance_name = mayorbox-$(printf '%s' "$DIR" | md5sum | cut -c1-8)
protocols = imap
listen = 127.0.0.1, 127.0.0.2, 127.0.0.3, 127.0.0.4, 127.0.0.5
log_path = $LOG
default_login_user = $LOGIN_USER
default_internal_user = $INTERNAL_USER
default_internal_group = $INTERNAL_GROUP
first_valid_uid = 1
mail_location = maildir:~/Maildir
# quotas only where a userdb field sets a rule (mayorq)
mail_plugins = \$mail_plugins quota
plugin {
  quota = count:User quota
  quota_vsizes = yes
}
namespace inbox {
  inbox = yes
  separator = /
}
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2 oauthbearer
# XOAUTH2 and OAUTHBEARER only: the token alone decides (never the password);
# every other lookup skips this passdb
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $DIR/etc/dovecot-oauth2.conf.ext
  result_failure = return-fail
  result_internalfail = return-fail
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $DIR/etc/passwd
}
userdb {
  driver = passwd-file
  args = username_format=%u $DIR/etc/passwd
}
ssl = yes
ssl_cert = <$TLS/server.pem
ssl_key = <$TLS/server.key
$dh
local 127.0.0.2 {
  ssl_cert = <$TLS/untrusted.pem
  ssl_key = <$TLS/untrusted.key
}
local 127.0.0.3 {
  ssl_cert = <$TLS/wronghost.pem
  ssl_key = <$TLS/wronghost.key
}
local 127.0.0.4 {
  protocol imap {
    imap_capability = IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ UIDPLUS
  }
}
local 127.0.0.5 {
  protocol imap {
    imap_capability = IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ NAMESPACE
  }
}
service imap-login {
  inet_listener imap {
    port = $imap
  }
  inet_listener imaps {
    port = $imaps
    ssl = yes
  }
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
protocol imap {
  mail_max_userip_connections = 200
  mail_plugins = \$mail_plugins imap_quota
}
EOF
	echo "$imap" > "$DIR/imap_port"
	echo "$imaps" > "$DIR/imaps_port"
}

fix_owner() {
	if [ "$(id -u)" -eq 0 ]; then
		chown -R "$MAILUSER:" "$DIR/home"
		chmod 755 "$DIR" "$DIR/etc" "$DIR/home" "$RUN" 2>/dev/null || true
		chmod 644 "$DIR/etc/passwd"	# read by the auth process (a test password)
	fi
}

start() {
	command -v dovecot > /dev/null || { echo "dovecot.sh: dovecot not installed (scripts/deps.sh)" >&2; exit 69; }
	running && return 0
	mkdir -p "$DIR"
	chmod 755 "$DIR"
	make_certs
	# the same ports as last time when they are free: clients keep their settings
	imap=$(cat "$DIR/imap_port" 2>/dev/null || true)
	imaps=$(cat "$DIR/imaps_port" 2>/dev/null || true)
	if [ -z "$imap" ] || [ -z "$imaps" ] || [ "$imap" = "$imaps" ] || ! port_free "$imap" || ! port_free "$imaps"; then
		imap=$(free_port)
		imaps=$(free_port)
	fi
	start_oauth
	write_config "$imap" "$imaps" "$(cat "$DIR/oauth_port")"
	fix_owner
	: > "$LOG"
	dovecot -F -c "$CONF" > "$DIR/stdout" 2>&1 &
	echo $! > "$PIDFILE"
	i=0
	port=$(cat "$DIR/imap_port")
	while ! python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $port), 1).close()" 2>/dev/null; do
		i=$((i + 1))
		if [ $i -ge 100 ] || ! running; then
			echo "dovecot.sh: dovecot did not start:" >&2
			tail -20 "$LOG" "$DIR/stdout" >&2
			stop
			exit 70
		fi
		sleep 0.1
	done
}

# tests/oauth_server.py: the introspection endpoint of the oauth2 passdb, on a
# free port written to oauth_port (its PID to oauth.pid)
start_oauth() {
	stop_oauth
	rm -f "$DIR/oauth_port"
	python3 "$ROOT/tests/oauth_server.py" "$DIR" "$IMAPUSER" > "$DIR/oauth.log" 2>&1 &
	opid=$!
	i=0
	while [ ! -s "$DIR/oauth_port" ] || [ ! -s "$OAUTH_PIDFILE" ]; do
		i=$((i + 1))
		if [ $i -ge 100 ] || ! kill -0 "$opid" 2>/dev/null; then
			echo "dovecot.sh: the OAuth2 introspection server did not start:" >&2
			tail -20 "$DIR/oauth.log" >&2
			kill -TERM "$opid" 2>/dev/null || true
			rm -f "$OAUTH_PIDFILE"
			exit 70
		fi
		sleep 0.1
	done
}

stop_oauth() {
	opid=$(oauth_pid_of)
	if [ -n "$opid" ] && kill -0 "$opid" 2>/dev/null; then
		kill -TERM "$opid"	# by the PID it wrote
		i=0
		while kill -0 "$opid" 2>/dev/null && [ $i -lt 50 ]; do
			sleep 0.1
			i=$((i + 1))
		done
	fi
	rm -f "$OAUTH_PIDFILE"
}

stop() {
	if running; then
		pid=$(pid_of)
		# the master's children (imap, login, log) end with it: open
		# sessions must break when the server stops
		kids=$(ps -o pid= --ppid "$pid" 2>/dev/null | tr -d ' ')
		kill -TERM "$pid"	# by the PID we started
		[ -n "$kids" ] && kill -TERM $kids 2>/dev/null
		i=0
		while kill -0 "$pid" 2>/dev/null && [ $i -lt 100 ]; do
			sleep 0.1
			i=$((i + 1))
		done
	fi
	rm -f "$PIDFILE"
	stop_oauth
}

doveadm_() {
	doveadm -c "$CONF" "$@"
}

# add [-m FOLDER] DIR: every *.eml of DIR (or DIR itself when a file) as a
# new message of FOLDER (INBOX by default), written into the Maildir.
add() {
	folder=INBOX
	if [ "${1:-}" = -m ]; then folder=$2; shift 2; fi
	[ $# -eq 1 ] || { echo "usage: dovecot.sh add [-m FOLDER] DIR" >&2; exit 64; }
	if [ "$folder" = INBOX ]; then
		md="$HOME_DIR/Maildir"
	else
		md="$HOME_DIR/Maildir/.$(printf '%s' "$folder" | tr / .)"
		running && doveadm_ mailbox create -u "$IMAPUSER" "$folder" 2>/dev/null || true
		mkdir -p "$md/cur" "$md/new" "$md/tmp"
	fi
	if [ -d "$1" ]; then
		find "$1" -maxdepth 1 -type f -name '*.eml' | sort > "$DIR/add.list"
	else
		printf '%s\n' "$1" > "$DIR/add.list"
	fi
	now=$(date +%s)
	host=$(hostname 2>/dev/null || echo localhost)
	n=0
	while IFS= read -r f; do
		n=$((n + 1))
		name="$now.M${n}P$$.$host"
		cp "$f" "$md/tmp/$name"
		[ "$(id -u)" -ne 0 ] || chown "$MAILUSER:" "$md/tmp/$name"
		mv "$md/tmp/$name" "$md/new/$name"
	done < "$DIR/add.list"
	rm -f "$DIR/add.list"
	echo "added $n"
}

case "${1:-}" in
start) start ;;
stop) stop ;;
status)
	if running; then
		echo "running, pid $(pid_of), imap 127.0.0.1:$(cat "$DIR/imap_port"), imaps 127.0.0.1:$(cat "$DIR/imaps_port"), folder $DIR"
	else
		echo stopped
		exit 3
	fi
	;;
env)
	cat <<EOF
MAYORBOX_DOVECOT_DIR=$DIR; export MAYORBOX_DOVECOT_DIR
MAYORBOX_DOVECOT_CONF=$CONF; export MAYORBOX_DOVECOT_CONF
MAYORBOX_DOVECOT_HOST=127.0.0.1; export MAYORBOX_DOVECOT_HOST
MAYORBOX_DOVECOT_UNTRUSTED_HOST=127.0.0.2; export MAYORBOX_DOVECOT_UNTRUSTED_HOST
MAYORBOX_DOVECOT_WRONGHOST_HOST=127.0.0.3; export MAYORBOX_DOVECOT_WRONGHOST_HOST
MAYORBOX_DOVECOT_NOMOVE_HOST=127.0.0.4; export MAYORBOX_DOVECOT_NOMOVE_HOST
MAYORBOX_DOVECOT_NOUIDPLUS_HOST=127.0.0.5; export MAYORBOX_DOVECOT_NOUIDPLUS_HOST
MAYORBOX_DOVECOT_NS_USER=mayorns; export MAYORBOX_DOVECOT_NS_USER
MAYORBOX_DOVECOT_QUOTA_USER=mayorq; export MAYORBOX_DOVECOT_QUOTA_USER
MAYORBOX_DOVECOT_IMAP_PORT=$(cat "$DIR/imap_port" 2>/dev/null); export MAYORBOX_DOVECOT_IMAP_PORT
MAYORBOX_DOVECOT_IMAPS_PORT=$(cat "$DIR/imaps_port" 2>/dev/null); export MAYORBOX_DOVECOT_IMAPS_PORT
MAYORBOX_DOVECOT_USER=$IMAPUSER; export MAYORBOX_DOVECOT_USER
MAYORBOX_DOVECOT_PASSWORD_FILE=$DIR/etc/password; export MAYORBOX_DOVECOT_PASSWORD_FILE
MAYORBOX_DOVECOT_OAUTH_TOKEN_FILE=$DIR/etc/oauth.token; export MAYORBOX_DOVECOT_OAUTH_TOKEN_FILE
MAYORBOX_DOVECOT_CA_FILE=$TLS/ca.pem; export MAYORBOX_DOVECOT_CA_FILE
MAYORBOX_DOVECOT_UNTRUSTED_CA_FILE=$TLS/untrusted-ca.pem; export MAYORBOX_DOVECOT_UNTRUSTED_CA_FILE
EOF
	;;
add) shift; add "$@" ;;
uidvalidity)
	[ $# -eq 2 ] || { echo "usage: dovecot.sh uidvalidity N [MAILBOX]" >&2; exit 64; }
	doveadm_ mailbox update -u "$IMAPUSER" --uid-validity "$2" "${3:-INBOX}"
	;;
doveadm) shift; doveadm_ "$@" ;;
*) echo "usage: dovecot.sh start|stop|status|env|add [-m FOLDER] DIR|uidvalidity N [MAILBOX]|doveadm ARGS" >&2; exit 64 ;;
esac
