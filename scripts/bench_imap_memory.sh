#!/bin/sh
# bench_imap_memory.sh [N] - peak memory of `mayorbox run --once` filing N
# letters (default 50000) from a private Dovecot of its own; run with 10000
# and 50000 to see that memory does not grow with the mailbox. Letters are
# written straight into the Maildir (fast), owned by the mail user.
set -u
cd "$(dirname "$0")/.."
export MAYORBOX_DOVECOT_DIR=/tmp/mbx-dc-mem
N=${1:-50000}
W=/tmp/mbx-mem-$N
rm -rf $W; mkdir -p $W
sh scripts/dovecot.sh stop >/dev/null 2>&1; rm -rf $MAYORBOX_DOVECOT_DIR
sh scripts/dovecot.sh start > /dev/null
eval "$(sh scripts/dovecot.sh env)"; eval "$(sh scripts/pg.sh env)"
export PGOPTIONS="-c client_min_messages=warning"
DB=mbmem$N; dropdb --if-exists $DB; createdb $DB
build/mayorbox db migrate --db dbname=$DB >/dev/null; build/mayorbox keygen $W/keys >/dev/null
python3 tests/bench/make_mailbox.py $N $W/letters
python3 tests/bench/maildir_put.py $W/letters $MAYORBOX_DOVECOT_DIR/home/mayor/Maildir/new
cat > $W/conf <<CONF
[database]
conninfo = dbname=$DB
[confidential]
public_key_file = $W/keys/confidential.pub
[gateway]
batch = 200
[imap bench]
host = 127.0.0.1
port = $MAYORBOX_DOVECOT_IMAPS_PORT
tls = implicit
ca_file = $MAYORBOX_DOVECOT_CA_FILE
user = $MAYORBOX_DOVECOT_USER
password_file = $MAYORBOX_DOVECOT_PASSWORD_FILE
after = move Filed
batch = 200
CONF
/usr/bin/time -f "N=$N wall %e s, peak RSS %M KB" build/mayorbox run --once --config $W/conf 2>&1 >/dev/null | tail -1
psql -qAtX -d $DB -c "select count(*) from letters"
dropdb $DB; sh scripts/dovecot.sh stop >/dev/null; rm -rf $W $MAYORBOX_DOVECOT_DIR
