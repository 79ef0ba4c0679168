/*
 * case_visit.c - a return visit made by phone (case_visit.h).
 */
#include "case_visit.h"

#include <stdio.h>
#include <string.h>

#include "cases_p.h"

enum mb_status
cases_visit(struct cases *c, const char *number, const char *result, const char *note,
	    struct case_visited *out, char *err, size_t errlen)
{
	struct case_head h;
	enum mb_status st;
	memset(out, 0, sizeof(*out));
	if (result == NULL || (strcmp(result, "satisfied") != 0 && strcmp(result, "basic") != 0
			       && strcmp(result, "unsatisfied") != 0)) {
		snprintf(err, errlen, "--result is satisfied, basic or unsatisfied");
		return MB_USAGE;
	}
	if ((st = cases_check_note(note, err, errlen)) != MB_OK
	    || (st = cases_p_begin(c, number, &h, err, errlen)) != MB_OK)
		return st;
	snprintf(out->number, sizeof(out->number), "%s", number);
	snprintf(out->result, sizeof(out->result), "%s", result);
	snprintf(out->department, sizeof(out->department), "%s", h.department ? h.department : "");
	st = cases_db_visit(cases_p_db(c), number, result, note, out->recorded, err, errlen);
	return cases_p_end(c, &h, st, err, errlen);
}

json_t *
cases_visited_json(const struct case_visited *v)
{
	json_t *o = json_pack("{s:s, s:s, s:s, s:b, s:b}", "number", v->number, "result",
			      v->result, "recorded", v->recorded, "first",
			      strcmp(v->recorded, "again") != 0, "redo",
			      strcmp(v->recorded, "redo") == 0);
	if (o && strcmp(v->recorded, "redo") == 0)
		json_object_set_new(o, "department", json_string(v->department));
	return o;
}

json_t *
cases_visits_json(const json_t *history)
{
	json_t *out = json_array();
	size_t i;
	const json_t *e;
	json_array_foreach(history, i, e) {
		const char *what = json_string_value(json_object_get(e, "what"));
		if (what == NULL || (strcmp(what, "visited") != 0 && strcmp(what, "visit again") != 0))
			continue;
		const json_t *d = json_object_get(e, "detail");
		const json_t *note = json_object_get(d, "note");
		json_array_append_new(out, json_pack("{s:O, s:O, s:O, s:O, s:O, s:b}", "at",
			json_object_get(e, "at"), "who", json_object_get(e, "who"), "result",
			json_object_get(d, "result"), "via", json_object_get(d, "via"), "note",
			note ? note : json_null(), "first", strcmp(what, "visited") == 0));
	}
	return out;
}
