/*
 * cmd_cases.c - `mayorbox cases`: the clerks' and supervisors' side of the
 * case file. list, show, reclassify, assign, close (queueing the answer in
 * the outbox that the gateway sends), reopen, seal, confirm and release
 * (recall first: a case sealed on weaker evidence), stats.
 *
 * argv -> service/cases.c (the use cases, which say what is allowed and
 * run the SQL of store/cases.c) -> a table, the JSON form of the answer, or
 * CSV; exit codes through cli_exit(). Every sub-command connects with the
 * caller's own login (--db, the configuration's [database] conninfo, else
 * libpq's PG* variables). Letter text goes to standard output only, never
 * to standard error.
 */
#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <sodium.h>

#include "../service/cases.h"
#include "../service/case_visit.h"
#include "../service/cases_hot.h"
#include "cli_exit.h"
#include "cli_labels.h"
#include "commands.h"
#include "config.h"
#include "db.h"
#include "readfile.h"
#include "table.h"
#include "usage.h"

/* The fewest columns the subject gets in the list, however narrow the terminal. */
#define CASES_SUBJECT_MIN_WIDTH 10

/* ------------------------------------------------------------------------
 * Times for people.
 */

/* "2d 3h", "5h 12m", "7m": a duration in seconds for people. */
static void
duration_text(double secs, char *out, size_t outlen)
{
	long s = secs > 0 ? (long)(secs + 0.5) : 0;
	long d = s / 86400, h = (s % 86400) / 3600, m = (s % 3600) / 60;
	if (d > 0)
		snprintf(out, outlen, "%ldd %ldh", d, h);
	else if (h > 0)
		snprintf(out, outlen, "%ldh %ldm", h, m);
	else if (m > 0)
		snprintf(out, outlen, "%ldm", m);
	else
		snprintf(out, outlen, "<1m");
}
/* ------------------------------------------------------------------------
 * Usage.
 */

static void
cases_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases SUBCOMMAND [--db CONNINFO] [--config FILE] ...\n"
		"\n"
		"The case file, for clerks and supervisors, with your own database login.\n"
		"Confidential cases live in the vault, where a clerk has no privilege: to a\n"
		"clerk one is \"no such case\", like a number that does not exist. Every\n"
		"change is one call of the database's case functions, which record it.\n"
		"\n"
		"  list [--category C] [--status S] [--department D] [--since DATE]\n"
		"       [--needs-review] [--confidential-review] [--search TEXT] [--overdue]\n"
		"       [--due-before DATE] [--mine] [--limit N] [--json|--csv]\n"
		"  show CASE [--key SECRET_KEY_FILE] [--rules DIR] [--json]\n"
		"  reclassify CASE CATEGORY [--note TEXT]\n"
		"  assign CASE DEPARTMENT [--to LOGIN]\n"
		"  take CASE\n"
		"  return CASE --reason TEXT              (a department's login)\n"
		"  supervise CASE --note TEXT | supervise --overdue [--hours N]\n"
		"  reply CASE --file FILE                  (a department's login)\n"
		"  send-back CASE --reason TEXT            (the department's answer, again)\n"
		"  close CASE --reply-file FILE [--key SECRET_KEY_FILE] [--outbox-key FILE]\n"
		"        [--no-mail]\n"
		"  reopen CASE\n"
		"  visit CASE --result satisfied|basic|unsatisfied [--note TEXT] [--json]\n"
		"  seal CASE [--note TEXT] [--public-key FILE] [--outbox-key FILE]\n"
		"  confirm CASE [--note TEXT]                (supervisors)\n"
		"  release CASE --key SECRET_KEY_FILE --note TEXT   (supervisors)\n"
		"  stats [--by category|department|day|district] [--since DATE] [--csv|--json]\n"
		"  hot [--since DATE] [--min-size N] [--threshold X] [--json] [--notify]\n"
		"\n"
		"CASE is a case number such as 2026-000123. The connection: --db, else\n"
		"[database] conninfo of --config FILE, else libpq's PG* variables.\n"
		"'mayorbox cases SUBCOMMAND --help' tells more of each.\n"
		"\n"
		"Recall first: a letter with weaker evidence of confidentiality is sealed\n"
		"like a confidential one and marked for review; a supervisor finds it in\n"
		"'list --confidential-review', then confirms it (it stays confidential) or\n"
		"releases it into the clerks' view (its letters opened with the secret key,\n"
		"the opening and the release recorded).\n"
		"\n"
		"Exit: 0, 64 usage, 65 wrong data or state, 66 no such case, 69 no\n"
		"database, 77 permission denied, 78 bad configuration.\n");
}

static void
list_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases list [--category C] [--status S] [--department D]\n"
		"       [--since DATE] [--needs-review] [--confidential-review]\n"
		"       [--search TEXT] [--overdue] [--due-before DATE] [--mine] [--limit N]\n"
		"       [--sort received|urgent|priority|number]\n"
		"       [--json|--csv]\n"
		"       [--db CONNINFO] [--config FILE]\n"
		"\n"
		"The cases you may see, newest first: number, received (local time),\n"
		"category, department, priority, status, due (local time; a '!' after it:\n"
		"overdue), subject (cut to the terminal's width, or $COLUMNS). Paged\n"
		"through $PAGER (default less -FRX) on a terminal.\n"
		"\n"
		"  --category C     consultation, suggestion, demand, complaint, information,\n"
		"                   unclassified\n"
		"  --status S       new, assigned, answered, closed, reopened, or open (any\n"
		"                   but closed)\n"
		"  --department D   that department (case-insensitive)\n"
		"  --since DATE     received at or after DATE: YYYY-MM-DD (local midnight) or\n"
		"                   an ISO timestamp (YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM])\n"
		"  --needs-review   only cases the classifier was unsure of\n"
		"  --confidential-review\n"
		"                   the supervisors' queue: confidential cases sealed on weaker\n"
		"                   evidence, still to be confirmed or released (a clerk sees\n"
		"                   none: no confidential case is visible to a clerk)\n"
		"  --search TEXT    cases with every word of TEXT (any case, any part of a\n"
		"                   word: Chinese needs no spaces) in their number or in a\n"
		"                   letter's subject, text, writer's name, address or phone\n"
		"                   (a sealed letter's are in no searchable column)\n"
		"  --overdue        past their time limit (due_at) and neither answered nor\n"
		"                   closed\n"
		"  --due-before DATE  due before DATE (YYYY-MM-DD: local midnight, or an ISO\n"
		"                   timestamp), whatever their status (with --status open:\n"
		"                   the work still to do)\n"
		"  --mine           owned by your login (cases take, assign --to)\n"
		"  --limit N        at most N cases\n"
		"  --sort ORDER     received (default: newest first), urgent (the console's:\n"
		"                   open before closed, overdue first, then the least time\n"
		"                   left), priority, number\n"
		"  --json           a JSON array of objects (times in UTC, ISO 8601; due_at,\n"
		"                   overdue and owner among them)\n"
		"  --csv            CSV (RFC 4180) with a header line\n");
}

static void
show_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases show CASE [--key SECRET_KEY_FILE] [--rules DIR] [--json]\n"
		"       [--db CONNINFO] [--config FILE]\n"
		"\n"
		"A case: its facts; each of its letters (received, writer, subject, text,\n"
		"attachments) with the rules that classified it and the words they matched\n"
		"(the letter classified again with the rules of DIR: default\n"
		"$MAYORBOX_RULES, else the rules/ folder beside the program); its history,\n"
		"its outgoing mail and the delivery reports about it.\n"
		"\n"
		"A confidential letter's writer, subject, text and attachments are sealed\n"
		"(shown as 'sealed'). A supervisor opens them with --key (the office's secret\n"
		"key file): the database gives the boxes sealed to that key and records the\n"
		"opening in the case's history ('identity revealed') before anything is\n"
		"shown; a key that opens nothing of the case records nothing.\n"
		"\n"
		"Exit: 0, 65 the key opens nothing of it, 66 no such case (or not visible\n"
		"to you), 69 no database, 77 not allowed.\n");
}

static void
reclassify_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases reclassify CASE CATEGORY [--note TEXT]\n"
		"       [--db CONNINFO] [--config FILE]\n"
		"\n"
		"Sets the case's category (consultation, suggestion, demand, complaint,\n"
		"information), marks it reviewed, and records 'reclassified' with the old\n"
		"and new category, your login and the note, in one transaction. Its time\n"
		"limit becomes the new category's, counted from when the letter was\n"
		"received (not from now; recorded as 'due changed').\n");
}

static void
assign_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases assign CASE DEPARTMENT [--to LOGIN] [--new-department]\n"
		"                             [--rules DIR] [--db CONNINFO] [--config FILE]\n"
		"\n"
		"Hands the case to DEPARTMENT; a new or reopened case becomes 'assigned'.\n"
		"Recorded as 'assigned' with the old and the new department. DEPARTMENT is\n"
		"one the rules route to (--rules DIR, else the default rules) or one already\n"
		"in use, matched without regard to case; a typo is refused (exit 65) with\n"
		"the known names. --new-department takes a name that is neither.\n"
		"--to LOGIN also makes LOGIN the case's owner ('owner' recorded): a clerk's\n"
		"or supervisor's login (a confidential case's: a supervisor's), else 65.\n");
}

static void
take_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases take CASE [--db CONNINFO] [--config FILE]\n"
		"\n"
		"Your login becomes the case's owner: it is in your 'list --mine'.\n"
		"Recorded as 'taken' with the owner before. A closed case is not taken\n"
		"(65: reopen it first).\n");
}

static void
return_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases return CASE --reason TEXT [--db CONNINFO] [--config FILE]\n"
		"\n"
		"A department's login (mayorbox_department, a member in 'mayorbox departments')\n"
		"hands a case dispatched to it back to the office's queue: it is not theirs.\n"
		"The case loses its department and owner and is new again; recorded as\n"
		"'returned' with the department and the reason, and counted per department\n"
		"in 'cases stats --by department'. A case not dispatched to your department\n"
		"is 'no such case' (66); another login is refused (77).\n");
}

static void
reply_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases reply CASE --file FILE [--db CONNINFO] [--config FILE]\n"
		"\n"
		"A department's login answers a case dispatched to it: FILE (UTF-8 text, at\n"
		"most 1 MiB) is kept for the office's review, recorded as 'answer submitted'\n"
		"(a new reply replaces one still pending). The office reads it in 'cases show'\n"
		"and sends it to the writer with 'cases close CASE --department-answer'. The\n"
		"department never mails the writer.\n");
}

static void
send_back_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases send-back CASE --reason TEXT [--db CONNINFO] [--config FILE]\n"
		"\n"
		"A clerk or supervisor sends the department's pending answer ('cases reply')\n"
		"back instead of sending it to the writer: it is marked 'sent back' with the\n"
		"reason, recorded as 'answer sent back' (the department sees it, reason and\n"
		"all, in its history and 'cases show'), the case stays assigned to the\n"
		"department, and the department's contact (mayorbox departments) is mailed a\n"
		"notice with the reason and the console's link, never the writer's identity.\n"
		"The department answers again with 'cases reply'.\n"
		"\n"
		"Exit: 0, 64 no --reason, 65 no department's answer waits for review, 66 no\n"
		"such case, 69 no database, 77 not allowed (a department's login).\n");
}

static void
supervise_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases supervise CASE --note TEXT [--db CONNINFO] [--config FILE]\n"
		"       mayorbox cases supervise --overdue [--hours N] [--db CONNINFO] [--config FILE]\n"
		"\n"
		"A supervision (督办) of a case: recorded as 'supervised' with the note, and\n"
		"mailed to its department's contact address (mayorbox departments) when the\n"
		"case is not confidential (a confidential case's department is told by hand).\n"
		"An answered or closed case is not supervised (65).\n"
		"\n"
		"--overdue (supervisors): every open case overdue by more than N hours (default\n"
		"[gateway] supervise_after_hours of --config, else 24) that was not supervised\n"
		"automatically today, supervised now; the gateway does the same once a day.\n");
}

static void
close_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases close CASE --reply-file FILE [--key SECRET_KEY_FILE]\n"
		"       [--outbox-key FILE] [--no-mail] [--db CONNINFO] [--config FILE]\n"
		"       mayorbox cases close CASE --department-answer [...]\n"
		"\n"
		"--department-answer: the answer is the one the case's department submitted\n"
		"('cases reply'), reviewed by you; it is then marked sent ('answer approved').\n"
		"\n"
		"Closes the case with the answer in FILE (UTF-8 text, at most 1 MiB) and\n"
		"queues the answer in the outbox, which the gateway mails, when the writer\n"
		"can be answered: a writer who gave a name and an e-mail address we can\n"
		"write to and did not write anonymously. The recipient is the case's own\n"
		"first writer (the database takes it from the case). Otherwise the case is\n"
		"closed without mail and the command says why. One call of case_close():\n"
		"status, history ('closed') and outbox.\n"
		"\n"
		"  --reply-file FILE   the answer (optional with --no-mail)\n"
		"  --key FILE          a confidential case (a supervisor): the office's secret\n"
		"                      key, whose public half seals the answer kept on the case\n"
		"  --outbox-key FILE   a confidential case: the gateways' outbox PUBLIC key\n"
		"                      (DIR/outbox.pub of 'mayorbox keygen --outbox DIR'),\n"
		"                      else [replies] outbox_public_key_file of --config; the\n"
		"                      answer waits sealed to it. Pinned here, never read from\n"
		"                      the database\n"
		"  --no-mail           close without mailing (answered by other means)\n"
		"\n"
		"Exit: 0, 64 a confidential case's answer without --key, 65 already closed\n"
		"or a bad reply file, 66 no such case, 69 a confidential writer to answer and\n"
		"no outbox key pinned, 77 not allowed, 78 a key file that cannot be read.\n");
}

static void
reopen_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases reopen CASE [--db CONNINFO] [--config FILE]\n"
		"\n"
		"A closed case becomes 'reopened' (recorded as 'reopened'). Its answer, if\n"
		"the gateway has not sent it yet, is cancelled ('mail cancelled'); one\n"
		"already sent is not called back. Exit 65 when the case is not closed.\n");
}

static void
visit_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases visit CASE --result satisfied|basic|unsatisfied\n"
		"       [--note TEXT] [--json] [--db CONNINFO] [--config FILE]\n"
		"\n"
		"Records a return visit (回访) made by phone: event 'visited' with the result,\n"
		"via phone and the note. A visit is answered once per closing: the first\n"
		"answer after the case was closed counts; a later one (by mail, on the\n"
		"status page or by phone) is recorded as 'visit again' and changes nothing.\n"
		"'unsatisfied' (不满意) reopens the case for handling again (重办): event\n"
		"'redo', status 'assigned' to the same department. The gateway mails the\n"
		"question itself after a real-name writer's answer is mailed.\n"
		"Exit 65 when the case was never closed or the result is unknown, 66 no such\n"
		"case.\n");
}

static void
stats_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases stats [--by category|department|day|district]\n"
		"       [--since DATE] [--csv|--json] [--db CONNINFO] [--config FILE]\n"
		"\n"
		"Per group (default: category): cases, open (not closed), closed; on time\n"
		"(closed by their time limit), overdue (past it, open or closed late);\n"
		"returned by a department (by department: counted for the department that\n"
		"returned it), supervised (督办), handled again (重办) after a return\n"
		"visit; the last return visit's answer per case (satisfied, basic,\n"
		"unsatisfied) and the satisfaction rate (satisfied or basically satisfied\n"
		"over the visits); the average time from filing to closing over the closed\n"
		"ones (\"2d 3h\"; in seconds in CSV and JSON). day is the local day the\n"
		"case was filed; district is the first letter's. Counts only the cases\n"
		"your login may see.\n");
}

static void
hot_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases hot [--since DATE] [--min-size N] [--threshold X] [--json]\n"
		"       [--notify] [--db CONNINFO] [--config FILE]\n"
		"\n"
		"Hot issues (热点问题): the cases filed since DATE (default: [hot] days of\n"
		"--config, else %d days ago) grouped by matter, the same place and the same\n"
		"problem from different writers and channels, largest first, then the\n"
		"fastest growing (cases of the last %d hours). Each group: its size, growth,\n"
		"distinct writers, department, the place names and words its letters share,\n"
		"and its case numbers. Only public cases are grouped: a confidential case is\n"
		"in no group, so that a group never tells what a sealed letter is about.\n"
		"\n"
		"  --min-size N    the smallest group listed (default %d)\n"
		"  --threshold X   how alike two letters on one place must be, 0 to 1\n"
		"                  (default %.2f; lower groups more, and more wrongly)\n"
		"  --json          a list of objects: size, cases, growth, anchor (the first\n"
		"                  case), first, last, open, writers, department, category,\n"
		"                  departments, categories, channels, places, terms\n"
		"  --notify        (supervisors) mail each group of [hot] notify_size cases\n"
		"                  (default %d) or more to [hot] notify (addresses) of\n"
		"                  --config, once when it gets there and again each time it\n"
		"                  has doubled; run it from a timer (doc/operations.md)\n",
		CASES_HOT_DAYS_DEFAULT, CASES_HOT_GROWTH_HOURS, HOT_MIN_SIZE_DEFAULT,
		HOT_THRESHOLD_DEFAULT, CASES_HOT_NOTIFY_SIZE_DEFAULT);
}

/* The options every sub-command takes. */
#define CASES_COMMON_OPTS \
	{"db", required_argument, NULL, 'd'}, \
	{"config", required_argument, NULL, 'c'}, \
	{"help", no_argument, NULL, 'h'}

static void
seal_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases seal CASE [--note TEXT] [--public-key FILE]\n"
		"       [--outbox-key FILE] [--db CONNINFO] [--config FILE]\n"
		"\n"
		"Turns a public case confidential (recall first: where a letter reports an\n"
		"official, or its writer asks for discretion, seal it and let a supervisor\n"
		"confirm or release). Each letter's identity (writer, address, phone,\n"
		"message id, subject, text, raw message, attachments) is sealed to the\n"
		"office's public key, the case's answer too, and case_seal() moves the case\n"
		"out of the clerks' tables in one transaction: its pending mail cancelled,\n"
		"its plain text erased, recorded as 'sealed' with the note. Afterwards a\n"
		"clerk is told 'no such case'.\n"
		"\n"
		"  --note TEXT         why (kept in the case's history)\n"
		"  --public-key FILE   the office's public key (mayorbox keygen DIR:\n"
		"                      DIR/confidential.pub), else [confidential]\n"
		"                      public_key_file of --config\n"
		"  --outbox-key FILE   the gateways' outbox public key (mayorbox keygen\n"
		"                      --outbox DIR: DIR/outbox.pub), else [replies]\n"
		"                      outbox_public_key_file of --config: the writer's\n"
		"                      reply address is sealed to it, so the writer can still\n"
		"                      be answered; without it the case gets no mail\n"
		"\n"
		"Exit: 0, 64 usage or no public key, 65 already confidential, 66 no such\n"
		"case, 69 no database, 77 not allowed, 78 a key file that cannot be read.\n");
}

static void
confirm_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases confirm CASE [--note TEXT] [--db CONNINFO] [--config FILE]\n"
		"\n"
		"A supervisor confirms that a case sealed on weaker evidence (recall first:\n"
		"'mayorbox cases list --confidential-review') is confidential: it stays in\n"
		"the vault and leaves the review queue. One call of case_confirm(), recorded\n"
		"as 'confidentiality confirmed' with your login and the note.\n"
		"\n"
		"  --note TEXT   why (kept in the case's history)\n"
		"\n"
		"Exit: 0, 64 usage, 65 not confidential or not marked for review, 66 no such\n"
		"case (a clerk: every confidential case), 69 no database, 77 not a supervisor.\n");
}

static void
release_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox cases release CASE --key SECRET_KEY_FILE --note TEXT\n"
		"       [--db CONNINFO] [--config FILE]\n"
		"\n"
		"A supervisor releases a confidential case into the clerks' view (the reverse\n"
		"of 'cases seal': recall first, and the evidence did not hold). The case's\n"
		"letters are opened with the office's secret key through reveal_case(),\n"
		"which records the opening ('identity revealed'); case_release() then moves\n"
		"the case, its letters (writer, text, raw message, attachments in plain),\n"
		"rule hits, history and mail out of the vault into the public tables, in the\n"
		"same transaction, recorded as 'released' with your login and the note. The\n"
		"number stays the same. Mail already sent or given up is kept without its\n"
		"recipient; mail still waiting sealed to the gateways' outbox key (which no\n"
		"supervisor holds) is cancelled, and the command says so. A sealed answer is\n"
		"opened and kept on the case.\n"
		"\n"
		"  --key FILE    the office's secret key (mayorbox keygen DIR:\n"
		"                DIR/confidential.key); it must open every letter of the case\n"
		"  --note TEXT   why (required; kept in the case's history)\n"
		"\n"
		"Exit: 0, 64 usage (no --key, no --note), 65 not confidential or the key does\n"
		"not open every letter, 66 no such case (a clerk: every confidential case) or\n"
		"a key file that does not exist, 69 no database, 77 not a supervisor.\n");
}


/* ------------------------------------------------------------------------
 * The case as text.
 */

static const char *
jstr(const json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

static void
show_field(FILE *out, const char *label, const char *v)
{
	fprintf(out, "  %-14s", label);
	table_cell(out, v ? v : "-", 0, 0);
	fputc('\n', out);
}

/* The case's own fields. */
static void
show_text_head(FILE *out, const json_t *doc)
{
	char t[64], line[512];
	fprintf(out, "Case ");
	table_cell(out, jstr(doc, "number"), 0, 0);
	fprintf(out, "\n");
	snprintf(line, sizeof(line), "%s%s", jstr(doc, "category"),
		 json_is_true(json_object_get(doc, "needs_review")) ? " (needs review)" : "");
	show_field(out, "category", line);
	show_field(out, "status", jstr(doc, "status"));
	show_field(out, "department", jstr(doc, "department"));
	show_field(out, "priority", jstr(doc, "priority"));
	show_field(out, "owner", jstr(doc, "owner"));
	cases_iso_local(jstr(doc, "due_at"), t, sizeof(t));
	snprintf(line, sizeof(line), "%s%s%s", t,
		 json_is_true(json_object_get(doc, "overdue")) ? " (overdue)" : "",
		 json_is_true(json_object_get(doc, "due_estimated"))
		 ? " (counted past the calendar: weekends only)" : "");
	show_field(out, "due", jstr(doc, "due_at") ? line : NULL);
	show_field(out, "confidential", json_is_true(json_object_get(doc, "confidential"))
		   ? (json_is_true(json_object_get(doc, "identity_revealed"))
		      ? "yes (identity revealed: recorded)" : "yes") : "no");
	if (json_is_true(json_object_get(doc, "confidential_review")))
		show_field(out, "review", "sealed on weaker evidence: to be confirmed or released "
			   "by a supervisor");
	if (json_is_true(json_object_get(doc, "automatic")))
		show_field(out, "automatic", "yes (a bounce or an auto-reply, not a citizen)");
	cases_iso_local(jstr(doc, "received"), t, sizeof(t));
	show_field(out, "received", t);
	cases_iso_local(jstr(doc, "updated"), t, sizeof(t));
	show_field(out, "updated", t);
	cases_iso_local(jstr(doc, "closed"), t, sizeof(t));
	show_field(out, "closed", t);
	if (jstr(doc, "answer")) {
		fprintf(out, "\nAnswer\n");
		table_text(out, jstr(doc, "answer"), "    ");
	} else if (json_is_true(json_object_get(doc, "answer_sealed"))) {
		show_field(out, "answer", "sealed (--key opens it)");
	}
	/* the department's answer (schema 014) and the office's reason when
	 * it sent it back (016) */
	const json_t *da = json_object_get(doc, "department_answer");
	if (json_is_object(da)) {
		fprintf(out, "\nDepartment's answer\n");
		show_field(out, "department", jstr(da, "department"));
		show_field(out, "state", jstr(da, "state"));
		cases_iso_local(jstr(da, "submitted_at"), t, sizeof(t));
		show_field(out, "submitted", t);
		if (jstr(da, "reason"))
			show_field(out, "sent back", jstr(da, "reason"));
		table_text(out, jstr(da, "text") ? jstr(da, "text") : "", "    ");
	}
}

/* A letter's writer: name <address>, phone. */
static void
show_text_writer(FILE *out, const json_t *lj)
{
	if (json_is_true(json_object_get(lj, "sealed"))) {
		show_field(out, "from", "sealed");
		show_field(out, "subject", "sealed");
		return;
	}
	const json_t *f = json_object_get(lj, "from");
	const char *name = jstr(f, "name"), *addr = jstr(f, "address"), *phone = jstr(f, "phone");
	fprintf(out, "  %-14s", "from");
	if (!name && !addr && !phone)
		fputs("-", out);
	if (name)
		table_cell(out, name, 0, 0);
	if (addr) {
		fputs(name ? " <" : "<", out);
		table_cell(out, addr, 0, 0);
		fputs(">", out);
	}
	if (phone) {
		fputs(name || addr ? ", phone " : "phone ", out);
		table_cell(out, phone, 0, 0);
	}
	fputc('\n', out);
	show_field(out, "subject", jstr(lj, "subject"));
}

/* A letter's attachments and the rules that matched it, with their words. */
static void
show_text_parts(FILE *out, const json_t *lj)
{
	size_t k;
	const json_t *a;
	const json_t *att = json_object_get(lj, "attachments");
	if (json_array_size(att) > 0)
		fprintf(out, "  attachments\n");
	json_array_foreach(att, k, a) {
		fputs("    ", out);
		table_cell(out, jstr(a, "filename") ? jstr(a, "filename")
			 : json_is_true(json_object_get(a, "sealed")) ? "(sealed)" : "(no name)", 0, 0);
		fprintf(out, "  ");
		table_cell(out, jstr(a, "content_type"), 0, 0);
		fprintf(out, "  %" JSON_INTEGER_FORMAT " bytes\n",
			json_integer_value(json_object_get(a, "size")));
	}
	const json_t *rules = json_object_get(lj, "rules");
	if (json_array_size(rules) == 0)
		return;
	fprintf(out, "  rules\n");
	json_array_foreach(rules, k, a) {
		fputs("    ", out);
		table_cell(out, jstr(a, "rule"), 0, 28);
		fprintf(out, " %-8s %-13s %+" JSON_INTEGER_FORMAT, jstr(a, "field"),
			jstr(a, "category") ? jstr(a, "category") : "(no category)",
			json_integer_value(json_object_get(a, "weight")));
		if (jstr(a, "words")) {
			fputs("  \"", out);
			table_cell(out, jstr(a, "words"), 0, 0);
			fputs("\"", out);
		} else if (jstr(a, "note")) {
			fprintf(out, "  (%s)", jstr(a, "note"));
		}
		fputc('\n', out);
	}
	if (jstr(lj, "rules_note"))
		fprintf(out, "    (%s)\n", jstr(lj, "rules_note"));
	const json_t *m = json_object_get(lj, "model");
	if (m && jstr(m, "why"))
		fprintf(out, "  model (classified again): %s\n", jstr(m, "why"));
}

/* Letter i of nl. */
static void
show_text_letter(FILE *out, const json_t *lj, size_t i, size_t nl)
{
	char t[64];
	cases_iso_local(jstr(lj, "received"), t, sizeof(t));
	fprintf(out, "\nLetter %zu of %zu, received %s", i + 1, nl, t);
	fprintf(out, " (%s, ", jstr(lj, "source"));
	table_cell(out, jstr(lj, "source_name") ? jstr(lj, "source_name") : "", 0, 0);
	fprintf(out, ", language %s)\n", jstr(lj, "language") ? jstr(lj, "language") : "?");
	show_text_writer(out, lj);
	if (json_is_true(json_object_get(lj, "anonymous")))
		show_field(out, "anonymous", "yes");
	if (jstr(lj, "district"))
		show_field(out, "district", jstr(lj, "district"));
	show_text_parts(out, lj);
	size_t k;
	const json_t *w, *warn = json_object_get(lj, "warnings");
	if (json_array_size(warn) > 0)
		fprintf(out, "  warnings\n");
	json_array_foreach(warn, k, w) {
		fputs("    ", out);
		table_cell(out, json_string_value(w) ? json_string_value(w) : "", 0, 0);
		fputc('\n', out);
	}
	if (json_is_true(json_object_get(lj, "sealed"))) {
		fprintf(out, "  text          sealed (a supervisor opens it with --key)\n");
	} else {
		fprintf(out, "  text\n");
		table_text(out, jstr(lj, "text") ? jstr(lj, "text") : "", "    ");
	}
}

/* The history, each event in words. */
static void
show_text_history(FILE *out, const json_t *doc)
{
	char t[64];
	size_t k;
	const json_t *e;
	fprintf(out, "\nHistory\n");
	json_array_foreach(json_object_get(doc, "history"), k, e) {
		cases_iso_local(jstr(e, "at"), t, sizeof(t));
		fprintf(out, "  %s  ", t);
		table_cell(out, jstr(e, "who"), 0, 20);
		fputs("  ", out);
		table_cell(out, jstr(e, "what"), 0, 18);
		char summary[1024];
		if (cases_event_summary(jstr(e, "what"), json_object_get(e, "detail"), summary,
				  sizeof(summary))) {
			if (summary[0]) {
				fputs("  ", out);
				table_cell(out, summary, 0, 0);
			}
		} else {
			char *d = json_dumps(json_object_get(e, "detail"),
					     JSON_COMPACT | JSON_SORT_KEYS);
			if (d && strcmp(d, "{}") != 0) {
				fputs("  ", out);
				table_cell(out, d, 0, 0);
			}
			free(d);
		}
		fputc('\n', out);
	}
}

/* The outbox and the delivery reports. */
static void
show_text_mail(FILE *out, const json_t *doc)
{
	char t[64];
	size_t k;
	const json_t *e;
	fprintf(out, "\nOutbox\n");
	if (json_array_size(json_object_get(doc, "outbox")) == 0)
		fprintf(out, "  (none)\n");
	json_array_foreach(json_object_get(doc, "outbox"), k, e) {
		cases_iso_local(jstr(e, "created_at"), t, sizeof(t));
		fprintf(out, "  %-15s %-8s %" JSON_INTEGER_FORMAT " attempt(s)  queued %s by ",
			jstr(e, "kind"), jstr(e, "status"),
			json_integer_value(json_object_get(e, "attempts")), t);
		table_cell(out, jstr(e, "created_by"), 0, 0);
		if (jstr(e, "sent_at")) {
			cases_iso_local(jstr(e, "sent_at"), t, sizeof(t));
			fprintf(out, ", sent %s", t);
		}
		if (jstr(e, "last_error")) {
			fputs(", last error: ", out);
			table_cell(out, jstr(e, "last_error"), 0, 0);
		}
		fputc('\n', out);
	}
	fprintf(out, "\nDelivery reports\n");
	if (json_array_size(json_object_get(doc, "reports")) == 0)
		fprintf(out, "  (none)\n");
	json_array_foreach(json_object_get(doc, "reports"), k, e) {
		cases_iso_local(jstr(e, "received"), t, sizeof(t));
		fprintf(out, "  %s  ", t);
		table_cell(out, jstr(e, "kind"), 0, 16);
		fputs("  action ", out);
		table_cell(out, jstr(e, "action") ? jstr(e, "action") : "-", 0, 0);
		fputs("  status ", out);
		table_cell(out, jstr(e, "status") ? jstr(e, "status") : "-", 0, 0);
		fputc('\n', out);
	}
}

/* The case as text for people; local times. */
static void
show_text(FILE *out, const json_t *doc)
{
	show_text_head(out, doc);
	const json_t *letters = json_object_get(doc, "letters");
	size_t nl = json_array_size(letters), i;
	const json_t *lj;
	json_array_foreach(letters, i, lj)
		show_text_letter(out, lj, i, nl);
	if (jstr(doc, "rules_note"))
		fprintf(out, "\n(%s)\n", jstr(doc, "rules_note"));

	show_text_history(out, doc);
	show_text_mail(out, doc);
}

/* ------------------------------------------------------------------------
 * The session and its failures.
 */

/* The options every sub-command takes, and what they load. */
struct cases_opts {
	const char *db_opt, *config_path;
	struct config cfg;
};

/* Reports what a use case refused: "mayorbox cases SUB: ERR" (controls of
 * a value quoted in err shown as spaces); its exit code. */
static int
fail(const char *sub, enum mb_status st, const char *err)
{
	fprintf(stderr, "mayorbox cases %s: ", sub);
	table_cell(stderr, err, 0, 0);
	fputc('\n', stderr);
	return cli_exit(st);
}

/* A refused argument: as fail(), with what was given ("--since"). */
static int
fail_arg(const char *sub, const char *what, const char *err)
{
	char line[1200];
	snprintf(line, sizeof(line), "%s %s", what, err);
	return fail(sub, MB_USAGE, line);
}

/* Loads --config (exit 78 when it cannot be read) and opens the session;
 * EX_OK with *c_r, which the caller frees (and deinits o->cfg). */
static int
session(const char *sub, struct cases_opts *o, struct cases **c_r)
{
	char err[1024];
	*c_r = NULL;
	if (o->config_path && config_load(o->config_path, &o->cfg, err, sizeof(err)) != 0) {
		config_deinit(&o->cfg);
		return fail(sub, MB_CONFIG, err);
	}
	*c_r = cases_new(db_conninfo(o->db_opt, &o->cfg));
	cases_set_labels(*c_r, &cli_labels);
	return EX_OK;
}

static void
session_end(struct cases_opts *o, struct cases **c)
{
	cases_free(c);
	config_deinit(&o->cfg);
}

/* The key file of an option, else of the configuration; "" when neither
 * names one. Borrowed. */
static const char *
key_path(const char *opt, const struct config *cfg, const char *section, const char *name)
{
	if (opt)
		return opt;
	const char *v = config_get(cfg, section, name);
	return v ? v : "";
}

/* Prints a JSON answer; EX_OK or EX_IOERR. */
static int
put_json(const json_t *j)
{
	int ret = json_dumpf(j, stdout, JSON_INDENT(2)) != 0 ? EX_IOERR : EX_OK;
	fputc('\n', stdout);
	return ret;
}

/* ret, or EX_IOERR when standard output could not be written. */
static int
flushed(int ret)
{
	return fflush(stdout) != 0 && ret == EX_OK ? EX_IOERR : ret;
}

/* ------------------------------------------------------------------------
 * list
 */

static void
list_csv(const struct case_summaries *l)
{
	static const char *const head[] = {"case", "received", "category", "department",
		"priority", "status", "needs_review", "confidential", "district", "language",
		"letters", "due_at", "overdue", "owner", "subject"};
	for (size_t k = 0; k < 15; k++)
		table_csv(stdout, head[k], k == 14);
	for (size_t i = 0; i < l->n; i++) {
		const struct case_summary *s = &l->v[i];
		char iso[40], n[32], due[40] = "";
		cases_time_iso(s->received, iso, sizeof(iso));
		if (s->due != CASES_DB_NO_TIME)
			cases_time_iso(s->due, due, sizeof(due));
		snprintf(n, sizeof(n), "%ld", s->letters);
		table_csv(stdout, s->number, false);
		table_csv(stdout, iso, false);
		table_csv(stdout, s->category, false);
		table_csv(stdout, s->department, false);
		table_csv(stdout, s->priority, false);
		table_csv(stdout, s->status, false);
		table_csv(stdout, s->needs_review ? "true" : "false", false);
		table_csv(stdout, s->confidential ? "true" : "false", false);
		table_csv(stdout, s->district, false);
		table_csv(stdout, s->language, false);
		table_csv(stdout, n, false);
		table_csv(stdout, due, false);
		table_csv(stdout, s->overdue ? "true" : "false", false);
		table_csv(stdout, s->owner, false);
		table_csv(stdout, s->subject, true);
	}
}

/* The list as a table, the subject cut to the terminal's width; paged. */
static int
list_table(const struct case_summaries *l)
{
	static const char *const head[] = {"CASE", "RECEIVED", "CATEGORY", "DEPARTMENT",
					   "PRIORITY", "STATUS", "DUE", "SUBJECT"};
	size_t w[7];
	for (int k = 0; k < 7; k++)
		w[k] = table_width(head[k]);
	for (size_t i = 0; i < l->n; i++) {
		const struct case_summary *s = &l->v[i];
		const char *cells[7] = {s->number, NULL, s->category,
					s->department ? s->department : "-", s->priority, s->status,
					NULL};
		for (int k = 0; k < 7; k++) {
			size_t cw = k == 1 ? 16 : k == 6 ? 17 : table_width(cells[k]);
			if (cw > w[k])
				w[k] = cw;
		}
	}
	size_t used = 0;
	for (int k = 0; k < 7; k++)
		used += w[k] + 2;
	size_t tw = table_term_width(), sw = 0;
	if (tw > 0)
		sw = tw > used + CASES_SUBJECT_MIN_WIDTH ? tw - used - 1 : CASES_SUBJECT_MIN_WIDTH;
	bool paged;
	FILE *out = table_pager_open(&paged);
	for (int k = 0; k < 7; k++)
		table_cell(out, head[k], 0, w[k] + 2);
	fprintf(out, "%s\n", head[7]);
	for (size_t i = 0; i < l->n; i++) {
		const struct case_summary *s = &l->v[i];
		char when[40], dl[40], due[48] = "-";
		cases_time_local(s->received, when, sizeof(when));
		if (s->due != CASES_DB_NO_TIME) {
			cases_time_local(s->due, dl, sizeof(dl));
			snprintf(due, sizeof(due), "%s%s", dl, s->overdue ? "!" : "");
		}
		table_cell(out, s->number, 0, w[0] + 2);
		table_cell(out, when, 0, w[1] + 2);
		table_cell(out, s->category, 0, w[2] + 2);
		table_cell(out, s->department ? s->department : "-", 0, w[3] + 2);
		table_cell(out, s->priority, 0, w[4] + 2);
		table_cell(out, s->status, 0, w[5] + 2);
		table_cell(out, due, 0, w[6] + 2);
		table_cell(out, s->subject ? s->subject : s->confidential ? "(sealed)" : "", sw, 0);
		fputc('\n', out);
	}
	return table_pager_close(out, paged);
}

/* The options of list into f; EX_OK, or the exit code of a bad one
 * (reported), or -1 for --help (printed). */
static int
list_options(int argc, char **argv, struct cases_filter *f, struct cases_opts *o, bool *json,
	     bool *csv)
{
	static const struct option opts[] = {
		{"category", required_argument, NULL, 'C'},
		{"status", required_argument, NULL, 'S'},
		{"department", required_argument, NULL, 'D'},
		{"since", required_argument, NULL, 's'},
		{"needs-review", no_argument, NULL, 'n'},
		{"confidential-review", no_argument, NULL, 'R'},
		{"search", required_argument, NULL, 'q'},
		{"overdue", no_argument, NULL, 'o'},
		{"due-before", required_argument, NULL, 'b'},
		{"mine", no_argument, NULL, 'm'},
		{"limit", required_argument, NULL, 'l'},
		{"sort", required_argument, NULL, 'O'},
		{"json", no_argument, NULL, 'j'},
		{"csv", no_argument, NULL, 'v'},
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	char err[400];
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'C':
			if (cases_check_category(optarg, "unclassified", err, sizeof(err)) != MB_OK)
				return fail_arg("list", "--category", err);
			f->category = optarg;
			break;
		case 'S':
			if (cases_check_status(optarg, err, sizeof(err)) != MB_OK)
				return fail_arg("list", "--status", err);
			f->status = optarg;
			break;
		case 'D': f->department = optarg; break;
		case 's':
			if (cases_parse_since(optarg, &f->since) != MB_OK) {
				fprintf(stderr, "mayorbox cases list: --since '%s': not a date "
					"(YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM])\n", optarg);
				return EX_USAGE;
			}
			break;
		case 'n': f->needs_review = true; break;
		case 'R': f->confidential_review = true; break;
		case 'q':
			if (cases_check_search(optarg, err, sizeof(err)) != MB_OK)
				return fail_arg("list", "--search", err);
			f->search = optarg;
			break;
		case 'o': f->overdue = true; break;
		case 'm': f->mine = true; break;
		case 'b':
			if (cases_parse_since(optarg, &f->due_before) != MB_OK) {
				fprintf(stderr, "mayorbox cases list: --due-before '%s': not a date "
					"(YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM])\n", optarg);
				return EX_USAGE;
			}
			break;
		case 'l': {
			char *e;
			errno = 0;
			long v = strtol(optarg, &e, 10);
			if (errno || *e || e == optarg || v < 1 || v > CASES_LIMIT_MAX) {
				fprintf(stderr, "mayorbox cases list: --limit '%s': not a number "
					"from 1 to %ld\n", optarg, CASES_LIMIT_MAX);
				return EX_USAGE;
			}
			f->limit = v;
			break;
		}
		case 'O':
			/* the console's orders, by the same names */
			if (strcmp(optarg, "received") == 0)
				f->sort = CASES_SORT_RECEIVED;
			else if (strcmp(optarg, "urgent") == 0)
				f->sort = CASES_SORT_URGENT;
			else if (strcmp(optarg, "priority") == 0)
				f->sort = CASES_SORT_PRIORITY;
			else if (strcmp(optarg, "number") == 0)
				f->sort = CASES_SORT_NUMBER;
			else {
				fprintf(stderr, "mayorbox cases list: --sort '%s': received, urgent, "
					"priority or number\n", optarg);
				return EX_USAGE;
			}
			break;
		case 'j': *json = true; break;
		case 'v': *csv = true; break;
		case 'd': o->db_opt = optarg; break;
		case 'c': o->config_path = optarg; break;
		case 'h': list_usage(stdout); return -1;
		default: return usage_bad_option("cases list", argc, argv);
		}
	}
	if (optind != argc || (*json && *csv)) {
		if (*json && *csv)
			fprintf(stderr, "mayorbox cases list: --json or --csv, not both\n");
		list_usage(stderr);
		return EX_USAGE;
	}
	return EX_OK;
}

static int
run_list(int argc, char **argv)
{
	struct cases_filter f = {.since = CASES_DB_NO_TIME};
	struct cases_opts o = {0};
	struct case_summaries l = {0};
	struct cases *c;
	bool json = false, csv = false;
	char err[1024];
	int ret = list_options(argc, argv, &f, &o, &json, &csv);
	if (ret != EX_OK)
		return ret < 0 ? EX_OK : ret;
	if ((ret = session("list", &o, &c)) != EX_OK)
		goto out;
	enum mb_status st = cases_list(c, &f, &l, err, sizeof(err));
	if (st != MB_OK) {
		ret = fail("list", st, err);
		goto out;
	}
	if (json) {
		json_t *arr = cases_summaries_json(&l);
		ret = put_json(arr);
		json_decref(arr);
	} else if (csv) {
		list_csv(&l);
	} else {
		ret = list_table(&l);
	}
	ret = flushed(ret);
out:
	cases_db_summaries_free(&l);
	session_end(&o, &c);
	return ret;
}

/* ------------------------------------------------------------------------
 * show
 */

static int
run_show(int argc, char **argv)
{
	static const struct option opts[] = {
		{"key", required_argument, NULL, 'k'},
		{"json", no_argument, NULL, 'j'},
		{"rules", required_argument, NULL, 'r'},
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	struct cases_opts o = {0};
	const char *key = NULL, *rules = NULL;
	bool json = false;
	char err[1024], warning[600];
	int c, ret;

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'k': key = optarg; break;
		case 'j': json = true; break;
		case 'r': rules = optarg; break;
		case 'd': o.db_opt = optarg; break;
		case 'c': o.config_path = optarg; break;
		case 'h': show_usage(stdout); return EX_OK;
		default: return usage_bad_option("cases show", argc, argv);
		}
	}
	if (optind + 1 != argc) {
		show_usage(stderr);
		return EX_USAGE;
	}
	const char *number = argv[optind];
	if (cases_check_number(number, err, sizeof(err)) != MB_OK)
		return fail("show", MB_USAGE, err);
	struct cases *cs;
	if ((ret = session("show", &o, &cs)) != EX_OK)
		return ret;
	json_t *doc = NULL;
	enum mb_status st = cases_show(cs, number, key, rules, &doc, warning, sizeof(warning), err,
				       sizeof(err));
	session_end(&o, &cs);
	if (warning[0])
		fprintf(stderr, "mayorbox cases show: %s\n", warning);
	if (st != MB_OK)
		return fail("show", st, err);
	if (json) {
		ret = put_json(doc);
	} else {
		bool paged;
		FILE *out = table_pager_open(&paged);
		show_text(out, doc);
		ret = table_pager_close(out, paged);
	}
	json_decref(doc);
	return flushed(ret);
}

/* ------------------------------------------------------------------------
 * The changes: reclassify, assign, close, reopen, seal, confirm, release.
 */

/* The options of a change. */
struct change_opts {
	struct cases_opts s;
	const char *note, *reply_file, *key;
	const char *outbox_key, *public_key;	/* pinned public key files */
	const char *rules;
	const char *to;		/* assign --to LOGIN */
	const char *result;	/* visit --result R */
	bool json;		/* visit --json */
	bool no_mail, new_department;
};

/* Parses the options of a change (those of opts: 'n' --note or
 * --new-department as the table says, 'f', 'k', 'O', 'p', 'r', 'm'
 * --no-mail) and checks that nargs arguments follow; EX_OK, the exit code
 * of a bad one, or -1 for --help (printed). */
static int
change_options(const char *sub, int argc, char **argv, const struct option *opts,
	       void (*usage)(FILE *), int nargs, struct change_opts *o)
{
	char cmd[64];
	int c;
	snprintf(cmd, sizeof(cmd), "cases %s", sub);
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'n': o->note = optarg; break;
		case 'N': o->new_department = true; break;
		case 'f': o->reply_file = optarg; break;
		case 'k': o->key = optarg; break;
		case 'O': o->outbox_key = optarg; break;
		case 'p': o->public_key = optarg; break;
		case 'r': o->rules = optarg; break;
		case 't': o->to = optarg; break;
		case 'R': o->result = optarg; break;
		case 'j': o->json = true; break;
		case 'm': o->no_mail = true; break;
		case 'd': o->s.db_opt = optarg; break;
		case 'c': o->s.config_path = optarg; break;
		case 'h': usage(stdout); return -1;
		default: return usage_bad_option(cmd, argc, argv);
		}
	}
	if (optind + nargs != argc) {
		usage(stderr);
		return EX_USAGE;
	}
	return EX_OK;
}

/* The start of a change: its options, then (before any configuration or
 * database) the category when category_arg (the second argument), the
 * note and the case number checked, then the session. EX_OK with *c_r,
 * else the exit code (-1: --help printed). */
static int
change_start(const char *sub, int argc, char **argv, const struct option *opts,
	     void (*usage)(FILE *), int nargs, bool category_arg, struct change_opts *o,
	     struct cases **c_r)
{
	char err[600];
	*c_r = NULL;
	int ret = change_options(sub, argc, argv, opts, usage, nargs, o);
	if (ret != EX_OK)
		return ret;
	if (category_arg && cases_check_category(argv[optind + 1], NULL, err, sizeof(err)) != MB_OK)
		return fail_arg(sub, "CATEGORY", err);
	enum mb_status st = cases_check_note(o->note, err, sizeof(err));
	if (st != MB_OK || (st = cases_check_number(argv[optind], err, sizeof(err))) != MB_OK)
		return fail(sub, st, err);
	return session(sub, &o->s, c_r);
}

/* The end of a change: the session closed; st reported when it failed.
 * EX_OK or the exit code. */
static int
change_end(const char *sub, struct change_opts *o, struct cases **c, enum mb_status st,
	   const char *err)
{
	session_end(&o->s, c);
	return st == MB_OK ? EX_OK : fail(sub, st, err);
}

static int
run_reclassify(int argc, char **argv)
{
	static const struct option opts[] = {
		{"note", required_argument, NULL, 'n'},
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	struct change_opts o = {0};
	struct case_reclassified r;
	struct cases *c;
	char err[1024];
	int ret = change_start("reclassify", argc, argv, opts, reclassify_usage, 2, true, &o, &c);
	if (ret != EX_OK || c == NULL)
		return ret < 0 ? EX_OK : ret;
	const char *number = argv[optind];
	enum mb_status st = cases_reclassify(c, number, argv[optind + 1], o.note, &r, err,
					     sizeof(err));
	if ((ret = change_end("reclassify", &o, &c, st, err)) != EX_OK)
		return ret;
	if (strcmp(r.before, r.after) == 0)
		printf("%s: %s confirmed (marked reviewed)\n", number, r.after);
	else
		printf("%s: %s -> %s\n", number, r.before, r.after);
	return EX_OK;
}

static int
run_assign(int argc, char **argv)
{
	static const struct option opts[] = {
		CASES_COMMON_OPTS,
		{"new-department", no_argument, NULL, 'N'},
		{"rules", required_argument, NULL, 'r'},
		{"to", required_argument, NULL, 't'},
		{NULL, 0, NULL, 0},
	};
	struct change_opts o = {0};
	struct case_assigned a;
	struct cases *c;
	char err[1024];
	int ret = change_start("assign", argc, argv, opts, assign_usage, 2, false, &o, &c);
	if (ret != EX_OK || c == NULL)
		return ret < 0 ? EX_OK : ret;
	const char *number = argv[optind], *dept = argv[optind + 1];
	enum mb_status st = cases_assign_to(c, number, dept, o.new_department, o.rules, o.to, &a,
					    err, sizeof(err));
	session_end(&o.s, &c);
	if (st != MB_OK) {
		ret = fail("assign", st, err);
		for (size_t i = 0; i < a.known_n; i++) {
			fprintf(stderr, "  ");
			table_cell(stderr, a.known[i], 0, 0);
			fprintf(stderr, "\n");
		}
		cases_assigned_deinit(&a);
		return ret;
	}
	printf("%s: assigned to ", number);
	table_cell(stdout, a.department, 0, 0);
	printf(" (status %s)", a.status);
	if (a.owner[0]) {
		printf(", owner ");
		table_cell(stdout, a.owner, 0, 0);
	}
	printf("\n");
	cases_assigned_deinit(&a);
	return EX_OK;
}

static int
run_take(int argc, char **argv)
{
	static const struct option opts[] = {
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	struct change_opts o = {0};
	struct case_taken t;
	struct cases *c;
	char err[1024];
	int ret = change_start("take", argc, argv, opts, take_usage, 1, false, &o, &c);
	if (ret != EX_OK || c == NULL)
		return ret < 0 ? EX_OK : ret;
	enum mb_status st = cases_take(c, argv[optind], &t, err, sizeof(err));
	if ((ret = change_end("take", &o, &c, st, err)) != EX_OK)
		return ret;
	printf("%s: taken by ", t.number);
	table_cell(stdout, t.owner, 0, 0);
	if (t.before[0]) {
		printf(" (owner before: ");
		table_cell(stdout, t.before, 0, 0);
		printf(")");
	}
	printf("\n");
	return EX_OK;
}

/* The answer file: UTF-8 text, at most CASES_REPLY_MAX bytes, not empty.
 * EX_OK with *text_r (caller zeroes and frees), else the exit code
 * (reported, naming the file). */
static int
read_reply(const char *path, char **text_r)
{
	char err[600], *data;
	size_t len;
	*text_r = NULL;
	enum mb_status rs = readfile(path, CASES_REPLY_MAX, &data, &len, err, sizeof(err));
	if (rs == MB_LIMIT) {
		fprintf(stderr, "mayorbox cases close: --reply-file %s: larger than %u bytes "
			"(1 MiB)\n", path, CASES_REPLY_MAX);
		return EX_DATAERR;
	}
	if (rs != MB_OK) {
		fprintf(stderr, "mayorbox cases close: --reply-file %s\n", err);
		return cli_exit(rs);
	}
	enum mb_status st = cases_check_answer(data, len, err, sizeof(err));
	if (st != MB_OK) {
		fprintf(stderr, "mayorbox cases close: --reply-file %s: %s\n", path, err);
		free(data);
		return cli_exit(st);
	}
	*text_r = data;
	return EX_OK;
}

static int
run_return(int argc, char **argv)
{
	static const struct option opts[] = {
		{"reason", required_argument, NULL, 'n'},
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	struct change_opts o = {0};
	struct case_returned r;
	struct cases *c;
	char err[1024];
	int ret = change_start("return", argc, argv, opts, return_usage, 1, false, &o, &c);
	if (ret != EX_OK || c == NULL)
		return ret < 0 ? EX_OK : ret;
	enum mb_status st = cases_return(c, argv[optind], o.note, &r, err, sizeof(err));
	if ((ret = change_end("return", &o, &c, st, err)) != EX_OK)
		return ret;
	printf("%s: returned by ", r.number);
	table_cell(stdout, r.department, 0, 0);
	printf(" to the office's queue\n");
	return EX_OK;
}

static int
run_reply(int argc, char **argv)
{
	static const struct option opts[] = {
		{"file", required_argument, NULL, 'f'},
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	struct change_opts o = {0};
	struct cases *c;
	char *text = NULL, err[1024], dept[CASES_DEPARTMENT_MAX + 1];
	int ret = change_options("reply", argc, argv, opts, reply_usage, 1, &o);
	if (ret != EX_OK)
		return ret < 0 ? EX_OK : ret;
	if (o.reply_file == NULL) {
		fprintf(stderr, "mayorbox cases reply: --file FILE is needed (the answer)\n");
		return EX_USAGE;
	}
	if ((ret = read_reply(o.reply_file, &text)) != EX_OK)
		return ret;
	if ((ret = session("reply", &o.s, &c)) != EX_OK) {
		free(text);
		return ret;
	}
	enum mb_status st = cases_reply(c, argv[optind], text, dept, sizeof(dept), err,
					sizeof(err));
	sodium_memzero(text, strlen(text));
	free(text);
	if ((ret = change_end("reply", &o, &c, st, err)) != EX_OK)
		return ret;
	printf("%s: the answer of ", argv[optind]);
	table_cell(stdout, dept, 0, 0);
	printf(" waits for the office's review\n");
	return EX_OK;
}

static int
run_send_back(int argc, char **argv)
{
	static const struct option opts[] = {
		{"reason", required_argument, NULL, 'n'},
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	struct change_opts o = {0};
	struct cases *c;
	char err[1024], dept[CASES_DEPARTMENT_MAX + 1];
	int ret = change_start("send-back", argc, argv, opts, send_back_usage, 1, false, &o, &c);
	if (ret != EX_OK || c == NULL)
		return ret < 0 ? EX_OK : ret;
	enum mb_status st = cases_send_back(c, argv[optind], o.note, dept, sizeof(dept), err,
					    sizeof(err));
	if ((ret = change_end("send-back", &o, &c, st, err)) != EX_OK)
		return ret;
	printf("%s: the answer of ", argv[optind]);
	table_cell(stdout, dept, 0, 0);
	printf(" is sent back; the case stays with it\n");
	return EX_OK;
}

static int
run_supervise(int argc, char **argv)
{
	static const struct option opts[] = {
		{"note", required_argument, NULL, 'n'},
		{"overdue", no_argument, NULL, 'o'},
		{"hours", required_argument, NULL, 'H'},
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	struct cases_opts o = {0};
	const char *note = NULL, *hours_arg = NULL;
	bool overdue = false;
	char err[1024];
	int ch, ret;
	optind = 1;
	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 'n': note = optarg; break;
		case 'o': overdue = true; break;
		case 'H': hours_arg = optarg; break;
		case 'd': o.db_opt = optarg; break;
		case 'c': o.config_path = optarg; break;
		case 'h': supervise_usage(stdout); return EX_OK;
		default: return usage_bad_option("cases supervise", argc, argv);
		}
	}
	if (optind + (overdue ? 0 : 1) != argc || (overdue && note) || (!overdue && hours_arg)) {
		supervise_usage(stderr);
		return EX_USAGE;
	}
	long hours = -1;
	if (hours_arg) {
		char *end;
		hours = strtol(hours_arg, &end, 10);
		if (*end || end == hours_arg || hours < 0 || hours > 8760)
			return fail_arg("supervise", "--hours", "a number of hours from 0 to 8760");
	}
	if (!overdue && !cases_nonempty(note))
		return fail_arg("supervise", "--note", "is needed: what the department must do");
	struct cases *c;
	if ((ret = session("supervise", &o, &c)) != EX_OK)
		return ret;
	if (overdue && hours < 0) {
		const char *v = config_get(&o.cfg, "gateway", "supervise_after_hours");
		hours = v ? strtol(v, NULL, 10) : 24;
	}
	enum mb_status st;
	if (overdue) {
		long n = 0;
		st = cases_supervise_overdue(c, hours, &n, err, sizeof(err));
		if (st == MB_OK)
			printf("%ld case(s) overdue by more than %ld hours supervised\n", n, hours);
	} else {
		bool mailed = false;
		st = cases_supervise(c, argv[optind], note, &mailed, err, sizeof(err));
		if (st == MB_OK)
			printf("%s: supervised%s\n", argv[optind], mailed ? "; its department is mailed"
			       : " (no department contact to mail)");
	}
	ret = st == MB_OK ? flushed(EX_OK) : fail("supervise", st, err);
	session_end(&o, &c);
	return ret;
}

static int
run_close(int argc, char **argv)
{
	static const struct option opts[] = {
		{"reply-file", required_argument, NULL, 'f'},
		{"key", required_argument, NULL, 'k'},
		{"outbox-key", required_argument, NULL, 'O'},
		{"no-mail", no_argument, NULL, 'm'},
		{"department-answer", no_argument, NULL, 'N'},
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	struct change_opts o = {0};
	struct case_closed cl = {0};
	struct cases *c = NULL;
	char *answer = NULL, err[1024];
	int ret = change_options("close", argc, argv, opts, close_usage, 1, &o);
	if (ret != EX_OK)
		return ret < 0 ? EX_OK : ret;
	const char *number = argv[optind];
	bool dept_answer = o.new_department;	/* -N: --department-answer here */
	if ((o.reply_file == NULL && !o.no_mail && !dept_answer)
	    || (dept_answer && (o.reply_file || o.no_mail))) {
		fprintf(stderr, "mayorbox cases close: --reply-file FILE is needed (the answer), "
			"or --department-answer (the department's, reviewed), or --no-mail\n");
		return EX_USAGE;
	}
	if (o.reply_file && (ret = read_reply(o.reply_file, &answer)) != EX_OK)
		return ret;
	if (o.key && access(o.key, R_OK) != 0) {
		fprintf(stderr, "mayorbox cases close: --key %s: %s\n", o.key, strerror(errno));
		ret = EX_NOINPUT;
		goto out;
	}
	if (cases_check_number(number, err, sizeof(err)) != MB_OK) {
		ret = fail("close", MB_USAGE, err);
		goto out;
	}
	if ((ret = session("close", &o.s, &c)) != EX_OK)
		goto out;
	if (dept_answer) {
		enum mb_status ds = cases_department_answer_text(c, number, &answer, err,
								 sizeof(err));
		if (ds != MB_OK) {
			ret = fail("close", ds, err);
			goto out;
		}
	}
	struct cases_close_req req = {
		.answer = answer, .no_mail = o.no_mail, .key_path = o.key,
		.outbox_key_path = key_path(o.outbox_key, &o.s.cfg, "replies",
					    "outbox_public_key_file"),
	};
	enum mb_status st = cases_close(c, number, &req, &cl, err, sizeof(err));
	if (st == MB_OK && dept_answer
	    && (st = cases_department_answer_done(c, number, err, sizeof(err))) != MB_OK)
		fprintf(stderr, "mayorbox cases close: %s: closed, but the department's answer is "
			"not marked sent: ", number);
	if (st != MB_OK) {
		ret = fail("close", st, err);
	} else if (!cl.queued) {
		/* the reasons an option of ours is behind, said with it */
		if (strcmp(cl.why_code, "no mail requested") == 0)
			printf("%s: closed without mail: closed with --no-mail\n", number);
		else
			printf("%s: closed without mail: %s%s\n", number, cl.why,
			       strcmp(cl.why_code, "outbox key differs") == 0 ? " (--outbox-key)"
									: "");
	} else if (cl.address == NULL) {
		printf("%s: closed; the answer to the writer is queued (outbox %s)\n", number,
		       cl.outbox_id[0] ? cl.outbox_id : "?");
	} else {
		printf("%s: closed; the answer to ", number);
		table_cell(stdout, cl.address, 0, 0);
		printf(" is queued (outbox %s)\n", cl.outbox_id[0] ? cl.outbox_id : "?");
	}
out:
	cases_closed_deinit(&cl);
	session_end(&o.s, &c);
	if (answer) {
		sodium_memzero(answer, strlen(answer));
		free(answer);
	}
	return ret;
}

static int
run_reopen(int argc, char **argv)
{
	static const struct option opts[] = {
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	struct change_opts o = {0};
	struct case_reopened r;
	struct cases *c;
	char err[1024];
	int ret = change_start("reopen", argc, argv, opts, reopen_usage, 1, false, &o, &c);
	if (ret != EX_OK || c == NULL)
		return ret < 0 ? EX_OK : ret;
	const char *number = argv[optind];
	enum mb_status st = cases_reopen(c, number, &r, err, sizeof(err));
	if ((ret = change_end("reopen", &o, &c, st, err)) != EX_OK)
		return ret;
	if (r.cancelled > 0)
		printf("%s: reopened; its answer, not sent yet, is cancelled\n", number);
	else
		printf("%s: reopened\n", number);
	return EX_OK;
}

static int
run_visit(int argc, char **argv)
{
	static const struct option opts[] = {
		{"result", required_argument, NULL, 'R'},
		{"note", required_argument, NULL, 'n'},
		{"json", no_argument, NULL, 'j'},
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	struct change_opts o = {0};
	struct case_visited v;
	struct cases *c;
	char err[1024];
	int ret = change_start("visit", argc, argv, opts, visit_usage, 1, false, &o, &c);
	if (ret != EX_OK || c == NULL)
		return ret < 0 ? EX_OK : ret;
	const char *number = argv[optind];
	enum mb_status st = cases_visit(c, number, o.result, o.note, &v, err, sizeof(err));
	if ((ret = change_end("visit", &o, &c, st, err)) != EX_OK)
		return ret;
	if (o.json) {
		json_t *j = cases_visited_json(&v);
		ret = put_json(j);
		json_decref(j);
		return flushed(ret);
	}
	if (strcmp(v.recorded, "redo") == 0)
		printf("%s: visited (%s); back to %s for handling again\n", number, v.result,
		       v.department);
	else if (strcmp(v.recorded, "again") == 0)
		printf("%s: answered before; this answer (%s) is recorded and changes nothing\n",
		       number, v.result);
	else
		printf("%s: visited (%s)\n", number, v.result);
	return EX_OK;
}

static int
run_seal(int argc, char **argv)
{
	static const struct option opts[] = {
		{"note", required_argument, NULL, 'n'},
		{"public-key", required_argument, NULL, 'p'},
		{"outbox-key", required_argument, NULL, 'O'},
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	struct change_opts o = {0};
	struct cases *c;
	char err[1024];
	int ret = change_start("seal", argc, argv, opts, seal_usage, 1, false, &o, &c);
	if (ret != EX_OK || c == NULL)
		return ret < 0 ? EX_OK : ret;
	const char *number = argv[optind];
	enum mb_status st = cases_seal(c, number, o.note,
		key_path(o.public_key, &o.s.cfg, "confidential", "public_key_file"),
		key_path(o.outbox_key, &o.s.cfg, "replies", "outbox_public_key_file"), err,
		sizeof(err));
	if ((ret = change_end("seal", &o, &c, st, err)) != EX_OK)
		return ret;
	printf("Case %s is now confidential: its letters were sealed and moved out of the "
	       "clerks' tables.\n", number);
	return EX_OK;
}

static int
run_confirm(int argc, char **argv)
{
	static const struct option opts[] = {
		{"note", required_argument, NULL, 'n'},
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	struct change_opts o = {0};
	struct cases *c;
	char err[1024];
	int ret = change_start("confirm", argc, argv, opts, confirm_usage, 1, false, &o, &c);
	if (ret != EX_OK || c == NULL)
		return ret < 0 ? EX_OK : ret;
	const char *number = argv[optind];
	enum mb_status st = cases_confirm(c, number, o.note, err, sizeof(err));
	if ((ret = change_end("confirm", &o, &c, st, err)) != EX_OK)
		return ret;
	printf("Case %s: confidentiality confirmed; it stays confidential and leaves the review "
	       "queue.\n", number);
	return EX_OK;
}

static int
run_release(int argc, char **argv)
{
	static const struct option opts[] = {
		{"key", required_argument, NULL, 'k'},
		{"note", required_argument, NULL, 'n'},
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	struct change_opts o = {0};
	struct case_released r;
	struct cases *c;
	char err[1024];
	int ret = change_options("release", argc, argv, opts, release_usage, 1, &o);
	if (ret != EX_OK)
		return ret < 0 ? EX_OK : ret;
	const char *number = argv[optind];
	/* the key and note first (the use case says which is missing) */
	if ((ret = session("release", &o.s, &c)) != EX_OK)
		return ret;
	enum mb_status st = cases_release(c, number, o.key, o.note, &r, err, sizeof(err));
	if ((ret = change_end("release", &o, &c, st, err)) != EX_OK)
		return ret;
	printf("Case %s is released: %ld letter(s) opened (recorded) and moved into the clerks' "
	       "tables.\n", number, r.letters);
	if (r.mail_kept > 0)
		printf("  %ld mail(s) already sent or given up kept in its history, without the "
		       "recipient.\n", r.mail_kept);
	if (r.mail_cancelled > 0)
		printf("  %ld mail(s) still waiting were cancelled: they are sealed to the gateways' "
		       "outbox key, which a supervisor cannot open.\n", r.mail_cancelled);
	return EX_OK;
}

/* ------------------------------------------------------------------------
 * stats
 */

static const char *const stats_groups[] = {
	[CASES_BY_CATEGORY] = "category",
	[CASES_BY_DEPARTMENT] = "department",
	[CASES_BY_DAY] = "day",
	[CASES_BY_DISTRICT] = "district",
};

/* The counts of a row after the group, in the order of the csv header
 * (avg_close_seconds apart). */
#define STATS_COUNTS 11
static void
stats_counts(const struct case_stat *x, long n[STATS_COUNTS])
{
	const long v[STATS_COUNTS] = {x->cases, x->open, x->closed, x->on_time, x->overdue,
				      x->returned, x->supervised, x->redo, x->satisfied,
				      x->basic, x->unsatisfied};
	memcpy(n, v, sizeof(v));
}

static void
stats_csv(const char *group, const struct case_stats *s)
{
	static const char *const head[] = {"cases", "open", "closed", "avg_close_seconds",
		"on_time", "overdue", "returned", "supervised", "redo", "satisfied", "basic",
		"unsatisfied"};
	table_csv(stdout, group, false);
	for (size_t k = 0; k < sizeof(head) / sizeof(head[0]); k++)
		table_csv(stdout, head[k], false);
	table_csv(stdout, "satisfaction", true);
	for (size_t i = 0; i < s->n; i++) {
		const struct case_stat *x = &s->v[i];
		char avg[32] = "", rate[32] = "", cell[32];
		long n[STATS_COUNTS];
		stats_counts(x, n);
		if (x->avg_close != CASES_DB_NO_TIME)
			snprintf(avg, sizeof(avg), "%.0f", x->avg_close);
		double sat = cases_stat_satisfaction(x);
		if (sat >= 0)
			snprintf(rate, sizeof(rate), "%.3f", sat);
		table_csv(stdout, x->group, false);
		for (int k = 0; k < STATS_COUNTS; k++) {
			snprintf(cell, sizeof(cell), "%ld", n[k]);
			table_csv(stdout, cell, false);
			if (k == 2)
				table_csv(stdout, avg, false);
		}
		table_csv(stdout, rate, true);
	}
}

static void
stats_line(const char *group, size_t w, const long n[STATS_COUNTS], const char *rate,
	   const char *avg)
{
	table_cell(stdout, group, 0, w + 2);
	for (int k = 0; k < STATS_COUNTS - 3; k++)
		printf("%*ld ", k < 3 ? 7 : 8, n[k]);
	printf("%8s  %s\n", rate, avg);
}

static void
stats_table(const char *group, const struct case_stats *s)
{
	struct case_stat all = {.group = "total"};
	double closed_secs = 0;
	size_t w = table_width(group);
	for (size_t i = 0; i < s->n; i++) {
		size_t cw = table_width(s->v[i].group ? s->v[i].group : "(none)");
		if (cw > w)
			w = cw;
	}
	if (w < 5)
		w = 5;
	table_cell(stdout, group, 0, w + 2);
	printf("%7s %7s %7s %8s %8s %8s %8s %8s %8s  %s\n", "cases", "open", "closed", "on-time",
	       "overdue", "returned", "superv.", "redo", "satisf.", "avg. to close");
	for (size_t i = 0; i < s->n; i++) {
		const struct case_stat *x = &s->v[i];
		char avg[32] = "-", rate[16] = "-";
		long n[STATS_COUNTS];
		stats_counts(x, n);
		all.cases += x->cases, all.open += x->open, all.closed += x->closed;
		all.on_time += x->on_time, all.overdue += x->overdue, all.returned += x->returned;
		all.supervised += x->supervised, all.redo += x->redo;
		all.satisfied += x->satisfied, all.basic += x->basic;
		all.unsatisfied += x->unsatisfied;
		if (x->avg_close != CASES_DB_NO_TIME) {
			closed_secs += x->avg_close * (double)x->closed;
			duration_text(x->avg_close, avg, sizeof(avg));
		}
		double sat = cases_stat_satisfaction(x);
		if (sat >= 0)
			snprintf(rate, sizeof(rate), "%.0f%%", sat * 100.0);
		stats_line(x->group ? x->group : "(none)", w, n, rate, avg);
	}
	char avg[32] = "-", rate[16] = "-";
	long n[STATS_COUNTS];
	stats_counts(&all, n);
	if (all.closed > 0)
		duration_text(closed_secs / (double)all.closed, avg, sizeof(avg));
	double sat = cases_stat_satisfaction(&all);
	if (sat >= 0)
		snprintf(rate, sizeof(rate), "%.0f%%", sat * 100.0);
	stats_line("total", w, n, rate, avg);
}

static int
run_stats(int argc, char **argv)
{
	static const struct option opts[] = {
		{"by", required_argument, NULL, 'b'},
		{"since", required_argument, NULL, 's'},
		{"csv", no_argument, NULL, 'v'},
		{"json", no_argument, NULL, 'j'},
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	struct cases_opts o = {0};
	struct case_stats s = {0};
	bool json = false;
	struct cases *c;
	double since = CASES_DB_NO_TIME;
	bool csv = false;
	size_t by = CASES_BY_CATEGORY;
	char err[1024], warning[400];
	int ch, ret;

	optind = 1;
	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 'b':
			for (by = 0; by < sizeof(stats_groups) / sizeof(stats_groups[0]); by++)
				if (strcmp(optarg, stats_groups[by]) == 0)
					break;
			if (by == sizeof(stats_groups) / sizeof(stats_groups[0])) {
				fprintf(stderr, "mayorbox cases stats: --by '%s': one of category, "
					"department, day, district\n", optarg);
				return EX_USAGE;
			}
			break;
		case 's':
			if (cases_parse_since(optarg, &since) != MB_OK) {
				fprintf(stderr, "mayorbox cases stats: --since '%s': not a date "
					"(YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM])\n", optarg);
				return EX_USAGE;
			}
			break;
		case 'v': csv = true; break;
		case 'j': json = true; break;
		case 'd': o.db_opt = optarg; break;
		case 'c': o.config_path = optarg; break;
		case 'h': stats_usage(stdout); return EX_OK;
		default: return usage_bad_option("cases stats", argc, argv);
		}
	}
	if (optind != argc || (csv && json)) {
		stats_usage(stderr);
		return EX_USAGE;
	}
	if ((ret = session("stats", &o, &c)) != EX_OK)
		return ret;
	enum mb_status st = cases_stats(c, (enum cases_group)by, since, &s, warning,
					sizeof(warning), err, sizeof(err));
	if (warning[0])
		fprintf(stderr, "mayorbox cases stats: %s\n", warning);
	if (st != MB_OK) {
		ret = fail("stats", st, err);
	} else {
		if (json) {
			json_t *j = cases_stats_json(&s);
			ret = put_json(j);
			json_decref(j);
		} else if (csv) {
			stats_csv(stats_groups[by], &s);
		} else {
			stats_table(stats_groups[by], &s);
		}
		ret = flushed(ret);
	}
	cases_db_rows_free(&s);
	session_end(&o, &c);
	return ret;
}

static void
hot_table(const json_t *groups, size_t cases)
{
	printf("%zu cases read, %zu groups\n", cases, json_array_size(groups));
	size_t i;
	json_t *g;
	json_array_foreach(groups, i, g) {
		const char *dept = json_string_value(json_object_get(g, "department"));
		printf("\n%lld cases (%lld new in %dh, %lld writers, %lld open) %s\n",
		       (long long)json_integer_value(json_object_get(g, "size")),
		       (long long)json_integer_value(json_object_get(g, "growth")),
		       CASES_HOT_GROWTH_HOURS,
		       (long long)json_integer_value(json_object_get(g, "writers")),
		       (long long)json_integer_value(json_object_get(g, "open")),
		       dept ? dept : "(no department)");
		const char *keys[] = {"places", "terms", "cases"};
		const char *names[] = {"  places: ", "  words:  ", "  cases:  "};
		for (size_t k = 0; k < 3; k++) {
			fputs(names[k], stdout);
			size_t j;
			json_t *v;
			json_array_foreach(json_object_get(g, keys[k]), j, v) {
				if (j > 0)
					fputs(k == 2 ? " " : ", ", stdout);
				table_cell(stdout, json_string_value(v), 0, 0);
			}
			fputc('\n', stdout);
		}
	}
}

static int
run_hot(int argc, char **argv)
{
	static const struct option opts[] = {
		{"since", required_argument, NULL, 's'},
		{"min-size", required_argument, NULL, 'm'},
		{"threshold", required_argument, NULL, 't'},
		{"json", no_argument, NULL, 'j'},
		{"notify", no_argument, NULL, 'n'},
		CASES_COMMON_OPTS,
		{NULL, 0, NULL, 0},
	};
	struct cases_opts o = {0};
	struct cases_hot_query q = {.since = CASES_DB_NO_TIME};
	hot_params_default(&q.params);
	bool json = false, notify = false;
	struct cases *c;
	char err[1024], *end;
	int ch, ret;
	long v;

	optind = 1;
	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 's':
			if (cases_parse_since(optarg, &q.since) != MB_OK) {
				fprintf(stderr, "mayorbox cases hot: --since '%s': not a date "
					"(YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM])\n", optarg);
				return EX_USAGE;
			}
			break;
		case 'm':
			v = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || v < 1 || v > 100000) {
				fprintf(stderr, "mayorbox cases hot: --min-size: a whole number from 1 "
					"to 100000\n");
				return EX_USAGE;
			}
			q.params.min_size = (size_t)v;
			break;
		case 't':
			q.params.threshold = strtod(optarg, &end);
			if (*optarg == '\0' || *end != '\0'
			    || !(q.params.threshold > 0 && q.params.threshold <= 1)) {
				fprintf(stderr, "mayorbox cases hot: --threshold: a number above 0, "
					"at most 1\n");
				return EX_USAGE;
			}
			break;
		case 'j': json = true; break;
		case 'n': notify = true; break;
		case 'd': o.db_opt = optarg; break;
		case 'c': o.config_path = optarg; break;
		case 'h': hot_usage(stdout); return EX_OK;
		default: return usage_bad_option("cases hot", argc, argv);
		}
	}
	if (optind != argc) {
		hot_usage(stderr);
		return EX_USAGE;
	}
	if ((ret = session("hot", &o, &c)) != EX_OK)
		return ret;
	q.now = (double)time(NULL);
	long days = CASES_HOT_DAYS_DEFAULT, notify_size = CASES_HOT_NOTIFY_SIZE_DEFAULT;
	const char *to = config_get(&o.cfg, "hot", "notify");
	const char *d = config_get(&o.cfg, "hot", "days");
	const char *ns = config_get(&o.cfg, "hot", "notify_size");
	if ((d && !config_parse_long(d, 1, 3660, &days))
	    || (ns && !config_parse_long(ns, 2, 100000, &notify_size))) {
		ret = fail("hot", MB_CONFIG, "[hot] days: 1 to 3660; notify_size: 2 to 100000");
		session_end(&o, &c);
		return ret;
	}
	if (q.since == CASES_DB_NO_TIME)
		q.since = q.now - (double)days * 86400.0;
	if (notify && (to == NULL || *to == '\0')) {
		ret = fail("hot", MB_CONFIG, "--notify: no [hot] notify addresses in --config");
		session_end(&o, &c);
		return ret;
	}
	json_t *groups = NULL;
	size_t cases = 0;
	enum mb_status st = cases_hot(c, &q, &groups, &cases, err, sizeof(err));
	if (st == MB_OK && notify) {
		size_t mailed = 0;
		st = cases_hot_notify(c, groups, (size_t)notify_size, to, &mailed, err, sizeof(err));
		if (st == MB_OK)
			fprintf(stderr, "mayorbox cases hot: %zu group(s) mailed to the supervisors\n",
				mailed);
	}
	if (st != MB_OK) {
		ret = fail("hot", st, err);
	} else {
		if (json)
			ret = put_json(groups);
		else
			hot_table(groups, cases);
		ret = flushed(ret);
	}
	json_decref(groups);
	session_end(&o, &c);
	return ret;
}

/* ------------------------------------------------------------------------ */

int
cmd_cases(int argc, char **argv)
{
	static const struct {
		const char *name;
		int (*run)(int argc, char **argv);
	} subs[] = {
		{"list", run_list},
		{"show", run_show},
		{"reclassify", run_reclassify},
		{"assign", run_assign},
		{"take", run_take},
		{"return", run_return},
		{"reply", run_reply},
		{"send-back", run_send_back},
		{"supervise", run_supervise},
		{"close", run_close},
		{"reopen", run_reopen},
		{"visit", run_visit},
		{"seal", run_seal},
		{"confirm", run_confirm},
		{"release", run_release},
		{"stats", run_stats},
		{"hot", run_hot},
	};
	if (argc < 2) {
		cases_usage(stderr);
		return EX_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0
	    || strcmp(argv[1], "help") == 0) {
		cases_usage(stdout);
		return EX_OK;
	}
	for (size_t i = 0; i < sizeof(subs) / sizeof(subs[0]); i++)
		if (strcmp(argv[1], subs[i].name) == 0)
			return subs[i].run(argc - 1, argv + 1);
	fprintf(stderr, "mayorbox cases: '%s' is not a sub-command; see 'mayorbox cases --help'\n",
		argv[1]);
	return EX_USAGE;
}
