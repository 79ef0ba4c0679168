/*
 * corpus.h - the letters the rule maintainers' tools measure, read from the
 * database (service/rules.c: `rules test --from-db`, `rules suggest
 * --from-db`, `rules diff`): the reviewed cases with their first letter,
 * or every filed letter, and a letter's raw message.
 *
 * One REPEATABLE READ transaction per run, READ ONLY unless the run opens
 * sealed letters; then the only writes are the 'identity revealed' case
 * events of service/cases.c's one opening (cases_reveal, on cc->db in this
 * transaction). Every other SQL statement of these tools is here.
 */
#ifndef MB_CORPUS_H
#define MB_CORPUS_H

#include <stdbool.h>
#include <stddef.h>

#include <libpq-fe.h>

#include "error.h"

struct corpus_conn {
	PGconn *db;
	const char *since;	/* the first day, or NULL (borrowed) */
};

/* Connects to conninfo and opens the run's one transaction (REPEATABLE
 * READ: every read sees one snapshot) on the supervisors' views when the
 * login may read them (search_path office, public; a clerk reads public).
 * READ ONLY unless opening (sealed letters are opened and recorded).
 * Returns MB_OK; MB_CONNECTION (no database), MB_DENIED, or MB_USAGE when
 * since is not a date ("'SINCE': not a date (YYYY-MM-DD)"), with err.
 * Close with corpus_close, also on failure. */
enum mb_status corpus_open(struct corpus_conn *cc, const char *conninfo, bool opening,
			   const char *since, char *err, size_t errlen) MB_MUST_USE;

/* Commits (keeping the reveal events, if any): MB_OK or MB_CONNECTION
 * ("commit failed: ..."). */
enum mb_status corpus_commit(struct corpus_conn *cc, char *err, size_t errlen) MB_MUST_USE;

/* Ends the run: keep (some case was opened) commits what the run did, so
 * a stop keeps the record of an opening; anything else is rolled back. */
void corpus_close(struct corpus_conn *cc, bool keep);

/* A row of a list: borrowed from the list. */
struct corpus_row {
	const char *number;	/* the case */
	const char *letter;	/* the letter's id */
	bool sealed;		/* confidential: no raw in any view */
	/* corpus_reviewed only: the clerk's decision */
	const char *category;
	const char *department;	/* "" none */
	bool confidential;
};

struct corpus_list {
	PGresult *r;
	size_t count;		/* at most max */
	bool truncated;		/* there were more than max */
	bool reviewed;		/* the columns of corpus_reviewed */
};

/* Reviewed cases: not unclassified, not automatic, with a clerk's
 * reclassified, assigned or closed event, created since cc->since (or
 * all); each with its first letter (what filing classified). */
enum mb_status corpus_reviewed(struct corpus_conn *cc, size_t max, struct corpus_list *l,
			       char *err, size_t errlen) MB_MUST_USE;
/* Every letter of the cases created since cc->since, case by case. */
enum mb_status corpus_letters(struct corpus_conn *cc, size_t max, struct corpus_list *l,
			      char *err, size_t errlen) MB_MUST_USE;
void corpus_row_get(const struct corpus_list *l, size_t i, struct corpus_row *row);
void corpus_list_deinit(struct corpus_list *l);

/* The raw message of a letter that is not sealed (letters.raw): a new
 * buffer in *raw_r (caller frees). MB_OK; MB_NO_INPUT when the letter is
 * not visible or no raw message is stored (err says which: skip it); else
 * the statement failed (MB_CONNECTION, MB_DENIED), with err. */
enum mb_status corpus_plain_raw(struct corpus_conn *cc, const char *letter_id,
				unsigned char **raw_r, size_t *len_r, char *err,
				size_t errlen) MB_MUST_USE;

#endif
