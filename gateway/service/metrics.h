/*
 * metrics.h - what the gateway tells its monitoring: Prometheus metrics on
 * GET /metrics and a health check on GET /healthz, served by libmicrohttpd
 * (its own thread) on [metrics] listen. The daemon's loop records; the HTTP
 * thread reads, under one mutex.
 *
 * Labels are source names of the configuration ("imap:mayor") and outbox
 * states only: never a case, an address, a subject or a key. The totals do
 * count confidential letters with the others (no split), so the listener
 * belongs on loopback or the monitoring network (doc/operations.md).
 *
 * /healthz answers 200 "ok" or 503 with the reasons, one a line: the
 * database is away, or a source of this configuration has had no good poll
 * (a fetch that worked, or its lease held by another live gateway) for
 * three of its poll intervals.
 */
#ifndef MB_METRICS_H
#define MB_METRICS_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

struct metrics;

/* Listens on listen ("HOST:PORT", "[::1]:PORT" or ":PORT" for every
 * address) and serves until metrics_free. NULL with the reason in err. */
struct metrics *metrics_start(const char *listen, char *err, size_t errlen);
void metrics_free(struct metrics **m);

/* Whether listen is a HOST:PORT metrics_start() takes (no socket opened). */
bool metrics_listen_ok(const char *listen, char *err, size_t errlen);

/* The sources of the configuration now (after a reload: the new ones),
 * with their poll intervals; counters of names seen before are kept. */
void metrics_set_sources(struct metrics *m, const char *const *names, const int *poll_seconds,
			 size_t n);

enum metrics_letter { METRICS_FILED, METRICS_ALREADY, METRICS_FAILED, METRICS_QUARANTINED,
		      METRICS_LETTER_KINDS };

/* Every function below accepts m == NULL (no [metrics]) and does nothing. */
void metrics_letters(struct metrics *m, const char *source, enum metrics_letter what,
		     unsigned long n);
void metrics_waiting(struct metrics *m, const char *source, unsigned long waiting);
void metrics_lease(struct metrics *m, const char *source, bool held);
/* A good poll of source now: its batch was fetched (or another gateway
 * holds it). */
void metrics_good_poll(struct metrics *m, const char *source);
void metrics_batch_seconds(struct metrics *m, const char *source, double seconds);
void metrics_database(struct metrics *m, bool up);
void metrics_outbox(struct metrics *m, long queued, long sent, long failed, long bounced);
void metrics_rules(struct metrics *m, const char *digest);

#endif
