/*
 * source.c - what every source shares: batches, the kind dispatch, and the
 * source_state rows (see source.h).
 */
#include "source.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "xalloc.h"

void
source_batch_clear(struct source_batch *b)
{
	for (size_t i = 0; i < b->count; i++) {
		free(b->v[i].raw);
		free(b->v[i].source_key);
		free(b->v[i].warning);
	}
	free(b->v);
	free(b->next_cursor);
	memset(b, 0, sizeof(*b));
}

struct source_item *
source_batch_add(struct source_batch *b, char *raw, size_t len, char *key, uint64_t position)
{
	b->v = xreallocarray(b->v, b->count + 1, sizeof(*b->v));
	struct source_item *it = &b->v[b->count++];
	memset(it, 0, sizeof(*it));
	it->raw = raw;
	it->len = len;
	it->source_key = key;
	it->position = position;
	it->state = SOURCE_ITEM_NEW;
	return it;
}

enum mb_status
source_new(const struct config *cfg, const char *section, struct source **s_r, char *err,
	   size_t errlen)
{
	struct source *s = xcalloc(1, sizeof(*s));
	enum mb_status st;
	const char *sp = strchr(section, ' ');
	size_t kind_len = sp ? (size_t)(sp - section) : strlen(section);

	*s_r = NULL;
	s->poll_seconds = 60;
	if (kind_len == 4 && strncmp(section, "imap", 4) == 0)
		st = imap_source_new(cfg, section, s, err, errlen);
	else if (kind_len == 7 && strncmp(section, "webform", 7) == 0)
		st = webform_source_new(cfg, section, s, err, errlen);
	else if (kind_len == 5 && strncmp(section, "spool", 5) == 0)
		st = spool_source_new(cfg, section, s, err, errlen);
	else {
		snprintf(err, errlen, "%s: [%s] is not a source (imap, webform, spool)",
			 cfg->path ? cfg->path : "config", section);
		st = MB_FATAL;
	}
	if (st != MB_OK) {
		free(s->name);
		free(s);
		return st;
	}
	*s_r = s;
	return MB_OK;
}

void
source_free(struct source **sp)
{
	struct source *s = *sp;
	if (s == NULL)
		return;
	*sp = NULL;
	if (s->ops && s->ops->close)
		s->ops->close(s);
	free(s->name);
	free(s);
}

enum mb_status
source_state_get(PGconn *db, const char *source_name, const char *mailbox,
		 long long *uidvalidity_r, long long *last_uid_r, char **cursor_r, char *err,
		 size_t errlen)
{
	const char *params[2] = {source_name, mailbox ? mailbox : ""};
	PGresult *r = PQexecParams(db,
				   "SELECT coalesce(uidvalidity, -1), coalesce(last_uid, 0), cursor "
				   "FROM source_state WHERE source_name = $1 AND mailbox = $2",
				   2, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		snprintf(err, errlen, "database: %s", db_error(db));
		PQclear(r);
		return PQstatus(db) == CONNECTION_OK ? MB_TEMPORARY : MB_CONNECTION;
	}
	if (uidvalidity_r)
		*uidvalidity_r = -1;
	if (last_uid_r)
		*last_uid_r = 0;
	if (cursor_r)
		*cursor_r = NULL;
	if (PQntuples(r) == 1) {
		if (uidvalidity_r)
			*uidvalidity_r = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
		if (last_uid_r)
			*last_uid_r = strtoll(PQgetvalue(r, 0, 1), NULL, 10);
		if (cursor_r && !PQgetisnull(r, 0, 2))
			*cursor_r = xstrdup(PQgetvalue(r, 0, 2));
	}
	PQclear(r);
	return MB_OK;
}

enum mb_status
source_state_put(PGconn *db, const char *source_name, const char *mailbox, long long uidvalidity,
		 long long last_uid, const char *cursor, char *err, size_t errlen)
{
	char v[32], u[32];
	snprintf(v, sizeof(v), "%lld", uidvalidity);
	snprintf(u, sizeof(u), "%lld", last_uid);
	const char *params[5] = {source_name, mailbox ? mailbox : "", v, u, cursor};
	PGresult *r = PQexecParams(db,
				   "INSERT INTO source_state (source_name, mailbox, uidvalidity, last_uid, "
				   "cursor, updated_at) VALUES ($1, $2, $3, $4, $5, now()) "
				   "ON CONFLICT (source_name, mailbox) DO UPDATE SET uidvalidity = $3, "
				   "last_uid = $4, cursor = $5, updated_at = now()",
				   5, NULL, params, NULL, NULL, 0);
	bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
	PQclear(r);
	if (!ok) {
		snprintf(err, errlen, "database: %s", db_error(db));
		return PQstatus(db) == CONNECTION_OK ? MB_TEMPORARY : MB_CONNECTION;
	}
	return MB_OK;
}
