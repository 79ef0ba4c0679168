#!/bin/sh
# bench_console.sh - the console's pages on the database bench_scale.sh
# filled (mbscale, run it first): a clerk signs in to a real `mayorbox
# web` over HTTP, and hyperfine times (median of 7, curl) the queue in its
# default urgent order, a search by phone and a case page. The clerk's
# password login is allowed on 127.0.0.1 for the run and the server's
# access rules restored after.
set -u
ROOT=$(pwd)
. tests/lib.sh
BIN=$ROOT/build/mayorbox
TMP=$(mktemp -d)
DB=mbscale
eval "$(sh scripts/pg.sh env)"
PGOPTIONS="-c client_min_messages=warning"
export PGOPTIONS
HBA=$(q "SHOW hba_file" postgres)
cp "$HBA" "$TMP/hba.orig"
trap 'kill $(cat "$TMP"/*.pid 2>/dev/null) 2>/dev/null; cp "$TMP/hba.orig" "$HBA"; q "SELECT pg_reload_conf()" postgres > /dev/null; rm -rf "$TMP"' EXIT
q "ALTER ROLE mbscale_clerk PASSWORD 'bench-pw-1'" postgres > /dev/null
{ echo "host all mbscale_clerk 127.0.0.1/32 scram-sha-256"; cat "$TMP/hba.orig"; } > "$HBA"
q "SELECT pg_reload_conf()" postgres > /dev/null
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$TMP/web.conf" <<CONF
[database]
conninfo = host=127.0.0.1 port=$PGPORT dbname=$DB user=postgres password=not-used
[web]
listen = 127.0.0.1:$PORT
session_minutes = 30
CONF
U="http://127.0.0.1:$PORT"
start_web "$TMP/web.conf" "$TMP/web.log" || { echo "bench_console: mayorbox web did not listen"; exit 1; }
[ "$(signin mbscale_clerk bench-pw-1)" = 303 ] || { echo "bench_console: the sign-in failed"; exit 1; }
NUM=$(q "SELECT number FROM public.cases ORDER BY id LIMIT 1 OFFSET 500000")
PHONE=$(q "SELECT phone FROM public.letters l JOIN public.cases c ON c.id = l.case_id WHERE c.number = '$NUM'")
N=$(q "SELECT count(*) FROM public.cases")
for what in queue search case; do
	case $what in
	queue) path="/cases" ;;
	search) path="/cases?q=$PHONE" ;;
	case) path="/cases/$NUM" ;;
	esac
	code=$(get "$path" -b "$TMP/jar")
	rows=$(grep -o '<tr' "$TMP/b" | wc -l)
	found=$(grep -c "$NUM" "$TMP/b")
	hyperfine -N -w 2 -r 7 --export-json "$TMP/$what.json" "curl -s -o /dev/null -b $TMP/jar $U$path" > /dev/null 2>&1
	med=$(python3 -c 'import json,sys; print("%.1f" % (1000 * json.load(open(sys.argv[1]))["results"][0]["median"]))' "$TMP/$what.json")
	echo "console $what ($path) at $N cases: median $med ms (HTTP $code, $rows table rows, the case named $found times)"
done
