/*
 * visits.c - the SQL of return visits and of the status page (visits.h).
 */
#include "visits.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "db.h"
#include "store.h"
#include "xalloc.h"

enum mb_status
store_visit_reply(PGconn *db, const struct letter *l, const char *subject_case,
		  const char *source_key, const char *result, const char *note, bool *found,
		  bool *filed, char case_number[32], char recorded[16], char *err, size_t errlen)
{
	enum mb_status st = MB_OK;
	*found = *filed = false;
	case_number[0] = recorded[0] = '\0';
	json_t *doc = store_followup_doc(l, subject_case);
	if (doc == NULL || json_object_set_new(doc, "source_key", json_string(source_key)) != 0
	    || json_object_set_new(doc, "result", json_string(result)) != 0
	    || json_object_set_new(doc, "note", note && *note ? json_string(note) : json_null())
	       != 0) {
		json_decref(doc);
		snprintf(err, errlen, "out of memory building the visit document");
		return MB_FATAL;
	}
	char *text = json_dumps(doc, JSON_COMPACT);
	json_decref(doc);
	if (text == NULL) {
		snprintf(err, errlen, "out of memory building the visit document");
		return MB_FATAL;
	}
	const char *params[1] = {text};
	PGresult *res = PQexecParams(db, "SELECT case_number, filed, recorded "
				     "FROM visit_reply($1::jsonb)", 1, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		st = store_refused(db, res, "visit answer", err, errlen);
	} else if (PQntuples(res) == 1) {
		*found = true;
		snprintf(case_number, 32, "%s", PQgetvalue(res, 0, 0));
		*filed = PQgetvalue(res, 0, 1)[0] == 't';
		snprintf(recorded, 16, "%s", PQgetvalue(res, 0, 2));
	}
	PQclear(res);
	free(text);
	return st;
}

enum mb_status
store_status_lookup(PGconn *db, const char *number, const char *code_hash_hex, bool *found,
		    struct visit_status *out, char *err, size_t errlen)
{
	memset(out, 0, sizeof(*out));
	*found = false;
	const char *p[2] = {number, code_hash_hex};
	PGresult *r = PQexecParams(db,
		"SELECT status, coalesce(extract(epoch FROM due_at)::text, ''), coalesce(to_char(closed_at AT TIME ZONE "
		"'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), ''), answer, confidential::text, "
		"visit_pending::text, coalesce(visit_result, '') "
		"FROM status_lookup($1, decode($2, 'hex'))", 2, NULL, p, NULL, NULL, 0);
	enum mb_status st = MB_OK;
	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		st = store_refused(db, r, "status look-up", err, errlen);
	} else if (PQntuples(r) == 1) {
		*found = true;
		snprintf(out->status, sizeof(out->status), "%s", PQgetvalue(r, 0, 0));
		out->due = PQgetisnull(r, 0, 1) || !*PQgetvalue(r, 0, 1) ? 0
			   : strtod(PQgetvalue(r, 0, 1), NULL);
		snprintf(out->closed_at, sizeof(out->closed_at), "%s", PQgetvalue(r, 0, 2));
		out->answer = PQgetisnull(r, 0, 3) ? NULL : xstrdup(PQgetvalue(r, 0, 3));
		out->confidential = PQgetvalue(r, 0, 4)[0] == 't';
		out->visit_pending = PQgetvalue(r, 0, 5)[0] == 't';
		snprintf(out->visit_result, sizeof(out->visit_result), "%s", PQgetvalue(r, 0, 6));
	}
	PQclear(r);
	return st;
}

void
store_visit_status_deinit(struct visit_status *s)
{
	free(s->answer);
	s->answer = NULL;
}

enum mb_status
store_status_visit(PGconn *db, const char *number, const char *code_hash_hex,
		   const char *result, char recorded[16], char *err, size_t errlen)
{
	recorded[0] = '\0';
	const char *p[3] = {number, code_hash_hex, result};
	PGresult *r = PQexecParams(db, "SELECT coalesce(status_visit($1, decode($2, 'hex'), $3), '')",
				   3, NULL, p, NULL, NULL, 0);
	enum mb_status st = MB_OK;
	if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1)
		st = store_refused(db, r, "visit answer", err, errlen);
	else
		snprintf(recorded, 16, "%s", PQgetvalue(r, 0, 0));
	PQclear(r);
	return st;
}
