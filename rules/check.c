/*
 * check.c - examples and counter-examples of a loaded rule set (check.h).
 * Each is normalised like a letter and shown to its rule alone, as every
 * field the rule looks at.
 */
#include "check.h"

#include <string.h>

#include "classify.h"

size_t
check_examples(const struct ruleset *set, struct ruleset_problems *probs)
{
	size_t failed = 0;
	for (size_t i = 0; i < set->count; i++) {
		const struct rule *r = &set->rules[i];
		for (size_t k = 0; k < r->examples_count; k++) {
			const struct rule_example *ex = &r->examples[k];
			int rc = classify_rule_fires(set, r, ex->text, strlen(ex->text));
			if (rc == 1)
				continue;
			failed++;
			ruleset_problem_add(probs, r->file, ex->line,
					    rc < 0 ? "rule %s: its example hit a match limit"
						   : "rule %s does not fire on its example", r->name);
		}
		for (size_t k = 0; k < r->counters_count; k++) {
			const struct rule_example *ex = &r->counters[k];
			int rc = classify_rule_fires(set, r, ex->text, strlen(ex->text));
			if (rc == 0)
				continue;
			failed++;
			ruleset_problem_add(probs, r->file, ex->line,
					    rc < 0 ? "rule %s: its counter hit a match limit"
						   : "rule %s fires on its counter", r->name);
		}
	}
	return failed;
}
