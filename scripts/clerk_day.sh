#!/bin/sh
# clerk_day.sh - a clerk's day in the mayor's mailbox, played with the real
# commands against the demo's servers (run `make demo` first): the clerk
# clerk_li looks at what the classifier was unsure of, reads a case,
# corrects its category and hands it to a department, answers a real-name
# writer (the gateway mails the answer), sees the writer's reply to the
# acknowledgement join the case and reopen it, looks at the figures and at
# where the rules and the clerks disagree; the supervisor supervisor_wang
# sees the confidential cases the clerk cannot. Prints a transcript: each
# command as "$ mayorbox ...", then its output, cut where long.
#
# Rerunnable: each run picks cases in the state it needs (a case still
# waiting for review whose sample label differs from the rules' category; an
# open case of a real-name e-mail writer whose acknowledgement was
# delivered), so a second run works on other cases. The picking, the
# answer and the citizen's reply are the script's stage work (psql as the
# database owner, python3); everything the clerk does is `mayorbox`.
set -u
cd "$(dirname "$0")/.."
ROOT=$(pwd)
export MAYORBOX_PGDIR="$ROOT/var/pg" MAYORBOX_DOVECOT_DIR="$ROOT/var/dovecot" MAYORBOX_SMTP_DIR="$ROOT/var/smtp"
BIN=$ROOT/build/mayorbox
DB=mayorbox_demo
CONF=var/mayorbox.conf
if [ ! -f "$CONF" ] || ! sh scripts/pg.sh status > /dev/null 2>&1 \
	|| ! sh scripts/dovecot.sh status > /dev/null 2>&1 || ! sh scripts/smtp.sh status > /dev/null 2>&1; then
	echo "clerk_day.sh: the demo is not running: run 'make demo' first" >&2
	exit 69
fi
eval "$(sh scripts/pg.sh env)"
eval "$(sh scripts/smtp.sh env)"
MAILDIR=$MAYORBOX_SMTP_MAILDIR
export PGDATABASE=$DB PGOPTIONS="-c client_min_messages=warning"
unset COLUMNS	# lists are not cut to a terminal's width: the transcript keeps whole subjects
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# the stage: psql as the database owner
q() { PGUSER=postgres psql -X -qAt -v ON_ERROR_STOP=1 -c "$1"; }
# mb LINES ARGS...: the clerk's command, shown and run, its output cut to
# LINES lines (0: all); with CUT set, the output is first passed through
# the sed script CUT (sed -n)
mb() {
	n=$1
	shift
	echo "\$ mayorbox $*"
	"$BIN" "$@" > "$TMP/out.all" 2>&1
	r=$?
	if [ -n "${CUT:-}" ]; then sed -n "$CUT" "$TMP/out.all"; else cat "$TMP/out.all"; fi > "$TMP/out"
	total=$(wc -l < "$TMP/out")
	if [ "$n" -gt 0 ] && [ "$total" -gt "$n" ]; then
		head -n "$n" "$TMP/out"
		echo "  [... $((total - n)) more lines]"
	else
		cat "$TMP/out"
	fi
	[ $r -eq 0 ] || echo "  [exit $r]"
	echo
	return $r
}
say() { printf '\n## %s\n\n' "$*"; }
nmail() { find "$MAILDIR" -type f | wc -l | tr -d ' '; }
waitmail() {
	i=0
	while [ "$(nmail)" -lt "$1" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
}
# showmail FILTER: the delivered messages for which the python expression
# FILTER (on m, an email.message.EmailMessage) holds, as the citizen sees them
showmail() {
	python3 - "$MAILDIR" "$1" <<'EOF'
import email, email.policy, os, sys
d = sys.argv[1]
for name in sorted(os.listdir(d), key=lambda n: os.stat(os.path.join(d, n)).st_mtime):
    with open(os.path.join(d, name), "rb") as f:
        m = email.message_from_binary_file(f, policy=email.policy.default)
    if not eval(sys.argv[2]):
        continue
    print("  Maildir/new/%s" % name)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "In-Reply-To"):
        print("  %-12s %s" % (h + ":", m[h]))
    body = m.get_body(("plain",))
    for l in (body.get_content().splitlines() if body else [])[:10]:
        print("  | " + l)
    print()
EOF
}

export PGUSER=clerk_li
echo "A clerk's day in the mayor's mailbox ($(date '+%Y-%m-%d %H:%M'))"
echo "The clerk works with her own database login, given to mayorbox by libpq's variables:"
echo "  PGHOST=$PGHOST PGPORT=$PGPORT PGDATABASE=$PGDATABASE PGUSER=clerk_li"

say "Morning: what did the classifier leave for a person to look at?"
mb 12 cases list --needs-review

# the case to correct: waiting for review (else any not yet reclassified),
# visible to a clerk, whose sample label (tests/data/labels.tsv, matched by
# Message-ID or form id) differs from the rules' category
q "SELECT c.number, c.category, coalesce(c.department, ''), c.needs_review,
          coalesce(l.message_id, ''), l.source_key
   FROM office.cases c JOIN office.letters l ON l.case_id = c.id
   WHERE NOT c.confidential AND c.status <> 'closed'
     AND l.id = (SELECT min(id) FROM office.letters WHERE case_id = c.id)
     AND NOT EXISTS (SELECT 1 FROM office.case_events e WHERE e.case_id = c.id AND e.what = 'reclassified')
   ORDER BY c.needs_review DESC, c.number DESC" > "$TMP/candidates"
python3 - tests/data/labels.tsv "$TMP/candidates" > "$TMP/pick" <<'EOF'
import csv, email, email.policy, json, os, sys
labels = {}
base = os.path.dirname(sys.argv[1])
for row in csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t"):
    path = os.path.join(base, row["path"])
    if path.endswith(".json"):
        key = "#" + json.load(open(path, encoding="utf-8"))["id"]
    else:
        with open(path, "rb") as f:
            m = email.message_from_binary_file(f, policy=email.policy.compat32)
        key = (m["Message-ID"] or "").strip().strip("<>")
    labels[key] = row
for line in open(sys.argv[2], encoding="utf-8"):
    number, category, dept, review, mid, skey = line.rstrip("\n").split("|")
    row = labels.get(mid) or labels.get(skey[skey.rfind("#"):] if "#" in skey else "")
    if row and row["category"] != category:
        print(number, row["category"], row["department"], sep="|")
        break
EOF
IFS='|' read -r CASE_R CAT_R DEPT_R < "$TMP/pick"
# when earlier runs have corrected every such case: the first case still
# waiting for review, to the category that came second in the rules' scores
if [ -z "${CASE_R:-}" ]; then
	CASE_R=$(awk -F'|' '$4 == "t" { print $1; exit }' "$TMP/candidates")
	if [ -n "$CASE_R" ]; then
		"$BIN" cases show "$CASE_R" --json | python3 -c 'import json, sys
d = json.load(sys.stdin)
ranked = sorted((c for c in d["scores"] if c != d["category"]), key=lambda c: -d["scores"][c])
print(ranked[0], d["department"] or "", sep="|")' > "$TMP/pick"
		IFS='|' read -r CAT_R DEPT_R < "$TMP/pick"
	fi
fi
if [ -z "${CASE_R:-}" ]; then
	echo "(no case left whose category a clerk would correct: earlier runs have reviewed them all;"
	echo " DEMO_FRESH=1 make demo starts again)"
else
	if [ "$(q "SELECT needs_review FROM office.cases WHERE number = '$CASE_R'")" = t ]; then
		say "She reads one of them: the rules that decided it and the words they matched"
	else
		say "She reads another case, one the classifier was sure of: the rules that decided it and the words they matched"
	fi
	mb 45 cases show "$CASE_R"
	say "The classifier was wrong: she corrects the category, and hands the case on"
	mb 0 cases reclassify "$CASE_R" "$CAT_R" --note "人工复核：按来信的主要诉求改判"
	mb 0 cases assign "$CASE_R" "$DEPT_R"
fi

# the case to answer: open, not confidential, first letter an e-mail from a
# writer who gave a name, not anonymous, whose acknowledgement was delivered
CASE_A=$(q "SELECT c.number FROM office.cases c JOIN office.letters l ON l.case_id = c.id
	JOIN office.outbox o ON o.case_id = c.id AND o.kind = 'acknowledgement' AND o.status = 'sent'
	WHERE NOT c.confidential AND c.status IN ('new', 'assigned') AND l.source = 'email'
	  AND l.id = (SELECT min(id) FROM office.letters WHERE case_id = c.id)
	  AND coalesce(l.from_name, '') <> '' AND coalesce(l.from_address, '') <> '' AND NOT l.anonymous
	  AND l.from_address ~ '^[^@]+@[^@]+$' AND l.from_address !~* '^refuse'
	ORDER BY c.number LIMIT 1")
if [ -z "$CASE_A" ]; then
	echo "(no open case of a real-name e-mail writer is left to answer: DEMO_FRESH=1 make demo starts again)"
	exit 0
fi
say "Afternoon: an answer to a real-name writer"
NAME=$(q "SELECT l.from_name FROM office.letters l JOIN office.cases c ON c.id = l.case_id WHERE c.number = '$CASE_A' ORDER BY l.id LIMIT 1")
SUBJECT=$(q "SELECT l.subject FROM office.letters l JOIN office.cases c ON c.id = l.case_id WHERE c.number = '$CASE_A' ORDER BY l.id LIMIT 1")
cat > "$TMP/answer.txt" <<EOF
${NAME}您好：

您反映的"${SUBJECT}"一事，我们已转交相关职能部门办理。经核实，相关部门已于本周安排专人处理，并将在五个工作日内与您电话联系，告知具体结果。

如仍有问题，请直接回复本邮件。感谢您对城市工作的关心和支持。

市长信箱
EOF
echo "(the answer, written to $TMP/answer.txt:)"
sed 's/^/  | /' "$TMP/answer.txt"
echo
mb 0 cases close "$CASE_A" --reply-file "$TMP/answer.txt"

say "The gateway's next round mails the answer"
before=$(nmail)
mb 0 run --once --config $CONF
sent=$(grep -c 'event=mail_sent' "$TMP/out")
waitmail $((before + sent))
echo "(the citizen's side: $((before)) -> $(nmail) messages in the test server's Maildir; the answer:)"
ANSWER_ID=$(q "SELECT token FROM office.outbox o JOIN office.cases c ON c.id = o.case_id WHERE c.number = '$CASE_A' AND o.kind = 'answer' ORDER BY o.id DESC LIMIT 1")
showmail "m['Message-ID'] == '<$ANSWER_ID@city.example>'"

say "The writer replies to the acknowledgement of their letter"
# the acknowledgement's Message-ID, from the delivered mail (what the
# citizen's mail program has); the reply goes to the mayor's mailbox
python3 - "$MAILDIR" "$CASE_A" > "$TMP/ack" <<'EOF'
import email, email.policy, os, sys
d, case = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name), "rb") as f:
        m = email.message_from_binary_file(f, policy=email.policy.default)
    if m["Auto-Submitted"] == "auto-replied" and "[12345-%s]" % case in str(m["Subject"]):
        print(m["Message-ID"], m["To"].addresses[0].addr_spec, m["To"].addresses[0].display_name,
              sep="\n")
        print(str(m["Subject"]))
        break
EOF
ACK_ID=$(sed -n 1p "$TMP/ack")
WRITER=$(sed -n 2p "$TMP/ack")
WRITER_NAME=$(sed -n 3p "$TMP/ack")
ACK_SUBJECT=$(sed -n 4p "$TMP/ack")
if [ -z "$ACK_ID" ]; then
	echo "(the acknowledgement of $CASE_A is not in the Maildir: cannot reply to it)"
	exit 1
fi
stamp=$(date +%s)
mkdir -p "$TMP/reply"
python3 - "$TMP/reply/reply.eml" "$WRITER_NAME" "$WRITER" "$ACK_SUBJECT" "$ACK_ID" "$stamp" <<'EOF'
import email.message, email.policy, email.utils, sys
path, name, addr, subject, ack_id, stamp = sys.argv[1:]
m = email.message.EmailMessage(policy=email.policy.SMTP)
m["From"] = email.utils.formataddr((name, addr))
m["To"] = "市长信箱 <mayor@city.example>"
m["Subject"] = subject if subject.startswith("Re:") else "Re: " + subject
m["Date"] = email.utils.formatdate(localtime=True)
m["Message-ID"] = "<reply.%s@citizen.example>" % stamp
m["In-Reply-To"] = ack_id
m["References"] = ack_id
m.set_content("您好：\n\n我今天又去看了，问题还是没有解决，和来信时一样。麻烦再催一下，谢谢！\n\n%s\n\n> 您的来信已收到……\n" % name)
open(path, "wb").write(m.as_bytes())
EOF
echo "(the reply, delivered into the mayor's mailbox as demo.sh delivers letters: scripts/dovecot.sh add)"
python3 - "$TMP/reply/reply.eml" <<'EOF'
import email, email.policy, sys
m = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.default)
for h in ("From", "To", "Subject", "Message-ID", "In-Reply-To"):
    print("  %-12s %s" % (h + ":", m[h]))
for l in m.get_content().splitlines():
    print("  | " + l)
EOF
echo "  $(sh scripts/dovecot.sh add "$TMP/reply/reply.eml")"
echo
mb 0 run --once --config $CONF
echo "(the case: its facts, its letters, its history; the closed case is reopened and flagged for review)"
CUT='1,4p;/^Letter 1 of/,/^  subject/p;/^Letter [2-9]/,$p'
mb 0 cases show "$CASE_A"
CUT=

say "Evening: the figures, and where the clerks and the rules disagree"
mb 0 cases stats --by department
echo "(rules that never fired are left out of the rule table here)"
CUT='/^[a-z][a-z0-9_]* *0 *- *$/!p'
mb 0 rules test --from-db
CUT=

say "The supervisor sees the confidential cases the clerk cannot"
"$BIN" cases list --csv > "$TMP/clerk.csv" 2>&1
PGUSER=supervisor_wang "$BIN" cases list --csv > "$TMP/super.csv" 2>&1
echo "\$ mayorbox cases list --csv | wc -l            # as clerk_li: $(($(wc -l < "$TMP/clerk.csv") - 1)) cases"
echo "\$ PGUSER=supervisor_wang mayorbox cases list --csv | wc -l   # $(($(wc -l < "$TMP/super.csv") - 1)) cases"
echo
echo "\$ PGUSER=supervisor_wang mayorbox cases list   # the rows clerk_li does not get:"
PGUSER=supervisor_wang "$BIN" cases list > "$TMP/super.txt" 2>&1
head -n 1 "$TMP/super.txt"
cut -d, -f1 "$TMP/clerk.csv" | sed 1d | sort > "$TMP/clerk.nums"
while IFS= read -r line; do
	num=${line%% *}
	grep -qx "$num" "$TMP/clerk.nums" || printf '%s\n' "$line"
done < "$TMP/super.txt" | sed 1d | head -n 8
echo "  [...]"
echo
SECRET=$(q "SELECT number FROM office.cases WHERE confidential ORDER BY number LIMIT 1")
echo "(one of them, asked for by the clerk:)"
mb 0 cases show "$SECRET"
exit 0
