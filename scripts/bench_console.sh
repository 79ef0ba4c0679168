#!/bin/sh
# bench_console.sh - the clerks' console over 10,000 cases (issue 14): the
# page weight (bytes) of the queue, and the time to render it, median of
# hyperfine runs of curl against a real `mayorbox web` (the release build)
# signed in as a clerk, in a scratch database of the private PostgreSQL
# (scripts/pg.sh) filled by SQL (generate_series: cases and one letter
# each, a fifth of them sharing words, every phone its own). Beside the
# queue: a search for a phone (one case) and for common Chinese words
# (2,000 cases), sorted by number, a deep page, the statistics and the API;
# and, as a baseline, `cases list --json --limit 50` (the same service
# function without HTTP or HTML, its own connection each run).
# Each URL is checked first to have done its work: the rows on the page
# and the total it says. BENCH_CASES (10000) and BENCH_RUNS (15) change the
# size and the runs.
set -u
cd "$(dirname "$0")/.."
. tests/lib.sh
N=${BENCH_CASES:-10000}
RUNS=${BENCH_RUNS:-15}
BIN=build/mayorbox
W=build/bench/console
mkdir -p $W
[ -x $BIN ] || { echo "bench_console.sh: build $BIN first (make)"; exit 1; }
command -v hyperfine > /dev/null || { echo "bench_console.sh: hyperfine is absent (scripts/deps.sh)"; exit 1; }
started=0
sh scripts/pg.sh status > /dev/null 2>&1 || { sh scripts/pg.sh start && started=1; }
eval "$(sh scripts/pg.sh env)"
export PGOPTIONS="-c client_min_messages=warning"
DB=mayorbox_bench_console
HBA=$(q "SHOW hba_file" postgres)
cp "$HBA" $W/hba.orig
done_() {
	[ -f $W/web.pid ] && kill "$(cat $W/web.pid)" 2>/dev/null
	rm -f $W/web.pid
	cp $W/hba.orig "$HBA" && q "SELECT pg_reload_conf()" postgres > /dev/null
	[ $started -eq 1 ] && sh scripts/pg.sh stop
}
trap done_ EXIT
dropdb --if-exists $DB; createdb $DB
$BIN db migrate --db "dbname=$DB" > /dev/null || exit 1
q "DROP ROLE IF EXISTS bench_clerk" postgres
q "CREATE ROLE bench_clerk LOGIN PASSWORD 'bench-pw-1' IN ROLE mayorbox_clerk" postgres
t0=$(date +%s.%N)
q "INSERT INTO cases (number, category, department, priority, status, needs_review, created_at,
		      updated_at, closed_at)
   SELECT format('2025-%s', lpad(g::text, 6, '0')),
	  (ARRAY['consultation','suggestion','demand','complaint','information'])[1 + g % 5],
	  (ARRAY['Water Affairs Bureau','Transport Bureau','Health Commission',
		 'Urban Management Bureau','Education Bureau','Public Security Bureau',
		 'Civil Affairs Bureau','Housing and Urban-Rural Development Bureau'])[1 + g % 8],
	  CASE WHEN g % 7 = 0 THEN 'high' ELSE 'normal' END,
	  CASE WHEN g % 3 = 0 THEN 'closed' ELSE 'new' END, g % 11 = 0,
	  now() - (g % 120) * interval '1 day' - g * interval '1 minute',
	  now(), CASE WHEN g % 3 = 0 THEN now() END
   FROM generate_series(1, $N) g;
   INSERT INTO letters (case_id, source, source_name, source_key, content_hash, received_at,
			from_name, from_address, phone, subject, body, district, language)
   SELECT c.id, 'form', 'webform:bench', 'bench:' || c.id, sha256(c.number::bytea), c.created_at,
	  '张' || c.id, 'w' || c.id || '@example.org', '139' || lpad(c.id::text, 8, '0'),
	  CASE WHEN c.id % 5 = 0 THEN '梧桐小区路灯不亮，晚上出行不安全' ELSE '关于第' || c.id || '号事项的来信' END,
	  repeat('市长您好：情况如下，请有关部门尽快处理并答复。编号' || c.id || '。', 6),
	  (ARRAY['老城区','滨江区','东城区','西湖区'])[1 + c.id % 4], 'zh'
   FROM cases c;
   " || exit 1
q "VACUUM ANALYZE cases" && q "VACUUM ANALYZE letters" || exit 1
t1=$(date +%s.%N)
echo "== console: $N cases with a letter each, made by SQL in $(python3 -c "print('%.1f' % ($t1 - $t0))") s (database $DB)"
{
	echo "host all bench_clerk 127.0.0.1/32 scram-sha-256"
	cat $W/hba.orig
} > "$HBA"
q "SELECT pg_reload_conf()" postgres > /dev/null
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > $W/web.conf <<EOF
[database]
conninfo = host=127.0.0.1 port=$PGPORT dbname=$DB
[web]
listen = 127.0.0.1:$PORT
EOF
$BIN web --config $W/web.conf 2> $W/web.log &
echo $! > $W/web.pid
wait_for 60 grep -q 'event=web_listening' $W/web.log || { echo "the console did not start"; tail $W/web.log; exit 1; }
U=http://127.0.0.1:$PORT
JAR=$W/jar
rm -f $JAR
curl -s -c $JAR $U/login -o $W/login.html
csrf=$(sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' $W/login.html)
code=$(curl -s -b $JAR -c $JAR -o /dev/null -w '%{http_code}' --data-urlencode "csrf=$csrf" \
	--data-urlencode user=bench_clerk --data-urlencode password=bench-pw-1 $U/login)
[ "$code" = 303 ] || { echo "sign-in refused ($code)"; exit 1; }
# name|path|rows expected on the page|total expected (- : none said)
cat > $W/urls <<EOF
queue|/cases|50|$N
phone|/cases?q=139$(printf '%08d' 4242)|1|1
words|/cases?q=%E6%A2%A7%E6%A1%90%20%E8%B7%AF%E7%81%AF|50|$((N / 5))
by-number|/cases?sort=number&dir=asc|50|$N
page-100|/cases?sort=received&page=100|50|$N
stats|/stats|-|-
api-200|/api/cases|200|$N
EOF
fail=0
while IFS='|' read -r name path rows total; do
	curl -s -b $JAR -o $W/$name.out -D $W/$name.h "$U$path"
	if [ "$name" = stats ]; then
		got=$(grep -o '<svg ' $W/$name.out | wc -l)
		[ "$got" = 4 ] || { echo "   $name: $got charts, not 4"; fail=1; }
		continue
	fi
	case $name in
	api-*) r=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' $W/$name.out)
	       t=$total ;;	# the API says no total: its rows are checked
	*) r=$(grep -o '<tr><td><a href="/cases/' $W/$name.out | wc -l)
	   t=$(sed -n 's/.*data-total="\([0-9]*\)".*/\1/p' $W/$name.out) ;;
	esac
	[ "$r" = "$rows" ] && [ "$t" = "$total" ] \
		|| { echo "   $name: $r rows of $t, not $rows of $total: no timing of a page that did not do its work"; fail=1; }
done < $W/urls
# the baseline: the same list (newest first, 50) from the same service
# function without HTTP and HTML, `cases list --json` on its own connection
export PGPASSWORD=bench-pw-1
CLI="$BIN cases list --json --limit 50 --db 'host=127.0.0.1 port=$PGPORT dbname=$DB user=bench_clerk'"
sh -c "$CLI" > $W/cli.out
r=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' $W/cli.out)
[ "$r" = 50 ] || { echo "   cli: $r rows, not 50"; fail=1; }
[ $fail -eq 0 ] || exit 1
echo "   every page checked: its rows and its total as expected (and the CLI's 50 rows)"
set --
while IFS='|' read -r name path rows total; do
	set -- "$@" -n "$name" "curl -s -f -b $JAR -o /dev/null '$U$path'"
done < $W/urls
set -- "$@" -n cli "$CLI"
hyperfine -N --warmup 3 --runs "$RUNS" --export-json $W/times.json "$@" > $W/hyperfine.txt 2>&1 \
	|| { tail -20 $W/hyperfine.txt; exit 1; }
python3 - $W "$N" <<'PY'
import json, os, statistics, sys
w, n = sys.argv[1], int(sys.argv[2])
r = json.load(open(os.path.join(w, "times.json")))["results"]
print("   %-10s %10s %10s %10s" % ("page", "bytes", "median ms", "min ms"))
for x in r:
    name = x["command"]
    size = os.path.getsize(os.path.join(w, name + ".out"))
    print("   %-10s %10d %10.1f %10.1f" % (name, size, statistics.median(x["times"]) * 1000,
                                          min(x["times"]) * 1000))
PY
echo "   (hyperfine -N, $RUNS runs after 3 warm-ups, curl over loopback, one signed-in clerk; $W)"
exit 0
