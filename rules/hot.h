/*
 * hot.h - hot issues (热点问题): the cases on one matter (the same place and
 * the same problem, from different writers and channels) grouped for the
 * leaders.
 *
 * Each case's text (subject and letters) is normalised as the rules see it
 * (NFKC, case-folded, Traditional folded to Simplified) and cut into
 * features: Chinese character bigrams and trigrams, English words and word
 * pairs, short numbers (a bus line, a building). Features are weighted by
 * TF-IDF over the cases grouped together (so the words every letter uses,
 * 您好 and 小区 and please, weigh little and a site's name much), and two
 * cases are linked when the cosine of their vectors reaches a threshold; a
 * shared place name (a road, an estate, a site, a school: a name before a
 * place word) adds to it and different departments take from it. The
 * groups are the connected cases. Near-duplicates (a template passed round
 * a residents' chat group) have cosines near 1; letters in their own words
 * on one matter meet on the place and the problem's rare words.
 *
 * Why not MinHash over character n-grams alone: a Jaccard estimate treats
 * every n-gram alike, so two letters about one site in different words
 * (Jaccard 0.05-0.10) cannot be told from two letters about different
 * problems on one estate (0.03-0.06) within its error; weighting needs the
 * document frequencies, which a report over a window has at hand.
 *
 * Pure: memory in, memory out; no database. Limits in HOT_* below.
 */
#ifndef MB_HOT_H
#define MB_HOT_H

#include <stddef.h>

#include "error.h"
#include "normalize.h"

#define HOT_TEXT_MAX 8192	/* normalised bytes of a case read for its features */
#define HOT_DOCS_MAX 200000	/* cases grouped in one call */
#define HOT_DF_MAX 2000		/* a feature in more cases than this links none */
#define HOT_TERMS 6		/* the words shown for a group */
#define HOT_PLACES 3		/* the place names shown for a group */
#define HOT_SHORT_FEATURES 40	/* a case sharing fewer features counts as short */
#define HOT_WORD_MAX 48		/* bytes of a term or place shown */
#define HOT_GROUP_LINKS 3	/* links between two groups that make them one */

/* one case to group; every pointer is borrowed for the call */
struct hot_doc {
	const char *text;	/* subject and letters, UTF-8 */
	size_t len;
	const char *department;	/* NULL: none yet */
};

struct hot_params {
	double threshold;	/* cosine that links two cases naming one place */
	double near_duplicate;	/* cosine that links two cases without a place */
	double department_malus;/* taken when both have departments and they differ */
	size_t min_size;	/* smaller groups are not reported */
};

/* The defaults, measured on the project's hot-issue letters (tests/hot/). */
#define HOT_THRESHOLD_DEFAULT 0.15
#define HOT_NEAR_DUPLICATE_DEFAULT 0.30
#define HOT_DEPARTMENT_MALUS_DEFAULT 0.15

#define HOT_MIN_SIZE_DEFAULT 3

struct hot_group {
	size_t *members;	/* indexes into the docs given, ascending */
	size_t n;
	char terms[HOT_TERMS][HOT_WORD_MAX + 1];	/* the group's heaviest shared words */
	size_t nterms;
	char places[HOT_PLACES][HOT_WORD_MAX + 1];	/* place names most members share */
	size_t nplaces;
};

struct hot_result {
	struct hot_group *groups;	/* largest first (then by first member) */
	size_t n;
	size_t features;		/* distinct features seen (for the cost report) */
	size_t links;			/* pairs linked */
};

void hot_params_default(struct hot_params *p);

/* Groups n docs. Fills *out (release with hot_result_deinit); MB_LIMIT when
 * n > HOT_DOCS_MAX (nothing grouped), MB_OK otherwise. */
enum mb_status hot_group(const struct normalizer *norm, const struct hot_doc *docs, size_t n,
			 const struct hot_params *p, struct hot_result *out) MB_MUST_USE;
void hot_result_deinit(struct hot_result *r);

#endif
