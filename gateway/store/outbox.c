/*
 * outbox.c - sending the outbox (see outbox.h).
 */
#include "outbox.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <jansson.h>
#include <sodium.h>

#include "buf.h"
#include "db.h"
#include "log.h"

/* The largest message we compose: an answer is at most 1 MiB of text. */
#define OUTBOX_MESSAGE_MAX (4 * 1024 * 1024)

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

/* Opens a sealed row's recipient, name, Message-ID and answer (the box:
 * n bytes) with the outbox key read at start into m; returns the JSON they
 * point into (caller decrefs), or NULL with why. */
static json_t *
open_sealed(const struct replies_config *rc, const unsigned char *box, size_t n,
	    struct replies_mail *m, char *why, size_t whylen)
{
	size_t plen = 0;
	char kerr[400];
	if (!rc->have_outbox_key) {
		snprintf(why, whylen, "sealed mail: no [replies] outbox_key_file");
		return NULL;
	}
	unsigned char *plain = seal_open_with(&rc->outbox_sk, box, n, &plen, kerr, sizeof(kerr));
	if (plain == NULL) {
		snprintf(why, whylen, "sealed mail: %s: %s", rc->outbox_key_file, kerr);
		return NULL;
	}
	json_t *j = json_loadb((const char *)plain, plen, 0, NULL);
	sodium_memzero(plain, plen);
	free(plain);
	if (!json_is_object(j)) {
		json_decref(j);
		snprintf(why, whylen, "sealed mail: not the expected JSON");
		return NULL;
	}
	m->recipient = json_string_value(json_object_get(j, "recipient"));
	m->recipient_name = json_string_value(json_object_get(j, "recipient_name"));
	m->reply_to_id = json_string_value(json_object_get(j, "reply_to_id"));
	if (json_string_value(json_object_get(j, "code")))
		m->code = json_string_value(json_object_get(j, "code"));
	if (json_string_value(json_object_get(j, "body")))
		m->body = json_string_value(json_object_get(j, "body"));
	return j;
}

/* Records the outcome of one row in the open transaction and commits; the
 * server's reason for a failure goes to dberr (before the ROLLBACK that
 * would replace it). */
static bool
done(PGconn *db, const char *id, bool ok, bool permanent, const char *why, int retry,
     char *dberr, size_t dberrlen)
{
	char r[16];
	snprintf(r, sizeof(r), "%d", retry);
	const char *params[5] = {id, ok ? "t" : "f", permanent ? "t" : "f", why, r};
	PGresult *res = PQexecParams(db, "SELECT outbox_done($1::bigint, $2::boolean, "
				     "$3::boolean, $4, $5::integer)", 5, NULL, params, NULL, NULL, 0);
	bool good = PQresultStatus(res) == PGRES_TUPLES_OK;
	if (!good) {
		const char *m = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
		snprintf(dberr, dberrlen, "%s", m ? m : db_error(db));
	}
	PQclear(res);
	if (!good) {
		(void)db_exec_ok(db, "ROLLBACK");
		return false;
	}
	if (!db_commit(db)) {
		snprintf(dberr, dberrlen, "%s", db_error(db));
		return false;
	}
	return true;
}

enum mb_status
outbox_send_due(PGconn *db, const struct smtp_config *sc, const struct replies_config *rc,
		unsigned max, int retry_first, struct outbox_stats *stats, char *err,
		size_t errlen)
{
	if (retry_first <= 0)
		retry_first = OUTBOX_RETRY_FIRST_SECONDS;
	/* one SMTP connection for the round (made at the first mail) */
	struct smtp_session *session = NULL;
	enum mb_status ret = MB_OK;
	for (unsigned n = 0; n < max; n++) {
		if (!db_exec_ok(db, "BEGIN")) {
			snprintf(err, errlen, "database: %s", db_error(db));
			ret = MB_CONNECTION;
			goto out;
		}
		/* mail sealed to another outbox key waits for a gateway that has it.
		 * An acknowledgement repeats the writer's subject, name and
		 * Message-ID only when its row says echo (the sender was
		 * authenticated, replies.h); the column is read through to_jsonb,
		 * so that a schema without it (before the migration that adds it)
		 * gives NULL, and then nothing is repeated */
		const char *kp[1] = {rc->have_outbox_key ? rc->outbox_key_id : ""};
		/* the gateway reads no outbox table: outbox_next() hands it the
		 * next due mail, locked until this transaction ends */
		/* in binary: the boxes come as their bytes (STYLE.md 18); the
		 * other columns as text, which is the same in either format */
		PGresult *r = PQexecParams(db,
			"SELECT id::text, kind, token, case_number, confidential::text, recipient, "
			"recipient_name, reply_to_id, subject, body, language, attempts::text, "
			"age::text, sealed, body_sealed, code, echo::text "
			"FROM outbox_next($1)", 1, NULL, kp, NULL, NULL, 1);
		if (PQresultStatus(r) != PGRES_TUPLES_OK) {
			snprintf(err, errlen, "outbox: %s", db_error(db));
			PQclear(r);
			(void)db_exec_ok(db, "ROLLBACK");
			ret = PQstatus(db) == CONNECTION_OK ? MB_TEMPORARY : MB_CONNECTION;
			goto out;
		}
		if (PQntuples(r) == 0) {
			PQclear(r);
			(void)db_exec_ok(db, "ROLLBACK");
			goto out;
		}
		char id[32], kind[32], number[32];
		snprintf(id, sizeof(id), "%s", PQgetvalue(r, 0, 0));
		snprintf(kind, sizeof(kind), "%s", PQgetvalue(r, 0, 1));
		snprintf(number, sizeof(number), "%s", PQgetvalue(r, 0, 3));
		struct replies_mail m = {
			.kind = kind,
			.token = db_value(r, 0, 2),
			.case_number = number,
			.confidential = PQgetvalue(r, 0, 4)[0] == 't',
			.recipient = db_value(r, 0, 5),
			.recipient_name = db_value(r, 0, 6),
			.reply_to_id = db_value(r, 0, 7),
			.subject = db_value(r, 0, 8),
			.body = db_value(r, 0, 9),
			.language = db_value(r, 0, 10),
			.code = db_value(r, 0, 15),
			/* an answer is a clerk's, to a writer the office read */
			.echo = strcmp(kind, "answer") == 0 || PQgetvalue(r, 0, 16)[0] == 't',
		};
		/* for the log line after sending (m.token lives in r) */
		char mid[128];
		replies_message_id(rc, m.token ? m.token : "", mid, sizeof(mid));
		int attempts = (int)strtol(PQgetvalue(r, 0, 11), NULL, 10);
		long long age = strtoll(PQgetvalue(r, 0, 12), NULL, 10);

		char why[512] = "";
		json_t *opened = NULL, *opened_body = NULL;
		if (!PQgetisnull(r, 0, 13))
			opened = open_sealed(rc, (const unsigned char *)PQgetvalue(r, 0, 13),
					     (size_t)PQgetlength(r, 0, 13), &m, why, sizeof(why));
		if (!PQgetisnull(r, 0, 14) && why[0] == '\0') {
			/* an answer's text, sealed by the supervisor to our key */
			struct replies_mail b = {0};
			opened_body = open_sealed(rc, (const unsigned char *)PQgetvalue(r, 0, 14),
						  (size_t)PQgetlength(r, 0, 14), &b, why, sizeof(why));
			m.body = b.body;
		}
		struct buf msg;
		buf_init(&msg, OUTBOX_MESSAGE_MAX);
		enum mb_status st;
		if (why[0]) {
			st = MB_BAD_LETTER;	/* a box our key does not open: give it up */
		} else if (m.recipient == NULL
		    || replies_compose(rc, &m, (long long)time(NULL), &msg, why, sizeof(why))
		       != MB_OK) {
			/* a recipient or reference no header takes (MB_REFUSED), or
			 * too long (MB_LIMIT); MB_CONFIG, no [smtp] from, cannot be
			 * here: the outbox runs only when from is an address */
			if (m.recipient == NULL)
				snprintf(why, sizeof(why), "no recipient");
			st = MB_BAD_LETTER;	/* it cannot be sent as it is: give it up */
		} else {
			st = session ? MB_OK : smtp_session_init(sc, &session, why, sizeof(why));
			if (st == MB_OK)
				st = smtp_session_send(session, m.recipient, msg.data, msg.len, why,
						       sizeof(why));
		}
		scrub(why, sizeof(why), m.recipient);
		if (m.confidential && msg.data)
			sodium_memzero(msg.data, msg.len);
		buf_deinit(&msg);
		json_decref(opened);	/* m's strings pointed into them and into r */
		json_decref(opened_body);
		PQclear(r);

		bool ok = st == MB_OK;
		bool permanent = st == MB_BAD_LETTER || (!ok && st != MB_FATAL
							 && age >= OUTBOX_GIVE_UP_SECONDS);
		char dberr[256] = "";
		if (!done(db, id, ok, permanent, ok ? "" : why, retry_seconds(attempts, retry_first),
			  dberr, sizeof(dberr))) {
			/* sent but not marked: it goes again, with the same Message-ID */
			snprintf(err, errlen, "outbox: recording mail %s: %s", id, dberr);
			ret = PQstatus(db) == CONNECTION_OK ? MB_TEMPORARY : MB_CONNECTION;
			goto out;
		}
		if (ok) {
			stats->sent++;
			log_event(LOG_INFO, "mail_sent", "case", number, "kind", kind, "message_id",
				  mid, NULL);
		} else if (permanent) {
			stats->failed++;
			log_event(LOG_ERROR, "mail_failed", "case", number, "kind", kind, "error", why,
				  NULL);
		} else {
			stats->retry++;
			log_event(LOG_WARN, "mail_deferred", "case", number, "kind", kind, "error", why,
				  NULL);
			if (st == MB_TEMPORARY)
				continue;	/* this recipient, for now: the others go on */
			/* the server is away or refuses us: the rest can wait too */
			snprintf(err, errlen, "%s", why);
			ret = st == MB_FATAL ? MB_FATAL : MB_CONNECTION;
			goto out;
		}
	}
out:
	smtp_session_deinit(&session);
	return ret;
}

bool
outbox_counts(PGconn *db, struct outbox_counts *c)
{
	*c = (struct outbox_counts){0, 0, 0, 0};
	PGresult *r = PQexec(db, "SELECT status, n FROM outbox_counts()");
	bool ok = PQresultStatus(r) == PGRES_TUPLES_OK;
	for (int i = 0; ok && i < PQntuples(r); i++) {
		const char *st = PQgetvalue(r, i, 0);
		long n = strtol(PQgetvalue(r, i, 1), NULL, 10);
		if (strcmp(st, "pending") == 0)
			c->pending = n;
		else if (strcmp(st, "sent") == 0)
			c->sent = n;
		else if (strcmp(st, "failed") == 0)
			c->failed = n;
		else if (strcmp(st, "bounced") == 0)
			c->bounced = n;
	}
	PQclear(r);
	return ok;
}

bool
outbox_other_key(PGconn *db, const char *key_id, long *n)
{
	const char *k[1] = {key_id};
	PGresult *r = PQexecParams(db, "SELECT outbox_waiting_other_key($1)", 1, NULL, k, NULL,
				   NULL, 0);
	bool ok = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1;
	*n = ok ? strtol(PQgetvalue(r, 0, 0), NULL, 10) : 0;
	PQclear(r);
	return ok;
}
