#!/bin/sh
# feed.sh start DIR [ARGS]|stop|status|env|fault KIND [COUNT [AFTER]] - the project's
# own web-form feed (tests/feed_server.py) serving the .json submissions of
# DIR, natively at /feed (bearer token) and as Open311 at /requests.json, on
# a free port of 127.0.0.1. Its state (PID, port, token) is in build/feed
# of this checkout, or $MAYORBOX_FEEDDIR; it is stopped by the PID it wrote.
#
#   eval "$(scripts/feed.sh env)"   # FEED_URL, FEED_OPEN311_URL, FEED_TOKEN_FILE, FEED_PORT
#   scripts/feed.sh fault 500 2     # the next two feed requests answer HTTP 500
#   scripts/feed.sh fault 500 1 3   # the fourth feed request from now answers 500
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DIR="${MAYORBOX_FEEDDIR:-$ROOT/build/feed}"
PIDFILE="$DIR/pid"
PORTFILE="$DIR/port"
TOKEN="$DIR/token"

pid_of() { cat "$PIDFILE" 2>/dev/null || true; }
port_of() { cat "$PORTFILE" 2>/dev/null || true; }
running() {
	pid=$(pid_of)
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

start() {
	data=${1:-}
	[ -n "$data" ] && [ -d "$data" ] || { echo "usage: feed.sh start DIR [--fault KIND]" >&2; exit 64; }
	shift
	data=$(cd "$data" && pwd)
	running && { echo "feed.sh: already running, pid $(pid_of)" >&2; return 0; }
	mkdir -p "$DIR"
	rm -f "$PIDFILE" "$PORTFILE"
	if [ ! -s "$TOKEN" ]; then
		(umask 077; python3 -c 'import secrets; print(secrets.token_urlsafe(32))' > "$TOKEN")
	fi
	nohup python3 "$ROOT/tests/feed_server.py" --dir "$data" --token-file "$TOKEN" \
		--port-file "$PORTFILE" --pid-file "$PIDFILE" "$@" > "$DIR/log" 2>&1 < /dev/null &
	i=0
	while [ ! -s "$PORTFILE" ] && [ $i -lt 100 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	[ -s "$PORTFILE" ] || { echo "feed.sh: the feed did not start" >&2; cat "$DIR/log" >&2; exit 70; }
}

stop() {
	if running; then
		pid=$(pid_of)
		kill -TERM "$pid"	# by the PID it wrote
		i=0
		while kill -0 "$pid" 2>/dev/null && [ $i -lt 100 ]; do
			sleep 0.1
			i=$((i + 1))
		done
	fi
	rm -f "$PIDFILE" "$PORTFILE"
}

case "${1:-}" in
start) shift; start "$@" ;;
stop) stop ;;
status) if running; then echo "running, pid $(pid_of), port $(port_of)"; else echo stopped; exit 3; fi ;;
env) echo "FEED_PORT=$(port_of); export FEED_PORT; FEED_URL=http://127.0.0.1:$(port_of)/feed; export FEED_URL; FEED_OPEN311_URL=http://127.0.0.1:$(port_of)/requests.json; export FEED_OPEN311_URL; FEED_TOKEN_FILE=$TOKEN; export FEED_TOKEN_FILE" ;;
fault)
	kind=${2:?usage: feed.sh fault none|500|garbage|empty|hang [COUNT [AFTER]]}
	q="fault=$kind"
	[ -n "${3:-}" ] && q="$q&count=$3"
	[ -n "${4:-}" ] && q="$q&after=$4"
	python3 -c 'import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1], timeout=10).read().decode())' \
		"http://127.0.0.1:$(port_of)/control?$q" ;;
*) echo "usage: feed.sh start DIR [--fault KIND]|stop|status|env|fault KIND [COUNT [AFTER]]" >&2; exit 64 ;;
esac
