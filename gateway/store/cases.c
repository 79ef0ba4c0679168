/*
 * cases.c - the case file's SQL (see cases.h). Reads return structs whose
 * strings are borrowed from the PGresult they keep; changes are one call
 * of a SECURITY DEFINER function of schema 006 each, which writes the case
 * event itself.
 */
#include "cases.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "hot.h"
#include "xalloc.h"

/* Whether a case (table alias t) is overdue: past its due time and
 * neither answered nor closed (schema 010). */
#define CASES_DB_OVERDUE(t) \
	"(" t ".due_at IS NOT NULL AND " t ".due_at < now() AND " t ".status NOT IN ('answered', 'closed'))"

/* PostgreSQL's type oids of the parameters we send. */
#define OID_BOOL 16
#define OID_BYTEA 17
#define OID_TEXT 25

/* ------------------------------------------------------------------------
 * Values of a result.
 */


static bool
val_true(const PGresult *r, int row, int col)
{
	const char *v = db_value(r, row, col);
	return v && v[0] == 't';
}

static long long
val_ll(const PGresult *r, int row, int col)
{
	const char *v = db_value(r, row, col);
	return v ? strtoll(v, NULL, 10) : 0;
}

/* An epoch column, or CASES_DB_NO_TIME. */
static double
val_time(const PGresult *r, int row, int col)
{
	const char *v = db_value(r, row, col);
	return v ? strtod(v, NULL) : CASES_DB_NO_TIME;
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

/* How a column of a result goes into a field of a struct (the columns of
 * a statement in the order of its table). */
enum col_kind {
	COL_STR,	/* const char *, "" for SQL NULL (a column that is never NULL) */
	COL_TEXT,	/* const char *, NULL for SQL NULL */
	COL_BOOL,	/* bool */
	COL_LL,		/* long long */
	COL_LONG,	/* long */
	COL_TIME,	/* double epoch, CASES_DB_NO_TIME for SQL NULL */
	COL_BIN_TEXT,	/* const char * of a binary result, NULL for SQL NULL */
	COL_BIN_INT8,	/* long long of a binary result */
	COL_BIN_BOOL,	/* bool of a binary result */
	COL_BIN_BYTES,	/* const unsigned char * of a binary result, its size at len */
};
struct col {
	enum col_kind kind;
	size_t off, len;
};
#define COL(kind, type, field) {kind, offsetof(type, field), 0}
#define COL_BYTES(type, field, size) {COL_BIN_BYTES, offsetof(type, field), offsetof(type, size)}

/* Row row of r into the struct at dst, one field per column. */
static void
fill_row(const PGresult *r, int row, void *dst, const struct col *cols, size_t ncols)
{
	char *p = dst;
	for (size_t k = 0; k < ncols; k++) {
		int c = (int)k;
		void *f = p + cols[k].off;
		switch (cols[k].kind) {
		case COL_STR: *(const char **)f = PQgetvalue(r, row, c); break;
		case COL_TEXT: *(const char **)f = db_value(r, row, c); break;
		case COL_BOOL: *(bool *)f = val_true(r, row, c); break;
		case COL_LL: *(long long *)f = val_ll(r, row, c); break;
		case COL_LONG: *(long *)f = (long)val_ll(r, row, c); break;
		case COL_TIME: *(double *)f = val_time(r, row, c); break;
		case COL_BIN_TEXT: *(const char **)f = bin_text(r, row, c); break;
		case COL_BIN_INT8: *(long long *)f = db_bin_int8(r, row, c); break;
		case COL_BIN_BOOL: *(bool *)f = bin_bool(r, row, c); break;
		case COL_BIN_BYTES:
			*(const unsigned char **)f = bin_bytes(r, row, c, (size_t *)(p + cols[k].len));
			break;
		}
	}
}

/* Runs sql with params; MB_OK with the rows in *r_r and as an array of
 * *n_r structs of size elem in *v_r, filled by cols. */
static enum mb_status
fetch(PGconn *db, const char *sql, int n, const char *const *params, bool binary,
      const struct col *cols, size_t ncols, size_t elem, PGresult **r_r, void **v_r,
      size_t *n_r, char *err, size_t errlen)
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
	for (size_t i = 0; i < *n_r; i++)
		fill_row(r, (int)i, (char *)*v_r + i * elem, cols, ncols);
	err[0] = '\0';
	return MB_OK;
}

#define FETCH(db_, sql_, np_, params_, binary_, cols_, out_, err_, errlen_)                   \
	fetch(db_, sql_, np_, params_, binary_, cols_, sizeof(cols_) / sizeof((cols_)[0]),      \
	      sizeof(*(out_)->v), &(out_)->res, (void **)&(out_)->v, &(out_)->n, err_, errlen_)

/* The same for a statement of one parameter, a case's (or letter's) id. */
#define FETCH_ID(db_, sql_, id_, binary_, cols_, out_, err_, errlen_)                         \
	fetch_id(db_, sql_, id_, binary_, cols_, sizeof(cols_) / sizeof((cols_)[0]),            \
		 sizeof(*(out_)->v), &(out_)->res, (void **)&(out_)->v, &(out_)->n, err_, errlen_)

static enum mb_status
fetch_id(PGconn *db, const char *sql, long long id, bool binary, const struct col *cols,
	 size_t ncols, size_t elem, PGresult **r_r, void **v_r, size_t *n_r, char *err,
	 size_t errlen)
{
	char idt[32];
	snprintf(idt, sizeof(idt), "%lld", id);
	const char *p[1] = {idt};
	return fetch(db, sql, 1, p, binary, cols, ncols, elem, r_r, v_r, n_r, err, errlen);
}

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
			code = MB_REFUSED;
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
		return MB_REFUSED;
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
	if (cases_db_adopt(db, err, errlen) != MB_OK) {
		PQfinish(db);
		return MB_CONNECTION;
	}
	*db_r = db;
	err[0] = '\0';
	return MB_OK;
}

enum mb_status
cases_db_adopt(PGconn *db, char *err, size_t errlen)
{
	if (!db_exec_ok(db, "SET search_path = office, dept, public")) {
		snprintf(err, errlen, "database: %s", db_error(db));
		return MB_CONNECTION;
	}
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
	static const struct col cols[] = {
		COL(COL_LL, struct case_head, id),
		COL(COL_STR, struct case_head, number),
		COL(COL_STR, struct case_head, category),
		COL(COL_TEXT, struct case_head, department),
		COL(COL_STR, struct case_head, priority),
		COL(COL_STR, struct case_head, status),
		COL(COL_BOOL, struct case_head, confidential),
		COL(COL_BOOL, struct case_head, needs_review),
		COL(COL_BOOL, struct case_head, automatic),
		COL(COL_TIME, struct case_head, received),
		COL(COL_TIME, struct case_head, updated),
		COL(COL_TIME, struct case_head, closed),
		COL(COL_STR, struct case_head, scores),
		COL(COL_TEXT, struct case_head, answer),
		COL(COL_LONG, struct case_head, sealed_letters),
		COL(COL_STR, struct case_head, id_text),
		COL(COL_TIME, struct case_head, due),
		COL(COL_BOOL, struct case_head, overdue),
		COL(COL_BOOL, struct case_head, due_estimated),
		COL(COL_TEXT, struct case_head, owner),
	};
	const char *params[1] = {number};
	PGresult *r = q(db, "SELECT id, number, category, department, priority, status, "
			    "confidential, needs_review, automatic, extract(epoch FROM created_at), "
			    "extract(epoch FROM updated_at), extract(epoch FROM closed_at), "
			    "scores::text, answer, (SELECT count(*) FROM letters l "
			    "WHERE l.case_id = cases.id AND l.confidential), id, "
			    "extract(epoch FROM due_at), " CASES_DB_OVERDUE("cases") ", due_estimated, "
			    "owner FROM cases WHERE number = $1", 1, params, false);
	memset(c, 0, sizeof(*c));
	if (!rows_ok(r))
		return cases_db_fail(db, r, err, errlen);
	if (PQntuples(r) != 1) {
		PQclear(r);
		snprintf(err, errlen, "%s: no such case", number);
		return MB_NO_INPUT;
	}
	c->res = r;
	fill_row(r, 0, c, cols, sizeof(cols) / sizeof(cols[0]));
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

size_t
cases_db_search_words(const char *s, char words[][CASES_SEARCH_MAX + 1], size_t max)
{
	size_t n = 0;
	const char *p = s ? s : "";
	for (;;) {
		/* white space: ASCII, and the ideographic space of Chinese input */
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'
		       || strncmp(p, "\xE3\x80\x80", 3) == 0)
			p += *p == '\xE3' ? 3 : 1;
		if (*p == '\0')
			return n;
		const char *w = p;
		while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r'
		       && strncmp(p, "\xE3\x80\x80", 3) != 0)
			p++;
		size_t len = (size_t)(p - w);
		if (n < max && words) {
			if (len > CASES_SEARCH_MAX)
				len = CASES_SEARCH_MAX;
			memcpy(words[n], w, len);
			words[n][len] = '\0';
		}
		n++;
	}
}

/* word as an ILIKE pattern matching it anywhere: %, _ and \ escaped. */
static void
like_pattern(const char *word, char *out, size_t outlen)
{
	size_t k = 0;
	out[k++] = '%';
	for (const char *p = word; *p && k + 3 < outlen; p++) {
		if (*p == '%' || *p == '_' || *p == '\\')
			out[k++] = '\\';
		out[k++] = *p;
	}
	out[k++] = '%';
	out[k] = '\0';
}

/* The ORDER BY of each sort, descending and ascending: fixed fragments. */
#define URGENT_OPEN "(c.status <> 'closed')"
#define URGENT_LATE CASES_DB_OVERDUE("c")
#define URGENT_DUE "CASE WHEN c.status NOT IN ('answered', 'closed') THEN c.due_at END"
#define URGENT_SIGNS "CASE WHEN c.status <> 'closed' THEN " \
	"(c.priority = 'high')::int + c.needs_review::int END"
#define URGENT_AGE "CASE WHEN c.status <> 'closed' THEN c.created_at END"
static const char *const list_orders[][2] = {
	[CASES_SORT_RECEIVED] = {"c.created_at DESC, c.id DESC", "c.created_at, c.id"},
	[CASES_SORT_PRIORITY] = {"(c.priority = 'high') DESC, c.created_at DESC, c.id DESC",
				 "(c.priority = 'high'), c.created_at, c.id"},
	[CASES_SORT_NUMBER] = {"c.number DESC", "c.number"},
	[CASES_SORT_URGENT] = {URGENT_OPEN " DESC, " URGENT_LATE " DESC, " URGENT_DUE " NULLS LAST, "
			       URGENT_SIGNS " DESC, " URGENT_AGE ", c.created_at DESC, c.id DESC",
			       URGENT_OPEN ", " URGENT_LATE ", " URGENT_DUE " DESC NULLS FIRST, "
			       URGENT_SIGNS ", " URGENT_AGE " DESC, c.created_at, c.id"},
};

/* A search: the cases with a letter holding every word (the stored,
 * lower-cased search_text of schema 009, trigram-indexed), or whose number
 * holds them; a semi-join, so each side is looked up once. WORD_LETTER and
 * WORD_NUMBER are repeated for each word. */
#define SEARCH_OPEN " AND c.id IN (SELECT case_id FROM letters WHERE true"
#define WORD_LETTER " AND search_text LIKE lower($%d)"
#define SEARCH_MID " UNION ALL SELECT id FROM cases WHERE true"
#define WORD_NUMBER " AND number ILIKE $%d"
#define SEARCH_CLOSE ")"

enum mb_status
cases_db_list(PGconn *db, const struct cases_filter *f, bool office, struct case_summaries *out,
	      char *err, size_t errlen)
{
	static const struct col cols[] = {
		COL(COL_STR, struct case_summary, number),
		COL(COL_TIME, struct case_summary, received),
		COL(COL_STR, struct case_summary, category),
		COL(COL_TEXT, struct case_summary, department),
		COL(COL_STR, struct case_summary, priority),
		COL(COL_STR, struct case_summary, status),
		COL(COL_BOOL, struct case_summary, needs_review),
		COL(COL_BOOL, struct case_summary, confidential),
		COL(COL_TEXT, struct case_summary, subject),
		COL(COL_TEXT, struct case_summary, district),
		COL(COL_TEXT, struct case_summary, language),
		COL(COL_LONG, struct case_summary, letters),
		COL(COL_BOOL, struct case_summary, confidential_review),
		COL(COL_TIME, struct case_summary, due),
		COL(COL_BOOL, struct case_summary, overdue),
		COL(COL_TEXT, struct case_summary, owner),
	};
	enum { NCOLS = sizeof(cols) / sizeof(cols[0]), NPARAMS = 11 };
	char words[CASES_SEARCH_WORDS_MAX][CASES_SEARCH_MAX + 1];
	char pats[CASES_SEARCH_WORDS_MAX][2 * CASES_SEARCH_MAX + 3];
	size_t nw = cases_db_search_words(f->search, words, CASES_SEARCH_WORDS_MAX);
	if (nw > CASES_SEARCH_WORDS_MAX)
		nw = CASES_SEARCH_WORDS_MAX;
	/* the search's fragments: fixed text and parameter numbers only */
	char where[sizeof(SEARCH_OPEN SEARCH_MID SEARCH_CLOSE)
		   + (sizeof(WORD_LETTER WORD_NUMBER) + 8) * CASES_SEARCH_WORDS_MAX] = "";
	size_t wl = 0;
	for (int side = 0; nw > 0 && side < 2; side++) {
		wl += (size_t)snprintf(where + wl, sizeof(where) - wl, "%s",
				       side ? SEARCH_MID : SEARCH_OPEN);
		for (size_t i = 0; i < nw; i++)
			wl += (size_t)snprintf(where + wl, sizeof(where) - wl,
					       side ? WORD_NUMBER : WORD_LETTER,
					       NPARAMS + 1 + (int)i);
	}
	if (nw > 0)
		snprintf(where + wl, sizeof(where) - wl, "%s", SEARCH_CLOSE);
	for (size_t i = 0; i < nw; i++)
		like_pattern(words[i], pats[i], sizeof(pats[i]));
	unsigned sort = (unsigned)f->sort < sizeof(list_orders) / sizeof(list_orders[0])
		? (unsigned)f->sort : CASES_SORT_RECEIVED;
	/* the review mark is a column of the supervisors' office.cases only; a
	 * clerk's public.cases holds no confidential case, so none is marked */
	char sql[12600], count_sql[4000], filt[3200], since[64] = "", limit[32], offset[32],
		before[64] = "";
	/* the filter, shared by the page and the count */
	snprintf(filt, sizeof(filt),
		"($1::text IS NULL OR c.category = $1) "
		"AND ($2::text IS NULL OR c.status = $2 OR ($2 = 'open' AND c.status <> 'closed')) "
		"AND ($3::text IS NULL OR lower(c.department) = lower($3)) "
		"AND ($4::double precision IS NULL OR c.created_at >= to_timestamp($4::double precision)) "
		"AND (NOT $5::boolean OR c.needs_review) "
		"AND (NOT $7::boolean OR %s) "
		"AND (NOT $9::boolean OR " CASES_DB_OVERDUE("c") ") "
		"AND ($10::double precision IS NULL OR c.due_at < to_timestamp($10::double precision)) "
		"AND (NOT $11::boolean OR c.owner = session_user)%s",
		office ? "(c.confidential AND c.confidential_review)" : "false", where);
	/* the page's rows are chosen (filtered, ordered, cut) before their
	 * first letter and letter count are looked up: for the page only; an
	 * index in the order (created_at, the default) reads the page alone */
	const char *order = list_orders[sort][f->ascending ? 1 : 0];
	/* The urgent order puts every open case before every closed one, and
	 * the closed ones by date: read as two parts, the open cases sorted
	 * (a few percent of a case file) and only as many closed ones as the
	 * page needs, newest first by the date's index; one sort of all cases
	 * otherwise (half a second at a million). */
	char rows[11000];
	const char *review = office ? "c.confidential_review" : "false";
	if (sort == CASES_SORT_URGENT && !f->ascending)
		/* three parts in the urgent order: the cases in handling with a
		 * time limit by it (overdue ones have the earliest: the
		 * cases_due index reads them in order), the other open ones (an
		 * answer waiting, no limit), the closed ones newest first */
		snprintf(rows, sizeof(rows),
			 "(SELECT c.*, %s AS review FROM cases c WHERE %s "
			 "AND c.status NOT IN ('answered', 'closed') AND c.due_at IS NOT NULL "
			 "ORDER BY c.due_at, " URGENT_SIGNS " DESC, c.created_at, c.id DESC "
			 "LIMIT $6::bigint + $8::bigint) UNION ALL "
			 "(SELECT c.*, %s AS review FROM cases c WHERE %s AND c.status <> 'closed' "
			 "AND NOT (c.status NOT IN ('answered', 'closed') AND c.due_at IS NOT NULL) "
			 "ORDER BY %s LIMIT $6::bigint + $8::bigint) UNION ALL "
			 "(SELECT c.*, %s AS review FROM cases c WHERE %s AND c.status = 'closed' "
			 "ORDER BY c.created_at DESC, c.id DESC LIMIT $6::bigint + $8::bigint)",
			 review, filt, review, filt, order, review, filt);
	else
		snprintf(rows, sizeof(rows), "SELECT c.*, %s AS review FROM cases c WHERE %s", review,
			 filt);
	snprintf(sql, sizeof(sql),
		"SELECT c.number, extract(epoch FROM c.created_at), c.category, c.department, "
		"c.priority, c.status, c.needs_review, c.confidential, l.subject, l.district, "
		"l.language, (SELECT count(*) FROM letters x WHERE x.case_id = c.id), c.review, "
		"extract(epoch FROM c.due_at), " CASES_DB_OVERDUE("c") ", c.owner "
		"FROM (SELECT c.* FROM (%s) c ORDER BY %s LIMIT $6::bigint OFFSET $8::bigint) c "
		"LEFT JOIN LATERAL (SELECT subject, district, language FROM letters "
		"WHERE letters.case_id = c.id ORDER BY (id > 0) DESC, abs(id) LIMIT 1) l ON true "
		"ORDER BY %s",
		rows, order, order);
	/* the count of all pages, up to CASES_LIST_COUNT_MAX (a count of a
	 * million rows is a tenth of a second: "100000+" is enough to page);
	 * it takes the page's parameters too, so $6 and $8 (limit, offset)
	 * are named, for their types */
	snprintf(count_sql, sizeof(count_sql),
		"SELECT count(*) FROM (SELECT 1 FROM cases c WHERE %s "
		"AND ($6::bigint IS NULL OR true) AND ($8::bigint IS NULL OR true) LIMIT %d) x",
		filt, CASES_LIST_COUNT_MAX);
	if (f->since != CASES_DB_NO_TIME)
		snprintf(since, sizeof(since), "%.6f", f->since);
	snprintf(limit, sizeof(limit), "%ld", f->limit);
	if (f->due_before > 0)
		snprintf(before, sizeof(before), "%.6f", f->due_before);
	snprintf(offset, sizeof(offset), "%ld", f->offset > 0 ? f->offset : 0);
	const char *params[NPARAMS + CASES_SEARCH_WORDS_MAX] = {
		f->category, f->status, f->department, since[0] ? since : NULL,
		f->needs_review ? "true" : "false", f->limit > 0 ? limit : NULL,
		f->confidential_review ? "true" : "false", offset,
		f->overdue ? "true" : "false", before[0] ? before : NULL, f->mine ? "true" : "false"};
	for (size_t i = 0; i < nw; i++)
		params[NPARAMS + i] = pats[i];
	enum mb_status st = FETCH(db, sql, NPARAMS + (int)nw, params, false, cols, out, err, errlen);
	out->total = 0;
	if (st != MB_OK)
		return st;
	PGresult *r = q(db, count_sql, NPARAMS + (int)nw, params, false);
	if (!rows_ok(r)) {
		cases_db_rows_free(out);
		return cases_db_fail(db, r, err, errlen);
	}
	out->total = (long)val_ll(r, 0, 0);
	PQclear(r);
	return MB_OK;
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
	static const struct col cols[] = {
		COL(COL_LL, struct case_letter, id),
		COL(COL_TIME, struct case_letter, received),
		COL(COL_TIME, struct case_letter, written),
		COL(COL_STR, struct case_letter, source),
		COL(COL_STR, struct case_letter, source_name),
		COL(COL_TEXT, struct case_letter, language),
		COL(COL_BOOL, struct case_letter, confidential),
		COL(COL_BOOL, struct case_letter, anonymous),
		COL(COL_TEXT, struct case_letter, district),
		COL(COL_TEXT, struct case_letter, message_id),
		COL(COL_TEXT, struct case_letter, from_name),
		COL(COL_TEXT, struct case_letter, from_address),
		COL(COL_TEXT, struct case_letter, phone),
		COL(COL_TEXT, struct case_letter, subject),
		COL(COL_TEXT, struct case_letter, body),
		COL(COL_BOOL, struct case_letter, has_raw),
		COL(COL_STR, struct case_letter, warnings),
		COL(COL_STR, struct case_letter, id_text),
	};
	return FETCH_ID(db,
		"SELECT id, extract(epoch FROM received_at), extract(epoch FROM written_at), "
		"source, source_name, language, confidential, anonymous, district, message_id, "
		"from_name, from_address, phone, subject, body, raw IS NOT NULL, "
		"array_to_json(warnings)::text, id FROM letters WHERE case_id = $1 "
		"ORDER BY (id > 0) DESC, abs(id)", case_id, false, cols, out, err, errlen);
}

enum mb_status
cases_db_attachments(PGconn *db, long long case_id, struct case_attachments *out, char *err,
		     size_t errlen)
{
	static const struct col cols[] = {
		COL(COL_LL, struct case_attachment, letter_id),
		COL(COL_LONG, struct case_attachment, position),
		COL(COL_TEXT, struct case_attachment, filename),
		COL(COL_STR, struct case_attachment, content_type),
		COL(COL_LL, struct case_attachment, size),
	};
	return FETCH_ID(db, "SELECT letter_id, position, filename, content_type, size "
			    "FROM attachments WHERE case_id = $1 ORDER BY letter_id, position",
			case_id, false, cols, out, err, errlen);
}

enum mb_status
cases_db_hits(PGconn *db, long long case_id, struct case_hits *out, char *err, size_t errlen)
{
	static const struct col cols[] = {
		COL(COL_LL, struct case_hit, letter_id),
		COL(COL_STR, struct case_hit, rule),
		COL(COL_STR, struct case_hit, field),
		COL(COL_LONG, struct case_hit, weight),
		COL(COL_TEXT, struct case_hit, category),
	};
	return FETCH_ID(db, "SELECT letter_id, rule, field, weight, category FROM rule_hits "
			    "WHERE case_id = $1 ORDER BY abs(id)", case_id, false, cols, out, err,
			errlen);
}

enum mb_status
cases_db_events(PGconn *db, long long case_id, struct case_events *out, char *err,
		size_t errlen)
{
	static const struct col cols[] = {
		COL(COL_TIME, struct case_event, at),
		COL(COL_STR, struct case_event, who),
		COL(COL_STR, struct case_event, what),
		COL(COL_STR, struct case_event, detail),
	};
	return FETCH_ID(db, "SELECT extract(epoch FROM at), who, what, detail::text "
			    "FROM case_events WHERE case_id = $1 ORDER BY at, abs(id)", case_id,
			false, cols, out, err, errlen);
}

enum mb_status
cases_db_mails(PGconn *db, long long case_id, struct case_mails *out, char *err, size_t errlen)
{
	static const struct col cols[] = {
		COL(COL_STR, struct case_mail, kind),
		COL(COL_STR, struct case_mail, status),
		COL(COL_LONG, struct case_mail, attempts),
		COL(COL_TIME, struct case_mail, sent_at),
		COL(COL_TIME, struct case_mail, created_at),
		COL(COL_STR, struct case_mail, created_by),
		COL(COL_TEXT, struct case_mail, last_error),
	};
	return FETCH_ID(db, "SELECT kind, status, attempts, extract(epoch FROM sent_at), "
			    "extract(epoch FROM created_at), created_by, last_error FROM outbox "
			    "WHERE case_id = $1 ORDER BY abs(id)", case_id, false, cols, out, err,
			errlen);
}

enum mb_status
cases_db_reports(PGconn *db, long long case_id, struct case_reports *out, char *err,
		 size_t errlen)
{
	static const struct col cols[] = {
		COL(COL_STR, struct case_report, kind),
		COL(COL_TEXT, struct case_report, action),
		COL(COL_TEXT, struct case_report, status),
		COL(COL_TIME, struct case_report, received),
	};
	return FETCH_ID(db, "SELECT kind, action, status, extract(epoch FROM received_at) "
			    "FROM case_reports WHERE case_id = $1 ORDER BY abs(id)", case_id, false,
			cols, out, err, errlen);
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
	static const struct col cols[] = {
		COL(COL_BIN_TEXT, struct case_box, what),
		COL(COL_BIN_INT8, struct case_box, id),
		COL_BYTES(struct case_box, box, n),
	};
	const char *p[2] = {number, key_id};
	PGresult *r = q(db, "SELECT what, id, sealed FROM reveal_case($1, $2)", 2, p, true);
	memset(out, 0, sizeof(*out));
	if (!rows_ok(r))
		return fn_fail(db, r, number, NULL, err, errlen);
	out->res = r;
	out->n = (size_t)PQntuples(r);
	out->v = xcalloc(out->n + 1, sizeof(*out->v));
	for (size_t i = 0; i < out->n; i++)
		fill_row(r, (int)i, &out->v[i], cols, sizeof(cols) / sizeof(cols[0]));
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
	static const struct col cols[] = {{COL_STR, 0, 0}};
	/* the departments in use, one index probe each (schema 017's
	 * cases_department): a DISTINCT would read every case */
	return FETCH(db, "WITH RECURSIVE d (v) AS (SELECT min(department) FROM cases "
			 "UNION ALL SELECT (SELECT min(department) FROM cases WHERE department > d.v) "
			 "FROM d WHERE d.v IS NOT NULL) SELECT v FROM d WHERE v IS NOT NULL ORDER BY 1",
			 0, NULL, false, cols, out, err, errlen);
}

enum mb_status
cases_db_assign(PGconn *db, const char *number, const char *department, const char *owner,
		char *err, size_t errlen)
{
	const char *p[3] = {number, department, owner};
	PGresult *r;
	enum mb_status st = call(db, "SELECT case_assign($1, $2, $3::text)", 3, p, number, NULL, &r,
				 err, errlen);
	PQclear(r);
	return st;
}

enum mb_status
cases_db_take(PGconn *db, const char *number, char *owner, size_t ownerlen, char *before,
	      size_t beforelen, char *err, size_t errlen)
{
	const char *p[1] = {number};
	PGresult *r;
	before[0] = owner[0] = '\0';
	enum mb_status st = call(db, "SELECT case_take($1), session_user", 1, p, number, NULL, &r,
				 err, errlen);
	if (st == MB_OK && !PQgetisnull(r, 0, 0))
		snprintf(before, beforelen, "%s", PQgetvalue(r, 0, 0));
	if (st == MB_OK)
		snprintf(owner, ownerlen, "%s", PQgetvalue(r, 0, 1));
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
	PGresult *r = q(db, "SELECT from_name, from_address, anonymous, message_id, subject, "
			    "language FROM letters "
			    "WHERE case_id = $1 ORDER BY (id > 0) DESC, abs(id) LIMIT 1", 1, p, false);
	memset(out, 0, sizeof(*out));
	if (!rows_ok(r))
		return cases_db_fail(db, r, err, errlen);
	out->res = r;
	out->found = PQntuples(r) == 1;
	if (out->found) {
		out->name = db_value(r, 0, 0);
		out->address = db_value(r, 0, 1);
		out->anonymous = val_true(r, 0, 2);
		out->message_id = db_value(r, 0, 3);
		out->subject = db_value(r, 0, 4);
		out->language = db_value(r, 0, 5);
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
cases_db_visit(PGconn *db, const char *number, const char *result, const char *note,
	       char recorded[16], char *err, size_t errlen)
{
	const char *p[3] = {number, result, note};
	PGresult *r;
	recorded[0] = '\0';
	enum mb_status st = call(db, "SELECT case_visit($1, $2, $3)", 3, p, number, NULL, &r, err,
				 errlen);
	if (st == MB_OK)
		snprintf(recorded, 16, "%s", PQgetvalue(r, 0, 0));
	PQclear(r);
	return st;
}

enum mb_status
cases_db_plain_letters(PGconn *db, long long case_id, struct case_plain_letters *out,
		       char *err, size_t errlen)
{
	static const struct col cols[] = {
		COL(COL_BIN_INT8, struct case_plain_letter, id),
		COL(COL_BIN_TEXT, struct case_plain_letter, message_id),
		COL(COL_BIN_TEXT, struct case_plain_letter, from_name),
		COL(COL_BIN_TEXT, struct case_plain_letter, from_address),
		COL(COL_BIN_TEXT, struct case_plain_letter, phone),
		COL(COL_BIN_TEXT, struct case_plain_letter, subject),
		COL(COL_BIN_TEXT, struct case_plain_letter, body),
		COL_BYTES(struct case_plain_letter, raw, raw_n),
		COL(COL_BIN_TEXT, struct case_plain_letter, district),
		COL(COL_BIN_TEXT, struct case_plain_letter, in_reply_to),
		COL(COL_BIN_TEXT, struct case_plain_letter, refs),
		COL(COL_BIN_TEXT, struct case_plain_letter, to),
		COL(COL_BIN_TEXT, struct case_plain_letter, reply_to),
		COL(COL_BIN_BOOL, struct case_plain_letter, anonymous),
	};
	/* every public letter, every plain column (a supervisor's view also
	 * holds the case's confidential follow-ups: sealed already); binary
	 * results, so the raw message comes as its bytes */
	return FETCH_ID(db,
		"SELECT id, message_id, from_name, from_address, phone, subject, body, raw, "
		"district, in_reply_to, array_to_json(refs)::text, (parsed->'to')::text, "
		"(parsed->'reply_to')::text, anonymous FROM letters "
		"WHERE case_id = $1 AND NOT confidential ORDER BY id", case_id, true, cols, out,
		err, errlen);
}

enum mb_status
cases_db_plain_attachments(PGconn *db, long long case_id, struct case_plain_attachments *out,
			   char *err, size_t errlen)
{
	static const struct col cols[] = {
		COL(COL_BIN_INT8, struct case_plain_attachment, letter_id),
		COL(COL_BIN_TEXT, struct case_plain_attachment, filename),
		COL(COL_BIN_TEXT, struct case_plain_attachment, content_type),
		COL_BYTES(struct case_plain_attachment, data, data_n),
	};
	return FETCH_ID(db, "SELECT letter_id, filename, content_type, data FROM attachments "
			    "WHERE case_id = $1 ORDER BY letter_id, position", case_id, true, cols,
			out, err, errlen);
}

enum mb_status
cases_db_attachment(PGconn *db, long long case_id, long long letter_id, long position,
		    struct case_file *out, char *err, size_t errlen)
{
	char cid[32], lid[32], pos[32];
	snprintf(cid, sizeof(cid), "%lld", case_id);
	snprintf(lid, sizeof(lid), "%lld", letter_id);
	snprintf(pos, sizeof(pos), "%ld", position);
	const char *p[3] = {cid, lid, pos};
	PGresult *r = q(db, "SELECT filename, content_type, data FROM attachments "
			    "WHERE case_id = $1 AND letter_id = $2 AND position = $3", 3, p, true);
	memset(out, 0, sizeof(*out));
	if (!rows_ok(r))
		return cases_db_fail(db, r, err, errlen);
	out->res = r;
	if (PQntuples(r) == 1) {
		out->filename = db_value(r, 0, 0);
		out->content_type = db_value(r, 0, 1);
		out->data = bin_bytes(r, 0, 2, &out->n);
	}
	err[0] = '\0';
	return MB_OK;
}

void
cases_db_file_free(struct case_file *f)
{
	PQclear(f->res);
	memset(f, 0, sizeof(*f));
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
	static const struct col cols[] = {
		COL(COL_TEXT, struct case_stat, group),
		COL(COL_LONG, struct case_stat, cases),
		COL(COL_LONG, struct case_stat, open),
		COL(COL_LONG, struct case_stat, closed),
		COL(COL_TIME, struct case_stat, avg_close),
		COL(COL_LONG, struct case_stat, on_time),
		COL(COL_LONG, struct case_stat, overdue),
		COL(COL_LONG, struct case_stat, returned),
		COL(COL_LONG, struct case_stat, supervised),
		COL(COL_LONG, struct case_stat, redo),
		COL(COL_LONG, struct case_stat, satisfied),
		COL(COL_LONG, struct case_stat, basic),
		COL(COL_LONG, struct case_stat, unsatisfied),
	};
	/* s: the cases of the period with their group; e: their events that
	 * count; per group a row of counts, and by department the returns
	 * counted for the department they came back from (the case has left
	 * it), which may be a department holding no case any more */
	char sql[3600], s[64] = "";
	snprintf(sql, sizeof(sql),
		 "WITH s AS (SELECT %s AS g, c.id, c.status, c.created_at, c.closed_at, c.due_at "
		 "FROM cases c%s WHERE $1::double precision IS NULL "
		 "OR c.created_at >= to_timestamp($1::double precision)), "
		 "e AS (SELECT e.case_id, e.what, e.detail, e.at, e.id FROM case_events e "
		 "WHERE e.what IN ('returned', 'supervised', 'redo', 'visited') "
		 "AND e.case_id IN (SELECT id FROM s)), "
		 "v AS (SELECT DISTINCT ON (case_id) case_id, detail->>'result' AS result FROM e "
		 "WHERE what = 'visited' ORDER BY case_id, at DESC, abs(id) DESC), "
		 "a AS (SELECT s.g, count(*) AS n, count(*) FILTER (WHERE s.status <> 'closed') AS o, "
		 "count(*) FILTER (WHERE s.status = 'closed') AS cl, "
		 "avg(extract(epoch FROM s.closed_at - s.created_at)) "
		 "FILTER (WHERE s.status = 'closed' AND s.closed_at IS NOT NULL) AS avg, "
		 "count(*) FILTER (WHERE s.status = 'closed' AND (s.due_at IS NULL "
		 "OR s.closed_at <= s.due_at)) AS ontime, "
		 "count(*) FILTER (WHERE s.due_at IS NOT NULL AND CASE WHEN s.status = 'closed' "
		 "THEN s.closed_at > s.due_at ELSE s.status <> 'answered' AND s.due_at < now() END) "
		 "AS late, "
		 "coalesce(sum((SELECT count(*) FROM e WHERE e.case_id = s.id AND e.what = "
		 "'returned')), 0) AS ret, "
		 "coalesce(sum((SELECT count(*) FROM e WHERE e.case_id = s.id AND e.what = "
		 "'supervised')), 0) AS sup, "
		 "coalesce(sum((SELECT count(*) FROM e WHERE e.case_id = s.id AND e.what = "
		 "'redo')), 0) AS redo, "
		 "count(v.case_id) FILTER (WHERE v.result = 'satisfied') AS sat, "
		 "count(v.case_id) FILTER (WHERE v.result = 'basic') AS bas, "
		 "count(v.case_id) FILTER (WHERE v.result = 'unsatisfied') AS uns "
		 "FROM s LEFT JOIN v ON v.case_id = s.id GROUP BY s.g), "
		 "r AS (SELECT e.detail->>'department' AS g, count(*) AS ret FROM e "
		 "WHERE e.what = 'returned' AND e.detail->>'department' IS NOT NULL GROUP BY 1) "
		 "SELECT %s, coalesce(a.n, 0), coalesce(a.o, 0), coalesce(a.cl, 0), a.avg, "
		 "coalesce(a.ontime, 0), coalesce(a.late, 0), %s, coalesce(a.sup, 0), "
		 "coalesce(a.redo, 0), coalesce(a.sat, 0), coalesce(a.bas, 0), coalesce(a.uns, 0) "
		 "FROM a %s ORDER BY 1 NULLS LAST",
		 groups[by],
		 /* the first letter's district: looked up only when grouped by it */
		 by == CASES_BY_DISTRICT
			 ? " LEFT JOIN LATERAL (SELECT district FROM letters WHERE letters.case_id = "
			   "c.id ORDER BY (id > 0) DESC, abs(id) LIMIT 1) l ON true" : "",
		 by == CASES_BY_DEPARTMENT ? "coalesce(a.g, r.g)" : "a.g",
		 by == CASES_BY_DEPARTMENT ? "coalesce(r.ret, 0)" : "a.ret",
		 by == CASES_BY_DEPARTMENT ? "FULL JOIN r ON r.g = a.g" : "");
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
	for (size_t i = 0; i < out->n; i++)
		fill_row(r, (int)i, &out->v[i], cols, sizeof(cols) / sizeof(cols[0]));
	err[0] = '\0';
	return MB_OK;
}

/* ------------------------------------------------------------------------
 * Departments (schema 011).
 */

/* A case function of the number and one text that returns a department
 * (case_return, case_department_answer, case_answer_send_back): dept gets
 * it. A refusal (42501) says who may ("only a department's login ...
 * returns a case"). */
static enum mb_status
department_call(PGconn *db, const char *sql, const char *number, const char *text,
		const char *who_may, char *dept, size_t deptlen, char *err, size_t errlen)
{
	const char *p[2] = {number, text};
	PGresult *r = q(db, sql, 2, p, false);
	dept[0] = '\0';
	if (!rows_ok(r)) {
		const char *st = PQstatus(db) == CONNECTION_OK
			? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
		if (st && strcmp(st, "42501") == 0) {
			snprintf(err, errlen, "%s: permission denied: %s", number, who_may);
			PQclear(r);
			return MB_DENIED;
		}
		return fn_fail(db, r, number, NULL, err, errlen);
	}
	snprintf(dept, deptlen, "%s", PQgetvalue(r, 0, 0));
	PQclear(r);
	err[0] = '\0';
	return MB_OK;
}

/* A case function that answers yes or no (case_supervise: mailed;
 * hot_notify: due and mailed), its refusals as fn_fail says them. */
static enum mb_status
fn_bool(PGconn *db, const char *sql, int n, const char *const *p, const char *number,
	bool *yes, char *err, size_t errlen)
{
	PGresult *r = q(db, sql, n, p, false);
	*yes = false;
	if (!rows_ok(r))
		return fn_fail(db, r, number, NULL, err, errlen);
	*yes = val_true(r, 0, 0);
	PQclear(r);
	err[0] = '\0';
	return MB_OK;
}

enum mb_status
cases_db_return(PGconn *db, const char *number, const char *reason, char *dept, size_t deptlen,
		char *err, size_t errlen)
{
	return department_call(db, "SELECT case_return($1, $2)", number, reason,
			       "only a department's login (mayorbox_department, in the directory) "
			       "returns a case", dept, deptlen, err, errlen);
}

enum mb_status
cases_db_directory(PGconn *db, json_t **out, char *err, size_t errlen)
{
	PGresult *r = q(db, "SELECT coalesce(json_agg(json_build_object('name', d.name, "
			    "'name_zh', d.name_zh, 'contact', d.contact, 'active', d.active, "
			    "'members', coalesce((SELECT json_agg(m.login ORDER BY m.login) FROM "
			    "department_members m WHERE m.department = d.name), '[]'::json)) "
			    "ORDER BY d.name), '[]'::json) FROM departments d", 0, NULL, false);
	*out = NULL;
	if (!rows_ok(r))
		return cases_db_fail(db, r, err, errlen);
	json_error_t je;
	*out = json_loads(PQgetvalue(r, 0, 0), 0, &je);
	PQclear(r);
	if (*out == NULL) {
		snprintf(err, errlen, "database: the directory is not JSON: %s", je.text);
		return MB_CONNECTION;
	}
	err[0] = '\0';
	return MB_OK;
}

/* One statement of a directory change; a duplicate name, a bad address or
 * an unknown department said in the database's words. */
static enum mb_status
directory_exec(PGconn *db, const char *sql, int n, const char *const *p, long *rows_r,
	       char *err, size_t errlen)
{
	PGresult *r = q(db, sql, n, p, false);
	if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK) {
		const char *st = PQstatus(db) == CONNECTION_OK
			? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
		if (st && strcmp(st, "42501") == 0) {
			snprintf(err, errlen, "permission denied: only a supervisor "
				 "(mayorbox_supervisor) changes the directory of departments");
			PQclear(r);
			return MB_DENIED;
		}
		if (st && strcmp(st, "23505") == 0) {
			snprintf(err, errlen, "'%s' is in the directory already (departments set)",
				 p[0]);
			PQclear(r);
			return MB_REFUSED;
		}
		return cases_db_fail(db, r, err, errlen);
	}
	if (rows_r)
		*rows_r = strtol(PQcmdTuples(r), NULL, 10);
	PQclear(r);
	err[0] = '\0';
	return MB_OK;
}

enum mb_status
cases_db_directory_add(PGconn *db, const char *name, const char *zh, const char *contact,
		       char *err, size_t errlen)
{
	const char *p[3] = {name, zh, contact};
	return directory_exec(db, "INSERT INTO departments (name, name_zh, contact) VALUES "
			      "($1, $2, $3)", 3, p, NULL, err, errlen);
}

enum mb_status
cases_db_directory_set(PGconn *db, const struct cases_directory_change *ch, char *err,
		       size_t errlen)
{
	const char *p[5] = {ch->name, ch->zh, ch->contact,
			    ch->active < 0 ? NULL : ch->active ? "true" : "false", NULL};
	long n = 0;
	enum mb_status st = directory_exec(db, "UPDATE departments SET "
		"name_zh = coalesce($2, name_zh), contact = coalesce($3, contact), "
		"active = coalesce($4::boolean, active), updated_at = now(), "
		"updated_by = session_user WHERE name = $1", 4, p, &n, err, errlen);
	if (st == MB_OK && n == 0) {
		snprintf(err, errlen, "no department '%s' in the directory (departments add)",
			 ch->name);
		return MB_NO_INPUT;
	}
	if (st == MB_OK && ch->add_member) {
		const char *m[2] = {ch->add_member, ch->name};
		st = directory_exec(db, "INSERT INTO department_members (login, department) "
				    "VALUES ($1, $2) ON CONFLICT (login) DO UPDATE SET "
				    "department = EXCLUDED.department, added_at = now(), "
				    "added_by = session_user", 2, m, NULL, err, errlen);
	}
	if (st == MB_OK && ch->remove_member) {
		const char *m[2] = {ch->remove_member, ch->name};
		st = directory_exec(db, "DELETE FROM department_members WHERE login = $1 "
				    "AND department = $2", 2, m, &n, err, errlen);
		if (st == MB_OK && n == 0) {
			snprintf(err, errlen, "'%s' is not a member of %s", ch->remove_member,
				 ch->name);
			return MB_NO_INPUT;
		}
	}
	return st;
}

enum mb_status
cases_db_supervise(PGconn *db, const char *number, const char *note, bool *mailed, char *err,
		   size_t errlen)
{
	const char *p[2] = {number, note};
	return fn_bool(db, "SELECT case_supervise($1, $2)", 2, p, number, mailed, err, errlen);
}

enum mb_status
cases_db_supervise_overdue(PGconn *db, long hours, long *count, char *err, size_t errlen)
{
	char h[32];
	snprintf(h, sizeof(h), "%ld", hours);
	const char *p[1] = {h};
	PGresult *r = q(db, "SELECT supervise_overdue($1::integer)", 1, p, false);
	*count = 0;
	if (!rows_ok(r)) {
		const char *st = PQstatus(db) == CONNECTION_OK
			? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
		if (st && strcmp(st, "42501") == 0) {
			snprintf(err, errlen, "permission denied: only a supervisor "
				 "(mayorbox_supervisor) or a gateway supervises the overdue cases");
			PQclear(r);
			return MB_DENIED;
		}
		return cases_db_fail(db, r, err, errlen);
	}
	*count = strtol(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	err[0] = '\0';
	return MB_OK;
}

enum mb_status
cases_db_department_answer(PGconn *db, const char *number, const char *body, char *dept,
			   size_t deptlen, char *err, size_t errlen)
{
	return department_call(db, "SELECT case_department_answer($1, $2)", number, body,
			       "only a department's login (mayorbox_department, in the directory) "
			       "answers for its department", dept, deptlen, err, errlen);
}

enum mb_status
cases_db_department_answer_get(PGconn *db, long long case_id, json_t **out, char *err,
			       size_t errlen)
{
	char id[32];
	snprintf(id, sizeof(id), "%lld", case_id);
	const char *p[1] = {id};
	/* a vault case has none (its id is negative): no question asked */
	*out = NULL;
	if (case_id < 0) {
		err[0] = '\0';
		return MB_OK;
	}
	PGresult *r = q(db, "SELECT json_build_object('department', department, 'text', body, "
			    "'state', state, 'submitted_by', submitted_by, 'submitted_at', "
			    "to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
			    "'reviewed_by', reviewed_by, 'reason', reason)::text FROM department_answers "
			    "WHERE case_id = $1::bigint", 1, p, false);
	if (!rows_ok(r))
		return cases_db_fail(db, r, err, errlen);
	if (PQntuples(r) == 1)
		*out = json_loads(PQgetvalue(r, 0, 0), 0, NULL);
	PQclear(r);
	err[0] = '\0';
	return MB_OK;
}

enum mb_status
cases_db_department_answer_done(PGconn *db, const char *number, char *err, size_t errlen)
{
	const char *p[1] = {number};
	PGresult *r = q(db, "SELECT department_answer_done($1)", 1, p, false);
	if (!rows_ok(r))
		return fn_fail(db, r, number, NULL, err, errlen);
	PQclear(r);
	err[0] = '\0';
	return MB_OK;
}

enum mb_status
cases_db_hot(PGconn *db, double since, struct hot_cases *out, char *err, size_t errlen)
{
	static const struct col cols[] = {
		COL(COL_STR, struct hot_case, number),
		COL(COL_TIME, struct hot_case, created),
		COL(COL_TEXT, struct hot_case, department),
		COL(COL_TEXT, struct hot_case, category),
		COL(COL_STR, struct hot_case, status),
		COL(COL_TEXT, struct hot_case, source),
		COL(COL_TEXT, struct hot_case, writer),
		COL(COL_STR, struct hot_case, text),
	};
	char s[64], lim[32], cap[32];
	snprintf(s, sizeof(s), "%.3f", since);
	snprintf(lim, sizeof(lim), "%d", HOT_DOCS_MAX);
	snprintf(cap, sizeof(cap), "%d", HOT_TEXT_MAX);	/* a case's words, as hot.c reads them */
	const char *p[3] = {s, lim, cap};
	/* public tables by name: a supervisor's search path reaches the vault
	 * through office.*, and no sealed case may be grouped */
	return FETCH(db,
		"SELECT c.number, extract(epoch FROM c.created_at), c.department, c.category, "
		"c.status, f.source, f.writer, coalesce(t.text, '') FROM public.cases c "
		"LEFT JOIN LATERAL (SELECT l.source, CASE WHEN l.anonymous THEN NULL ELSE "
		"md5(lower(coalesce(nullif(l.from_address, ''), nullif(l.phone, '')))) END AS writer "
		"FROM public.letters l WHERE l.case_id = c.id AND NOT l.confidential "
		"ORDER BY l.id LIMIT 1) f ON true "
		"LEFT JOIN LATERAL (SELECT left(string_agg(coalesce(l.subject, '') || E'\\n' || "
		"left(coalesce(l.body, ''), $3::integer), E'\\n' ORDER BY l.id), $3::integer) AS text "
		"FROM public.letters l WHERE l.case_id = c.id AND NOT l.confidential) t ON true "
		"WHERE NOT c.confidential AND c.created_at >= to_timestamp($1::double precision) "
		"ORDER BY c.created_at, c.id LIMIT $2::integer",
		3, p, false, cols, out, err, errlen);
}

enum mb_status
cases_db_hot_notify(PGconn *db, const char *anchor, size_t size, const char *cases_array,
		    const char *recipients_array, const char *body, bool *mailed, char *err,
		    size_t errlen)
{
	char n[32];
	snprintf(n, sizeof(n), "%zu", size);
	const char *p[5] = {anchor, n, cases_array, recipients_array, body};
	return fn_bool(db, "SELECT hot_notify($1, $2::integer, $3::text[], $4::text[], $5)", 5, p,
		       anchor, mailed, err, errlen);
}

enum mb_status
cases_db_answer_send_back(PGconn *db, const char *number, const char *reason, char *dept,
			  size_t deptlen, char *err, size_t errlen)
{
	return department_call(db, "SELECT case_answer_send_back($1, $2)", number, reason,
			       "only a clerk or a supervisor (mayorbox_clerk, mayorbox_supervisor) "
			       "sends a department's answer back", dept, deptlen, err, errlen);
}
