/*
 * outbox.h - sending what the outbox holds: acknowledgements queued with
 * their cases, answers queued by clerks' `cases close`.
 *
 * One row per transaction: the row is locked (FOR UPDATE SKIP LOCKED, so
 * two gateways never send one row at once), composed, handed to the SMTP
 * server, and marked sent in the same transaction. A crash between the
 * server's "250" and the COMMIT sends it again, with the same Message-ID:
 * at least once, marked sent once. A temporary failure is retried with
 * back-off; a permanent refusal, or OUTBOX_GIVE_UP_SECONDS of failures,
 * ends it as failed, recorded on its case.
 */
#ifndef MB_OUTBOX_H
#define MB_OUTBOX_H

#include <stdbool.h>

#include <libpq-fe.h>

#include "error.h"
#include "replies.h"
#include "smtp.h"

/* Back-off between attempts: doubled from the first, capped. */
#define OUTBOX_RETRY_FIRST_SECONDS 60
#define OUTBOX_RETRY_MAX_SECONDS 3600
/* A mail that could not be sent for this long is given up (3 days). */
#define OUTBOX_GIVE_UP_SECONDS (3 * 24 * 3600)

struct outbox_stats {
	unsigned long sent, retry, failed;
};

/* Sends at most max due rows. Returns MB_OK (also when some recipients were
 * put off by a 4xx: those are retried later, the others sent now),
 * MB_CONNECTION when the SMTP server or the database is away (the round
 * stops: the rest waits), MB_TEMPORARY when the database refused a
 * statement, MB_FATAL when the SMTP configuration is wrong (TLS
 * verification, authentication): the rows stay pending, err says why.
 * retry_first_seconds > 0 overrides the first back-off (tests). */
enum mb_status outbox_send_due(PGconn *db, const struct smtp_config *sc,
			       const struct replies_config *rc, unsigned max, int retry_first_seconds,
			       struct outbox_stats *stats, char *err, size_t errlen);

/* The outbox by state, public and vault together (outbox_counts(), 007). */
struct outbox_counts {
	long pending, sent, failed, bounced;
};
/* Fills *c; false when the database did not answer. */
bool outbox_counts(PGconn *db, struct outbox_counts *c);

/* How many mails wait sealed to an outbox key other than key_id
 * (outbox_waiting_other_key()) into *n; false when it could not be asked. */
bool outbox_other_key(PGconn *db, const char *key_id, long *n);

#endif
