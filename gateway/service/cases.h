/*
 * cases.h - the case file's use cases, once, for every front end (`mayorbox
 * cases`, `mayorbox unseal`, the clerks' web console): list, show,
 * reclassify, assign, close (the answer and the policy of when it is
 * mailed), reopen, seal, confirm, release, unseal, stats.
 *
 * Each use case checks its input (MB_USAGE with what is wrong), runs in one
 * transaction of the session's connection (opened at the first use case
 * that needs it, so a malformed request never waits for a database), and
 * returns a struct and one JSON form (json_t *, new reference) which
 * `--json` prints and the web console serves. No printing here: every
 * detail goes to the caller's err (STYLE.md 6), which names the case, a
 * key file or a field, never a writer's identity, and names the inputs in
 * the front end's words (cases_set_labels), never as a command line's
 * options; the JSON forms use the service's own words.
 *
 * The statuses: MB_USAGE a malformed request, MB_REFUSED wrong data or
 * state (a case closed already, a key that opens nothing), MB_NO_INPUT no
 * such case or a key file that is not there, MB_CONNECTION no database,
 * MB_DENIED the login may not, MB_CONFIG a key file that cannot be read.
 *
 * Keys: the office's secret key and the public keys are read once per
 * session, when a use case first needs them, and kept (zeroed at the end).
 */
#ifndef MB_SERVICE_CASES_H
#define MB_SERVICE_CASES_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "../store/cases.h"
#include "error.h"

/* The largest answer a clerk may send. */
#define CASES_REPLY_MAX (1024u * 1024u)
/* The longest note, in bytes. */
#define CASES_NOTE_MAX 4000u
/* The longest department name, in bytes. */
#define CASES_DEPARTMENT_MAX 200u
/* The longest login (PostgreSQL's NAMEDATALEN - 1). */
#define CASES_LOGIN_MAX 63u
/* The most rows a list may ask for. */
#define CASES_LIMIT_MAX 10000000L
/* Longest quote of a letter's matched words, in bytes (as classify --explain). */
#define CASES_QUOTE_MAX 120

/* The categories and statuses of a case (NULL-terminated). */
extern const char *const cases_categories[];
extern const char *const cases_statuses[];

/* A session: the connection (opened when first needed) and the keys read. */
struct cases;

/* A session for conninfo (copied; "" is libpq's environment). Free with
 * cases_free(), which closes the connection and zeroes the keys. */
struct cases *cases_new(const char *conninfo);
/* The front end's words for the inputs its messages name (labels.h:
 * `mayorbox` says "--key"); borrowed, kept for the session. Without, err
 * speaks in the service's own words ("the secret key file"). */
struct labels;
void cases_set_labels(struct cases *c, const struct labels *l);
/* A session on a connection already open (the web console's: the person's
 * own login), which it never reopens under another login: lost, it is
 * MB_CONNECTION. NULL with err when the connection cannot be set up.
 * cases_free() leaves db open (its owner closes it). */
struct cases *cases_new_on(PGconn *db, char *err, size_t errlen);
void cases_free(struct cases **c);

/* The session uses set (a reference taken; NULL: nothing changes) for the
 * matched words of show and the departments of assign, instead of loading
 * the rules the first time it needs them: a front end that lives long (the
 * console) loads them once. Before the first use case. */
struct ruleset;
void cases_use_rules(struct cases *c, struct ruleset *set);

/* ------------------------------------------------------------------------
 * Checks of input, for front ends that check early (each is also done by
 * the use case): MB_USAGE with err naming the field, or MB_OK.
 */

/* A category (or extra, e.g. "unclassified"): err "'X': not a category
 * (consultation, ...)". */
enum mb_status cases_check_category(const char *s, const char *extra, char *err,
				    size_t errlen) MB_MUST_USE;
/* A status or "open": err "'X': not a status (new, ..., open)". */
enum mb_status cases_check_status(const char *s, char *err, size_t errlen) MB_MUST_USE;
/* "2026-000123": four digits, a dash, six to nine digits. */
enum mb_status cases_check_number(const char *number, char *err, size_t errlen) MB_MUST_USE;
/* A note: UTF-8 text of at most CASES_NOTE_MAX bytes (NULL is fine); err
 * "the note is not UTF-8 text of at most N bytes". */
enum mb_status cases_check_note(const char *note, char *err, size_t errlen) MB_MUST_USE;
/* An answer: UTF-8 text that is not blank, at most CASES_REPLY_MAX bytes;
 * MB_REFUSED "not UTF-8 text (byte N)" or "the answer is empty". */
enum mb_status cases_check_answer(const char *text, size_t n, char *err,
				  size_t errlen) MB_MUST_USE;
/* The first day of a list or stats: "YYYY-MM-DD" (local midnight) or an ISO
 * timestamp "YYYY-MM-DD[T ]HH:MM[:SS[.fff]][Z|+HH:MM|+HHMM|+HH]" (local time
 * when it names no zone) to seconds since the epoch. */
enum mb_status cases_parse_since(const char *s, double *epoch_r) MB_MUST_USE;
/* A search (cases_filter.search): one line of UTF-8 text of at most
 * CASES_SEARCH_MAX bytes and CASES_SEARCH_WORDS_MAX words (NULL is fine). */
enum mb_status cases_check_search(const char *search, char *err, size_t errlen) MB_MUST_USE;
/* Whether s is nonempty after white space. */
bool cases_nonempty(const char *s);

/* ------------------------------------------------------------------------
 * list
 */

/* The cases of f the login may see, in f's order (f->since, f->search and
 * the others as store/cases.h says; out->total counts every page). A
 * category, status or search that is wrong is MB_USAGE. */
enum mb_status cases_list(struct cases *c, const struct cases_filter *f,
			  struct case_summaries *out, char *err, size_t errlen) MB_MUST_USE;
json_t *cases_summary_json(const struct case_summary *s);
json_t *cases_summaries_json(const struct case_summaries *l);

/* ------------------------------------------------------------------------
 * show
 */

/* The whole case as its JSON document (*doc_r, caller decrefs): the case,
 * its letters with attachments and rule hits (the matched words from the
 * letter's own bytes classified again with the rules of rules_dir, or of
 * rulesdir_find()), history, outbox and delivery reports. With key_path
 * (the office's secret key) and a case with sealed letters, reveal_case()
 * gives the boxes that key opens and records the opening first, in the
 * same transaction (committed before the document is returned); a key that
 * opens nothing is MB_REFUSED and nothing is recorded. warning: why the
 * matched words are not shown, when the rules cannot be loaded ("" else). */
enum mb_status cases_show(struct cases *c, const char *number, const char *key_path,
			  const char *rules_dir, json_t **doc_r, char *warning,
			  size_t warninglen, char *err, size_t errlen) MB_MUST_USE;

/* A history event's detail (the document's "what" and "detail") in words,
 * into out: "a -> b: note" and the like; false when the event is not one
 * known (the caller shows the detail as it is). */
bool cases_event_summary(const char *what, const json_t *detail, char *out, size_t len);

/* The index-th attachment (1 the first) of number, counted in the order
 * the document lists them (letters as they came, each one's attachments
 * by position), with its bytes (caller: cases_db_file_free). One that is
 * sealed with its letter, or not there, is MB_NO_INPUT "NUMBER: no
 * attachment N", as is a case the login may not see ("no such case"). */
enum mb_status cases_attachment(struct cases *c, const char *number, long index,
				struct case_file *out, char *err, size_t errlen) MB_MUST_USE;

/* The departments a case may be assigned to without new_department: those
 * the rules route to or their directory lists, and those in use; each
 * once, into a new array (*names_r of *n_r; cases_names_free()). */
enum mb_status cases_departments(struct cases *c, const char *rules_dir, char ***names_r,
				 size_t *n_r, char *err, size_t errlen) MB_MUST_USE;
void cases_names_free(char ***names, size_t *n);

/* ------------------------------------------------------------------------
 * The changes.
 */

struct case_reclassified {
	char number[32];
	char before[64], after[64];	/* before == after: confirmed, marked reviewed */
};
enum mb_status cases_reclassify(struct cases *c, const char *number, const char *category,
				const char *note, struct case_reclassified *out, char *err,
				size_t errlen) MB_MUST_USE;
json_t *cases_reclassified_json(const struct case_reclassified *r);

struct case_assigned {
	char number[32];
	char department[CASES_DEPARTMENT_MAX + 1];	/* as the rules or cases spell it */
	char status[32];
	char owner[CASES_LOGIN_MAX + 1];	/* "" : unchanged */
	/* refused (MB_REFUSED): the departments known, to choose from */
	char **known;
	size_t known_n;
};
/* Assigns number to department: one the rules route to, their directory
 * lists, or a case has (any spelling of it: it is kept as spelled there),
 * unless new_department. */
enum mb_status cases_assign(struct cases *c, const char *number, const char *department,
			    bool new_department, const char *rules_dir,
			    struct case_assigned *out, char *err, size_t errlen) MB_MUST_USE;
/* The same, and with owner (NULL: unchanged) that login becomes the case's
 * owner: one of the office's logins (a confidential case: a supervisor's),
 * else MB_REFUSED and nothing changes. */
enum mb_status cases_assign_to(struct cases *c, const char *number, const char *department,
			       bool new_department, const char *rules_dir, const char *owner,
			       struct case_assigned *out, char *err, size_t errlen) MB_MUST_USE;
void cases_assigned_deinit(struct case_assigned *a);
json_t *cases_assigned_json(const struct case_assigned *a);

struct case_taken {
	char number[32];
	char owner[CASES_LOGIN_MAX + 1];	/* the caller's login */
	char before[CASES_LOGIN_MAX + 1];	/* "": none */
};
/* The caller's login becomes number's owner (recorded: 'taken'); a closed
 * case is MB_REFUSED. */
enum mb_status cases_take(struct cases *c, const char *number, struct case_taken *out, char *err,
			  size_t errlen) MB_MUST_USE;
json_t *cases_taken_json(const struct case_taken *t);

/* What closing asks: the answer (UTF-8, NULL: none), no mail, the office's
 * secret key (a confidential case's answer is kept sealed to it) and the
 * gateways' outbox public key (the answer to a confidential writer waits
 * sealed to it). */
struct cases_close_req {
	const char *answer;
	bool no_mail;
	const char *key_path;
	const char *outbox_key_path;
};
struct case_closed {
	char number[32];
	bool queued;		/* the answer waits in the outbox */
	char outbox_id[32];	/* its id when queued */
	char *address;		/* a public case's writer when queued (caller: deinit) */
	char why[200];		/* why no mail, when not queued */
	/* case_close()'s code of it ("no mail requested", "outbox key
	 * differs", ...: schema 006), for a front end that says it in its
	 * own words (its option) */
	char why_code[64];
};
/* Closes number. A public case's writer must have an address the outbox
 * can write to (replies_address_ok): one it would refuse is refused here
 * (MB_REFUSED, nothing changed), not queued to be given up later. */
enum mb_status cases_close(struct cases *c, const char *number, const struct cases_close_req *req,
			   struct case_closed *out, char *err, size_t errlen) MB_MUST_USE;
void cases_closed_deinit(struct case_closed *cl);

/* What closing would mail, before anything changes (the console's
 * preview): mail, the message case_close() would queue for a public case,
 * composed by replies_preview() from the row it would queue (the first
 * letter's writer, subject, Message-ID and language; the answer) with rc;
 * or NULL and why (in words) when no mail would go. The same checks as
 * cases_close() and the same refusals (MB_REFUSED a closed case, a
 * confidential case's answer without a key MB_USAGE); nothing changes. */
struct case_preview {
	char number[32];
	char *mail;		/* caller: cases_preview_deinit */
	char why[200];
};
struct replies_config;
enum mb_status cases_close_preview(struct cases *c, const char *number,
				   const struct cases_close_req *req,
				   const struct replies_config *rc, struct case_preview *out,
				   char *err, size_t errlen) MB_MUST_USE;
void cases_preview_deinit(struct case_preview *p);
json_t *cases_closed_json(const struct case_closed *cl);

struct case_reopened {
	char number[32];
	long cancelled;		/* answers still waiting, now cancelled */
};
enum mb_status cases_reopen(struct cases *c, const char *number, struct case_reopened *out,
			    char *err, size_t errlen) MB_MUST_USE;
json_t *cases_reopened_json(const struct case_reopened *r);

/* Seals a public case (recall first): each letter's identity to the
 * office's public key (public_key_path, required: MB_USAGE without), the
 * writer's reply address to the outbox key (outbox_key_path, NULL: the case
 * gets no mail), the answer too; case_seal() moves it into the vault. */
enum mb_status cases_seal(struct cases *c, const char *number, const char *note,
			  const char *public_key_path, const char *outbox_key_path, char *err,
			  size_t errlen) MB_MUST_USE;

/* A supervisor confirms a case sealed on weaker evidence. */
enum mb_status cases_confirm(struct cases *c, const char *number, const char *note, char *err,
			     size_t errlen) MB_MUST_USE;

struct case_released {
	char number[32];
	long letters, mail_kept, mail_cancelled;
};
/* A supervisor releases a confidential case into the clerks' view: its
 * boxes opened with key_path (the opening recorded), note required. */
enum mb_status cases_release(struct cases *c, const char *number, const char *key_path,
			     const char *note, struct case_released *out, char *err,
			     size_t errlen) MB_MUST_USE;
json_t *cases_released_json(const struct case_released *r);

/* The sealed identities of number's letters, in the order they came, as a
 * JSON array (*letters_r, caller decrefs), opened with key_path (recorded
 * by reveal_case()); without raw, the raw message and attachments' data are
 * left out. A key that opens no letter is MB_REFUSED. */
enum mb_status cases_unseal(struct cases *c, const char *number, const char *key_path, bool raw,
			    json_t **letters_r, char *err, size_t errlen) MB_MUST_USE;

/* ------------------------------------------------------------------------
 * The one opening of sealed letters: every use case and tool that reads a
 * sealed letter goes through it (show, release and unseal here; the rules'
 * measurements, service/rules.c), so an opening is recorded one way.
 */

/* The boxes of case number that key opens, in db's open transaction, by
 * reveal_case() (cases_db_reveal), which records ONE 'identity revealed'
 * event (who, key id) before it returns them. MB_REFUSED with "KEY: this
 * key opens nothing of case NUMBER" when none does (nothing is recorded);
 * else cases_db_reveal's codes. Free boxes with cases_db_rows_free (also
 * after a failure). */
struct seal_secret;
enum mb_status cases_reveal(PGconn *db, const char *number, const struct seal_secret *key,
			    struct case_boxes *boxes, char *err, size_t errlen) MB_MUST_USE;

/* The identity of letter letter_id among boxes (from cases_reveal), opened
 * with key: a JSON object (caller decrefs; "raw" holds the message in
 * base64), or NULL with *st_r: MB_NO_INPUT when boxes hold no box of that
 * letter, MB_REFUSED when key does not open it or it is not mayorbox's.
 * err names the case, never the contents. */
json_t *cases_open_letter(const struct case_boxes *boxes, long long letter_id,
			  const struct seal_secret *key, const char *number, enum mb_status *st_r,
			  char *err, size_t errlen);

/* ------------------------------------------------------------------------
 * stats
 */

/* Counts by group since (CASES_DB_NO_TIME: all); days in the local time
 * zone (a zone the database does not know: UTC, and warning says so). */
enum mb_status cases_stats(struct cases *c, enum cases_group by, double since,
			   struct case_stats *out, char *warning, size_t warninglen, char *err,
			   size_t errlen) MB_MUST_USE;
json_t *cases_stats_json(const struct case_stats *s);
/* The share of a group's return visits answered satisfied or basically
 * satisfied (满意率), 0..1; -1 when none was answered. */
double cases_stat_satisfaction(const struct case_stat *x);

/* An epoch as ISO 8601 UTC "YYYY-MM-DDTHH:MM:SSZ" ("?" when it cannot be
 * written). */
void cases_time_iso(double epoch, char *out, size_t outlen);

/* Times for people: seconds since the epoch as local "YYYY-MM-DD HH:MM"
 * ("?" when it cannot be written); an ISO time of cases_time_iso() the
 * same way ("-" for NULL, the text itself when it is not one). */
void cases_time_local(double epoch, char *out, size_t outlen);
void cases_iso_local(const char *iso, char *out, size_t outlen);

/* ------------------------------------------------------------------------
 * Departments (issue 15): the directory and what a department does.
 */

/* A department's login returns number to the office's queue (it is not
 * theirs): department cleared, status new, owner none, event 'returned'
 * with the department and the reason (a note: at most CASES_NOTE_MAX). */
struct case_returned {
	char number[32];
	char department[CASES_DEPARTMENT_MAX + 1];
};
enum mb_status cases_return(struct cases *c, const char *number, const char *reason,
			    struct case_returned *out, char *err, size_t errlen) MB_MUST_USE;

/* The directory of departments (JSON, cases_db_directory); adding and
 * changing one: supervisors only (MB_DENIED). */
enum mb_status cases_directory(struct cases *c, json_t **out, char *err,
			       size_t errlen) MB_MUST_USE;
enum mb_status cases_directory_add(struct cases *c, const char *name, const char *zh,
				   const char *contact, char *err, size_t errlen) MB_MUST_USE;
enum mb_status cases_directory_set(struct cases *c, const struct cases_directory_change *ch,
				   char *err, size_t errlen) MB_MUST_USE;

/* A supervision (督办) of number with a note: recorded ('supervised'),
 * and mailed to its department's contact when the case is not
 * confidential and the directory has one (*mailed). Clerks and
 * supervisors; an answered or closed case is MB_REFUSED. */
enum mb_status cases_supervise(struct cases *c, const char *number, const char *note,
			       bool *mailed, char *err, size_t errlen) MB_MUST_USE;
/* Every open case overdue by more than hours, not yet supervised
 * automatically today: supervised (*count). Supervisors (and gateways). */
enum mb_status cases_supervise_overdue(struct cases *c, long hours, long *count, char *err,
				       size_t errlen) MB_MUST_USE;

/* A department's login answers number (kept for the office's review:
 * 'answer submitted'); dept gets its department. The office takes the
 * pending text (MB_REFUSED when none waits; the caller frees it), closes
 * the case with it (cases_close), then marks it sent ('answer approved'). */
enum mb_status cases_reply(struct cases *c, const char *number, const char *text, char *dept,
			   size_t deptlen, char *err, size_t errlen) MB_MUST_USE;
enum mb_status cases_department_answer_text(struct cases *c, const char *number, char **text,
					    char *err, size_t errlen) MB_MUST_USE;
enum mb_status cases_department_answer_done(struct cases *c, const char *number, char *err,
					    size_t errlen) MB_MUST_USE;
/* The office sends the department's pending answer back (schema 016) with
 * a reason (a note: at most CASES_NOTE_MAX; blank MB_USAGE): 'sent back',
 * recorded as 'answer sent back', the case still assigned, a notice to the
 * department's contact; dept gets the department. None pending:
 * MB_REFUSED; a department's login: MB_DENIED (the database's privilege). */
enum mb_status cases_send_back(struct cases *c, const char *number, const char *reason,
			       char *dept, size_t deptlen, char *err, size_t errlen) MB_MUST_USE;

#endif
