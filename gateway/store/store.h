/*
 * store.h - filing a letter and its case in PostgreSQL, exactly once.
 *
 * The letter goes to the database function file_letter() (schema/), its
 * bytes (raw, sealed boxes, attachments) as binary parameters beside a JSON
 * document of the rest (008), which
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
	bool joined;		/* filed into an existing case (a follow-up) */
	char ack[16];		/* "queued", "limited" (per-sender limit) or "none" */
	bool unclassified;	/* as filed now (not when filed before) */
	bool needs_review;
	bool sealed;		/* the letter (filed now or before) is in the vault */
	bool visit;		/* an answer to a return visit, recorded on its case */
};

struct store_item {
	const struct letter *letter;
	const char *content_hash;	/* hex SHA-256 of letter->raw (computed once, ingest.c) */
	const struct classification *cls;	/* NULL: unclassified (unreadable letter) */
	const char *source_name;	/* "spool", "imap:mayor", ... */
	bool confidential;
	bool confidential_review;	/* sealed on weaker evidence: the new case is
					 * marked for a supervisor (with confidential) */
	const char *extra_warning;	/* e.g. the parser's error; NULL when none */
	const char *sender;	/* the writer's address (hashed in the database) or NULL */
	long long join_case;	/* != 0: a follow-up, filed into this case (< 0: in the vault) */
	const char *join_how;	/* "reference" or "case number" */
	const struct letter_address *ack_to;	/* NULL: no acknowledgement */
	int ack_limit;		/* acknowledgements per sender per day */
	const struct seal_key *ack_key;	/* a confidential writer's mail is sealed to it */
	const char *ack_key_id;		/* (no key: no acknowledgement for them) */
	const unsigned char *sender_hash_key;	/* keyed hash of ack_to for the per-sender
						 * limit (NULL: counted by plain address) */
	bool ack_echo;		/* the sender is authenticated: the acknowledgement may
				 * repeat its subject and name */
	int ack_hour_limit;	/* acknowledgements of all senders per hour ([replies] acks_per_hour) */
	const char *key_id;	/* the office key's id (what `sealed` is sealed to) */
	bool legacy;		/* a schema before 008: file_letter(jsonb), bytes in base64 */
};

/* Whether db's schema takes the bytes as binary parameters (008 and
 * later); false for an older one (store_takes_bytes false: set legacy).
 * A database that does not answer counts as new (the call then fails as
 * any other statement would). */
bool store_takes_bytes(PGconn *db);

/* Files one letter in the open transaction of db. Returns MB_OK with *r;
 * MB_TEMPORARY when the letter is confidential and key is NULL (not filed:
 * it waits in its source); MB_BAD_LETTER when the database refused it (the
 * reason in err, which never holds letter content); MB_CONNECTION when the
 * connection is gone. */
enum mb_status store_file(PGconn *db, const struct store_item *it, const struct seal_key *key,
			  struct store_result *r, char *err, size_t errlen) MB_MUST_USE;

/* A letter's filing made ready apart from the database: its document
 * built and its identity sealed (what store_file does before it asks), so
 * that worker threads can make them and a batch can go in one round trip
 * (store_file_batch). Borrows it->letter's raw bytes: the letter outlives
 * the filing. Returns MB_OK with *f_r (free with store_filing_free), or
 * store_file's MB_TEMPORARY or MB_FATAL with err. */
struct store_filing;
enum mb_status store_filing_new(const struct store_item *it, const struct seal_key *key,
				struct store_filing **f_r, char *err, size_t errlen) MB_MUST_USE;
void store_filing_free(struct store_filing **fp);

/* Files letters in the open transaction of db in one round trip (libpq's
 * pipeline mode: the same file_letter() calls, one after the other, under
 * one savepoint): store_batch_begin, then store_batch_add for each filing
 * (sent at once: the server files it while the caller makes the next),
 * then store_batch_end with the n filings added, in order. Nothing else
 * may use db in between. store_batch_end returns MB_OK with r[i] for f[i];
 * when the database refused one, MB_BAD_LETTER with the batch rolled back
 * to its savepoint (nothing of it filed, the transaction usable: file them
 * one by one with store_file). Each returns MB_CONNECTION (err) when the
 * connection is gone: then the transaction is lost. */
enum mb_status store_batch_begin(PGconn *db, char *err, size_t errlen) MB_MUST_USE;
enum mb_status store_batch_add(PGconn *db, const struct store_filing *f, char *err,
			       size_t errlen) MB_MUST_USE;
enum mb_status store_batch_end(PGconn *db, struct store_filing *const *f, size_t n,
			       struct store_result *r, char *err, size_t errlen) MB_MUST_USE;

/* A delivery report or automatic reply about our mail (token), attached
 * to that mail's case. *found is false when the token is none of ours
 * (then the caller files the message as a letter). Status as store_file. */
enum mb_status store_report(PGconn *db, bool legacy, const struct letter *l,
			    const char *content_hash,
			    const char *source_name, const char *token, bool *found,
			    struct store_result *r, char *err, size_t errlen) MB_MUST_USE;

/* What the store says of a source key before its letter is read. */
struct store_filed {
	bool filed;		/* the key is filed (as a letter: vault.filed) */
	bool sealed;		/* in the vault: the source must not keep it */
	char case_number[32];	/* its case ("" when the case is gone) */
};

/* Which of the n source keys are filed already, in one question
 * (filed_letters(), 008): known[i] for keys[i]. MB_OK, MB_TEMPORARY or
 * MB_CONNECTION with err. */
enum mb_status store_filed_keys(PGconn *db, const char *const *keys, size_t n,
				struct store_filed *known, char *err, size_t errlen) MB_MUST_USE;

/* A failed statement's status: MB_CONNECTION when the connection is lost,
 * else MB_BAD_LETTER with "database refused the WHAT: message" in err (a
 * message that names a constraint or field, never letter content). */
enum mb_status store_refused(PGconn *db, PGresult *res, const char *what, char *err,
			     size_t errlen) MB_MUST_USE;

/* The follow-up clues of l as followup_case() (and visit_reply()) take
 * them: in_reply_to, references, subject_case and the hashes of the access
 * codes l names (when subject_case is given). The caller owns the object;
 * NULL when out of memory. */
struct json_t;
struct json_t *store_followup_doc(const struct letter *l, const char *subject_case);

/* The case a follow-up letter belongs to (followup_case() in the schema):
 * by a reference to our Message-ID, or by subject_case ("2026-000123", or
 * NULL) together with an access code of that case found in the subject or
 * text (a From header never joins). *case_id is 0 when none; < 0 is a case
 * in the vault. */
enum mb_status store_followup(PGconn *db, const struct letter *l, const char *subject_case,
			      long long *case_id, bool *confidential,
			      char *how, size_t howlen, char *err, size_t errlen) MB_MUST_USE;

#endif
