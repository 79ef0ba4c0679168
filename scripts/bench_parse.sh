#!/bin/sh
# bench_parse.sh [N] - the parsers' rate beside Python's email (compat32,
# decoding headers, text and attachments: tests/bench/py_parse.py) on the
# same N generated letters (tests/bench/make_mailbox.py, default 3,000),
# BENCH_ROUNDS alternating rounds (default 5), medians. Both are timed in
# CPU seconds (user + system) as well as wall time: on a shared machine the
# wall clock measures the neighbours. Each side counts its output (letters
# parsed, bytes decoded) and the run fails when one did no work.
# Run from the repository root after `make build/bench_parse`.
set -eu
N=${1:-3000}
ROUNDS=${BENCH_ROUNDS:-5}
BIN=build/bench_parse
DIR=${TMPDIR:-/tmp}/mayorbox-bench-parse.$N
[ -x "$BIN" ] || { echo "bench_parse.sh: $BIN missing (make build/bench_parse)" >&2; exit 69; }
[ -d "$DIR" ] || python3 tests/bench/make_mailbox.py "$N" "$DIR" > /dev/null
ls "$DIR"/*.eml > "$DIR.list"
bytes=$(cat "$DIR"/*.eml | wc -c)
: > "$DIR.times"
i=0
while [ $i -lt "$ROUNDS" ]; do
	/usr/bin/time -f "c %U %S %e" -o "$DIR.t" "$BIN" "$DIR.list" > "$DIR.out"
	grep -q "^$N letters, .* $N parsed$" "$DIR.out" || { echo "bench_parse.sh: bench_parse did not parse all: $(cat "$DIR.out")" >&2; exit 70; }
	cat "$DIR.t" >> "$DIR.times"
	/usr/bin/time -f "p %U %S %e" -o "$DIR.t" python3 tests/bench/py_parse.py --compat32 "$DIR.list" > "$DIR.out"
	awk -v n="$N" '$1 != n || $4 == 0 { exit 1 }' "$DIR.out" || { echo "bench_parse.sh: py_parse did no work: $(cat "$DIR.out")" >&2; exit 70; }
	cat "$DIR.t" >> "$DIR.times"
	i=$((i + 1))
done
python3 - "$DIR.times" "$N" "$bytes" <<'PY'
import statistics, sys
n, nbytes = int(sys.argv[2]), int(sys.argv[3])
cpu, wall = {}, {}
for line in open(sys.argv[1]):
    k, u, s, e = line.split()
    cpu.setdefault(k, []).append(float(u) + float(s))
    wall.setdefault(k, []).append(float(e))
print("== parse: %d letters, %d bytes, %d rounds (medians)" % (n, nbytes, len(cpu["c"])))
for k, name in (("c", "build/bench_parse"), ("p", "py_parse.py --compat32")):
    c, w = statistics.median(cpu[k]), statistics.median(wall[k])
    print("%-24s cpu %.3f s  %8.0f letters/s  %6.1f MB/s   (wall %.3f s)" % (name, c, n / c, nbytes / c / 1e6, w))
print("bench_parse / Python compat32: %.2fx (cpu), %.2fx (wall)" % (
    statistics.median(cpu["p"]) / statistics.median(cpu["c"]),
    statistics.median(wall["p"]) / statistics.median(wall["c"])))
PY
