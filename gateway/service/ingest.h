/*
 * ingest.h - the use case of filing: one letter's bytes to a case (read
 * through letter_read(): parse, classify; then seal and store), inside the
 * caller's open transaction, under a savepoint of its own, so a letter the
 * database refuses never fails the letters beside it. Shared by `ingest`
 * and the daemon's sources. A letter whose source key the store already
 * holds (asked once per batch, store_filed_keys) is counted as filed before
 * without being read at all (STYLE.md 18).
 */
#ifndef MB_INGEST_H
#define MB_INGEST_H

#include <stdbool.h>
#include <stddef.h>

#include <libpq-fe.h>

#include "replies.h"
#include "ruleset.h"
#include "seal.h"
#include "store.h"

enum ingest_outcome {
	INGEST_FILED,		/* a new case */
	INGEST_ALREADY,		/* filed before (same source key, or same content in this source) */
	INGEST_WAITING,		/* not filed, to be tried again: confidential without a key */
	INGEST_FAILED,		/* not filed even as unclassified: quarantine, report */
	INGEST_CONNECTION,	/* the database went away: the transaction is lost */
};

struct ingest_stats {
	unsigned long files, filed, already, unclassified, needs_review, confidential;
	unsigned long waiting, failed;
	unsigned long joined;		/* follow-ups filed into their case */
	unsigned long reports;		/* delivery reports attached to a case */
	unsigned long acks, acks_limited;	/* acknowledgements queued, refused by the limit */
};

/* What every letter of a run is filed with (all borrowed). With rc: a
 * delivery report or automatic reply about our own mail is attached to that
 * mail's case instead of being filed; a follow-up (a reply to our mail, or
 * our case number with the case's access code) joins its case; a new case
 * from a writer with an address gets an acknowledgement queued in the
 * outbox when rc->enabled. key NULL: confidential letters wait. */
struct ingest_context {
	const char *source_name;	/* "spool", "imap:mayor", ... */
	const struct ruleset *set;
	const struct seal_key *key;
	const struct replies_config *rc;	/* NULL: no replies handling */
	bool legacy_schema;	/* a database before 008 (store_takes_bytes false): `ingest` only */
};

/* One letter (all borrowed). */
struct ingest_item {
	const char *raw;	/* len bytes */
	size_t len;
	const char *source_key;	/* NULL: "file:" + the content hash */
	const char *warning;	/* a source's warning to file with it (oversized), or NULL */
	const char *hash;	/* hex SHA-256 of raw, or NULL: computed here */
	/* the store's answer for source_key (store_filed_keys), or NULL when
	 * not asked: when filed, nothing is read */
	const struct store_filed *known;
};

struct ingest_result {
	char case_number[32];	/* "" when none */
	/* whether the letter is in the vault (filed now or before), which
	 * tells the source to leave nothing of it in plain text. Fail closed:
	 * true whenever it is not known (a report attached to a case, which
	 * may be confidential; a failure). */
	bool confidential;
	/* of a letter filed now, for its log line: the category's name
	 * ("unclassified" when none, "report" for a report attached to its
	 * case; static) and the department (borrowed from the rule set filed
	 * with; NULL when none) */
	const char *category, *department;
	char err[512];		/* the reason of WAITING, FAILED or CONNECTION (no letter content) */
};

/* Files one letter in the open transaction of db; counts go to *stats. */
enum ingest_outcome ingest_letter(PGconn *db, const struct ingest_context *ctx,
				  const struct ingest_item *in, struct ingest_stats *stats,
				  struct ingest_result *res);

/* Worker threads of ingest_batch at most (it takes as many as cores). */
#define INGEST_WORKERS_MAX 16

/* Files the n letters of in, in order, in the open transaction of db, as
 * ingest_letter would one after the other (out[i] and res[i] for in[i]):
 * they are read, classified and sealed on worker threads (as many as
 * cores), then those that need no question to the database first go to it
 * in one round trip (store_file_batch); a report or a follow-up, and every
 * letter of a run the database refused, is filed on its own. After an
 * INGEST_CONNECTION the letters behind it are INGEST_CONNECTION too. */
void ingest_batch(PGconn *db, const struct ingest_context *ctx, const struct ingest_item *in,
		  size_t n, struct ingest_stats *stats, enum ingest_outcome *out,
		  struct ingest_result *res);

/* A batch read ahead: its letters read, classified and sealed (what
 * ingest_batch's worker threads do) on the calling thread, with no question
 * to the database, while the batch before it is still being filed. Only a
 * batch fetched ahead is read so (the daemon's fetch ahead: letters past the
 * position the batch before commits, where none is filed yet), so reading
 * before asking the store costs nothing in practice; it is asked all the
 * same when the batch is filed, and a letter it knows is counted as filed
 * before and its reading dropped. */
struct ingest_ahead;

/* Reads the n letters of in (as ingest_batch will be given them, but for
 * their known answers, which are not asked yet) under ctx, whose pointers
 * must stay valid until the result is filed or freed. */
struct ingest_ahead *ingest_read_ahead(const struct ingest_context *ctx,
				       const struct ingest_item *in, size_t n);

/* ingest_batch for a batch read ahead: files from *pre (which it frees and
 * clears) instead of reading the letters again; a letter known to be filed
 * already is counted as such and its reading dropped. *pre must have been
 * read from the same n letters, in the same order, under the same ctx. */
void ingest_batch_ahead(PGconn *db, const struct ingest_context *ctx, const struct ingest_item *in,
			size_t n, struct ingest_ahead **pre, struct ingest_stats *stats,
			enum ingest_outcome *out, struct ingest_result *res);

/* Frees a batch read ahead that will not be filed. */
void ingest_ahead_free(struct ingest_ahead **pre);

#endif
