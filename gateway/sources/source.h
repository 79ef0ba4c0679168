/*
 * source.h - the one interface of every letter source (STYLE.md, 3): the
 * IMAP mailbox (imap.c), the web-form feed (webform.c), the spool folder
 * (spool.c). The daemon loop (daemon.c) knows only this.
 *
 * The life of a batch, which is what makes filing exactly-once:
 *   fetch   -> letters after the position saved in the database (at least
 *              once: a crash before commit fetches them again)
 *   BEGIN; file each letter (idempotent by source key); save (the new
 *              position, in the same transaction); COMMIT
 *   ack     -> only now the source is told (IMAP move or flag, spool file
 *              moved; a confidential letter expunged or unlinked); a crash
 *              between COMMIT and ack re-fetches letters the database
 *              already holds, which filing recognises.
 */
#ifndef MB_SOURCE_H
#define MB_SOURCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <libpq-fe.h>

#include "config.h"
#include "error.h"

enum source_item_state {
	SOURCE_ITEM_NEW,	/* fetched, not filed yet */
	SOURCE_ITEM_FILED,	/* filed now or before: acknowledge it */
	SOURCE_ITEM_FAILED,	/* could not be filed even as unclassified: quarantine */
	SOURCE_ITEM_WAITING,	/* not filed, leave it where it is (e.g. no key) */
};

/* One letter fetched and not yet acknowledged. Owned by its batch. */
struct source_item {
	char *raw;		/* the bytes (for an oversized message: its start) */
	size_t len;
	char *source_key;	/* "imap:HOST/MAILBOX;UIDVALIDITY=V;UID=U", "form:URL#ID", "file:SHA256" */
	uint64_t position;	/* IMAP UID, feed index, ... */
	bool oversized;		/* only the headers and the start of the text were fetched */
	char *warning;		/* a warning of the source's to file with it, or NULL */
	enum source_item_state state;
	/* Set by the daemon with state FILED: filed as (or possibly, when filed
	 * before) confidential. ack leaves nothing of it in plain text at the
	 * source: IMAP expunges it (or moves it to confidential_folder), the
	 * spool unlinks it. */
	bool confidential;
};

struct source_batch {
	struct source_item *v;
	size_t count;
	char *next_cursor;	/* web form: the cursor after this batch, or NULL */
	/* The source has nothing more now (a feed's last page, "next": null,
	 * or a page that leaves the cursor where it was): the daemon files
	 * this batch and ends the source's round. */
	bool last;
};

struct source;

struct source_ops {
	const char *kind;	/* "imap", "webform", "spool" */
	/* Connects, or reconnects after a failure: it drops whatever
	 * connection it still has first. */
	enum mb_status (*open)(struct source *s, char *err, size_t errlen);
	/* Up to max letters after the position saved in db. MB_OK with an
	 * empty batch when there is nothing new. */
	enum mb_status (*fetch)(struct source *s, PGconn *db, size_t max, struct source_batch *b,
				char *err, size_t errlen);
	/* Inside the filing transaction: saves the position after b. The
	 * daemon passes only the items before the first one left WAITING (and
	 * skips save when a batch with a next_cursor has a WAITING item), so
	 * a waiting letter is fetched again. */
	enum mb_status (*save)(struct source *s, PGconn *db, const struct source_batch *b,
			       char *err, size_t errlen);
	/* After COMMIT: acknowledges the filed items and quarantines the
	 * failed ones at the source. */
	enum mb_status (*ack)(struct source *s, const struct source_batch *b, char *err,
			      size_t errlen);
	/* Waits at most timeout_ms for new letters (IMAP IDLE) and returns
	 * early when *stop becomes true. */
	void (*wait)(struct source *s, int timeout_ms, volatile int *stop);
	/* Frees everything of the source (called once, at the end). */
	void (*close)(struct source *s);
};

struct source {
	const struct source_ops *ops;
	char *name;		/* "imap:mayor", "webform:site", "spool:in" (the lease and source_name) */
	int poll_seconds;
	void *priv;		/* the kind's own state */
};

/* Frees the items of b and empties it. */
void source_batch_clear(struct source_batch *b);

/* Adds an item taking ownership of raw and key (malloc'ed). */
struct source_item *source_batch_add(struct source_batch *b, char *raw, size_t len, char *key,
				     uint64_t position);

/* Makes the source of configuration section `section` ("imap mayor",
 * "webform site", "spool in"). Returns MB_OK, or MB_FATAL with err naming
 * the file, section and key that is wrong. Free with source_free. */
enum mb_status source_new(const struct config *cfg, const char *section, struct source **s_r,
			  char *err, size_t errlen) MB_MUST_USE;
void source_free(struct source **sp);

/* The constructors of each kind (one file each). */
enum mb_status imap_source_new(const struct config *cfg, const char *section,
			       struct source *s, char *err, size_t errlen);
enum mb_status webform_source_new(const struct config *cfg, const char *section,
				  struct source *s, char *err, size_t errlen);
enum mb_status spool_source_new(const struct config *cfg, const char *section,
				struct source *s, char *err, size_t errlen);

/* source_state in the database: read and write one source's row. */
enum mb_status source_state_get(PGconn *db, const char *source_name, const char *mailbox,
				long long *uidvalidity_r, long long *last_uid_r, char **cursor_r,
				char *err, size_t errlen);
enum mb_status source_state_put(PGconn *db, const char *source_name, const char *mailbox,
				long long uidvalidity, long long last_uid, const char *cursor,
				char *err, size_t errlen);

#endif
