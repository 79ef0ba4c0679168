#!/bin/sh
# smtp.sh start|stop|status|env - a private Postfix (Debian's postfix) for
# the tests of outgoing mail, in build/smtp of this checkout (or
# $MAYORBOX_SMTP_DIR): its own main.cf and master.cf, queue and data
# folders, TLS from a test CA this script makes, SMTP AUTH (PLAIN, LOGIN) for
# one user whose password is in a file, and every accepted message - to any
# address at any domain - delivered as one file into a Maildir. Postfix's
# master runs in the foreground (master -s) in the background and is
# stopped by the PID it started; SMTP AUTH is answered by a Dovecot
# (dovecot-core, already needed for the IMAP tests) that runs only its auth
# service on a socket in our folder, also started with -F and stopped by its
# PID. A system-wide Postfix (the package's own, on port 25) is never
# touched: ours shares no file with it.
#
# (Why not OpenSMTPD: Debian 12's opensmtpd 6.8.0p2 fails every TLS
# handshake on OpenSSL 3 - "EVP lib", OpenSMTPD issues #1171 and #1239.)
#
# Postfix's master must start as root (its daemons drop to the postfix
# user). Not as root, the script runs itself again through sudo -n, and the
# messages are delivered as the calling user.
#
# Listeners, all on two free ports (the same two as last time when they are
# still free, so a restart keeps clients' settings):
#   127.0.0.1:PORT      plain SMTP with STARTTLS offered; AUTH offered after
#                       STARTTLS only, and optional
#   127.0.0.1:TLS_PORT  implicit TLS (smtps); AUTH required
#   127.0.0.2:PORT, 127.0.0.2:TLS_PORT
#                       the same, with a certificate from another CA
#                       (untrusted: a verifying client must refuse)
# The certificate of 127.0.0.1 is for localhost and 127.0.0.1, from the test
# CA (ca.pem). Recipients whose local part starts with "later" get a 452
# (try again later). Recipients whose local part starts with "refuse" are refused
# (550 5.7.1) so that permanent failures can be tested.
#
#   eval "$(scripts/smtp.sh env)"   # MAYORBOX_SMTP_* for the tests
#
# The delivered messages are the files of $MAYORBOX_SMTP_MAILDIR (the new/
# folder of the Maildir); Postfix adds at their top Return-Path: <envelope
# sender>, X-Original-To: <recipient as given in RCPT TO> and Delivered-To:
# <recipient>.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)

if [ "$(id -u)" -ne 0 ]; then
	case "${1:-}" in
	start|stop|status|env)
		if command -v sudo > /dev/null 2>&1 && sudo -n true 2>/dev/null; then
			exec sudo -n MAYORBOX_SMTP_DIR="${MAYORBOX_SMTP_DIR:-$ROOT/build/smtp}" \
				MAYORBOX_SMTP_DELIVER_AS="$(id -un)" sh "$0" "$@"
		fi
		echo "smtp.sh: Postfix starts as root: run as root or with sudo" >&2
		exit 69
		;;
	esac
fi

DIR="${MAYORBOX_SMTP_DIR:-$ROOT/build/smtp}"
MAILUSER="${MAYORBOX_SMTP_DELIVER_AS:-mayorbox-mail}"
SMTPUSER=mayor
if [ "$MAILUSER" = mayorbox-mail ] && ! getent passwd "$MAILUSER" > /dev/null 2>&1; then
	useradd --system --no-create-home --home-dir /nonexistent \
		--shell /usr/sbin/nologin "$MAILUSER"
fi
# the delivering user and Postfix's must reach the folder
if [ -z "${MAYORBOX_SMTP_DIR:-}" ] && ! runuser -u "$MAILUSER" -- test -x "$ROOT" 2>/dev/null; then
	DIR=/tmp/mayorbox-smtp-$(printf '%s' "$ROOT" | md5sum | cut -c1-12)
fi
TLS="$DIR/tls"
LOG="$DIR/log"
MAILDIR="$DIR/Maildir"
PIDFILE="$DIR/master.pid"
AUTH_PIDFILE="$DIR/auth.pid"
MASTER=/usr/lib/postfix/sbin/master

pid_of() { cat "$PIDFILE" 2>/dev/null || true; }
running() {
	pid=$(pid_of)
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}
auth_running() {
	apid=$(cat "$AUTH_PIDFILE" 2>/dev/null || true)
	[ -n "$apid" ] && kill -0 "$apid" 2>/dev/null
}
free_port() {
	python3 -c 'import socket
for _ in range(50):
    s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]
    try:
        t = socket.socket(); t.bind(("127.0.0.2", p)); t.close()
    except OSError:
        continue
    print(p); break'
}
# ports_free PORT...: nothing listens on the PORTs on either address
# (SO_REUSEADDR, as Postfix binds: connections left in TIME_WAIT do not count)
ports_free() {
	python3 -c 'import socket, sys
for p in sys.argv[1:]:
    for a in ("127.0.0.1", "127.0.0.2"):
        t = socket.socket(); t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        t.bind((a, int(p))); t.close()' "$@" 2>/dev/null
}
# wait_ports SOCKET PORT...: until the PORTs answer on both addresses and the
# SOCKET exists, while the PIDs in the pid files live (10 s at most)
wait_ports() {
	python3 -c 'import os, socket, sys, time
sock, pidfiles, ports = sys.argv[1], sys.argv[2].split(","), sys.argv[3:]
def alive():
    for f in pidfiles:
        try:
            os.kill(int(open(f).read()), 0)
        except (OSError, ValueError):
            return False
    return True
deadline = time.time() + 10
todo = [(a, int(p)) for p in ports for a in ("127.0.0.1", "127.0.0.2")]
while time.time() < deadline and alive():
    left = []
    for a in todo:
        try:
            socket.create_connection(a, 1).close()
        except OSError:
            left.append(a)
    todo = left
    if not todo and os.path.exists(sock):
        sys.exit(0)
    time.sleep(0.05)
sys.exit(1)' "$@"
}

# The test CA, an untrusted CA, and two server certificates (openssl).
make_certs() {
	[ -f "$TLS/done" ] && return 0
	command -v openssl > /dev/null || { echo "smtp.sh: openssl missing (scripts/deps.sh)" >&2; exit 69; }
	rm -rf "$TLS"
	mkdir -p "$TLS"
	(
		cd "$TLS"
		for ca in ca untrusted-ca; do
			openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=mayorbox smtp $ca" \
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
	)
	chmod 644 "$TLS"/*.pem
	chmod 600 "$TLS"/*.key
	touch "$TLS/done"
}

write_config() {
	port=$1
	tls_port=$2
	mkdir -p "$DIR/etc" "$DIR/queue" "$DIR/data" "$DIR/run" "$DIR/auth" \
		"$MAILDIR/cur" "$MAILDIR/new" "$MAILDIR/tmp"
	if [ ! -f "$DIR/etc/password" ]; then
		python3 -c 'import secrets; print(secrets.token_hex(12))' > "$DIR/etc/password"
	fi
	chmod 600 "$DIR/etc/password"
	[ -z "${MAYORBOX_SMTP_DELIVER_AS:-}" ] || chown "$MAILUSER" "$DIR/etc/password"
	muid=$(id -u "$MAILUSER")
	mgid=$(id -g "$MAILUSER")
	# Dovecot's passdb (read by its auth process only)
	printf '%s:{PLAIN}%s::::::\n' "$SMTPUSER" "$(cat "$DIR/etc/password")" > "$DIR/etc/auth-users"
	chmod 640 "$DIR/etc/auth-users"
	chgrp dovecot "$DIR/etc/auth-users"
	printf '%s\n' '/^refuse/ REJECT 5.7.1 refused by the test server' \
		'/^later/ 452 4.2.2 mailbox full for now (the test server)' > "$DIR/etc/refuse"
	cat > "$DIR/etc/dovecot-auth.conf" <<EOF
# written by scripts/smtp.sh: SMTP AUTH for the private Postfix
base_dir = $DIR/auth
state_dir = $DIR/auth
instance_name = mayorbox-smtp-$(printf '%s' "$DIR" | md5sum | cut -c1-8)
protocols = none
log_path = $DIR/auth.log
default_login_user = dovenull
default_internal_user = dovecot
default_internal_group = dovecot
disable_plaintext_auth = no
auth_mechanisms = plain login
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $DIR/etc/auth-users
}
userdb {
  driver = static
  args = uid=$muid gid=$mgid home=/nonexistent
}
service auth {
  unix_listener $DIR/run/auth {
    mode = 0660
    user = postfix
    group = postfix
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
EOF
	cat > "$DIR/etc/main.cf" <<EOF
# written by scripts/smtp.sh: a private Postfix for mayorbox's tests
compatibility_level = 3.6
queue_directory = $DIR/queue
data_directory = $DIR/data
command_directory = /usr/sbin
daemon_directory = /usr/lib/postfix/sbin
mail_owner = postfix
setgid_group = postdrop
maillog_file = $DIR/log
maillog_file_prefixes = $DIR
myhostname = smtp.mayorbox.test
mydomain = mayorbox.test
myorigin = \$myhostname
inet_interfaces = loopback-only
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
mydestination =
relay_domains =
alias_maps =
alias_database =
local_recipient_maps =
biff = no
# every address at every domain: into the one Maildir, as one user
virtual_mailbox_domains = static:all
virtual_mailbox_base = $DIR
virtual_mailbox_maps = static:Maildir/
virtual_uid_maps = static:$muid
virtual_gid_maps = static:$mgid
virtual_minimum_uid = 1
smtpd_recipient_restrictions = check_recipient_access regexp:$DIR/etc/refuse,
  permit_mynetworks, permit_sasl_authenticated, reject
smtpd_tls_cert_file = $TLS/server.pem
smtpd_tls_key_file = $TLS/server.key
smtpd_tls_security_level = may
smtpd_tls_auth_only = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = $DIR/run/auth
smtpd_sasl_auth_enable = yes
broken_sasl_auth_clients = no
smtpd_tls_loglevel = 1
EOF
	untrusted="-o smtpd_tls_cert_file=$TLS/untrusted.pem -o smtpd_tls_key_file=$TLS/untrusted.key"
	smtps="-o smtpd_tls_wrappermode=yes -o smtpd_tls_security_level=encrypt -o smtpd_client_restrictions=permit_sasl_authenticated,reject"
	cat > "$DIR/etc/master.cf" <<EOF
# written by scripts/smtp.sh; nothing chrooted
127.0.0.1:$port      inet n - n - - smtpd
127.0.0.1:$tls_port  inet n - n - - smtpd $smtps
127.0.0.2:$port      inet n - n - - smtpd $untrusted
127.0.0.2:$tls_port  inet n - n - - smtpd $smtps $untrusted
pickup    unix n - n 60 1 pickup
cleanup   unix n - n - 0 cleanup
qmgr      unix n - n 300 1 qmgr
tlsmgr    unix - - n 1000? 1 tlsmgr
rewrite   unix - - n - - trivial-rewrite
bounce    unix - - n - 0 bounce
defer     unix - - n - 0 bounce
trace     unix - - n - 0 bounce
verify    unix - - n - 1 verify
flush     unix n - n 1000? 0 flush
proxymap  unix - - n - - proxymap
smtp      unix - - n - - smtp
relay     unix - - n - - smtp
showq     unix n - n - - showq
error     unix - - n - - error
retry     unix - - n - - error
discard   unix - - n - - discard
virtual   unix - n n - - virtual
anvil     unix - - n - 1 anvil
scache    unix - - n - 1 scache
postlog   unix-dgram n - n - 1 postlogd
EOF
	echo "$port" > "$DIR/port"
	echo "$tls_port" > "$DIR/tls_port"
}

start() {
	[ -x "$MASTER" ] || { echo "smtp.sh: postfix not installed (scripts/deps.sh)" >&2; exit 69; }
	command -v dovecot > /dev/null || { echo "smtp.sh: dovecot not installed (scripts/deps.sh)" >&2; exit 69; }
	running && return 0
	stop	# what is left of a half start
	mkdir -p "$DIR"
	chmod 755 "$DIR"
	make_certs
	# the same ports as last time when they are free: clients keep their settings
	port=$(cat "$DIR/port" 2>/dev/null || true)
	tls_port=$(cat "$DIR/tls_port" 2>/dev/null || true)
	if [ -z "$port" ] || [ -z "$tls_port" ] || [ "$port" = "$tls_port" ] \
		|| ! ports_free "$port" "$tls_port"; then
		port=$(free_port)
		tls_port=$(free_port)
	fi
	write_config "$port" "$tls_port"
	chown -R "$MAILUSER" "$MAILDIR"
	chmod 700 "$MAILDIR"
	chmod 755 "$DIR/run" "$DIR/auth"
	chown postfix "$DIR/data"
	# creates the queue's folders with their owners; refuses a broken main.cf
	script -qec "postfix -c $DIR/etc check" /dev/null > "$DIR/check.log" 2>&1 \
		|| { echo "smtp.sh: postfix check failed:" >&2; cat "$DIR/check.log" >&2; exit 70; }
	: > "$LOG"
	: > "$DIR/auth.log"
	dovecot -F -c "$DIR/etc/dovecot-auth.conf" > "$DIR/auth.stdout" 2>&1 &
	echo $! > "$AUTH_PIDFILE"
	# master stays in the foreground: $! is its PID
	"$MASTER" -c "$DIR/etc" -s > "$DIR/stdout" 2>&1 &
	echo $! > "$PIDFILE"
	if ! wait_ports "$DIR/run/auth" "$PIDFILE,$AUTH_PIDFILE" "$port" "$tls_port"; then
		echo "smtp.sh: postfix did not start:" >&2
		tail -n 20 "$LOG" "$DIR/stdout" "$DIR/auth.log" "$DIR/auth.stdout" >&2
		stop
		exit 70
	fi
}

# stop: TERM to the PIDs we started (Postfix's master passes it on to its
# children, smtpd, qmgr, ...; Dovecot's likewise), wait, then KILL
stop() {
	pids=""
	for f in "$PIDFILE" "$AUTH_PIDFILE"; do
		p=$(cat "$f" 2>/dev/null || true)
		if [ -n "$p" ] && kill -0 "$p" 2>/dev/null; then
			kill -TERM "$p"
			pids="$pids $p"
		fi
	done
	for p in $pids; do
		i=0
		while kill -0 "$p" 2>/dev/null && [ $i -lt 100 ]; do
			sleep 0.1
			i=$((i + 1))
		done
		kill -0 "$p" 2>/dev/null && kill -KILL "$p" 2>/dev/null
	done
	rm -f "$PIDFILE" "$AUTH_PIDFILE"
}

case "${1:-}" in
start) start ;;
stop) stop ;;
status)
	if running && auth_running; then
		echo "running, pid $(pid_of), smtp 127.0.0.1:$(cat "$DIR/port"), smtps 127.0.0.1:$(cat "$DIR/tls_port"), folder $DIR"
	else
		echo stopped
		exit 3
	fi
	;;
env)
	cat <<EOF
MAYORBOX_SMTP_DIR=$DIR; export MAYORBOX_SMTP_DIR
MAYORBOX_SMTP_HOST=127.0.0.1; export MAYORBOX_SMTP_HOST
MAYORBOX_SMTP_UNTRUSTED_HOST=127.0.0.2; export MAYORBOX_SMTP_UNTRUSTED_HOST
MAYORBOX_SMTP_PORT=$(cat "$DIR/port" 2>/dev/null); export MAYORBOX_SMTP_PORT
MAYORBOX_SMTP_TLS_PORT=$(cat "$DIR/tls_port" 2>/dev/null); export MAYORBOX_SMTP_TLS_PORT
MAYORBOX_SMTP_CA=$TLS/ca.pem; export MAYORBOX_SMTP_CA
MAYORBOX_SMTP_UNTRUSTED_CA=$TLS/untrusted-ca.pem; export MAYORBOX_SMTP_UNTRUSTED_CA
MAYORBOX_SMTP_USER=$SMTPUSER; export MAYORBOX_SMTP_USER
MAYORBOX_SMTP_PASSWORD_FILE=$DIR/etc/password; export MAYORBOX_SMTP_PASSWORD_FILE
MAYORBOX_SMTP_MAILDIR=$MAILDIR/new; export MAYORBOX_SMTP_MAILDIR
MAYORBOX_SMTP_LOG=$LOG; export MAYORBOX_SMTP_LOG
EOF
	;;
*) echo "usage: smtp.sh start|stop|status|env" >&2; exit 64 ;;
esac
