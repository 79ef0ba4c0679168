#!/bin/sh
# bench_store.sh - filing rate: `mayorbox ingest` of the data set into the
# private PostgreSQL, beside PostgreSQL's own COPY of as many rows of the
# same sizes (the letters' bytes as text) in the same run. hyperfine,
# 10 runs each, the tables emptied before each run.
set -u
cd "$(dirname "$0")/.."
started=0
sh scripts/pg.sh status > /dev/null 2>&1 || { sh scripts/pg.sh start && started=1; }
eval "$(sh scripts/pg.sh env)"
export PGOPTIONS="-c client_min_messages=warning"
DB=mayorbox_bench
dropdb --if-exists $DB; createdb $DB
build/mayorbox db migrate --db "dbname=$DB" > /dev/null
rm -rf build/bench/keys; build/mayorbox keygen build/bench/keys > /dev/null
build/mayorbox keygen --outbox build/bench/keys > /dev/null
# the same, acknowledging each letter: [smtp] (never contacted: ingest only
# queues) and [replies] without a per-sender limit
cat > build/bench/acks.conf <<EOF
[confidential]
public_key_file = build/bench/keys/confidential.pub
[smtp]
host = 127.0.0.1
tls = none
from = mayor@city.example
[replies]
per_sender_per_day = 10000
outbox_key_file = build/bench/keys/outbox.key
EOF
n=$(ls tests/data/letters | wc -l)
bytes=$(cat tests/data/letters/* | wc -c)
python3 - tests/data/letters build/bench/copy.tsv <<'PY'
import os, sys
d, out = sys.argv[1], sys.argv[2]
with open(out, 'w') as f:
    for i, name in enumerate(sorted(os.listdir(d))):
        raw = open(os.path.join(d, name), 'rb').read()
        text = raw.hex()[:len(raw)]     # as many bytes as the letter, as text
        f.write('file:%064d\t%s\t%s\n' % (i, name, text))
PY
psql -qX -d $DB -c "CREATE TABLE copy_bench (source_key text UNIQUE, subject text, body text)"
echo "== store: $n letters, $bytes bytes (tests/data/letters)"
hyperfine -N --warmup 1 --runs 10 --export-json build/bench/store.json \
	--prepare "psql -qX -d $DB -c 'TRUNCATE cases, letters, attachments, rule_hits, case_events, case_counters, outbox, case_reports, copy_bench'" \
	"build/mayorbox ingest --db dbname=$DB --public-key build/bench/keys/confidential.pub tests/data/letters" \
	"build/mayorbox ingest --db dbname=$DB --config build/bench/acks.conf tests/data/letters" \
	"psql -qX -d $DB -c \"\\copy copy_bench FROM 'build/bench/copy.tsv'\"" > build/bench/store.txt 2>&1 \
	|| { tail -20 build/bench/store.txt; exit 1; }
python3 - "$n" <<'PY'
import json, statistics, sys
n = int(sys.argv[1])
r = json.load(open('build/bench/store.json'))['results']
med = [statistics.median(x['times']) for x in r]
names = ['mayorbox ingest (parse, classify, seal, file)',
         'the same, queueing acknowledgements',
         'psql \\copy of as many rows']
for name, m in zip(names, med):
    print('%-48s median %.3f s  %7.0f letters/s' % (name, m, n / m))
print('ingest takes %.1fx the time of COPY' % (med[0] / med[2]))
print('queueing acknowledgements costs %+.0f%% of ingest' % (100 * (med[1] / med[0] - 1)))
PY
dropdb $DB
[ $started -eq 1 ] && sh scripts/pg.sh stop
exit 0
