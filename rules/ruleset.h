/*
 * ruleset.h - the rule-file language and a loaded, immutable rule set.
 *
 * Rule files (*.rules, UTF-8) are read, parsed and every pattern compiled
 * (PCRE2, UTF + UCP, JIT) into one ruleset object that is never changed
 * afterwards: classifiers on any thread share it, each holding a reference.
 * A reload builds a new set beside the old one (see rulestore.h); a set with
 * any problem is refused whole. The language is documented for rule
 * maintainers in rules/README.md.
 *
 * Reads rule files and nothing else (no other I/O).
 */
#ifndef MB_RULESET_H
#define MB_RULESET_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "error.h"
#include "normalize.h"
#include "prefilter.h"

/* The five categories of the office's charter. The numbers are also the
 * fixed tie-break order of the decision (lower wins a tie): see README.md. */
enum category {
	CATEGORY_COMPLAINT = 0,
	CATEGORY_DEMAND,
	CATEGORY_CONSULTATION,
	CATEGORY_SUGGESTION,
	CATEGORY_INFORMATION,
	CATEGORY_COUNT,
	CATEGORY_NONE = -1,	/* a rule that only sets flags; a letter: unclassified */
};

/* Fields of a letter a rule looks at (bits). */
#define RULE_FIELD_SUBJECT	1u
#define RULE_FIELD_TEXT		2u
#define RULE_FIELD_FROM		4u
#define RULE_FIELD_ALL		7u

/* One top-level alternative of a pattern, compiled on its own so that its
 * prefilter can skip it alone. */
struct rule_alt {
	pcre2_code *code;
	bool jit;
	struct prefilter pf;
	uint32_t unit;		/* its pattern of the set's Hyperscan database */
	size_t start, end;	/* its bytes in the pattern's expanded source */
};

struct rule_pattern {
	pcre2_code *code;
	char *source;		/* as written between the slashes */
	char *expanded;		/* with its lexicons expanded: what compiles */
	size_t expanded_len;
	bool extended;		/* the x flag */
	uint32_t unit;		/* not split: its pattern of the Hyperscan database */
	unsigned line;
	bool jit;		/* JIT-compiled (else the interpreter runs it) */
	struct prefilter pf;	/* skips it on texts it cannot match */
	struct rule_alt *alts;	/* when split: matched instead of code */
	size_t alts_count;
};

struct rule_example {
	char *text;
	unsigned line;
};

struct rule {
	char *name;
	char *file;		/* the file's name as given to the loader */
	unsigned line;		/* of "rule NAME" */
	enum category category;	/* CATEGORY_NONE when it only sets flags */
	int weight;
	unsigned fields;	/* RULE_FIELD_* */
	struct rule_pattern *match;
	size_t match_count;
	struct rule_pattern *unless;
	size_t unless_count;
	char *department;	/* NULL when none; "none": routes to no department */
	bool high_priority;
	bool confidential;	/* confidential yes */
	bool confidential_review;	/* confidential review: sealed, and a
					 * supervisor checks (weaker evidence) */
	bool route;		/* a "route" of the department directory */
	struct rule_example *examples;
	size_t examples_count;
	struct rule_example *counters;
	size_t counters_count;
};

/* One department of the directory (a *.dir file): the name cases carry,
 * its Chinese name. Its routing rules are ordinary rules (route blocks)
 * whose department is this name. */
struct ruleset_department {
	char *name;
	char *zh;
	char *file;
	unsigned line;
};

/* The department name a rule gives to route a letter to no department. */
#define RULES_DEPARTMENT_NONE "none"

struct ruleset {
	atomic_uint refs;
	struct rule *rules;	/* in load order: files by name, rules by line */
	size_t count;
	struct ruleset_department *departments;	/* the directory, in file order */
	size_t departments_count;
	size_t lexicons_count;	/* defined (all expanded into the patterns) */
	int min_score;		/* below it: unclassified */
	int margin;		/* winner ahead of the runner-up by less: needs_review */
	struct normalizer *norm;
	pcre2_match_context *mctx;	/* the limits of rules_limits.h */
	/* Every pattern that is matched on its own (a pattern, or each
	 * alternative of a split one) is a unit, numbered in rule order; the
	 * units in one Hyperscan database (hsdb.h), or NULL: the literal
	 * prefilters decide what runs. */
	size_t units_count;
	struct hsdb *hs;
	/* With hs: per part of a unit (hsdb_parts), the part compiled alone
	 * when it has no prefixes and its unit has other parts (NULL
	 * otherwise): classify.c searches its windows with it instead of with
	 * the whole unit. part_jit: JIT-compiled. */
	pcre2_code **part_code;
	bool *part_jit;
	/* With hs: per part of a unit read part by part (with tails or parts
	 * searched alone) and of more than one part, the part compiled alone as
	 * it matches in its unit (hsdb_part_wrap; NULL otherwise); unit_exact:
	 * every part of the unit has one, and classify.c tries at an offset
	 * only the parts that may start there, in order, instead of the unit. */
	pcre2_code **part_exact;
	bool *part_exact_jit;
	bool *unit_exact;
	struct model *model;	/* the scored second opinion (model.h), from the
				 * folder's one *.model file; NULL: none */
	char digest[13];	/* the files' names and texts, SHA-256, 12 hex digits:
				 * which rule set decided a case */
};

/* Defaults of the decision, overridable in a "settings" block. */
#define RULES_DEFAULT_MIN_SCORE	1
#define RULES_DEFAULT_MARGIN	2

/* One problem in a rule set, said as file:line: message. */
struct ruleset_problem {
	char *file;
	unsigned line;
	char *message;
};

struct ruleset_problems {
	struct ruleset_problem *v;
	size_t count;
	size_t dropped;		/* past RULES_PROBLEMS_MAX */
};

/* One rule file's text, for ruleset_parse. */
struct ruleset_source {
	const char *name;	/* shown in problems and explanations */
	const char *text;
	size_t len;
	bool directory;		/* a department directory (*.dir): department and
				 * route blocks instead of rules */
	bool model;		/* a model (*.model, model.h) */
};

/* Parses and compiles the files given (in that order) into a new rule set.
 * Returns MB_OK with *set_r (one reference, release with ruleset_unref), or
 * MB_BAD_LETTER with *set_r NULL and every problem found appended to probs
 * (up to RULES_PROBLEMS_MAX), or MB_FATAL when the normaliser cannot be
 * made (a problem says why). Limits: RULES_LINE_MAX, RULES_MAX,
 * RULES_PATTERNS_MAX, RULES_EXAMPLES_MAX, RULES_FILE_MAX. */
enum mb_status ruleset_parse(const struct ruleset_source *files, size_t count,
			     struct ruleset **set_r, struct ruleset_problems *probs) MB_MUST_USE;

/* Flags of ruleset_parse_with and ruleset_load_dir_with. */
#define RULESET_HYPERSCAN	1u	/* also put the units' literal guards in one
					 * Hyperscan database (when built in; well
					 * under a second for the shipped rules);
					 * without it the literal prefilters decide
					 * (tests compare the two) */

/* ruleset_parse with flags (RULESET_*; ruleset_parse: none). */
enum mb_status ruleset_parse_with(const struct ruleset_source *files, size_t count,
				  unsigned flags, struct ruleset **set_r,
				  struct ruleset_problems *probs) MB_MUST_USE;

/* Which engine picks the patterns to run: "hyperscan" or "prefilter". */
const char *ruleset_engine(const struct ruleset *set);

/* Reads every *.rules and *.dir file of dir (sorted by name, at most RULES_FILES_MAX,
 * each at most RULES_FILE_MAX bytes) and parses them as ruleset_parse does.
 * A directory that cannot be read, or holds no rule file, is MB_FATAL with a
 * problem saying so. */
enum mb_status ruleset_load_dir(const char *dir, struct ruleset **set_r,
				struct ruleset_problems *probs) MB_MUST_USE;
enum mb_status ruleset_load_dir_with(const char *dir, unsigned flags, struct ruleset **set_r,
				     struct ruleset_problems *probs) MB_MUST_USE;

/* Takes one more reference (returns set). Thread-safe. */
struct ruleset *ruleset_ref(struct ruleset *set);
/* Drops a reference, frees the set with the last one; sets *setp to NULL. */
void ruleset_unref(struct ruleset **setp);

/* Appends a problem (printf format); counts it as dropped past the limit. */
void ruleset_problem_add(struct ruleset_problems *probs, const char *file, unsigned line,
			 const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void ruleset_problems_deinit(struct ruleset_problems *probs);

/* Whether name is the department d of a rule or a label: "none", "" and
 * NULL are all no department; names compare case-insensitively. */
bool ruleset_same_department(const char *a, const char *b);

/* The directory's department called name (case-insensitive), or NULL. */
const struct ruleset_department *ruleset_department_find(const struct ruleset *set,
							 const char *name);

/* A pattern's source (PCRE2 syntax, not extended) with its gaps written
 * out: each group right after a repeat (.{0,30}(推|踢), \b after it too)
 * preceded by a look-ahead of the characters its matches start with,
 * "(?=[\x{..}...])", when they are known and the group cannot be left out.
 * It matches what the source matches, at the same offsets with the same
 * words; a place in the gap where the group cannot start is passed over
 * by one class test. NULL when nothing is added; else malloc'd. The rules'
 * PCRE2 code is compiled from it (rules/README.md, "Lexicons"). */
char *ruleset_gap_lookaheads(const char *src, size_t len);

/* "complaint", ... for a category; "unclassified" for CATEGORY_NONE. */
const char *ruleset_category_name(enum category c);
/* The category named s, or CATEGORY_NONE. */
enum category ruleset_category_parse(const char *s);

#endif
