/*
 * case_visit.h - `cases visit`: a return visit (回访) made by phone,
 * recorded by a clerk (public cases) or a supervisor (any case). The rules
 * (answered once per closing; "unsatisfied" sends the case back to its
 * department) are the schema's (012_visits.sql).
 */
#ifndef MB_CASE_VISIT_H
#define MB_CASE_VISIT_H

#include <jansson.h>

#include "cases.h"

struct case_visited {
	char number[32];
	char result[16];	/* satisfied, basic, unsatisfied */
	char recorded[16];	/* visited, redo, again */
	char department[128];	/* the case's, sent back to when redo */
};

/* Checks result (satisfied, basic or unsatisfied: MB_USAGE otherwise) and
 * note (cases_check_note), then records. A case never closed is refused
 * (MB_REFUSED). */
enum mb_status cases_visit(struct cases *c, const char *number, const char *result,
			   const char *note, struct case_visited *out, char *err,
			   size_t errlen) MB_MUST_USE;
json_t *cases_visited_json(const struct case_visited *v);

/* The visits of a case from its history (show's "history" array,
 * borrowed): a new array of {at, who, result, via, note, first}, first
 * false for a 'visit again'. */
json_t *cases_visits_json(const json_t *history);

#endif
