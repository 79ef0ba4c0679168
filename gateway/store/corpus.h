/*
 * corpus.h - the letters the rule maintainers' tools measure, read from the
 * database (service/rules.c: `rules test --from-db`, `rules suggest
 * --from-db`, `rules diff`): the reviewed cases with their first letter,
 * or every filed letter, and each letter's raw message.
 *
 * One REPEATABLE READ transaction per run, READ ONLY without a key; with
 * one (--key) the only writes are the 'identity revealed' case events that
 * reveal_case() records before it returns a sealed letter's boxes (as
 * `unseal` does). Every SQL statement of these tools is here.
 */
#ifndef MB_CORPUS_H
#define MB_CORPUS_H

#include <stdbool.h>
#include <stddef.h>

#include <libpq-fe.h>

#include "error.h"

/* The boxes of the case last opened with reveal_case(): rows are read case
 * by case, so each case is revealed (and recorded) once. */
struct corpus_reveal_cache {
	char number[64];
	PGresult *r;		/* what, id, sealed (binary) */
	size_t revealed;	/* cases whose reveal returned a box */
};

struct corpus_conn {
	PGconn *db;
	const char *key;	/* the secret key file, or NULL (borrowed) */
	const char *since;	/* --since, or NULL (borrowed) */
	char kid[17];		/* the key's id */
	struct corpus_reveal_cache cache;
};

/* Connects to conninfo and opens the run's one transaction (REPEATABLE
 * READ: every read sees one snapshot) on the supervisors' views when the
 * login may read them (search_path office, public; a clerk reads public).
 * Without a key it is READ ONLY. Returns MB_OK; MB_CONNECTION (no
 * database), MB_CONFIG ("--key PATH: ..."), or corpus_fail's code, with
 * err. Close with corpus_close, also on failure. */
enum mb_status corpus_open(struct corpus_conn *cc, const char *conninfo, const char *key,
			   const char *since, char *err, size_t errlen) MB_MUST_USE;

/* Commits (keeping the reveal events, if any): MB_OK or MB_CONNECTION
 * ("commit failed: ..."). */
enum mb_status corpus_commit(struct corpus_conn *cc, char *err, size_t errlen) MB_MUST_USE;

/* Ends the run: a stop after some case was opened keeps the record of it;
 * anything else is rolled back. */
void corpus_close(struct corpus_conn *cc);

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

enum corpus_fetch {
	CORPUS_FETCH_OK,	/* *raw_r holds the message */
	CORPUS_FETCH_SEALED,	/* confidential and no key: skip */
	CORPUS_FETCH_UNREADABLE,	/* no raw message stored (or not visible): skip, err says */
	CORPUS_FETCH_BAD_KEY,	/* the key does not open it (reason in err): stop */
	CORPUS_FETCH_DB,	/* the statement failed (*st_r, err): stop */
};

/* The raw message of the row's letter: letters.raw, else the "raw" of its
 * box from reveal_case() opened with the key. A new buffer in *raw_r,
 * freed with corpus_raw_free. */
enum corpus_fetch corpus_fetch_raw(struct corpus_conn *cc, const struct corpus_row *row,
				   unsigned char **raw_r, size_t *len_r, bool *secret_r,
				   enum mb_status *st_r, char *err, size_t errlen);
void corpus_raw_free(unsigned char *raw, size_t len, bool secret);

/* The cases revealed so far (each recorded as a case event). */
size_t corpus_revealed(const struct corpus_conn *cc);

#endif
