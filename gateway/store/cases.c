/*
 * cases.c - the case file's SQL (see cases.h). Reads return structs whose
 * strings are borrowed from the PGresult they keep; changes are one call
 * of a SECURITY DEFINER function of schema 006 each, which writes the case
 * event itself.
 */
#include "cases.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "xalloc.h"

/* PostgreSQL's type oids of the parameters we send. */
#define OID_BOOL 16
#define OID_BYTEA 17
#define OID_TEXT 25

/* ------------------------------------------------------------------------
 * Values of a result.
 */

/* A value, or NULL for SQL NULL; borrowed from r. */
static const char *
val(const PGresult *r, int row, int col)
{
	return PQgetisnull(r, row, col) ? NULL : PQgetvalue(r, row, col);
}

static bool
val_true(const PGresult *r, int row, int col)
{
	const char *v = val(r, row, col);
	return v && v[0] == 't';
}

static long long
val_ll(const PGresult *r, int row, int col)
{
	const char *v = val(r, row, col);
	return v ? strtoll(v, NULL, 10) : 0;
}

/* An epoch column, or CASES_DB_NO_TIME. */
static double
val_time(const PGresult *r, int row, int col)
{
	const char *v = val(r, row, col);
	return v ? strtod(v, NULL) : CASES_DB_NO_TIME;
}

/* A bigint of a binary result. */
static long long
bin_int8(const PGresult *r, int row, int col)
{
	const unsigned char *p = (const unsigned char *)PQgetvalue(r, row, col);
	uint64_t v = 0;
	if (PQgetisnull(r, row, col) || PQgetlength(r, row, col) != 8)
		return 0;
	for (int i = 0; i < 8; i++)
		v = (v << 8) | p[i];
	return (long long)v;
}

/* A text value of a binary result (text is its bytes; libpq ends each
 * value with a NUL), or NULL. */
static const char *
bin_text(const PGresult *r, int row, int col)
{
	return PQgetisnull(r, row, col) ? NULL : PQgetvalue(r, row, col);
}

static bool
bin_bool(const PGresult *r, int row, int col)
{
	return !PQgetisnull(r, row, col) && PQgetlength(r, row, col) == 1
	    && PQgetvalue(r, row, col)[0] != 0;
}

/* A bytea value of a binary result, or NULL with *n_r 0. */
static const unsigned char *
bin_bytes(const PGresult *r, int row, int col, size_t *n_r)
{
	if (PQgetisnull(r, row, col)) {
		*n_r = 0;
		return NULL;
	}
	*n_r = (size_t)PQgetlength(r, row, col);
	return (const unsigned char *)PQgetvalue(r, row, col);
}

/* PQexecParams with text parameters and text (binary: true) results. */
static PGresult *
q(PGconn *db, const char *sql, int n, const char *const *params, bool binary)
{
	return PQexecParams(db, sql, n, NULL, params, NULL, NULL, binary ? 1 : 0);
}

static bool
rows_ok(const PGresult *r)
{
	return PQresultStatus(r) == PGRES_TUPLES_OK;
}

void
cases_db_rows_free_(PGresult **res, void **v, size_t *n)
{
	PQclear(*res);
	*res = NULL;
	free(*v);
	*v = NULL;
	*n = 0;
}

/* Runs sql with params; MB_OK with the rows in *r_r and a zeroed array of
 * their count of elements of size elem in *v_r (the caller fills it). */
static enum mb_status
rows(PGconn *db, const char *sql, int n, const char *const *params, bool binary, size_t elem,
     PGresult **r_r, void **v_r, size_t *n_r, char *err, size_t errlen)
{
	PGresult *r = q(db, sql, n, params, binary);
	*r_r = NULL;
	*v_r = NULL;
	*n_r = 0;
	if (!rows_ok(r))
		return cases_db_fail(db, r, err, errlen);
	*r_r = r;
	*n_r = (size_t)PQntuples(r);
	*v_r = xcalloc(*n_r + 1, elem);
	err[0] = '\0';
	return MB_OK;
}

#define ROWS(db_, sql_, np_, params_, binary_, out_, err_, errlen_)                            \
	rows(db_, sql_, np_, params_, binary_, sizeof(*(out_)->v), &(out_)->res,               \
	     (void **)&(out_)->v, &(out_)->n, err_, errlen_)

/* ------------------------------------------------------------------------
 * The connection and its errors.
 */

enum mb_status
cases_db_fail(PGconn *db, PGresult *r, char *err, size_t errlen)
{
	const char *m = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	const char *st = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	enum mb_status code = MB_CONNECTION;
	if (PQstatus(db) == CONNECTION_OK && st) {
		if (strcmp(st, "42501") == 0)
			code = MB_DENIED;
		else if (strncmp(st, "22", 2) == 0 || strncmp(st, "23", 2) == 0)
			code = CASES_DB_REFUSED;
	}
	snprintf(err, errlen, "database: %s%s", m ? m : db_error(db),
		 code == MB_DENIED ? " (your login needs the mayorbox_clerk or "
				     "mayorbox_supervisor role)" : "");
	PQclear(r);
	return code;
}

/* A failed call of a case function: P0002 is "no such case" (word for
 * word as for a number that does not exist), 22023 the server's reason;
 * with sub (confirm, release: supervisors only), 42501 says who may. */
static enum mb_status
fn_fail(PGconn *db, PGresult *r, const char *number, const char *sub, char *err,
	size_t errlen)
{
	const char *st = r && PQstatus(db) == CONNECTION_OK
		? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	if (st && strcmp(st, "P0002") == 0) {
		PQclear(r);
		snprintf(err, errlen, "%s: no such case", number);
		return MB_NO_INPUT;
	}
	if (st && strcmp(st, "22023") == 0) {
		const char *m = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
		snprintf(err, errlen, "%s: %s", number, m ? m : "refused");
		PQclear(r);
		return CASES_DB_REFUSED;
	}
	if (sub && st && strcmp(st, "42501") == 0) {
		snprintf(err, errlen, "%s: permission denied: only a supervisor "
			 "(mayorbox_supervisor) may %s a case", number, sub);
		PQclear(r);
		return MB_DENIED;
	}
	return cases_db_fail(db, r, err, errlen);
}

enum mb_status
cases_db_connect(const char *conninfo, PGconn **db_r, char *err, size_t errlen)
{
	*db_r = NULL;
	PGconn *db = db_connect(conninfo, err, errlen);
	if (db == NULL)
		return MB_CONNECTION;
	if (!db_exec_ok(db, "SET search_path = office, public")) {
		snprintf(err, errlen, "database: %s", db_error(db));
		PQfinish(db);
		return MB_CONNECTION;
	}
	*db_r = db;
	err[0] = '\0';
	return MB_OK;
}

enum mb_status
cases_db_begin(PGconn *db, bool repeatable, char *err, size_t errlen)
{
	if (!db_exec_ok(db, repeatable ? "BEGIN ISOLATION LEVEL REPEATABLE READ" : "BEGIN")) {
		snprintf(err, errlen, "database: %s", db_error(db));
		return MB_CONNECTION;
	}
	err[0] = '\0';
	return MB_OK;
}

enum mb_status
cases_db_end(PGconn *db, enum mb_status st, char *err, size_t errlen)
{
	if (st == MB_OK && !db_commit(db)) {
		snprintf(err, errlen, "database: the change did not commit: %s", db_error(db));
		return MB_CONNECTION;
	}
	if (st != MB_OK)
		PQclear(PQexec(db, "ROLLBACK"));
	return st;
}

enum mb_status
cases_db_reads_office(PGconn *db, bool *office_r, char *err, size_t errlen)
{
	PGresult *r = q(db, "SELECT coalesce((SELECT has_schema_privilege(n.oid, 'USAGE') "
			    "FROM pg_namespace n WHERE n.nspname = 'office'), false)", 0, NULL, false);
	*office_r = false;
	if (!rows_ok(r) || PQntuples(r) != 1)
		return cases_db_fail(db, r, err, errlen);
	*office_r = val_true(r, 0, 0);
	PQclear(r);
	err[0] = '\0';
	return MB_OK;
}

/* ------------------------------------------------------------------------
 * The case.
 */

enum mb_status
cases_db_case(PGconn *db, const char *number, struct case_head *c, char *err, size_t errlen)
{
	const char *params[1] = {number};
	PGresult *r = q(db, "SELECT id, number, category, department, priority, status, "
			    "confidential, needs_review, automatic, extract(epoch FROM created_at), "
			    "extract(epoch FROM updated_at), extract(epoch FROM closed_at), "
			    "scores::text, answer, (SELECT count(*) FROM letters l "
			    "WHERE l.case_id = cases.id AND l.confidential) "
			    "FROM cases WHERE number = $1", 1, params, false);
	memset(c, 0, sizeof(*c));
	if (!rows_ok(r))
		return cases_db_fail(db, r, err, errlen);
	if (PQntuples(r) != 1) {
		PQclear(r);
		snprintf(err, errlen, "%s: no such case", number);
		return MB_NO_INPUT;
	}
	c->res = r;
	c->id_text = PQgetvalue(r, 0, 0);
	c->id = strtoll(c->id_text, NULL, 10);
	c->number = PQgetvalue(r, 0, 1);
	c->category = PQgetvalue(r, 0, 2);
	c->department = val(r, 0, 3);
	c->priority = PQgetvalue(r, 0, 4);
	c->status = PQgetvalue(r, 0, 5);
	c->confidential = val_true(r, 0, 6);
	c->needs_review = val_true(r, 0, 7);
	c->automatic = val_true(r, 0, 8);
	c->received = val_time(r, 0, 9);
	c->updated = val_time(r, 0, 10);
	c->closed = val_time(r, 0, 11);
	c->scores = PQgetvalue(r, 0, 12);
	c->answer = val(r, 0, 13);
	c->sealed_letters = (long)val_ll(r, 0, 14);
	err[0] = '\0';
	return MB_OK;
}

void
cases_db_case_free(struct case_head *c)
{
	PQclear(c->res);
	memset(c, 0, sizeof(*c));
}

enum mb_status
cases_db_case_marks(PGconn *db, const char *number, bool *answer_sealed_r, bool *review_r,
		    char *err, size_t errlen)
{
	const char *params[1] = {number};
	PGresult *r = q(db, "SELECT answer_is_sealed, confidential_review FROM cases "
			    "WHERE number = $1", 1, params, false);
	*answer_sealed_r = *review_r = false;
	if (!rows_ok(r))
		return cases_db_fail(db, r, err, errlen);
	*answer_sealed_r = PQntuples(r) == 1 && val_true(r, 0, 0);
	*review_r = PQntuples(r) == 1 && val_true(r, 0, 1);
	PQclear(r);
	err[0] = '\0';
	return MB_OK;
}

/* ------------------------------------------------------------------------
 * The list.
 */

enum mb_status
cases_db_list(PGconn *db, const struct cases_filter *f, bool office, struct case_summaries *out,
	      char *err, size_t errlen)
{
	/* the review mark is a column of the supervisors' office.cases only; a
	 * clerk's public.cases holds no confidential case, so none is marked */
	char sql[1600], since[64] = "", limit[32];
	snprintf(sql, sizeof(sql),
		"SELECT c.number, extract(epoch FROM c.created_at), c.category, c.department, "
		"c.priority, c.status, c.needs_review, c.confidential, l.subject, l.district, "
		"l.language, (SELECT count(*) FROM letters x WHERE x.case_id = c.id), %s "
		"FROM cases c LEFT JOIN LATERAL (SELECT subject, district, language FROM letters "
		"WHERE letters.case_id = c.id ORDER BY (id > 0) DESC, abs(id) LIMIT 1) l ON true "
		"WHERE ($1::text IS NULL OR c.category = $1) "
		"AND ($2::text IS NULL OR c.status = $2 OR ($2 = 'open' AND c.status <> 'closed')) "
		"AND ($3::text IS NULL OR lower(c.department) = lower($3)) "
		"AND ($4::double precision IS NULL OR c.created_at >= to_timestamp($4::double precision)) "
		"AND (NOT $5::boolean OR c.needs_review) "
		"AND (NOT $7::boolean OR %s) "
		"ORDER BY c.created_at DESC, c.id DESC LIMIT $6::bigint",
		office ? "c.confidential_review" : "false",
		office ? "(c.confidential AND c.confidential_review)" : "false");
	if (f->since != CASES_DB_NO_TIME)
		snprintf(since, sizeof(since), "%.6f", f->since);
	snprintf(limit, sizeof(limit), "%ld", f->limit);
	const char *params[7] = {f->category, f->status, f->department, since[0] ? since : NULL,
				 f->needs_review ? "true" : "false", f->limit > 0 ? limit : NULL,
				 f->confidential_review ? "true" : "false"};
	enum mb_status st = ROWS(db, sql, 7, params, false, out, err, errlen);
	for (size_t i = 0; st == MB_OK && i < out->n; i++) {
		const PGresult *r = out->res;
		int k = (int)i;
		struct case_summary *s = &out->v[i];
		s->number = PQgetvalue(r, k, 0);
		s->received = val_time(r, k, 1);
		s->category = PQgetvalue(r, k, 2);
		s->department = val(r, k, 3);
		s->priority = PQgetvalue(r, k, 4);
		s->status = PQgetvalue(r, k, 5);
		s->needs_review = val_true(r, k, 6);
		s->confidential = val_true(r, k, 7);
		s->subject = val(r, k, 8);
		s->district = val(r, k, 9);
		s->language = val(r, k, 10);
		s->letters = (long)val_ll(r, k, 11);
		s->confidential_review = val_true(r, k, 12);
	}
	return st;
}

void
cases_db_summaries_free(struct case_summaries *l)
{
	cases_db_rows_free(l);
}

/* ------------------------------------------------------------------------
 * What a case holds.
 */

enum mb_status
cases_db_letters(PGconn *db, long long case_id, struct case_letters *out, char *err,
		 size_t errlen)
{
	char id[32];
	snprintf(id, sizeof(id), "%lld", case_id);
	const char *p[1] = {id};
	enum mb_status st = ROWS(db,
		"SELECT id, extract(epoch FROM received_at), extract(epoch FROM written_at), "
		"source, source_name, language, confidential, anonymous, district, message_id, "
		"from_name, from_address, phone, subject, body, raw IS NOT NULL, "
		"array_to_json(warnings)::text FROM letters WHERE case_id = $1 "
		"ORDER BY (id > 0) DESC, abs(id)", 1, p, false, out, err, errlen);
	for (size_t i = 0; st == MB_OK && i < out->n; i++) {
		const PGresult *r = out->res;
		int k = (int)i;
		struct case_letter *l = &out->v[i];
		l->id_text = PQgetvalue(r, k, 0);
		l->id = strtoll(l->id_text, NULL, 10);
		l->received = val_time(r, k, 1);
		l->written = val_time(r, k, 2);
		l->source = PQgetvalue(r, k, 3);
		l->source_name = PQgetvalue(r, k, 4);
		l->language = val(r, k, 5);
		l->confidential = val_true(r, k, 6);
		l->anonymous = val_true(r, k, 7);
		l->district = val(r, k, 8);
		l->message_id = val(r, k, 9);
		l->from_name = val(r, k, 10);
		l->from_address = val(r, k, 11);
		l->phone = val(r, k, 12);
		l->subject = val(r, k, 13);
		l->body = val(r, k, 14);
		l->has_raw = val_true(r, k, 15);
		l->warnings = PQgetvalue(r, k, 16);
	}
	return st;
}

enum mb_status
cases_db_attachments(PGconn *db, long long case_id, struct case_attachments *out, char *err,
		     size_t errlen)
{
	char id[32];
	snprintf(id, sizeof(id), "%lld", case_id);
	const char *p[1] = {id};
	enum mb_status st = ROWS(db, "SELECT letter_id, position, filename, content_type, size "
				     "FROM attachments WHERE case_id = $1 "
				     "ORDER BY letter_id, position", 1, p, false, out, err, errlen);
	for (size_t i = 0; st == MB_OK && i < out->n; i++) {
		const PGresult *r = out->res;
		int k = (int)i;
		out->v[i].letter_id = val_ll(r, k, 0);
		out->v[i].position = (long)val_ll(r, k, 1);
		out->v[i].filename = val(r, k, 2);
		out->v[i].content_type = PQgetvalue(r, k, 3);
		out->v[i].size = val_ll(r, k, 4);
	}
	return st;
}

enum mb_status
cases_db_hits(PGconn *db, long long case_id, struct case_hits *out, char *err, size_t errlen)
{
	char id[32];
	snprintf(id, sizeof(id), "%lld", case_id);
	const char *p[1] = {id};
	enum mb_status st = ROWS(db, "SELECT letter_id, rule, field, weight, category "
				     "FROM rule_hits WHERE case_id = $1 ORDER BY abs(id)", 1, p,
				 false, out, err, errlen);
	for (size_t i = 0; st == MB_OK && i < out->n; i++) {
		const PGresult *r = out->res;
		int k = (int)i;
		out->v[i].letter_id = val_ll(r, k, 0);
		out->v[i].rule = PQgetvalue(r, k, 1);
		out->v[i].field = PQgetvalue(r, k, 2);
		out->v[i].weight = (long)val_ll(r, k, 3);
		out->v[i].category = val(r, k, 4);
	}
	return st;
}

enum mb_status
cases_db_events(PGconn *db, long long case_id, struct case_events *out, char *err,
		size_t errlen)
{
	char id[32];
	snprintf(id, sizeof(id), "%lld", case_id);
	const char *p[1] = {id};
	enum mb_status st = ROWS(db, "SELECT extract(epoch FROM at), who, what, detail::text "
				     "FROM case_events WHERE case_id = $1 ORDER BY at, abs(id)",
				 1, p, false, out, err, errlen);
	for (size_t i = 0; st == MB_OK && i < out->n; i++) {
		const PGresult *r = out->res;
		int k = (int)i;
		out->v[i].at = val_time(r, k, 0);
		out->v[i].who = PQgetvalue(r, k, 1);
		out->v[i].what = PQgetvalue(r, k, 2);
		out->v[i].detail = PQgetvalue(r, k, 3);
	}
	return st;
}

enum mb_status
cases_db_mails(PGconn *db, long long case_id, struct case_mails *out, char *err, size_t errlen)
{
	char id[32];
	snprintf(id, sizeof(id), "%lld", case_id);
	const char *p[1] = {id};
	enum mb_status st = ROWS(db, "SELECT kind, status, attempts, extract(epoch FROM sent_at), "
				     "extract(epoch FROM created_at), created_by, last_error "
				     "FROM outbox WHERE case_id = $1 ORDER BY abs(id)", 1, p, false,
				 out, err, errlen);
	for (size_t i = 0; st == MB_OK && i < out->n; i++) {
		const PGresult *r = out->res;
		int k = (int)i;
		out->v[i].kind = PQgetvalue(r, k, 0);
		out->v[i].status = PQgetvalue(r, k, 1);
		out->v[i].attempts = (long)val_ll(r, k, 2);
		out->v[i].sent_at = val_time(r, k, 3);
		out->v[i].created_at = val_time(r, k, 4);
		out->v[i].created_by = PQgetvalue(r, k, 5);
		out->v[i].last_error = val(r, k, 6);
	}
	return st;
}

enum mb_status
cases_db_reports(PGconn *db, long long case_id, struct case_reports *out, char *err,
		 size_t errlen)
{
	char id[32];
	snprintf(id, sizeof(id), "%lld", case_id);
	const char *p[1] = {id};
	enum mb_status st = ROWS(db, "SELECT kind, action, status, extract(epoch FROM received_at) "
				     "FROM case_reports WHERE case_id = $1 ORDER BY abs(id)", 1, p,
				 false, out, err, errlen);
	for (size_t i = 0; st == MB_OK && i < out->n; i++) {
		const PGresult *r = out->res;
		int k = (int)i;
		out->v[i].kind = PQgetvalue(r, k, 0);
		out->v[i].action = val(r, k, 1);
		out->v[i].status = val(r, k, 2);
		out->v[i].received = val_time(r, k, 3);
	}
	return st;
}

void
cases_db_bytes_free(struct cases_bytes *b)
{
	PQclear(b->res);
	memset(b, 0, sizeof(*b));
}

enum mb_status
cases_db_letter_raw(PGconn *db, long long letter_id, struct cases_bytes *out, char *err,
		    size_t errlen)
{
	char id[32];
	snprintf(id, sizeof(id), "%lld", letter_id);
	const char *p[1] = {id};
	PGresult *r = q(db, "SELECT raw FROM letters WHERE id = $1", 1, p, true);
	memset(out, 0, sizeof(*out));
	if (!rows_ok(r))
		return cases_db_fail(db, r, err, errlen);
	out->res = r;
	if (PQntuples(r) == 1)
		out->p = bin_bytes(r, 0, 0, &out->n);
	err[0] = '\0';
	return MB_OK;
}

/* ------------------------------------------------------------------------
 * reveal_case().
 */

enum mb_status
cases_db_reveal(PGconn *db, const char *number, const char *key_id, struct case_boxes *out,
		char *err, size_t errlen)
{
	const char *p[2] = {number, key_id};
	PGresult *r = q(db, "SELECT what, id, sealed FROM reveal_case($1, $2)", 2, p, true);
	memset(out, 0, sizeof(*out));
	if (!rows_ok(r))
		return fn_fail(db, r, number, NULL, err, errlen);
	out->res = r;
	out->n = (size_t)PQntuples(r);
	out->v = xcalloc(out->n + 1, sizeof(*out->v));
	for (size_t i = 0; i < out->n; i++) {
		int k = (int)i;
		out->v[i].what = PQgetvalue(r, k, 0);
		out->v[i].id = bin_int8(r, k, 1);
		out->v[i].box = bin_bytes(r, k, 2, &out->v[i].n);
	}
	err[0] = '\0';
	return MB_OK;
}

/* ------------------------------------------------------------------------
 * The changes.
 */

/* A call of a case function that answers one row; MB_OK with it in *r_r. */
static enum mb_status
call(PGconn *db, const char *sql, int n, const char *const *params, const char *number,
     const char *sub, PGresult **r_r, char *err, size_t errlen)
{
	PGresult *r = q(db, sql, n, params, false);
	*r_r = NULL;
	if (!rows_ok(r) || PQntuples(r) != 1)
		return fn_fail(db, r, number, sub, err, errlen);
	*r_r = r;
	err[0] = '\0';
	return MB_OK;
}

enum mb_status
cases_db_reclassify(PGconn *db, const struct case_head *c, const char *category,
		    const char *note, char *before, size_t beforelen, char *err, size_t errlen)
{
	const char *p[3] = {c->number, category, note};
	PGresult *r;
	enum mb_status st = call(db, "SELECT case_reclassify($1, $2, $3)", 3, p, c->number, NULL,
				 &r, err, errlen);
	if (st != MB_OK)
		return st;
	snprintf(before, beforelen, "%s", PQgetisnull(r, 0, 0) ? c->category : PQgetvalue(r, 0, 0));
	PQclear(r);
	return MB_OK;
}

enum mb_status
cases_db_departments(PGconn *db, struct cases_names *out, char *err, size_t errlen)
{
	enum mb_status st = ROWS(db, "SELECT DISTINCT department FROM cases "
				     "WHERE department IS NOT NULL ORDER BY 1", 0, NULL, false, out,
				 err, errlen);
	for (size_t i = 0; st == MB_OK && i < out->n; i++)
		out->v[i] = PQgetvalue(out->res, (int)i, 0);
	return st;
}

enum mb_status
cases_db_assign(PGconn *db, const char *number, const char *department, char *err,
		size_t errlen)
{
	const char *p[2] = {number, department};
	PGresult *r;
	enum mb_status st = call(db, "SELECT case_assign($1, $2)", 2, p, number, NULL, &r, err,
				 errlen);
	PQclear(r);
	return st;
}

enum mb_status
cases_db_writer(PGconn *db, long long case_id, struct case_writer *out, char *err,
		size_t errlen)
{
	char id[32];
	snprintf(id, sizeof(id), "%lld", case_id);
	const char *p[1] = {id};
	PGresult *r = q(db, "SELECT from_name, from_address, anonymous FROM letters "
			    "WHERE case_id = $1 ORDER BY (id > 0) DESC, abs(id) LIMIT 1", 1, p, false);
	memset(out, 0, sizeof(*out));
	if (!rows_ok(r))
		return cases_db_fail(db, r, err, errlen);
	out->res = r;
	out->found = PQntuples(r) == 1;
	if (out->found) {
		out->name = val(r, 0, 0);
		out->address = val(r, 0, 1);
		out->anonymous = val_true(r, 0, 2);
	}
	err[0] = '\0';
	return MB_OK;
}

void
cases_db_writer_free(struct case_writer *w)
{
	PQclear(w->res);
	memset(w, 0, sizeof(*w));
}

enum mb_status
cases_db_close(PGconn *db, const char *number, const struct cases_db_close *a, char *result,
	       size_t resultlen, char *err, size_t errlen)
{
	static const Oid types[6] = {OID_TEXT, OID_TEXT, OID_BYTEA, OID_BOOL, OID_BYTEA, OID_TEXT};
	static const int formats[6] = {0, 0, 1, 0, 1, 0};
	const char *p[6] = {number, a->answer, (const char *)a->answer_box,
			    a->mail ? "true" : "false", (const char *)a->body_box,
			    a->body_box ? a->body_kid : NULL};
	const int lens[6] = {0, 0, (int)a->answer_box_n, 0, (int)a->body_box_n, 0};
	PGresult *r = PQexecParams(db, "SELECT case_close($1, $2, $3, $4, $5, $6)", 6, types, p,
				   lens, formats, 0);
	result[0] = '\0';
	if (!rows_ok(r) || PQntuples(r) != 1)
		return fn_fail(db, r, number, NULL, err, errlen);
	snprintf(result, resultlen, "%s", PQgetisnull(r, 0, 0) ? "" : PQgetvalue(r, 0, 0));
	PQclear(r);
	err[0] = '\0';
	return MB_OK;
}

void
cases_db_pending_answer(PGconn *db, const char *number, char *id, size_t idlen)
{
	const char *p[1] = {number};
	PGresult *r = q(db, "SELECT id FROM outbox WHERE case_number = $1 AND kind = 'answer' "
			    "AND status = 'pending' ORDER BY created_at DESC, abs(id) DESC LIMIT 1",
			1, p, false);
	id[0] = '\0';
	if (rows_ok(r) && PQntuples(r) == 1)
		snprintf(id, idlen, "%s", PQgetvalue(r, 0, 0));
	PQclear(r);
}

enum mb_status
cases_db_reopen(PGconn *db, const char *number, long *cancelled_r, char *err, size_t errlen)
{
	const char *p[1] = {number};
	PGresult *r;
	*cancelled_r = 0;
	enum mb_status st = call(db, "SELECT case_reopen($1)", 1, p, number, NULL, &r, err, errlen);
	if (st == MB_OK)
		*cancelled_r = (long)val_ll(r, 0, 0);
	PQclear(r);
	return st;
}

enum mb_status
cases_db_plain_letters(PGconn *db, long long case_id, struct case_plain_letters *out,
		       char *err, size_t errlen)
{
	char id[32];
	snprintf(id, sizeof(id), "%lld", case_id);
	const char *p[1] = {id};
	/* every public letter, every plain column (a supervisor's view also
	 * holds the case's confidential follow-ups: sealed already); binary
	 * results, so the raw message comes as its bytes */
	enum mb_status st = ROWS(db,
		"SELECT id, message_id, from_name, from_address, phone, subject, body, raw, "
		"district, in_reply_to, array_to_json(refs)::text, (parsed->'to')::text, "
		"(parsed->'reply_to')::text, anonymous FROM letters "
		"WHERE case_id = $1 AND NOT confidential ORDER BY id", 1, p, true, out, err, errlen);
	for (size_t i = 0; st == MB_OK && i < out->n; i++) {
		const PGresult *r = out->res;
		int k = (int)i;
		struct case_plain_letter *l = &out->v[i];
		l->id = bin_int8(r, k, 0);
		l->message_id = bin_text(r, k, 1);
		l->from_name = bin_text(r, k, 2);
		l->from_address = bin_text(r, k, 3);
		l->phone = bin_text(r, k, 4);
		l->subject = bin_text(r, k, 5);
		l->body = bin_text(r, k, 6);
		l->raw = bin_bytes(r, k, 7, &l->raw_n);
		l->district = bin_text(r, k, 8);
		l->in_reply_to = bin_text(r, k, 9);
		l->refs = bin_text(r, k, 10);
		l->to = bin_text(r, k, 11);
		l->reply_to = bin_text(r, k, 12);
		l->anonymous = bin_bool(r, k, 13);
	}
	return st;
}

enum mb_status
cases_db_plain_attachments(PGconn *db, long long case_id, struct case_plain_attachments *out,
			   char *err, size_t errlen)
{
	char id[32];
	snprintf(id, sizeof(id), "%lld", case_id);
	const char *p[1] = {id};
	enum mb_status st = ROWS(db, "SELECT letter_id, filename, content_type, data "
				     "FROM attachments WHERE case_id = $1 "
				     "ORDER BY letter_id, position", 1, p, true, out, err, errlen);
	for (size_t i = 0; st == MB_OK && i < out->n; i++) {
		const PGresult *r = out->res;
		int k = (int)i;
		out->v[i].letter_id = bin_int8(r, k, 0);
		out->v[i].filename = bin_text(r, k, 1);
		out->v[i].content_type = bin_text(r, k, 2);
		out->v[i].data = bin_bytes(r, k, 3, &out->v[i].data_n);
	}
	return st;
}

enum mb_status
cases_db_seal(PGconn *db, const char *number, const char *boxes, char *err, size_t errlen)
{
	const char *p[2] = {number, boxes};
	PGresult *r;
	enum mb_status st = call(db, "SELECT case_seal($1, $2::jsonb)", 2, p, number, NULL, &r, err,
				 errlen);
	PQclear(r);
	return st;
}

enum mb_status
cases_db_confirm(PGconn *db, const char *number, const char *note, char *err, size_t errlen)
{
	const char *p[2] = {number, note};
	PGresult *r = q(db, "SELECT case_confirm($1, $2)", 2, p, false);
	if (!rows_ok(r))
		return fn_fail(db, r, number, "confirm", err, errlen);
	PQclear(r);
	err[0] = '\0';
	return MB_OK;
}

enum mb_status
cases_db_release(PGconn *db, const char *number, const char *opened, const char *note,
		 long moved_r[3], char *err, size_t errlen)
{
	const char *p[3] = {number, opened, note};
	PGresult *r;
	enum mb_status st = call(db, "SELECT released_letters, mail_moved, mail_cancelled "
				     "FROM case_release($1, $2::jsonb, $3)", 3, p, number,
				 "release", &r, err, errlen);
	for (int k = 0; k < 3; k++)
		moved_r[k] = st == MB_OK ? (long)val_ll(r, 0, k) : 0;
	PQclear(r);
	return st;
}

/* ------------------------------------------------------------------------
 * Statistics.
 */

enum mb_status
cases_db_stats(PGconn *db, enum cases_group by, double since, const char *zone,
	       struct case_stats *out, char *err, size_t errlen)
{
	/* the group's SQL: fixed fragments, never user text */
	static const char *const groups[] = {
		[CASES_BY_CATEGORY] = "c.category",
		[CASES_BY_DEPARTMENT] = "c.department",
		[CASES_BY_DAY] = "to_char(c.created_at AT TIME ZONE $2::text, 'YYYY-MM-DD')",
		[CASES_BY_DISTRICT] = "l.district",
	};
	char sql[1400], s[64] = "";
	snprintf(sql, sizeof(sql),
		 "SELECT g, count(*), count(*) FILTER (WHERE status <> 'closed'), "
		 "count(*) FILTER (WHERE status = 'closed'), "
		 "avg(extract(epoch FROM closed_at - created_at)) "
		 "FILTER (WHERE status = 'closed' AND closed_at IS NOT NULL) "
		 "FROM (SELECT %s AS g, c.status, c.created_at, c.closed_at FROM cases c "
		 "LEFT JOIN LATERAL (SELECT district FROM letters WHERE letters.case_id = c.id "
		 "ORDER BY (id > 0) DESC, abs(id) LIMIT 1) l ON true "
		 "WHERE $1::double precision IS NULL "
		 "OR c.created_at >= to_timestamp($1::double precision)) s "
		 "GROUP BY g ORDER BY g NULLS LAST", groups[by]);
	if (since != CASES_DB_NO_TIME)
		snprintf(s, sizeof(s), "%.6f", since);
	const char *p[2] = {s[0] ? s : NULL, zone};
	PGresult *r = q(db, sql, by == CASES_BY_DAY ? 2 : 1, p, false);
	memset(out, 0, sizeof(*out));
	if (!rows_ok(r)) {
		const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
		if (by == CASES_BY_DAY && state && strcmp(state, "22023") == 0) {
			snprintf(err, errlen, "the time zone '%s' is unknown to the database", zone);
			PQclear(r);
			return MB_USAGE;
		}
		return cases_db_fail(db, r, err, errlen);
	}
	out->res = r;
	out->n = (size_t)PQntuples(r);
	out->v = xcalloc(out->n + 1, sizeof(*out->v));
	for (size_t i = 0; i < out->n; i++) {
		int k = (int)i;
		out->v[i].group = val(r, k, 0);
		out->v[i].cases = (long)val_ll(r, k, 1);
		out->v[i].open = (long)val_ll(r, k, 2);
		out->v[i].closed = (long)val_ll(r, k, 3);
		out->v[i].avg_close = val(r, k, 4) ? strtod(val(r, k, 4), NULL) : CASES_DB_NO_TIME;
	}
	err[0] = '\0';
	return MB_OK;
}
