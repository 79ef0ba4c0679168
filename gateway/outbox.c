/*
 * outbox.c - sending the outbox (see outbox.h).
 */
#include "outbox.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <sodium.h>

#include "buf.h"
#include "db.h"
#include "log.h"

/* The largest message we compose: an answer is at most 1 MiB of text. */
#define OUTBOX_MESSAGE_MAX (4 * 1024 * 1024)

static const char *
val(PGresult *r, int col)
{
	return PQgetisnull(r, 0, col) ? NULL : PQgetvalue(r, 0, col);
}

static int
retry_seconds(int attempts, int first)
{
	long s = first;
	for (int i = 0; i < attempts && s < OUTBOX_RETRY_MAX_SECONDS; i++)
		s *= 2;
	if (s > OUTBOX_RETRY_MAX_SECONDS)
		s = OUTBOX_RETRY_MAX_SECONDS;
	/* +-20%, so that a queue that failed together does not retry together */
	long j = (long)randombytes_uniform((uint32_t)(s * 2 / 5 + 1)) - s / 5;
	return (int)(s + j > 0 ? s + j : 1);
}

/* A server's reply may quote the recipient ("550 <a@b>: unknown"): the
 * error is logged and kept, the address must not be. */
static void
scrub(char *why, size_t len, const char *rcpt)
{
	size_t n = rcpt ? strlen(rcpt) : 0;
	if (n == 0 || strcasestr(why, rcpt) == NULL)
		return;
	char out[512];
	size_t o = 0;
	for (const char *p = why; *p && o + 1 < sizeof(out);) {
		if (strncasecmp(p, rcpt, n) == 0) {
			o += (size_t)snprintf(out + o, sizeof(out) - o, "(recipient)");
			if (o >= sizeof(out))
				o = sizeof(out) - 1;
			p += n;
		} else {
			out[o++] = *p++;
		}
	}
	out[o] = '\0';
	snprintf(why, len, "%s", out);
}

/* Records the outcome of one row in the open transaction and commits. */
static bool
done(PGconn *db, const char *id, bool ok, bool permanent, const char *why, int retry)
{
	char r[16];
	snprintf(r, sizeof(r), "%d", retry);
	const char *params[5] = {id, ok ? "t" : "f", permanent ? "t" : "f", why, r};
	PGresult *res = PQexecParams(db, "SELECT outbox_done($1::bigint, $2::boolean, "
				     "$3::boolean, $4, $5::integer)", 5, NULL, params, NULL, NULL, 0);
	bool good = PQresultStatus(res) == PGRES_TUPLES_OK;
	PQclear(res);
	if (!good) {
		(void)db_exec_ok(db, "ROLLBACK");
		return false;
	}
	return db_commit(db);
}

enum mb_status
outbox_send_due(PGconn *db, const struct smtp_config *sc, const struct replies_config *rc,
		unsigned max, int retry_first, struct outbox_stats *stats, char *err,
		size_t errlen)
{
	if (retry_first <= 0)
		retry_first = OUTBOX_RETRY_FIRST_SECONDS;
	for (unsigned n = 0; n < max; n++) {
		if (!db_exec_ok(db, "BEGIN")) {
			snprintf(err, errlen, "database: %s", db_error(db));
			return MB_CONNECTION;
		}
		PGresult *r = PQexec(db,
			"SELECT id, kind, token, case_number, confidential, recipient, "
			"recipient_name, reply_to_id, subject, body, language, attempts, "
			"extract(epoch FROM now() - created_at)::bigint "
			"FROM outbox WHERE status = 'pending' AND next_attempt <= now() "
			"ORDER BY next_attempt, id LIMIT 1 FOR UPDATE SKIP LOCKED");
		if (PQresultStatus(r) != PGRES_TUPLES_OK) {
			snprintf(err, errlen, "outbox: %s", db_error(db));
			PQclear(r);
			(void)db_exec_ok(db, "ROLLBACK");
			return PQstatus(db) == CONNECTION_OK ? MB_TEMPORARY : MB_CONNECTION;
		}
		if (PQntuples(r) == 0) {
			PQclear(r);
			(void)db_exec_ok(db, "ROLLBACK");
			return MB_OK;
		}
		char id[32], kind[32], number[32];
		snprintf(id, sizeof(id), "%s", PQgetvalue(r, 0, 0));
		snprintf(kind, sizeof(kind), "%s", PQgetvalue(r, 0, 1));
		snprintf(number, sizeof(number), "%s", PQgetvalue(r, 0, 3));
		struct replies_mail m = {
			.kind = kind,
			.token = val(r, 2),
			.case_number = number,
			.confidential = PQgetvalue(r, 0, 4)[0] == 't',
			.recipient = val(r, 5),
			.recipient_name = val(r, 6),
			.reply_to_id = val(r, 7),
			.subject = val(r, 8),
			.body = val(r, 9),
			.language = val(r, 10),
		};
		int attempts = (int)strtol(PQgetvalue(r, 0, 11), NULL, 10);
		long long age = strtoll(PQgetvalue(r, 0, 12), NULL, 10);

		struct buf msg;
		buf_init(&msg, OUTBOX_MESSAGE_MAX);
		char why[512];
		enum mb_status st;
		if (m.recipient == NULL
		    || replies_compose(rc, &m, (long long)time(NULL), &msg, why, sizeof(why)) != 0) {
			if (m.recipient == NULL)
				snprintf(why, sizeof(why), "no recipient");
			st = MB_BAD_LETTER;	/* it cannot be sent as it is: give it up */
		} else {
			st = smtp_send(sc, m.recipient, msg.data, msg.len, why, sizeof(why));
		}
		scrub(why, sizeof(why), m.recipient);
		if (m.confidential && msg.data)
			sodium_memzero(msg.data, msg.len);
		buf_deinit(&msg);
		PQclear(r);	/* m's strings pointed into r */

		bool ok = st == MB_OK;
		bool permanent = st == MB_BAD_LETTER || (!ok && st != MB_FATAL
							 && age >= OUTBOX_GIVE_UP_SECONDS);
		if (!done(db, id, ok, permanent, ok ? "" : why, retry_seconds(attempts, retry_first))) {
			/* sent but not marked: it goes again, with the same Message-ID */
			snprintf(err, errlen, "outbox: recording mail %s: %s", id, db_error(db));
			return PQstatus(db) == CONNECTION_OK ? MB_TEMPORARY : MB_CONNECTION;
		}
		if (ok) {
			stats->sent++;
			log_event(LOG_INFO, "mail_sent", "case", number, "kind", kind, NULL);
		} else if (permanent) {
			stats->failed++;
			log_event(LOG_ERROR, "mail_failed", "case", number, "kind", kind, "error", why,
				  NULL);
		} else {
			stats->retry++;
			log_event(LOG_WARN, "mail_deferred", "case", number, "kind", kind, "error", why,
				  NULL);
			/* the server is away or refuses us: the rest can wait too */
			snprintf(err, errlen, "%s", why);
			return st == MB_FATAL ? MB_FATAL : MB_TEMPORARY;
		}
	}
	return MB_OK;
}
