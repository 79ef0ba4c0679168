/*
 * source.h - the one interface of every letter source (STYLE.md, 3): the
 * IMAP mailbox (imap.c), the web-form feed (webform.c), the spool folder
 * (spool.c). The daemon loop (daemon.c) knows only this.
 *
 * A source knows its server, not the database (STYLE.md 17): it is given
 * its position and says what the next one is; the daemon keeps positions in
 * the store (store/positions.c). No source includes libpq.
 *
 * The life of a batch, which is what makes filing exactly-once:
 *   fetch   -> letters after the position the daemon read from the store
 *              (at least once: a crash before commit fetches them again)
 *   BEGIN; file each letter (idempotent by source key); advance (the new
 *              position, saved by the daemon in the same transaction); COMMIT
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

#include "config.h"
#include "error.h"
#include "position.h"

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
	/* IMAP: the UIDVALIDITY its UIDs (positions) are of, 0 elsewhere. A
	 * mailbox selected again since (a fetch ahead) may have another. */
	uint32_t uidvalidity;
	/* The source has nothing more now (a feed's last page, "next": null,
	 * or a page that leaves the cursor where it was): the daemon files
	 * this batch and ends the source's round. */
	bool last;
};

/* Frees what p holds and sets it to "nothing saved" (-1, 0, NULL). */
void source_position_clear(struct source_position *p);

struct source;

struct source_ops {
	const char *kind;	/* "imap", "webform", "spool" */
	/* Connects, or reconnects after a failure: it drops whatever
	 * connection it still has first. */
	enum mb_status (*open)(struct source *s, char *err, size_t errlen);
	/* Up to max letters after position at (as the store holds it; NULL
	 * for a source without positions). MB_OK with an empty batch when
	 * there is nothing new. */
	enum mb_status (*fetch)(struct source *s, const struct source_position *at, size_t max,
				struct source_batch *b, char *err, size_t errlen);
	/* The position after b, which was fetched from at: true with *next
	 * set (the caller frees it with source_position_clear) when it is to
	 * be saved, false when nothing moves. The daemon passes only the items
	 * before the first one left WAITING (and asks nothing when a batch
	 * with a next_cursor has a WAITING item), so a waiting letter is
	 * fetched again; it saves *next inside the filing transaction. NULL
	 * for a source whose position is its contents (the spool). */
	bool (*advance)(struct source *s, const struct source_position *at,
			const struct source_batch *b, struct source_position *next);
	/* Whether a fetch from the position the current batch leads to may
	 * run now, on another thread, while that batch is filed and before it
	 * is acknowledged (the daemon's fetch ahead): true only when such a
	 * fetch cannot hand back letters of the current batch (IMAP: no sweep
	 * of unacknowledged letters is due, no acknowledgement waits to be
	 * retried). NULL: never. */
	bool (*fetch_ahead_ok)(struct source *s);
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
	/* The position's second key (source_state.mailbox): the IMAP mailbox
	 * as configured, "" for others. Borrowed from the kind's state. */
	const char *position_key;
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

#endif
