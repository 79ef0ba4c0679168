#!/bin/sh
# browser.sh BIN - the console in a real browser (issue 14): Debian's
# chromium, headless, driven through chromium-driver by python3-selenium
# (scripts/deps.sh installs the three), against a real `mayorbox web` on
# the test PostgreSQL set up as for tests/web.sh (lib.sh's web_setup). Runs
# every tests/browser/*.py but _common.py; each prints TAP lines without
# numbers, numbered here. Screenshots go to build/screenshots/ (PNG).
# Without chromium, chromedriver or selenium the suite says so in a SKIP
# line and runs nothing.
set -u
. "$(dirname "$0")/lib.sh"
n=0
missing=""
command -v chromium > /dev/null 2>&1 || missing="$missing chromium"
command -v chromedriver > /dev/null 2>&1 || missing="$missing chromium-driver"
# Debian's python3 (python3-selenium is its package), not one of PATH's
PY=${MB_PYTHON:-/usr/bin/python3}
"$PY" -c 'import selenium' 2> /dev/null || missing="$missing python3-selenium"
if [ -n "$missing" ]; then
	echo "# SKIP no browser test run:$missing absent (scripts/deps.sh installs them)"
	echo "1..0 # SKIP$missing absent"
	exit 0
fi
web_setup wb mbtest_browser "$1"
# the status page (status.py): a login of its own, and a public case closed
# with an answer whose access code the test knows
q "DROP ROLE IF EXISTS wb_status; CREATE ROLE wb_status LOGIN IN ROLE mayorbox_status" > /dev/null
echo "status_login = wb_status" >> "$TMP/web.conf"
MB_STATUS_CASE=$(q "SELECT c.number FROM cases c JOIN letters l ON l.case_id = c.id
	WHERE c.status <> 'closed' AND l.from_name IS NOT NULL AND l.from_name <> '欧阳明月'
	ORDER BY c.number DESC LIMIT 1")
MB_STATUS_NAME=$(q "SELECT l.from_name FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number = '$MB_STATUS_CASE' LIMIT 1")
MB_STATUS_CODE=abcd-efgh-jkmn
q "INSERT INTO vault.case_codes VALUES ('$MB_STATUS_CASE', sha256('$MB_STATUS_CODE'))
   ON CONFLICT (case_number) DO UPDATE SET code_hash = excluded.code_hash" > /dev/null
q "SELECT case_close('$MB_STATUS_CASE', '站台雨棚已修复。', NULL, false, NULL, NULL)" > /dev/null
export MB_STATUS_CASE MB_STATUS_NAME MB_STATUS_CODE
start_web "$TMP/web.conf" "$TMP/web.log"
ok $? "mayorbox web listens on $U"
mkdir -p build/screenshots "$TMP/profiles"
MB_URL=$U MB_CLERK=wb_clerk MB_CLERK_PW=clerk-pw-1 MB_SUP=wb_sup MB_SUP_PW=sup-pw-1
MB_SHOTS=$(pwd)/build/screenshots MB_PROFILES=$TMP/profiles
MB_LIFT=$(q "SELECT c.number FROM cases c JOIN letters l ON l.case_id = c.id WHERE l.from_name = '欧阳明月'")
MB_CONF=$(q "SELECT number FROM vault.cases ORDER BY number LIMIT 1")
MB_PUB=$(q "SELECT number FROM cases ORDER BY number LIMIT 1")
MB_COMPLAINTS=$(q "SELECT count(*) FROM cases WHERE category = 'complaint'")
# the case the actions change: open, its writer can be answered by mail (a
# name, an address, not anonymous, not an auto-reply: case numbers are
# random, and the first by number was once a writer the preview mails
# nothing); not a complaint: search.py counts the complaints (MB_COMPLAINTS,
# counted before) after actions.py has reclassified this one
MB_ACTION=$(q "SELECT c.number FROM cases c JOIN letters l ON l.case_id = c.id
	WHERE c.status <> 'closed' AND l.from_address LIKE '%@%' AND NOT l.anonymous
	AND l.from_name IS NOT NULL AND NOT l.auto_submitted
	AND c.category <> 'complaint'
	ORDER BY c.number LIMIT 1")
MB_DEPT=$(q "SELECT department FROM cases WHERE department IS NOT NULL
	AND department <> (SELECT coalesce(department, '') FROM cases WHERE number = '$MB_ACTION')
	ORDER BY department LIMIT 1")
# one open case received 30 days ago: past its time limit (due_at follows)
MB_LATE=$(q "SELECT number FROM cases WHERE status <> 'closed' AND number <> '$MB_ACTION'
	AND number <> '$MB_LIFT' ORDER BY number LIMIT 1")
q "UPDATE cases SET created_at = now() - interval '30 days' WHERE number = '$MB_LATE'" > /dev/null
# one department in the directory, for the supervision view
MB_DIR_DEPT=$(q "SELECT department FROM cases WHERE number = '$MB_LATE'")
[ -n "$MB_DIR_DEPT" ] || MB_DIR_DEPT="Water Affairs Bureau"
"$BIN" departments add "$MB_DIR_DEPT" --zh 测试承办单位 --contact dept@bureau.example \
	--db "dbname=$DB user=wb_sup" > /dev/null
export MB_URL MB_CLERK MB_CLERK_PW MB_SUP MB_SUP_PW MB_SHOTS MB_PROFILES MB_LIFT MB_CONF MB_PUB \
	MB_COMPLAINTS MB_ACTION MB_DEPT MB_LATE MB_DIR_DEPT
# a department's login (department_console.py): a department of its own
# with two public cases dispatched to it (none of the cases above) and a
# confidential one it must not see; asked its password on TCP like the others
MB_DEPT_LOGIN=wb_dept MB_DEPT_PW=dept-pw-1
q "DROP ROLE IF EXISTS wb_dept; CREATE ROLE wb_dept LOGIN PASSWORD 'dept-pw-1' IN ROLE mayorbox_department" > /dev/null
{ echo "host all wb_dept 127.0.0.1/32 scram-sha-256"; cat "$HBA"; } > "$TMP/hba.new" && cat "$TMP/hba.new" > "$HBA"
q "SELECT pg_reload_conf()" postgres > /dev/null
MB_DEPT_NAME="Browser Test Bureau"
"$BIN" departments add "$MB_DEPT_NAME" --zh 浏览器测试局 --contact browser@bureau.example \
	--db "dbname=$DB user=wb_sup" > /dev/null
"$BIN" departments set "$MB_DEPT_NAME" --add-member wb_dept --db "dbname=$DB user=wb_sup" > /dev/null
MB_DEPT_CASES=$(q "SELECT string_agg(number, ' ' ORDER BY number) FROM (SELECT c.number FROM cases c
	WHERE c.status <> 'closed' AND c.number NOT IN ('$MB_ACTION', '$MB_LIFT', '$MB_LATE', '$MB_PUB',
	'$MB_STATUS_CASE') AND EXISTS (SELECT 1 FROM letters l WHERE l.case_id = c.id
	AND l.from_name IS NOT NULL AND l.from_address IS NOT NULL)
	ORDER BY c.number DESC LIMIT 2) x")
MB_DEPT_CONF=$(q "SELECT number FROM vault.cases ORDER BY number DESC LIMIT 1")
for c in $MB_DEPT_CASES; do
	"$BIN" cases assign "$c" "$MB_DEPT_NAME" --new-department --db "dbname=$DB user=wb_sup" > /dev/null
done
"$BIN" cases assign "$MB_DEPT_CONF" "$MB_DEPT_NAME" --new-department --db "dbname=$DB user=wb_sup" > /dev/null
# the writers' names, addresses and phones of those cases: on no page of the department's
MB_DEPT_IDENT=$(q "SELECT string_agg(concat_ws('|', l.from_name, l.from_address, l.phone, l.message_id), '|')
	FROM letters l JOIN cases c ON c.id = l.case_id WHERE c.number IN ('$(echo "$MB_DEPT_CASES" | sed "s/ /','/g")')")
export MB_DEPT_LOGIN MB_DEPT_PW MB_DEPT_NAME MB_DEPT_CASES MB_DEPT_CONF MB_DEPT_IDENT
run_py() {	# run_py FILE: one browser test, its TAP lines numbered here
	t=$1
	name=$(basename "$t" .py)
	echo "# $name"
	(cd tests/browser && timeout 600 "$PY" "$(basename "$t")") > "$TMP/$name.out" 2> "$TMP/$name.err"
	rc=$?
	bad=0
	while IFS= read -r line; do
		case "$line" in
		"ok # SKIP"*) n=$((n + 1)); echo "ok $n ${line#ok }" ;;
		"ok - "*) ok 0 "$name: ${line#ok - }" ;;
		"not ok - "*) ok 1 "$name: ${line#not ok - }"; bad=1 ;;
		*) echo "$line" ;;
		esac
	done < "$TMP/$name.out"
	if [ $rc -ne 0 ] && [ $bad -eq 0 ]; then
		ok 1 "$name ran to its end (exit $rc)"
		tail -5 "$TMP/$name.err" | sed 's/^/# /'
	fi
}
for t in tests/browser/*.py; do
	case "$t" in */_*|*/hot.py) continue ;; esac
	run_py "$t"
done
# the hot issues (hot.py) last: the letters written for them filed now, so
# that every other test sees the data set alone
"$BIN" ingest --db "dbname=$DB user=wb_gw" --public-key "$TMP/keys/confidential.pub" \
	tests/hot/h2/letters > "$TMP/hot.ingest" 2>&1
ok $? "the hot-issue letters filed for hot.py"
run_py tests/browser/hot.py
[ -s "$TMP/web.log" ] && ! grep -q 'clerk-pw-1\|dept-pw-1\|13600001111\|欧阳明月' "$TMP/web.log"
ok $? "no password, phone or name in the console's log"
grep "web_signin" "$TMP/web.log" | grep "login=wb_dept" | grep -q "role=department"
ok $? "the department's sign-in is logged with the role department"
echo "1..$n"
