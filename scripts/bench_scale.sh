#!/bin/sh
# bench_scale.sh [N] - the case file at N cases (default 1,000,000; issue
# 16): a database filled to N public cases with one letter each (bodies of
# our own words with varying numbers, a unique phone per writer) and their
# 'filed' events, through the real schema and its triggers (due_at, search
# text, the trigram index); then, timed:
#   - the clerks' queue (newest first, and the console's urgent order),
#     a search by phone, a case page: median of 7 runs
#     each through the CLI (hyperfine) and the database's time for the
#     queue's and the search's statement (EXPLAIN ANALYZE, from
#     pg_stat_statements-free logging: the CLI's statement run by psql);
#   - filing: the same 2,000 letters (tests/judgement) filed into an empty
#     database and into the full one, letters a second each, counted.
# Prints one figure a line. Runs on the private cluster (scripts/pg.sh).
# Takes tens of minutes at 1,000,000; not part of make check.
set -u
N=${1:-1000000}
ROOT=$(pwd)
BIN=$ROOT/build/mayorbox
[ -x "$BIN" ] || { echo "bench_scale: build/mayorbox first (make)"; exit 1; }
sh scripts/pg.sh start > /dev/null 2>&1
eval "$(sh scripts/pg.sh env)"
PGOPTIONS="-c client_min_messages=warning"
export PGOPTIONS
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
q() { psql -X -qAt -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }
"$BIN" keygen "$TMP/keys" > /dev/null
chmod 644 "$TMP/keys/confidential.pub"
fresh() {	# fresh DB: created and migrated
	dropdb --if-exists "$1" 2>/dev/null
	createdb "$1"
	"$BIN" db migrate --db "dbname=$1" > /dev/null 2>&1
}
# the 2,000 letters filed in each database
find tests/judgement/*/letters -type f | sort | head -2000 > "$TMP/files"
mkdir -p "$TMP/letters"
while read -r f; do ln -s "$ROOT/$f" "$TMP/letters/$(echo "$f" | tr '/' '_')"; done < "$TMP/files"
file_rate() {	# file_rate DB: letters a second filing the 2,000
	t0=$(date +%s.%N)
	"$BIN" ingest --db "dbname=$1 user=mbscale_gateway" --public-key "$TMP/keys/confidential.pub" \
		"$TMP/letters" > "$TMP/ingest" 2>&1
	t1=$(date +%s.%N)
	filed=$(grep -o '[0-9]* filed' "$TMP/ingest" | head -1 | cut -d' ' -f1)
	echo "$filed $(echo "$t0 $t1" | awk '{print $2 - $1}')"
}

fresh mbscale_empty
# the logins (after a first migration: it makes the mayorbox_* roles)
for r in clerk gateway; do
	q postgres "DROP ROLE IF EXISTS mbscale_$r; CREATE ROLE mbscale_$r LOGIN IN ROLE mayorbox_$r" > /dev/null 2>&1
done
set -- $(file_rate mbscale_empty)
echo "filing into an empty database: $1 letters in $2 s: $(echo "$1 $2" | awk '{printf "%.0f", $1 / $2}') letters/s"
E_RATE=$(echo "$1 $2" | awk '{print $1 / $2}')

fresh mbscale
t0=$(date +%s)
q mbscale "
DROP INDEX IF EXISTS letters_search;
INSERT INTO public.cases (number, category, department, priority, status, created_at)
SELECT '20' || lpad((20 + i % 7)::text, 2, '0') || '-' || lpad(i::text, 7, '0'),
       (ARRAY['demand','complaint','consultation','suggestion','information'])[1 + i % 5],
       (ARRAY['Water Affairs Bureau','Transport Bureau','Housing and Urban-Rural Development Bureau',
	      'Public Security Bureau','Education Bureau', NULL])[1 + i % 6],
       CASE WHEN i % 50 = 0 THEN 'high' ELSE 'normal' END,
       -- a case file of years: the cases of the last 40 days open (4%),
       -- a tenth of those answered and waiting to be closed; the rest closed
       CASE WHEN i % 1000 < 40
	    THEN (ARRAY['new','assigned','assigned','assigned','new','assigned','assigned',
			'new','assigned','answered'])[1 + (i / 1000) % 10]
	    ELSE 'closed' END,
       now() - (i % 1000) * interval '1 day' - (i % 86400) * interval '1 second'
FROM generate_series(1, $N) i;
INSERT INTO public.letters (case_id, source, source_name, source_key, content_hash, language,
	from_name, from_address, phone, subject, body)
SELECT c.id, 'email', 'scale', 'scale:' || c.id, sha256(c.id::text::bytea), 'zh',
       '居民' || c.id, 'writer' || c.id || '@example.com', '138' || lpad(c.id::text, 8, '0'),
       '关于第' || (c.id % 900) || '号楼的问题',
       '市长您好，我住在第' || (c.id % 900) || '号楼，' ||
       (ARRAY['小区门口的路灯坏了两个多星期，晚上出行很不方便，老人和孩子经常摔倒。',
	      '楼下的工地每天晚上十一点以后还在施工，噪音很大，孩子睡不着。',
	      '公交' || (c.id % 300) || '路的班次太少，早上等车要四十分钟。',
	      '我们公司拖欠工资已经' || (c.id % 12 + 1) || '个月了，老板一直推脱。',
	      'The street lights on our lane have been out for two weeks; please repair them.'])[1 + c.id % 5]
       || '物业说不归他们管，街道办也一直没有答复。希望有关部门尽快处理。谢谢！编号' || c.id
FROM public.cases c;
INSERT INTO public.case_events (case_id, what, detail, at)
SELECT c.id, 'filed', jsonb_build_object('category', c.category, 'source', 'scale'), c.created_at
FROM public.cases c;
" > /dev/null
q mbscale "DO \$\$ DECLARE s text := (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'); BEGIN EXECUTE format('CREATE INDEX letters_search ON letters USING gin (search_text %I.gin_trgm_ops) WITH (fastupdate = on, gin_pending_list_limit = 256)', s); END \$\$;" > /dev/null
q mbscale "VACUUM ANALYZE" > /dev/null
t1=$(date +%s)
echo "filled: $(q mbscale 'SELECT count(*) FROM public.cases') cases, $(q mbscale 'SELECT count(*) FROM public.letters') letters in $((t1 - t0)) s; database $(q mbscale "SELECT pg_size_pretty(pg_database_size('mbscale'))")"

C="dbname=mbscale user=mbscale_clerk"
# the server's own time of each statement the clerk's CLI runs: logged
q mbscale "ALTER ROLE mbscale_clerk IN DATABASE mbscale SET log_min_duration_statement = 0" > /dev/null
LOGFILE=${MAYORBOX_PGDIR:-$ROOT/build/pg}/log
NUM=$(q mbscale "SELECT number FROM public.cases ORDER BY id LIMIT 1 OFFSET $((N / 2))")
PHONE=$(q mbscale "SELECT phone FROM public.letters l JOIN public.cases c ON c.id = l.case_id WHERE c.number = '$NUM'")
for what in queue urgent search show; do
	case $what in
	queue) cmd="$BIN cases list --limit 50 --db '$C'" ;;
	urgent) cmd="$BIN cases list --sort urgent --limit 50 --db '$C'" ;;
	search) cmd="$BIN cases list --search $PHONE --db '$C'" ;;
	show) cmd="$BIN cases show $NUM --db '$C'" ;;
	esac
	sh -c "$cmd" > "$TMP/$what.out" 2>&1 || echo "bench_scale: $what failed: $(head -2 "$TMP/$what.out")"
	lines=$(wc -l < "$TMP/$what.out")
	mark=$(wc -l < "$LOGFILE")
	hyperfine -N -w 2 -r 7 --export-json "$TMP/$what.json" "$cmd" > /dev/null 2>&1
	# the slowest statement of each run, server side, as PostgreSQL logged it
	tail -n +"$((mark + 1))" "$LOGFILE" | grep -o 'duration: [0-9.]* ms' | awk '{print $2}' \
		| sort -n | tail -1 > "$TMP/$what.slowest"
	med=$(python3 -c 'import json,sys; print("%.1f" % (1000 * json.load(open(sys.argv[1]))["results"][0]["median"]))' "$TMP/$what.json")
	echo "CLI $what at $N cases: median $med ms ($lines lines of output); its slowest statement, server side: $(cat "$TMP/$what.slowest") ms"
done
grep -q "$NUM" "$TMP/search.out" && echo "the search by phone found its case ($NUM)"
psql -X -qAt -d mbscale -c "EXPLAIN (ANALYZE, FORMAT JSON) SELECT c.number FROM cases c WHERE c.status NOT IN ('answered','closed') ORDER BY c.due_at LIMIT 50" \
	| python3 -c 'import json,sys; p=json.load(sys.stdin)[0]; print("EXPLAIN ANALYZE urgent queue (50): %.2f ms" % p["Execution Time"])'
psql -X -qAt -d mbscale -c "EXPLAIN (ANALYZE, FORMAT JSON) SELECT l.case_id FROM letters l WHERE l.search_text LIKE '%$PHONE%'" \
	| python3 -c 'import json,sys; p=json.load(sys.stdin)[0]; print("EXPLAIN ANALYZE search by phone: %.2f ms" % p["Execution Time"])'
set -- $(file_rate mbscale)
echo "filing into the database of $N cases: $1 letters in $2 s: $(echo "$1 $2" | awk '{printf "%.0f", $1 / $2}') letters/s ($(echo "$1 $2 $E_RATE" | awk '{printf "%.2f", ($1 / $2) / $3}') of the empty database's)"
# the search again with letters just filed, some of them still in the
# trigram index's pending list (schema 018): the plan and its time
psql -X -qAt -d mbscale -c "EXPLAIN (ANALYZE, FORMAT JSON) SELECT l.case_id FROM letters l WHERE l.search_text LIKE '%$PHONE%'" \
	| python3 -c 'import json,sys; p=json.load(sys.stdin)[0]; n=p["Plan"]; print("EXPLAIN ANALYZE search by phone after filing: %.2f ms (%s)" % (p["Execution Time"], n.get("Node Type")))'
