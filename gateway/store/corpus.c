/*
 * corpus.c - the measured letters from the database (corpus.h).
 */
#include "corpus.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <sodium.h>

#include "db.h"
#include "seal.h"
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

/* Says why a statement failed: MB_DENIED not allowed, MB_USAGE --since is
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
		snprintf(err, errlen, "--since '%s': not a date (YYYY-MM-DD)", cc->since);
		st = MB_USAGE;
	} else {
		snprintf(err, errlen, "database: %s", db_error(cc->db));
		st = MB_CONNECTION;
	}
	PQclear(r);
	return st;
}

enum mb_status
corpus_open(struct corpus_conn *cc, const char *conninfo, const char *key, const char *since,
	    char *err, size_t errlen)
{
	memset(cc, 0, sizeof(*cc));
	cc->key = key;
	cc->since = since;
	err[0] = '\0';
	cc->db = db_connect(conninfo, err, errlen);
	if (cc->db == NULL)
		return MB_CONNECTION;
	if (!db_exec_ok(cc->db, "SET search_path = office, public"))
		return corpus_fail(cc, NULL, err, errlen);
	if (!key) {
		if (!db_exec_ok(cc->db, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"))
			return corpus_fail(cc, NULL, err, errlen);
		return MB_OK;
	}
	struct seal_key pk;
	char why[600];
	if (seal_public_of_secret(key, &pk, cc->kid, why, sizeof(why)) != 0) {
		snprintf(err, errlen, "--key %s", why);
		return MB_CONFIG;
	}
	if (!db_exec_ok(cc->db, "BEGIN ISOLATION LEVEL REPEATABLE READ"))
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

static void
reveal_cache_deinit(struct corpus_reveal_cache *c)
{
	PQclear(c->r);
	c->r = NULL;
	c->number[0] = '\0';
}

void
corpus_close(struct corpus_conn *cc)
{
	reveal_cache_deinit(&cc->cache);
	if (cc->db) {
		/* a stop after some case was opened keeps the record of it */
		if (cc->cache.revealed > 0 && PQtransactionStatus(cc->db) == PQTRANS_INTRANS)
			(void)db_commit(cc->db);
		if (PQtransactionStatus(cc->db) != PQTRANS_IDLE)
			(void)db_exec_ok(cc->db, "ROLLBACK");
		PQfinish(cc->db);
		cc->db = NULL;
	}
}

size_t
corpus_revealed(const struct corpus_conn *cc)
{
	return cc->cache.revealed;
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

static long long
bin_int8(const PGresult *r, int row, int col)
{
	const unsigned char *p = (const unsigned char *)PQgetvalue(r, row, col);
	unsigned long long v = 0;
	if (PQgetlength(r, row, col) != 8)
		return 0;
	for (int i = 0; i < 8; i++)
		v = (v << 8) | p[i];
	return (long long)v;
}

/* letters.raw of a letter that is not sealed */
static enum corpus_fetch
fetch_plain(struct corpus_conn *cc, const char *id, unsigned char **raw_r, size_t *len_r,
	    enum mb_status *st_r, char *err, size_t errlen)
{
	const char *params[1] = {id};
	/* binary results: bytea as its bytes */
	PGresult *r = PQexecParams(cc->db, "SELECT raw FROM letters WHERE id = $1", 1, NULL,
				   params, NULL, NULL, 1);
	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		*st_r = corpus_fail(cc, r, err, errlen);
		return CORPUS_FETCH_DB;
	}
	enum corpus_fetch st = CORPUS_FETCH_UNREADABLE;
	if (PQntuples(r) != 1) {
		snprintf(err, errlen, "not visible");
	} else if (PQgetisnull(r, 0, 0)) {
		snprintf(err, errlen, "no raw message stored");
	} else {
		size_t n = (size_t)PQgetlength(r, 0, 0);
		*raw_r = xmalloc(n ? n : 1);
		memcpy(*raw_r, PQgetvalue(r, 0, 0), n);
		*len_r = n;
		st = CORPUS_FETCH_OK;
	}
	PQclear(r);
	return st;
}

/* The "raw" of an opened box: base64 in the vault's JSON */
static enum corpus_fetch
box_raw(unsigned char *plain, size_t plen, unsigned char **raw_r, size_t *len_r,
	bool *secret_r, char *err, size_t errlen)
{
	enum corpus_fetch st = CORPUS_FETCH_UNREADABLE;
	json_t *o = json_loadb((const char *)plain, plen, 0, NULL);
	sodium_memzero(plain, plen);
	free(plain);
	json_t *b = json_object_get(o, "raw");
	const char *s = json_string_value(b);
	size_t sl = s ? json_string_length(b) : 0, bin_len = 0;
	if (s == NULL) {
		snprintf(err, errlen, "sealed data is not mayorbox's (no raw message)");
	} else {
		unsigned char *buf = xmalloc(sl + 1);
		if (sodium_base642bin(buf, sl + 1, s, sl, "\r\n", &bin_len, NULL,
				      sodium_base64_VARIANT_ORIGINAL) != 0) {
			free(buf);
			snprintf(err, errlen, "sealed raw message damaged");
		} else {
			*raw_r = buf;
			*len_r = bin_len;
			*secret_r = true;
			st = CORPUS_FETCH_OK;
		}
		sodium_memzero((void *)s, sl);	/* our copy, dropped below */
	}
	json_decref(o);
	return st;
}

enum corpus_fetch
corpus_fetch_raw(struct corpus_conn *cc, const struct corpus_row *row, unsigned char **raw_r,
		 size_t *len_r, bool *secret_r, enum mb_status *st_r, char *err, size_t errlen)
{
	struct corpus_reveal_cache *cache = &cc->cache;
	*raw_r = NULL;
	*len_r = 0;
	*secret_r = false;
	*st_r = MB_OK;
	if (!row->sealed)
		return fetch_plain(cc, row->letter, raw_r, len_r, st_r, err, errlen);
	if (cc->key == NULL)
		return CORPUS_FETCH_SEALED;
	if (strcmp(cache->number, row->number) != 0) {
		reveal_cache_deinit(cache);
		const char *params[2] = {row->number, cc->kid};
		PGresult *r = PQexecParams(cc->db, "SELECT what, id, sealed FROM reveal_case($1, $2)",
					   2, NULL, params, NULL, NULL, 1);
		if (PQresultStatus(r) != PGRES_TUPLES_OK) {
			*st_r = corpus_fail(cc, r, err, errlen);
			return CORPUS_FETCH_DB;
		}
		snprintf(cache->number, sizeof(cache->number), "%s", row->number);
		cache->r = r;
		if (PQntuples(r) > 0)
			cache->revealed++;
	}
	long long lid = strtoll(row->letter, NULL, 10);
	int k = -1;
	for (int i = 0; i < PQntuples(cache->r) && k < 0; i++)
		if (strcmp(PQgetvalue(cache->r, i, 0), "letter") == 0
		    && bin_int8(cache->r, i, 1) == lid && !PQgetisnull(cache->r, i, 2))
			k = i;
	if (k < 0) {
		snprintf(err, errlen, "%s: this key opens nothing of it", cc->key);
		return CORPUS_FETCH_BAD_KEY;
	}
	size_t plen;
	unsigned char *plain = seal_open(cc->key, (const unsigned char *)PQgetvalue(cache->r, k, 2),
					 (size_t)PQgetlength(cache->r, k, 2), &plen, err, errlen);
	if (plain == NULL)
		return CORPUS_FETCH_BAD_KEY;
	return box_raw(plain, plen, raw_r, len_r, secret_r, err, errlen);
}

void
corpus_raw_free(unsigned char *raw, size_t len, bool secret)
{
	if (raw && secret)
		sodium_memzero(raw, len);
	free(raw);
}
