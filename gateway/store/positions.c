/*
 * positions.c - the source_state rows (see positions.h).
 */
#include "positions.h"

#include <stdio.h>
#include <stdlib.h>

#include "db.h"
#include "xalloc.h"

static enum mb_status
positions_failed(PGconn *db, char *err, size_t errlen)
{
	snprintf(err, errlen, "database: %s", db_error(db));
	return PQstatus(db) == CONNECTION_OK ? MB_TEMPORARY : MB_CONNECTION;
}

enum mb_status
positions_get(PGconn *db, const char *source_name, const char *key, struct source_position *p,
	      char *err, size_t errlen)
{
	const char *params[2] = {source_name, key ? key : ""};
	*p = (struct source_position){.uidvalidity = -1, .last_uid = 0, .cursor = NULL};
	PGresult *r = PQexecParams(db,
				   "SELECT coalesce(uidvalidity, -1), coalesce(last_uid, 0), cursor "
				   "FROM source_state WHERE source_name = $1 AND mailbox = $2",
				   2, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		PQclear(r);
		return positions_failed(db, err, errlen);
	}
	if (PQntuples(r) == 1) {
		p->uidvalidity = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
		p->last_uid = strtoll(PQgetvalue(r, 0, 1), NULL, 10);
		if (!PQgetisnull(r, 0, 2))
			p->cursor = xstrdup(PQgetvalue(r, 0, 2));
	}
	PQclear(r);
	if (errlen)
		err[0] = '\0';
	return MB_OK;
}

enum mb_status
positions_put(PGconn *db, const char *source_name, const char *key,
	      const struct source_position *p, char *err, size_t errlen)
{
	char v[32], u[32];
	snprintf(v, sizeof(v), "%lld", p->uidvalidity);
	snprintf(u, sizeof(u), "%lld", p->last_uid);
	const char *params[5] = {source_name, key ? key : "", v, u, p->cursor};
	PGresult *r = PQexecParams(db,
				   "INSERT INTO source_state (source_name, mailbox, uidvalidity, last_uid, "
				   "cursor, updated_at) VALUES ($1, $2, $3, $4, $5, now()) "
				   "ON CONFLICT (source_name, mailbox) DO UPDATE SET uidvalidity = $3, "
				   "last_uid = $4, cursor = $5, updated_at = now()",
				   5, NULL, params, NULL, NULL, 0);
	bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
	PQclear(r);
	if (!ok)
		return positions_failed(db, err, errlen);
	if (errlen)
		err[0] = '\0';
	return MB_OK;
}
