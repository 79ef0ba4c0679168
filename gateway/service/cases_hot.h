/*
 * cases_hot.h - hot issues (热点问题) of the case file, for the leaders: the
 * public cases of a period grouped by matter (rules/hot.h), listed by size
 * and growth (`cases hot`, the console's /hot), and a group that grows past
 * a threshold mailed to the supervisors (`cases hot --notify`, schema 015).
 *
 * Read with the caller's privileges from public.cases and public.letters
 * only: a confidential case is in no group (its place and matter are what
 * sealing hides), and a department's login, which has no privilege on
 * them, is refused.
 */
#ifndef MB_CASES_HOT_H
#define MB_CASES_HOT_H

#include <stddef.h>

#include <jansson.h>

#include "cases.h"
#include "error.h"
#include "hot.h"

#define CASES_HOT_DAYS_DEFAULT 30	/* the period when no since is given */
#define CASES_HOT_GROWTH_HOURS 24	/* a group's growth: its cases of the last day */
#define CASES_HOT_NOTIFY_SIZE_DEFAULT 10	/* [hot] notify_size */
#define CASES_HOT_MAIL_CASES_MAX 50	/* case numbers written in one mail */
#define CASES_HOT_MAIL_MAX (64 * 1024 - 1)	/* bytes of a mail's text (hot_notify's cap) */
#define CASES_HOT_RECIPIENTS_MAX 50	/* addresses of [hot] notify (hot_notify's cap) */
#define CASES_HOT_NUMBER_QUOTED 40	/* bytes of a case number quoted in an array literal */

struct cases_hot_query {
	double since;		/* epoch: cases created since */
	double now;		/* epoch: for the growth */
	struct hot_params params;
};

/* The groups as a JSON array, largest first, then fastest growing; each
 * {"size", "cases" (numbers, oldest first), "growth" (cases of the last
 * CASES_HOT_GROWTH_HOURS), "anchor" (the first case), "first", "last"
 * (ISO times), "open", "writers" (distinct named writers; each anonymous
 * case counts one), "department" and "category" (the most frequent; null
 * when none), "departments" {name: count}, "channels" {source: count},
 * "places", "terms"}. *cases_r: public cases read. MB_DENIED for a login
 * that may not read them. */
enum mb_status cases_hot(struct cases *c, const struct cases_hot_query *q, json_t **groups_r,
			 size_t *cases_r, char *err, size_t errlen) MB_MUST_USE;

/* Mails each group of groups (as cases_hot made them) of at least min_size
 * cases to recipients (comma-separated addresses), once when it reaches
 * it and again each time it has doubled (hot_notify, supervisors only);
 * *mailed_r: the groups mailed now. */
enum mb_status cases_hot_notify(struct cases *c, const json_t *groups, size_t min_size,
				const char *recipients, size_t *mailed_r, char *err,
				size_t errlen) MB_MUST_USE;

/* The text of a group's mail (Chinese, then English); caller frees. */
char *cases_hot_mail_text(const json_t *group);

#endif
