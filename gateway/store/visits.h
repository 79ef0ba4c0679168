/*
 * visits.h - return visits in the database (schema/012_visits.sql): a
 * writer's answer by mail (the gateway), by phone (a clerk) and on the
 * status page (mayorbox_status), and the status page's look-up.
 */
#ifndef MB_STORE_VISITS_H
#define MB_STORE_VISITS_H

#include <stdbool.h>
#include <stddef.h>

#include <libpq-fe.h>

#include "error.h"
#include "letter.h"

/* A mail that answers a visit (visit_reply()): joined as a follow-up is (a
 * reference to our mail of a closed case, or subject_case with the
 * letter's access code), never by its From. *found false: not a visit answer (file it as a letter). Else
 * case_number is set and *filed says whether it was recorded now (false:
 * before); recorded is "visited", "redo" or "again". MB_OK, MB_BAD_LETTER
 * (refused), MB_CONNECTION. */
enum mb_status store_visit_reply(PGconn *db, const struct letter *l, const char *subject_case,
				 const char *source_key, const char *result, const char *note,
				 bool *found, bool *filed, char case_number[32],
				 char recorded[16], char *err, size_t errlen) MB_MUST_USE;

/* What the status page shows of a case (status_lookup()). */
struct visit_status {
	char status[16];
	double due;		/* due_at, epoch seconds; 0: none */
	char closed_at[40];
	char *answer;		/* a public closed case's answer (owned), or NULL */
	bool confidential;
	bool visit_pending;
	char visit_result[16];	/* the last first answer, or "" */
};

/* The case of number and the SHA-256 (hex) of an access code: *found false
 * for a wrong number and a wrong code alike. */
enum mb_status store_status_lookup(PGconn *db, const char *number, const char *code_hash_hex,
				   bool *found, struct visit_status *out, char *err,
				   size_t errlen) MB_MUST_USE;
void store_visit_status_deinit(struct visit_status *s);

/* A visit answered on the status page: recorded "visited", "redo", "again",
 * or "" for a wrong number or code (or a case never closed). */
enum mb_status store_status_visit(PGconn *db, const char *number, const char *code_hash_hex,
				  const char *result, char recorded[16], char *err,
				  size_t errlen) MB_MUST_USE;

#endif
