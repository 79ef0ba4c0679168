/*
 * corpus.c - the measured letters from the database (corpus.h).
 */
#include "corpus.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "xalloc.h"

/* A reviewed case counts when it has one of these events (schema/002). */
#define CORPUS_REVIEWED_EVENTS	"('reclassified', 'assigned', 'closed')"

/* The first letter (f) is what filing classified (vault ids count down: the
 * first of a confidential case has the smallest absolute id). */
#define CORPUS_FIRST_LETTER \
	"JOIN LATERAL (SELECT l.id, l.confidential AS sealed " \
	"FROM letters l WHERE l.case_id = c.id ORDER BY (l.id > 0) DESC, abs(l.id) LIMIT 1) f ON true "
#define CORPUS_REVIEWED \
	"WHERE c.category <> 'unclassified' AND NOT c.automatic " \
	"AND EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id " \
	"AND e.what IN " CORPUS_REVIEWED_EVENTS ") " \
	"AND ($1::timestamptz IS NULL OR c.created_at >= $1::timestamptz) "

static const char reviewed_sql[] =
	"SELECT c.number, f.id, f.sealed, c.category, c.department, c.confidential "
	"FROM cases c " CORPUS_FIRST_LETTER CORPUS_REVIEWED "ORDER BY c.created_at, abs(c.id) LIMIT $2";

static const char letters_sql[] =
	"SELECT c.number, l.id, l.confidential "
	"FROM cases c JOIN letters l ON l.case_id = c.id "
	"WHERE ($1::timestamptz IS NULL OR c.created_at >= $1::timestamptz) "
	"ORDER BY c.created_at, abs(c.id), c.id, (l.id > 0) DESC, abs(l.id) LIMIT $2";

/* Says why a statement failed: MB_DENIED not allowed, MB_USAGE since is
 * not a date, MB_CONNECTION otherwise (no database, not migrated, gone).
 * Clears r. */
static enum mb_status
corpus_fail(struct corpus_conn *cc, PGresult *r, char *err, size_t errlen)
{
	const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	enum mb_status st;
	if (PQstatus(cc->db) != CONNECTION_OK) {
		snprintf(err, errlen, "database connection lost: %s", db_error(cc->db));
		st = MB_CONNECTION;
	} else if (state && strcmp(state, "42501") == 0) {
		snprintf(err, errlen, "not allowed: %s (needs the mayorbox_clerk or "
			 "mayorbox_supervisor role)", db_error(cc->db));
		st = MB_DENIED;
	} else if (state && strncmp(state, "22", 2) == 0 && cc->since) {
		snprintf(err, errlen, "'%s': not a date (YYYY-MM-DD)", cc->since);
		st = MB_USAGE;
	} else {
		snprintf(err, errlen, "database: %s", db_error(cc->db));
		st = MB_CONNECTION;
	}
	PQclear(r);
	return st;
}

enum mb_status
corpus_open(struct corpus_conn *cc, const char *conninfo, bool opening, const char *since,
	    char *err, size_t errlen)
{
	memset(cc, 0, sizeof(*cc));
	cc->since = since;
	err[0] = '\0';
	cc->db = db_connect(conninfo, err, errlen);
	if (cc->db == NULL)
		return MB_CONNECTION;
	if (!db_exec_ok(cc->db, "SET search_path = office, public"))
		return corpus_fail(cc, NULL, err, errlen);
	if (!db_exec_ok(cc->db, opening ? "BEGIN ISOLATION LEVEL REPEATABLE READ"
			: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"))
		return corpus_fail(cc, NULL, err, errlen);
	return MB_OK;
}

enum mb_status
corpus_commit(struct corpus_conn *cc, char *err, size_t errlen)
{
	if (!db_commit(cc->db)) {
		snprintf(err, errlen, "commit failed: %s", db_error(cc->db));
		return MB_CONNECTION;
	}
	return MB_OK;
}

void
corpus_close(struct corpus_conn *cc, bool keep)
{
	if (cc->db) {
		/* a stop after some case was opened keeps the record of it */
		if (keep && PQtransactionStatus(cc->db) == PQTRANS_INTRANS)
			(void)db_commit(cc->db);
		if (PQtransactionStatus(cc->db) != PQTRANS_IDLE)
			(void)db_exec_ok(cc->db, "ROLLBACK");
		PQfinish(cc->db);
		cc->db = NULL;
	}
}

static enum mb_status
corpus_list(struct corpus_conn *cc, const char *sql, bool reviewed, size_t max,
	    struct corpus_list *l, char *err, size_t errlen)
{
	memset(l, 0, sizeof(*l));
	l->reviewed = reviewed;
	char limit[32];
	snprintf(limit, sizeof(limit), "%zu", max + 1);
	const char *params[2] = {cc->since, limit};
	PGresult *r = PQexecParams(cc->db, sql, 2, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(r) != PGRES_TUPLES_OK)
		return corpus_fail(cc, r, err, errlen);
	l->r = r;
	l->count = (size_t)PQntuples(r);
	if (l->count > max) {
		l->count = max;
		l->truncated = true;
	}
	return MB_OK;
}

enum mb_status
corpus_reviewed(struct corpus_conn *cc, size_t max, struct corpus_list *l, char *err,
		size_t errlen)
{
	return corpus_list(cc, reviewed_sql, true, max, l, err, errlen);
}

enum mb_status
corpus_letters(struct corpus_conn *cc, size_t max, struct corpus_list *l, char *err,
	       size_t errlen)
{
	return corpus_list(cc, letters_sql, false, max, l, err, errlen);
}

void
corpus_row_get(const struct corpus_list *l, size_t i, struct corpus_row *row)
{
	int k = (int)i;
	memset(row, 0, sizeof(*row));
	row->number = PQgetvalue(l->r, k, 0);
	row->letter = PQgetvalue(l->r, k, 1);
	row->sealed = PQgetvalue(l->r, k, 2)[0] == 't';
	if (l->reviewed) {
		row->category = PQgetvalue(l->r, k, 3);
		row->department = PQgetvalue(l->r, k, 4);	/* NULL reads "" */
		row->confidential = PQgetvalue(l->r, k, 5)[0] == 't';
	}
}

void
corpus_list_deinit(struct corpus_list *l)
{
	PQclear(l->r);
	memset(l, 0, sizeof(*l));
}

enum mb_status
corpus_plain_raw(struct corpus_conn *cc, const char *letter_id, unsigned char **raw_r,
		 size_t *len_r, char *err, size_t errlen)
{
	const char *params[1] = {letter_id};
	*raw_r = NULL;
	*len_r = 0;
	err[0] = '\0';
	/* binary results: bytea as its bytes */
	PGresult *r = PQexecParams(cc->db, "SELECT raw FROM letters WHERE id = $1", 1, NULL,
				   params, NULL, NULL, 1);
	if (PQresultStatus(r) != PGRES_TUPLES_OK)
		return corpus_fail(cc, r, err, errlen);
	enum mb_status st = MB_NO_INPUT;
	if (PQntuples(r) != 1) {
		snprintf(err, errlen, "not visible");
	} else if (PQgetisnull(r, 0, 0)) {
		snprintf(err, errlen, "no raw message stored");
	} else {
		size_t n = (size_t)PQgetlength(r, 0, 0);
		*raw_r = xmalloc(n ? n : 1);
		memcpy(*raw_r, PQgetvalue(r, 0, 0), n);
		*len_r = n;
		st = MB_OK;
	}
	PQclear(r);
	return st;
}
