/*
 * classify.h - a letter and a rule set in, a classification out: category,
 * confidential, priority, department, and every rule that took part.
 *
 * Pure: no I/O. The rule set is only read, so any number of threads may
 * classify with one set at once, each holding its own reference.
 */
#ifndef MB_CLASSIFY_H
#define MB_CLASSIFY_H

#include <stdbool.h>
#include <stddef.h>

#include "letter.h"
#include "model.h"
#include "ruleset.h"

/* One rule that fired: where its first match was. */
struct classify_hit {
	const struct rule *rule;
	unsigned field;		/* RULE_FIELD_SUBJECT, _TEXT or _FROM */
	size_t start, end;	/* the matched words: original bytes of that field */
};

struct classification {
	enum category category;	/* CATEGORY_NONE: unclassified */
	enum category runner_up;	/* best of the others with a score > 0, or NONE */
	bool automatic;		/* bounce or auto-reply: not a citizen's letter */
	bool needs_review;	/* below min_score, or won by less than the margin */
	bool confidential;	/* sealed: a confidential yes or review rule fired,
				 * or an anonymous web form */
	bool confidential_review;	/* only a confidential review rule said so
					 * (weaker evidence): sealed all the same,
					 * and a supervisor checks it */
	bool high_priority;
	const char *department;	/* borrowed from the rule set; NULL when none (also
				 * when rules with department none won) */
	int department_score;
	int scores[CATEGORY_COUNT];	/* the rules' */
	/* with the set's model (model.h): its opinion, which chose the
	 * category; model_confidential: it alone sealed the letter (for
	 * review); model_released: only review rules would have sealed it,
	 * and the model's veto (review_veto) did not */
	bool model_used;
	bool model_confidential;
	bool model_released;
	struct model_opinion model;
	struct classify_hit *hits;	/* in rule order */
	size_t hits_count;
	unsigned limit_hits;	/* patterns stopped by a limit (warned on the letter) */
	bool field_cut;		/* a field was cut at RULES_FIELD_MAX */
	const char *rules_digest;	/* the rule set's (borrowed) */
};

/* Classifies l with set into *c (initialised here; release with
 * classify_deinit). Strings in *c are borrowed from set: keep a reference
 * while using them. A pattern that hits RULES_MATCH_LIMIT (or the depth or
 * heap limit) counts as not matching and adds a warning to l; a field longer
 * than RULES_FIELD_MAX (normalised) is cut, with a warning. Automatic
 * messages (l->auto_submitted) are not classified: c->automatic is set and
 * the category is CATEGORY_NONE. Always returns MB_OK, or MB_LIMIT when a
 * limit was hit. */
enum mb_status classify_letter(const struct ruleset *set, struct letter *l,
			       struct classification *c);
void classify_deinit(struct classification *c);

/* Whether rule r fires on text (normalised here; every field of the rule
 * sees it): 1 fires, 0 does not, -1 a limit was hit. Used to run examples. */
int classify_rule_fires(const struct ruleset *set, const struct rule *r, const char *text,
			size_t len);

/* "subject", "text", "from" for a RULE_FIELD_* bit. */
const char *classify_field_name(unsigned field);

/* The words hit h matched in l (as classified), at most max bytes, cut at a
 * character boundary, into out (outlen bytes, NUL-terminated). */
void classify_hit_words(const struct letter *l, const struct classify_hit *h, size_t max,
			char *out, size_t outlen);

#endif
