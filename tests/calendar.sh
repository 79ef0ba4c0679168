#!/bin/sh
# calendar.sh BIN - the shipped working-day calendar (calendar/cn.txt) and
# `mayorbox config calendar`: the file is good, declares the years it
# covers and the State Council's notice it comes from, and lists for each
# of its years exactly that notice's holidays and make-up working days
# (test_calendar.c checks them day by day; here the program's own check
# and an independent count); a broken calendar is refused naming
# FILE:LINE (78). No database. TAP.
set -u
. "$(dirname "$0")/lib.sh"
BIN=$1
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
n=0

"$BIN" config calendar > "$TMP/o" 2>&1
r=$?
[ $r -eq 0 ] && grep -q "calendar/cn.txt: good: years 2026-2026, 33 holidays, 6 make-up working days; source: 国务院办公厅关于2026年部分节假日安排的通知" "$TMP/o"
ok $? "the shipped calendar is good: 2026, 33 holidays, 6 make-up working days, its source named ($(cat "$TMP/o"))"
python3 - calendar/cn.txt <<'PY'
import datetime, sys
years, seen, bad = None, set(), []
for i, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    w = line.split("#")[0].split()
    if not w:
        continue
    if w[0] == "years":
        a, _, b = w[1].partition("-")
        years = range(int(a), int(b or a) + 1)
    elif w[0][:1].isdigit():
        d = datetime.date.fromisoformat(w[0])
        if d in seen or d.year not in years or w[1] not in ("off", "work") \
                or (w[1] == "work" and d.weekday() < 5):
            bad.append(i)
        seen.add(d)
assert years is not None and not bad, bad
for y in years:
    assert any(d.year == y for d in seen), y
PY
ok $? "each date once, inside the declared years; every 'work' day a Saturday or Sunday"
printf 'source t\nyears 2026\n2026-01-01 off\n2026-10-09 work\n' > "$TMP/bad.txt"
"$BIN" config calendar "$TMP/bad.txt" > /dev/null 2> "$TMP/e"
[ $? -eq 78 ] && grep -q "bad.txt:4: 2026-10-09 is a weekday" "$TMP/e"
ok $? "a make-up working day on a Friday is refused naming FILE:LINE (78)"
"$BIN" config calendar "$TMP/none.txt" > /dev/null 2>&1
[ $? -eq 66 ]
ok $? "a calendar that is not there: 66"
printf '[deadlines]\ncalendar = %s\n' "$TMP/bad.txt" > "$TMP/c.conf"
"$BIN" config check "$TMP/c.conf" > /dev/null 2> "$TMP/e"
[ $? -eq 78 ] && grep -q "bad.txt:4:" "$TMP/e"
ok $? "config check checks the calendar its [deadlines] names"
printf '[deadlines]\nsuggestion = 15 days\n' > "$TMP/d.conf"
"$BIN" config check "$TMP/d.conf" > /dev/null 2> "$TMP/e"
[ $? -eq 78 ] && grep -q "d.conf:2: \[deadlines\] suggestion: a time limit" "$TMP/e"
ok $? "a time limit that is not NUMBERh or NUMBERd is refused naming FILE:LINE"
printf '[deadlines]\nsuggestion = 15d\nhigh = 12h\n' > "$TMP/g.conf"
"$BIN" config check "$TMP/g.conf" > /dev/null
ok $? "15d and 12h are time limits"
echo "1..$n"
