#!/bin/sh
# pg.sh start|stop|status|env|psql - a private PostgreSQL 15 cluster for the
# tests and the demo, in build/pg of this checkout: its own data folder, a
# free port on 127.0.0.1, its socket in build/pg/run. Started as an
# unprivileged user (initdb refuses root: as root the cluster runs as the
# `postgres` system user) and stopped by the PID it started.
#
#   eval "$(scripts/pg.sh env)"    # PGHOST, PGPORT, PGUSER, PGDATABASE for psql and mayorbox
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DIR="${MAYORBOX_PGDIR:-$ROOT/build/pg}"
DATA="$DIR/data"
RUN="$DIR/run"
LOG="$DIR/log"
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
DB=mayorbox

if [ "$(id -u)" -eq 0 ]; then
	AS="runuser -u postgres --"
	OWNER=postgres
	# the postgres user must reach the folder (a checkout under /root may be
	# closed to it) and the socket path must fit in 107 bytes
	if [ -z "${MAYORBOX_PGDIR:-}" ] && { ! runuser -u postgres -- test -x "$ROOT" 2>/dev/null \
		|| [ ${#DIR} -gt 80 ]; }; then
		DIR=/tmp/mayorbox-pg-$(printf '%s' "$ROOT" | md5sum | cut -c1-12)
	fi
else
	AS=""
	OWNER=$(id -un)
	[ ${#DIR} -gt 80 ] && [ -z "${MAYORBOX_PGDIR:-}" ] \
		&& DIR=${TMPDIR:-/tmp}/mayorbox-pg-$(id -u)-$(printf '%s' "$ROOT" | md5sum | cut -c1-12)
fi
DATA="$DIR/data"
RUN="$DIR/run"
LOG="$DIR/log"

port_of() { cat "$DIR/port" 2>/dev/null || true; }
pid_of() { head -n 1 "$DATA/postmaster.pid" 2>/dev/null || true; }

running() {
	pid=$(pid_of)
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

free_port() {
	python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
	[ -n "$BIN" ] || { echo "pg.sh: PostgreSQL server not installed (scripts/deps.sh)" >&2; exit 69; }
	if running; then
		return 0
	fi
	mkdir -p "$DIR" "$RUN"
	if [ ! -f "$DATA/PG_VERSION" ]; then
		rm -rf "$DATA"
		mkdir -p "$DATA"
		[ -z "$AS" ] || chown -R "$OWNER" "$DIR"
		chmod 700 "$DATA"
		$AS "$BIN/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
			--no-instructions > "$DIR/initdb.log" 2>&1 \
			|| { cat "$DIR/initdb.log" >&2; exit 70; }
	fi
	[ -z "$AS" ] || chown -R "$OWNER" "$DIR"
	# the same port as last time when it is free: clients keep their settings
	port=$(port_of)
	if [ -z "$port" ] || ! python3 -c 'import socket,sys; s=socket.socket(); s.bind(("127.0.0.1", int(sys.argv[1])))' "$port" 2>/dev/null; then
		port=$(free_port)
	fi
	echo "$port" > "$DIR/port"
	# -c settings: loopback only, socket in our folder, fsync off (a test
	# cluster: speed over durability across power loss); MAYORBOX_PG_DURABLE=yes
	# keeps PostgreSQL's durable defaults (the benchmarks of issue 16: filing
	# measured with every COMMIT on disk)
	durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
	[ "${MAYORBOX_PG_DURABLE:-no}" = yes ] \
		&& durability="-c fsync=on -c synchronous_commit=on -c full_page_writes=on \
			-c shared_preload_libraries=pg_stat_statements"
	$AS "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 -o "-p $port -k $RUN \
		-c listen_addresses=127.0.0.1 $durability -c max_connections=100" start > /dev/null \
		|| { tail -20 "$LOG" >&2; exit 70; }
	$AS "$BIN/psql" -h "$RUN" -p "$port" -U postgres -d postgres -qAt \
		-c "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
		|| $AS "$BIN/createdb" -h "$RUN" -p "$port" -U postgres "$DB"
}

stop() {
	if running; then
		pid=$(pid_of)
		kill -INT "$pid"	# fast shutdown, by the PID we started
		i=0
		while kill -0 "$pid" 2>/dev/null && [ $i -lt 300 ]; do
			sleep 0.1
			i=$((i + 1))
		done
	fi
}

case "${1:-}" in
start) start ;;
stop) stop ;;
status) if running; then echo "running, pid $(pid_of), port $(port_of), socket $RUN"; else echo stopped; exit 3; fi ;;
env) echo "PGHOST=$RUN; export PGHOST; PGPORT=$(port_of); export PGPORT; PGUSER=postgres; export PGUSER; PGDATABASE=$DB; export PGDATABASE" ;;
psql) shift; exec "$BIN/psql" -h "$RUN" -p "$(port_of)" -U postgres -d "$DB" "$@" ;;
*) echo "usage: pg.sh start|stop|status|env|psql [ARGS]" >&2; exit 64 ;;
esac
