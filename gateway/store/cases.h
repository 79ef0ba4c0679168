/*
 * cases.h - every SQL statement of the case file (`mayorbox cases`,
 * `mayorbox unseal`, and the web console to come): the connection on the
 * office's search path, the reads as structs, and one call each of the
 * SECURITY DEFINER case functions of schema 006 (case_reclassify,
 * case_assign, case_close, case_reopen, case_seal, case_confirm,
 * case_release, reveal_case).
 *
 * The functions are cases_db_*; the use cases above them live in
 * service/cases.c. Every user value reaches SQL as a parameter; bytes
 * (sealed boxes, raw messages, attachments) travel as binary parameters and
 * binary results. A list's strings are borrowed from the PGresult it holds:
 * they live until its cases_db_*_free().
 *
 * Errors (STYLE.md 6): MB_CONNECTION no database, MB_DENIED the login may
 * not, MB_NO_INPUT "NUMBER: no such case" (a clerk is told the same of a
 * confidential case), MB_REFUSED the server's reason (22023, a value
 * or state it refuses). The detail is a statement's primary message only: a
 * DETAIL line may quote a row's values.
 */
#ifndef MB_STORE_CASES_H
#define MB_STORE_CASES_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>
#include <libpq-fe.h>

#include "error.h"

/* A time column that is NULL. */
#define CASES_DB_NO_TIME (-1.0)

/* Connects (db_connect: TLS rules, UTF-8, UTC) and sets search_path =
 * office, dept, public: a supervisor reads the office.* views (public and
 * vault rows, no sealed column), a department's login the dept.* views
 * (schema 011: its dispatched cases, no identity), a clerk -- who has no
 * USAGE on either -- the public tables. *db_r is NULL on failure. */
enum mb_status cases_db_connect(const char *conninfo, PGconn **db_r, char *err,
				size_t errlen) MB_MUST_USE;
/* Sets up a connection opened elsewhere as cases_db_connect does. */
enum mb_status cases_db_adopt(PGconn *db, char *err, size_t errlen) MB_MUST_USE;

/* BEGIN (repeatable: REPEATABLE READ, one snapshot for a whole read);
 * cases_db_end() COMMITs when st is MB_OK (a COMMIT that did not commit
 * turns it into MB_CONNECTION with err "database: the change did not
 * commit: ...") and ROLLBACKs otherwise; it returns the status to go on
 * with and leaves err alone unless it changes st. */
enum mb_status cases_db_begin(PGconn *db, bool repeatable, char *err, size_t errlen) MB_MUST_USE;
enum mb_status cases_db_end(PGconn *db, enum mb_status st, char *err, size_t errlen) MB_MUST_USE;

/* A failed statement: its status and "database: MESSAGE" (with who may,
 * for MB_DENIED) in err; clears r. */
enum mb_status cases_db_fail(PGconn *db, PGresult *r, char *err, size_t errlen) MB_MUST_USE;

/* Whether this login reads the supervisors' office.* views. */
enum mb_status cases_db_reads_office(PGconn *db, bool *office_r, char *err,
				     size_t errlen) MB_MUST_USE;

/* ------------------------------------------------------------------------
 * The case.
 */
struct case_head {
	PGresult *res;		/* holds the strings */
	long long id;
	const char *id_text;
	const char *number, *category, *department /* NULL */, *priority, *status;
	const char *scores;	/* JSON text */
	const char *answer;	/* NULL: none, or kept only sealed */
	bool confidential, needs_review, automatic;
	double received, updated, closed;	/* epoch, or CASES_DB_NO_TIME */
	long sealed_letters;	/* letters of the case kept sealed */
	double due;		/* due_at (schema 010), or CASES_DB_NO_TIME */
	bool overdue;		/* past due and neither answered nor closed */
	bool due_estimated;	/* counted past the calendar's years */
	const char *owner;	/* NULL: none */
};

/* The case of number as the login sees it (a clerk: public only); a case
 * the login cannot see is MB_NO_INPUT "NUMBER: no such case". Nothing is
 * locked: the case functions lock the row they change. */
enum mb_status cases_db_case(PGconn *db, const char *number, struct case_head *c,
			     char *err, size_t errlen) MB_MUST_USE;
void cases_db_case_free(struct case_head *c);

/* A confidential case's marks of the office view: its answer kept only
 * sealed, sealed on weaker evidence (to be reviewed). */
enum mb_status cases_db_case_marks(PGconn *db, const char *number, bool *answer_sealed_r,
				   bool *review_r, char *err, size_t errlen) MB_MUST_USE;

/* ------------------------------------------------------------------------
 * The list.
 */

/* The orders of a list. CASES_SORT_URGENT, the console's default: open
 * cases first; of those the overdue ones (past due_at, neither answered
 * nor closed), most overdue first, then the others by the time they have
 * left, the least first (answered cases and cases with no time limit after
 * them); on a tie high priority and needing review first, then the oldest;
 * closed cases last, newest first (ascending turns it all round). */
enum cases_sort {
	CASES_SORT_RECEIVED,	/* time received, then id */
	CASES_SORT_PRIORITY,	/* high over normal, then time received */
	CASES_SORT_NUMBER,	/* the case number */
	CASES_SORT_URGENT,
};

struct cases_filter {
	const char *category;	/* a category or "unclassified"; NULL: any */
	const char *status;	/* a status or "open" (any but closed); NULL: any */
	const char *department;	/* any case of spelling; NULL: any */
	double since;		/* received at or after (epoch); CASES_DB_NO_TIME: any */
	bool needs_review;
	bool confidential_review;	/* sealed on weaker evidence (supervisors) */
	/* words (split at white space, at most CASES_SEARCH_WORDS_MAX), each a
	 * substring, any case, of the case's number or of one of its letters'
	 * subject, text, writer's name, address or phone (or the phone's
	 * digits): every word somewhere in the case; NULL or blank: any. A
	 * sealed letter has none of these columns: it never matches. */
	const char *search;
	enum cases_sort sort;	/* zero: received */
	bool ascending;		/* zero: descending (newest, high, largest first) */
	long limit;		/* at most this many rows; 0: all */
	long offset;		/* rows skipped first (paging) */
	bool overdue;		/* past due, neither answered nor closed */
	double due_before;	/* due before (epoch); 0 or less (a zeroed filter): any */
	bool mine;		/* owned by the caller's login */
};

/* The longest search, in bytes, and its most words. */
#define CASES_SEARCH_MAX 200u
#define CASES_SEARCH_WORDS_MAX 8

struct case_summary {
	const char *number, *category, *department, *priority, *status;
	const char *subject, *district, *language;	/* of the first letter; NULL */
	double received;
	bool needs_review, confidential, confidential_review;
	long letters;
	double due;		/* CASES_DB_NO_TIME: none */
	bool overdue;
	const char *owner;	/* NULL: none */
};

/* cases counted for a list's pages at most (more: "100000+") */
#define CASES_LIST_COUNT_MAX 100000

struct case_summaries {
	PGresult *res;
	size_t n;
	struct case_summary *v;
	long total;		/* the cases of the filter, all pages, counted up to
				 * CASES_LIST_COUNT_MAX */
};

/* The cases of f the login may see, in f's order; out->total counts them
 * all (beyond f->limit and f->offset). office: the login reads the office
 * views (the review mark is theirs only). */
/* Splits a search into its words (white space: ASCII and U+3000), the
 * first max copied into words (each cut at CASES_SEARCH_MAX bytes); returns
 * how many there are (maybe more than max). words NULL: only counts. */
size_t cases_db_search_words(const char *s, char words[][CASES_SEARCH_MAX + 1], size_t max);

enum mb_status cases_db_list(PGconn *db, const struct cases_filter *f, bool office,
			     struct case_summaries *out, char *err, size_t errlen) MB_MUST_USE;
void cases_db_summaries_free(struct case_summaries *l);

/* ------------------------------------------------------------------------
 * Letters, attachments, rule hits, history, outbox, reports of case_id.
 */
struct case_letter {
	long long id;
	const char *id_text;
	double received, written;
	const char *source, *source_name, *language, *district, *message_id;
	const char *from_name, *from_address, *phone, *subject, *body;
	const char *warnings;	/* a JSON array */
	bool confidential, anonymous, has_raw;
};
struct case_letters {
	PGresult *res;
	size_t n;
	struct case_letter *v;
};

struct case_attachment {
	long long letter_id;
	long position;
	const char *filename;	/* NULL: none, or sealed */
	const char *content_type;
	long long size;
};
struct case_attachments {
	PGresult *res;
	size_t n;
	struct case_attachment *v;
};

struct case_hit {
	long long letter_id;
	const char *rule, *field, *category /* NULL */;
	long weight;
};
struct case_hits {
	PGresult *res;
	size_t n;
	struct case_hit *v;
};

struct case_event {
	double at;
	const char *who, *what, *detail /* JSON text */;
};
struct case_events {
	PGresult *res;
	size_t n;
	struct case_event *v;
};

struct case_mail {
	const char *kind, *status, *created_by, *last_error /* NULL */;
	long attempts;
	double sent_at, created_at;
};
struct case_mails {
	PGresult *res;
	size_t n;
	struct case_mail *v;
};

struct case_report {
	const char *kind, *action, *status;	/* action, status: NULL */
	double received;
};
struct case_reports {
	PGresult *res;
	size_t n;
	struct case_report *v;
};

/* In the order people read them: letters as they came, hits as found,
 * history by time. */
enum mb_status cases_db_letters(PGconn *db, long long case_id, struct case_letters *out,
				char *err, size_t errlen) MB_MUST_USE;
enum mb_status cases_db_attachments(PGconn *db, long long case_id,
				    struct case_attachments *out, char *err,
				    size_t errlen) MB_MUST_USE;
enum mb_status cases_db_hits(PGconn *db, long long case_id, struct case_hits *out, char *err,
			     size_t errlen) MB_MUST_USE;
enum mb_status cases_db_events(PGconn *db, long long case_id, struct case_events *out,
			       char *err, size_t errlen) MB_MUST_USE;
enum mb_status cases_db_mails(PGconn *db, long long case_id, struct case_mails *out, char *err,
			      size_t errlen) MB_MUST_USE;
enum mb_status cases_db_reports(PGconn *db, long long case_id, struct case_reports *out,
				char *err, size_t errlen) MB_MUST_USE;

/* Frees any of the lists above (and of those below): clears its result. */
#define cases_db_rows_free(l) cases_db_rows_free_(&(l)->res, (void **)&(l)->v, &(l)->n)
void cases_db_rows_free_(PGresult **res, void **v, size_t *n);

/* Bytes of one binary column, held by res. */
struct cases_bytes {
	PGresult *res;
	const unsigned char *p;	/* NULL: SQL NULL or no row */
	size_t n;
};
void cases_db_bytes_free(struct cases_bytes *b);

/* The raw message of a letter (binary). */
enum mb_status cases_db_letter_raw(PGconn *db, long long letter_id, struct cases_bytes *out,
				   char *err, size_t errlen) MB_MUST_USE;

/* ------------------------------------------------------------------------
 * The vault's boxes: reveal_case(), the one place an opening is recorded.
 */
struct case_box {
	const char *what;	/* "letter", "answer" */
	long long id;
	const unsigned char *box;	/* NULL: none */
	size_t n;
};
struct case_boxes {
	PGresult *res;
	size_t n;
	struct case_box *v;
};

/* The sealed boxes of case number that the key of key_id opens, by
 * reveal_case(), which records ONE 'identity revealed' event (who, key id)
 * in the caller's transaction before it returns them, and records nothing
 * when no box matches (out->n == 0). */
enum mb_status cases_db_reveal(PGconn *db, const char *number, const char *key_id,
			       struct case_boxes *out, char *err, size_t errlen) MB_MUST_USE;

/* ------------------------------------------------------------------------
 * The changes: one call of a case function each, in the caller's
 * transaction. A refusal is MB_REFUSED with "NUMBER: the server's
 * reason"; a case the login cannot see MB_NO_INPUT.
 */

/* case_reclassify(): the category before the change into before (the
 * case's own when the function says none). */
enum mb_status cases_db_reclassify(PGconn *db, const struct case_head *c, const char *category,
				   const char *note, char *before, size_t beforelen, char *err,
				   size_t errlen) MB_MUST_USE;

/* The departments in use, sorted (any case). */
struct cases_names {
	PGresult *res;
	size_t n;
	const char **v;
};
enum mb_status cases_db_departments(PGconn *db, struct cases_names *out, char *err,
				    size_t errlen) MB_MUST_USE;

/* case_assign(): to department and, with owner (NULL: the owner stays),
 * that login becomes the case's owner. */
enum mb_status cases_db_assign(PGconn *db, const char *number, const char *department,
			       const char *owner, char *err, size_t errlen) MB_MUST_USE;

/* case_take(): the caller's login (into owner) becomes the owner; the
 * owner before into before ("" when none). */
enum mb_status cases_db_take(PGconn *db, const char *number, char *owner, size_t ownerlen,
			     char *before, size_t beforelen, char *err, size_t errlen) MB_MUST_USE;

/* The writer of a case's first letter, as far as the login may read. */
struct case_writer {
	PGresult *res;
	bool found, anonymous;
	const char *name, *address;	/* NULL */
	const char *message_id, *subject, *language;	/* NULL; what its answer repeats */
};
enum mb_status cases_db_writer(PGconn *db, long long case_id, struct case_writer *out,
			       char *err, size_t errlen) MB_MUST_USE;
void cases_db_writer_free(struct case_writer *w);

/* case_close(): answer in plain (a public case) or as a box sealed to the
 * office (a confidential one), the mail to queue or not, its body sealed to
 * the outbox key of body_kid. The function's answer ("queued", or why no
 * mail: its codes) into result. */
struct cases_db_close {
	const char *answer;
	const unsigned char *answer_box;
	size_t answer_box_n;
	bool mail;
	const unsigned char *body_box;
	size_t body_box_n;
	const char *body_kid;
};
enum mb_status cases_db_close(PGconn *db, const char *number, const struct cases_db_close *a,
			      char *result, size_t resultlen, char *err, size_t errlen) MB_MUST_USE;

/* The outbox id of the answer just queued for number ("" when none). */
void cases_db_pending_answer(PGconn *db, const char *number, char *id, size_t idlen);

/* case_reopen(): how many answers still waiting it cancelled. */
/* A return visit made by phone (case_visit(), 012): recorded is "visited",
 * "redo" (unsatisfied: back to its department) or "again" (answered
 * before). */
enum mb_status cases_db_visit(PGconn *db, const char *number, const char *result,
			      const char *note, char recorded[16], char *err,
			      size_t errlen) MB_MUST_USE;
enum mb_status cases_db_reopen(PGconn *db, const char *number, long *cancelled_r, char *err,
			       size_t errlen) MB_MUST_USE;

/* A public letter's plain columns, for sealing (binary: raw bytes kept as
 * bytes). */
struct case_plain_letter {
	long long id;
	const char *message_id, *from_name, *from_address, *phone, *subject, *body;
	const char *district, *in_reply_to;
	const char *refs, *to, *reply_to;	/* JSON text; NULL */
	const unsigned char *raw;	/* NULL */
	size_t raw_n;
	bool anonymous;
};
struct case_plain_letters {
	PGresult *res;
	size_t n;
	struct case_plain_letter *v;
};
struct case_plain_attachment {
	long long letter_id;
	const char *filename, *content_type;	/* NULL */
	const unsigned char *data;	/* NULL */
	size_t data_n;
};
struct case_plain_attachments {
	PGresult *res;
	size_t n;
	struct case_plain_attachment *v;
};
enum mb_status cases_db_plain_letters(PGconn *db, long long case_id,
				      struct case_plain_letters *out, char *err,
				      size_t errlen) MB_MUST_USE;
enum mb_status cases_db_plain_attachments(PGconn *db, long long case_id,
					  struct case_plain_attachments *out, char *err,
					  size_t errlen) MB_MUST_USE;

/* One attachment of a public letter, its bytes (binary): the one at
 * position of letter_id in case_id; data NULL when there is none (no such
 * row, or sealed). Free with cases_db_file_free(). */
struct case_file {
	PGresult *res;
	const char *filename, *content_type;	/* NULL */
	const unsigned char *data;	/* NULL */
	size_t n;
};
enum mb_status cases_db_attachment(PGconn *db, long long case_id, long long letter_id,
				   long position, struct case_file *out, char *err,
				   size_t errlen) MB_MUST_USE;
void cases_db_file_free(struct case_file *f);

/* case_seal() with the boxes document (JSON text). */
enum mb_status cases_db_seal(PGconn *db, const char *number, const char *boxes, char *err,
			     size_t errlen) MB_MUST_USE;

/* case_confirm(), case_release() (supervisors: a clerk's MB_DENIED says
 * who may). release: the opened boxes (JSON text); moved_r: letters
 * released, mail kept, mail cancelled. */
enum mb_status cases_db_confirm(PGconn *db, const char *number, const char *note, char *err,
				size_t errlen) MB_MUST_USE;
enum mb_status cases_db_release(PGconn *db, const char *number, const char *opened,
				const char *note, long moved_r[3], char *err,
				size_t errlen) MB_MUST_USE;

/* ------------------------------------------------------------------------
 * Statistics.
 */
enum cases_group {
	CASES_BY_CATEGORY,
	CASES_BY_DEPARTMENT,
	CASES_BY_DAY,
	CASES_BY_DISTRICT,
};
struct case_stat {
	const char *group;	/* NULL: none */
	long cases, open, closed;
	double avg_close;	/* seconds; CASES_DB_NO_TIME: none closed */
	/* the time limit (schema 010): closed by due_at (or without one); past
	 * it, open or closed late */
	long on_time, overdue;
	/* events (issue 15): 'returned' (by department: counted for the
	 * department that returned it, named in the event), 'supervised',
	 * 'redo'; the last 'visited' result of each case */
	long returned, supervised, redo;
	long satisfied, basic, unsatisfied;
};
struct case_stats {
	PGresult *res;
	size_t n;
	struct case_stat *v;
};
/* Counts by group since (CASES_DB_NO_TIME: all); days in the time zone
 * zone. MB_USAGE when the database does not know zone (22023). */
enum mb_status cases_db_stats(PGconn *db, enum cases_group by, double since, const char *zone,
			      struct case_stats *out, char *err, size_t errlen) MB_MUST_USE;

/* ------------------------------------------------------------------------
 * Departments (schema 011): the directory and what a department does.
 */

/* case_return(): the caller's department hands number back to the office's
 * queue; dept gets the department's name. MB_DENIED for a login that is
 * not a department's, MB_NO_INPUT ("no such case") for a case that is not
 * dispatched to it. */
enum mb_status cases_db_return(PGconn *db, const char *number, const char *reason, char *dept,
			       size_t deptlen, char *err, size_t errlen) MB_MUST_USE;

/* The directory as JSON: [{"name", "name_zh", "contact", "active",
 * "members": [login...]}], by name. */
enum mb_status cases_db_directory(PGconn *db, json_t **out, char *err,
				  size_t errlen) MB_MUST_USE;
enum mb_status cases_db_directory_add(PGconn *db, const char *name, const char *zh,
				      const char *contact, char *err, size_t errlen) MB_MUST_USE;
/* A change of one department: NULL fields (active -1) stay. */
struct cases_directory_change {
	const char *name, *zh, *contact;
	int active;
	const char *add_member, *remove_member;
};
enum mb_status cases_db_directory_set(PGconn *db, const struct cases_directory_change *ch,
				      char *err, size_t errlen) MB_MUST_USE;

/* case_supervise() (schema 013): 'supervised' with the note; *mailed when
 * the department's contact got the notice. */
enum mb_status cases_db_supervise(PGconn *db, const char *number, const char *note, bool *mailed,
				  char *err, size_t errlen) MB_MUST_USE;
/* supervise_overdue(): every open case overdue by more than hours, once a
 * local day; *count of them. Gateways and supervisors. */
enum mb_status cases_db_supervise_overdue(PGconn *db, long hours, long *count, char *err,
					  size_t errlen) MB_MUST_USE;

/* A department's answer (schema 014): submitted by its login
 * (case_department_answer: dept gets the department), read with a case
 * (NULL: none; {"department", "text", "state", "submitted_by",
 * "submitted_at", "reviewed_by", "reason"}: reason the office's when it
 * sent the answer back, else null), marked sent by the office. */
enum mb_status cases_db_department_answer(PGconn *db, const char *number, const char *body,
					  char *dept, size_t deptlen, char *err,
					  size_t errlen) MB_MUST_USE;
enum mb_status cases_db_department_answer_get(PGconn *db, long long case_id, json_t **out,
					      char *err, size_t errlen) MB_MUST_USE;
enum mb_status cases_db_department_answer_done(PGconn *db, const char *number, char *err,
					       size_t errlen) MB_MUST_USE;
/* case_answer_send_back() (schema 016): the pending answer 'sent back'
 * with reason, recorded, the department's contact mailed; dept gets the
 * department. No pending answer: MB_REFUSED (the server's words); a
 * department's login (no privilege): MB_DENIED. */
enum mb_status cases_db_answer_send_back(PGconn *db, const char *number, const char *reason,
					 char *dept, size_t deptlen, char *err,
					 size_t errlen) MB_MUST_USE;

/* Hot issues (schema 015): the public cases created since (epoch; never a
 * vault case), oldest first, at most HOT_DOCS_MAX, with the words of their
 * public letters (subject and text of each, the first letters first, cut
 * at about 8 KB) to group; writer is an opaque key of the first named
 * writer's address or phone (to count distinct writers; NULL: anonymous),
 * source the first letter's. */
struct hot_case {
	const char *number;
	double created;
	const char *department, *category, *status, *source, *writer, *text;
};
struct hot_cases {
	PGresult *res;
	size_t n;
	struct hot_case *v;
};
enum mb_status cases_db_hot(PGconn *db, double since, struct hot_cases *out, char *err,
			    size_t errlen) MB_MUST_USE;
/* hot_notify(): *mailed when the group was due and its mail queued. */
enum mb_status cases_db_hot_notify(PGconn *db, const char *anchor, size_t size,
				   const char *cases_array, const char *recipients_array,
				   const char *body, bool *mailed, char *err,
				   size_t errlen) MB_MUST_USE;

#endif
