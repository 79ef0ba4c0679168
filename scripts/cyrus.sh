#!/bin/sh
# cyrus.sh unpack|start|stop|status|env|tool ARGS|admin ARGS
#
# A private Cyrus IMAP 3.6 (Debian's cyrus-imapd) for the tests: the second
# real IMAP server beside Dovecot, set up as Debian ships it (personal
# folders under "INBOX." with the separator ".": altnamespace and
# unixhierarchysep off; a user may not create top-level folders; no
# UTF8=ACCEPT), in build/cyrus of this checkout (or $MAYORBOX_CYRUS_DIR).
#
# Debian's cyrus-imapd conflicts with dovecot-imapd, so it is not installed:
# `unpack` fetches the .debs with `apt-get download` and extracts them with
# dpkg-deb into build/cyrus/root (scripts/deps.sh installs the libraries they
# need and calls it). The master process is started with -D (it keeps its
# PID) and stopped by that PID.
#
# Listeners on 127.0.0.1, free ports:
#   imap    plain text and STARTTLS (a certificate for 127.0.0.1 and localhost
#           from this script's test CA, ca.pem)
#   imaps   implicit TLS, the same certificate
#   nomove  plain text, MOVE and UIDPLUS taken out of the capabilities
#           (suppress_capabilities): clients COPY, flag \Deleted and may not
#           UID EXPUNGE
# User `mayor` (password in etc/password, sasldb), admin `cyradm`.
#
#   eval "$(scripts/cyrus.sh env)"          # MAYORBOX_CYRUS_* for the tests
#   scripts/cyrus.sh tool append INBOX tests/data/letters/001-*.eml
#   scripts/cyrus.sh tool count INBOX.Filed
#   scripts/cyrus.sh admin setquota user.mayor.Full 1
#
# As root the server runs as the system user mayorbox-cyrus (made here when
# missing); the folder moves to /tmp when that user cannot reach the
# checkout.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DIR="${MAYORBOX_CYRUS_DIR:-$ROOT/build/cyrus}"
RUNUSER=mayorbox-cyrus
IMAPUSER=mayor
ADMIN=cyradm
REALM=mbcyrus

if [ "$(id -u)" -eq 0 ]; then
	if ! getent passwd "$RUNUSER" > /dev/null 2>&1; then
		useradd --system --no-create-home --home-dir /nonexistent \
			--shell /usr/sbin/nologin "$RUNUSER"
	fi
	if [ -z "${MAYORBOX_CYRUS_DIR:-}" ] && ! runuser -u "$RUNUSER" -- test -x "$ROOT" 2>/dev/null; then
		DIR=/tmp/mayorbox-cyrus-$(printf '%s' "$ROOT" | md5sum | cut -c1-12)
	fi
	CUSER=$RUNUSER
	CGROUP=$(id -gn "$RUNUSER")
else
	CUSER=$(id -un)
	CGROUP=$(id -gn)
fi
PKG="$DIR/root"
BIN="$PKG/usr/lib/cyrus/bin"
RUN="$DIR/run"
ETC="$DIR/etc"
PIDFILE="$DIR/master.pid"
LIBS="$PKG/usr/lib/x86_64-linux-gnu"

pid_of() { cat "$PIDFILE" 2>/dev/null || true; }
running() {
	pid=$(pid_of)
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

unpack() {
	[ -x "$BIN/master" ] && [ -x "$BIN/imapd" ] && return 0
	mkdir -p "$DIR/debs"
	chmod 777 "$DIR/debs"	# apt-get download runs as _apt
	(cd "$DIR/debs" && apt-get download cyrus-imapd cyrus-common > /dev/null 2>&1) || {
		echo "cyrus.sh: apt-get download cyrus-imapd cyrus-common failed" >&2
		return 69
	}
	rm -rf "$PKG"
	for d in "$DIR"/debs/cyrus-*.deb; do dpkg-deb -x "$d" "$PKG"; done
	[ -x "$BIN/master" ] || { echo "cyrus.sh: no master in the unpacked packages" >&2; return 69; }
}

# The test CA and a server certificate for 127.0.0.1 and localhost.
make_tls() {
	[ -s "$ETC/ca.pem" ] && [ -s "$ETC/server.pem" ] && return 0
	mkdir -p "$ETC"
	openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=mayorbox cyrus test CA" \
		-keyout "$ETC/ca.key" -out "$ETC/ca.pem" > /dev/null 2>&1
	openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$ETC/server.key" \
		-out "$ETC/server.csr" > /dev/null 2>&1
	printf 'subjectAltName = IP:127.0.0.1, DNS:localhost\nbasicConstraints = CA:FALSE\nextendedKeyUsage = serverAuth\n' > "$ETC/ext"
	openssl x509 -req -in "$ETC/server.csr" -CA "$ETC/ca.pem" -CAkey "$ETC/ca.key" \
		-CAcreateserial -days 3650 -extfile "$ETC/ext" -out "$ETC/server.pem" > /dev/null 2>&1
}

write_config() {
	imap=$1 imaps=$2 nomove=$3
	cat > "$ETC/imapd.conf" <<EOF
configdirectory: $RUN/conf
proc_path: $RUN/proc
mboxname_lockpath: $RUN/lock
defaultpartition: default
partition-default: $RUN/mail
altnamespace: no
unixhierarchysep: no
autocreate_quota: 0
umask: 077
hashimapspool: true
allowplaintext: yes
sasl_pwcheck_method: auxprop
sasl_auxprop_plugin: sasldb
sasl_sasldb_path: $ETC/sasldb2
sasl_mech_list: PLAIN LOGIN
admins: $ADMIN
cyrus_user: $CUSER
cyrus_group: $CGROUP
idlesocket: $RUN/socket/idle
notifysocket: $RUN/socket/notify
lmtpsocket: $RUN/socket/lmtp
servername: $REALM
tls_server_cert: $ETC/server.pem
tls_server_key: $ETC/server.key
tls_client_ca_file: $ETC/ca.pem
EOF
	{ cat "$ETC/imapd.conf"; printf 'suppress_capabilities: MOVE UIDPLUS\n'; } > "$ETC/nomove.conf"
	cat > "$ETC/cyrus.conf" <<EOF
START {
	recover cmd="$BIN/ctl_cyrusdb -C $ETC/imapd.conf -r"
}
SERVICES {
	imap cmd="$BIN/imapd -C $ETC/imapd.conf" listen="127.0.0.1:$imap" prefork=0 maxchild=50
	imaps cmd="$BIN/imapd -s -C $ETC/imapd.conf" listen="127.0.0.1:$imaps" prefork=0 maxchild=50
	nomove cmd="$BIN/imapd -C $ETC/nomove.conf" listen="127.0.0.1:$nomove" prefork=0 maxchild=50
}
EVENTS {
}
EOF
	printf '%s\n%s\n%s\n' "$imap" "$imaps" "$nomove" > "$DIR/ports"
}

port() { sed -n "${1}p" "$DIR/ports" 2>/dev/null; }

start() {
	running && return 0
	unpack
	mkdir -p "$DIR" "$ETC" "$RUN/conf" "$RUN/proc" "$RUN/lock" "$RUN/mail" "$RUN/socket"
	make_tls
	if [ ! -s "$ETC/password" ]; then
		(umask 077; python3 -c 'import secrets; print(secrets.token_urlsafe(18))' > "$ETC/password")
		(umask 077; python3 -c 'import secrets; print(secrets.token_urlsafe(18))' > "$ETC/admin.password")
	fi
	rm -f "$ETC/sasldb2"
	saslpasswd2 -p -c -f "$ETC/sasldb2" -u "$REALM" "$IMAPUSER" < "$ETC/password"
	saslpasswd2 -p -c -f "$ETC/sasldb2" -u "$REALM" "$ADMIN" < "$ETC/admin.password"
	write_config "$(free_port)" "$(free_port)" "$(free_port)"
	if [ "$(id -u)" -eq 0 ]; then
		chown -R "$CUSER:$CGROUP" "$RUN" "$ETC"
		chmod 644 "$ETC/ca.pem"
		chmod 755 "$DIR"
	fi
	LD_LIBRARY_PATH="$LIBS" "$BIN/master" -D -C "$ETC/imapd.conf" -M "$ETC/cyrus.conf" \
		-p "$DIR/master.ownpid" > "$DIR/log" 2>&1 < /dev/null &
	echo $! > "$PIDFILE"
	i=0
	while ! python3 -c "import socket; socket.create_connection(('127.0.0.1', $(port 1)), 1).close()" 2>/dev/null \
		|| ! python3 -c "import socket; socket.create_connection(('127.0.0.1', $(port 3)), 1).close()" 2>/dev/null; do
		i=$((i + 1))
		if [ $i -ge 300 ] || ! running; then
			echo "cyrus.sh: cyrus did not start:" >&2
			tail -20 "$DIR/log" >&2
			stop
			exit 70
		fi
		sleep 0.1
	done
	# the user's mailbox (the admin makes it; a user cannot)
	admin create user.$IMAPUSER > /dev/null 2>&1 || true
	[ "$(tool count INBOX)" -ge 0 ] || { echo "cyrus.sh: the user cannot log in" >&2; stop; exit 70; }
}

stop() {
	if running; then
		pid=$(pid_of)
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
}

tool() {
	python3 "$ROOT/tests/imap_tool.py" --port "$(port 1)" --user "$IMAPUSER" \
		--password-file "$ETC/password" "$@"
}
admin() {
	python3 "$ROOT/tests/imap_tool.py" --port "$(port 1)" --user "$ADMIN" \
		--password-file "$ETC/admin.password" "$@"
}

case "${1:-}" in
unpack) unpack ;;
start) start ;;
stop) stop ;;
status)
	if running; then
		echo "running, pid $(pid_of), imap 127.0.0.1:$(port 1), imaps 127.0.0.1:$(port 2), nomove 127.0.0.1:$(port 3), folder $DIR"
	else
		echo stopped
		exit 3
	fi
	;;
env)
	cat <<EOF
MAYORBOX_CYRUS_DIR=$DIR; export MAYORBOX_CYRUS_DIR
MAYORBOX_CYRUS_HOST=127.0.0.1; export MAYORBOX_CYRUS_HOST
MAYORBOX_CYRUS_IMAP_PORT=$(port 1); export MAYORBOX_CYRUS_IMAP_PORT
MAYORBOX_CYRUS_IMAPS_PORT=$(port 2); export MAYORBOX_CYRUS_IMAPS_PORT
MAYORBOX_CYRUS_NOMOVE_PORT=$(port 3); export MAYORBOX_CYRUS_NOMOVE_PORT
MAYORBOX_CYRUS_USER=$IMAPUSER; export MAYORBOX_CYRUS_USER
MAYORBOX_CYRUS_PASSWORD_FILE=$ETC/password; export MAYORBOX_CYRUS_PASSWORD_FILE
MAYORBOX_CYRUS_CA_FILE=$ETC/ca.pem; export MAYORBOX_CYRUS_CA_FILE
EOF
	;;
tool) shift; tool "$@" ;;
admin) shift; admin "$@" ;;
*) echo "usage: cyrus.sh unpack|start|stop|status|env|tool ARGS|admin ARGS" >&2; exit 64 ;;
esac
