/*
 * store.h - filing a letter and its case in PostgreSQL, exactly once.
 *
 * The letter goes to the database function file_letter() (schema/), which
 * looks for it by source key and by content hash per source before it files
 * it: filing is idempotent, so fetching at least once files exactly once.
 * A confidential letter's identity (writer, message id, subject, text, raw
 * message, attachments) is sealed to the office's public key before it
 * leaves the gateway; without a key it is not filed at all.
 */
#ifndef MB_STORE_H
#define MB_STORE_H

#include <stdbool.h>
#include <stddef.h>

#include <libpq-fe.h>

#include "classify.h"
#include "error.h"
#include "letter.h"
#include "seal.h"

struct store_result {
	char case_number[32];	/* "2026-000123" */
	bool filed;		/* false: it was filed before */
	bool unclassified;	/* as filed now (not when filed before) */
	bool needs_review;
};

struct store_item {
	const struct letter *letter;
	const struct classification *cls;	/* NULL: unclassified (unreadable letter) */
	const char *source_name;	/* "spool", "imap:mayor", ... */
	bool confidential;
	const char *extra_warning;	/* e.g. the parser's error; NULL when none */
};

/* Files one letter in the open transaction of db. Returns MB_OK with *r;
 * MB_TEMPORARY when the letter is confidential and key is NULL (not filed:
 * it waits in its source); MB_BAD_LETTER when the database refused it (the
 * reason in err, which never holds letter content); MB_CONNECTION when the
 * connection is gone. */
enum mb_status store_file(PGconn *db, const struct store_item *it, const struct seal_key *key,
			  struct store_result *r, char *err, size_t errlen) MB_MUST_USE;

#endif
