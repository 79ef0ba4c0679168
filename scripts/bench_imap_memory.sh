#!/bin/sh
# bench_imap_memory.sh [N1 [N2]] - issue 16's memory target, in one run:
# the peak RSS of `mayorbox run --once` filing a whole mailbox of N1
# letters (default 10000), then of N2 (default 100000), each from a fresh
# Dovecot of its own (IMAPS on loopback) into a fresh database, and the
# ratio N2/N1 (the target: under 1.2, memory flat with the mailbox).
# Letters come from tests/bench/make_mailbox.py (deterministic: the first
# N1 of N2 letters are the N1 letters), made once in build/bench/mem and
# written straight into the Maildir (fast). Each run is checked to have
# done its work: its letters counted in the database and in the Filed
# folder. BENCH_MEM_WRAP: a command put before the gateway (heaptrack,
# valgrind --tool=massif ...; the log of a run is build/bench/mem/run-N/err).
# BENCH_MEM_KEEP=yes keeps the letters (else removed at the end). BIN
# chooses the program (default build/mayorbox; several, space-separated,
# are each run at both sizes: two versions side by side, each with its
# ratio).
set -u
cd "$(dirname "$0")/.."
N1=${1:-10000}
N2=${2:-100000}
BIN=${BIN:-build/mayorbox}
W=$(pwd)/build/bench/mem
export MAYORBOX_DOVECOT_DIR=$W/dovecot
[ ${#MAYORBOX_DOVECOT_DIR} -gt 80 ] \
	&& MAYORBOX_DOVECOT_DIR=/tmp/mbx-dc-mem-$(id -u)-$(pwd | md5sum | cut -c1-8)
MAX=$N1; [ "$N2" -gt "$MAX" ] && MAX=$N2
mkdir -p "$W"
[ -f "$W/letters-$MAX/$(printf '%06d' $((MAX - 1))).eml" ] \
	|| { rm -rf "$W"/letters-*; python3 tests/bench/make_mailbox.py "$MAX" "$W/letters-$MAX"; }
sh scripts/pg.sh start > /dev/null || exit 1
eval "$(sh scripts/pg.sh env)"
export PGOPTIONS="-c client_min_messages=warning"
: > "$W/results"
for N in $N1 $N2; do
for bin in $BIN; do
	R=$W/run-$N
	rm -rf "$R"; mkdir -p "$R"
	sh scripts/dovecot.sh stop > /dev/null 2>&1; rm -rf "$MAYORBOX_DOVECOT_DIR"
	sh scripts/dovecot.sh start > /dev/null || exit 1
	eval "$(sh scripts/dovecot.sh env)"
	python3 tests/bench/maildir_put.py "$W/letters-$MAX" \
		"$MAYORBOX_DOVECOT_DIR/home/$MAYORBOX_DOVECOT_USER/Maildir/new" "$N"
	DB=mbmem$N; dropdb --if-exists $DB; createdb $DB
	$bin db migrate --db dbname=$DB > /dev/null 2>&1 || exit 1
	$bin keygen "$R/keys" > /dev/null
	# BENCH_MEM_TLS=none: plain IMAP on loopback (as bench_durable.sh has it)
	TLSCONF="port = $MAYORBOX_DOVECOT_IMAPS_PORT
tls = implicit
ca_file = $MAYORBOX_DOVECOT_CA_FILE"
	[ "${BENCH_MEM_TLS:-implicit}" = none ] && TLSCONF="port = $MAYORBOX_DOVECOT_IMAP_PORT
tls = none"
	cat > "$R/conf" <<CONF
[database]
conninfo = dbname=$DB
[confidential]
public_key_file = $R/keys/confidential.pub
[gateway]
batch = 200
[imap bench]
host = 127.0.0.1
$TLSCONF
user = $MAYORBOX_DOVECOT_USER
password_file = $MAYORBOX_DOVECOT_PASSWORD_FILE
after = move Filed
batch = 200
CONF
	/usr/bin/time -f "%e %M" -o "$R/time" ${BENCH_MEM_WRAP:-} $bin run --once \
		--config "$R/conf" > /dev/null 2> "$R/err"
	filed=$(psql -qAtX -d $DB -c "SELECT count(*) FROM letters")
	moved=$(sh scripts/dovecot.sh doveadm -f flow mailbox status -u "$MAYORBOX_DOVECOT_USER" \
		messages Filed 2>/dev/null | sed 's/.*messages=//')
	echo "$N $(tail -n 1 "$R/time") $filed ${moved:-0} $bin" >> "$W/results"
	dropdb $DB; sh scripts/dovecot.sh stop > /dev/null; rm -rf "$MAYORBOX_DOVECOT_DIR"
done
done
[ "${BENCH_MEM_KEEP:-no}" = yes ] || rm -rf "$W"/letters-*
awk -v n1="$N1" -v n2="$N2" '
	{ printf "%s, N=%d: wall %.1f s, peak RSS %d KB, %d letters in the database, %d in Filed%s\n",
		$6, $1, $2, $3, $4, $5, ($4 == $1 && $5 == $1) ? "" : "  -- NOT ALL FILED: not valid"
	  if ($1 == n1) a[$6] = $3; else b[$6] = $3; if (!($6 in seen)) { seen[$6] = 1; o[++k] = $6 }
	  if ($4 != $1 || $5 != $1) bad = 1 }
	END { for (i = 1; i <= k; i++) if (a[o[i]] && b[o[i]])
		printf "%s: peak RSS %d / %d letters: %.2fx\n", o[i], n2, n1, b[o[i]] / a[o[i]]
	      exit bad }' "$W/results"
