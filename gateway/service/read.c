/*
 * read.c - bytes to a letter and its classification (read.h): the parsers
 * and the rules, nothing else.
 */
#include <string.h>

#include "reader.h"
#include "read.h"

enum mb_status
letter_read(const void *raw, size_t n, const struct ruleset *set, struct letter **l_r,
	    struct classification *cls, char *err, size_t errlen)
{
	if (errlen)
		err[0] = '\0';
	enum mb_status st = reader_parse(raw, n, l_r, err, errlen);
	if (st == MB_OK) {
		(void)classify_letter(set, *l_r, cls);
		return MB_OK;
	}
	memset(cls, 0, sizeof(*cls));
	cls->category = CATEGORY_NONE;
	cls->runner_up = CATEGORY_NONE;
	cls->needs_review = true;
	cls->confidential = true;
	cls->rules_digest = set ? set->digest : NULL;
	return st;
}
