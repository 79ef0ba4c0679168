/*
 * rules_limits.h - every size, count and time limit of the classifier, by
 * name (the rules' counterpart of parsers/limits.h).
 *
 * Crossing one while classifying a letter never aborts: the engine records a
 * warning on the letter, degrades (scans less text, counts the pattern as
 * not matching) and goes on. Crossing one while loading a rule set is a
 * problem reported as file:line, and the set is refused.
 */
#ifndef MB_RULES_LIMITS_H
#define MB_RULES_LIMITS_H

/* PCRE2 match limit for one pattern on one field: the number of times the
 * matcher may call its internal match() (JIT: backtracking steps). A
 * well-written pattern on a 2 KB letter needs a few thousand at most;
 * /(a+)+$/ on "aaaa...b" needs billions and stops here in about a millisecond. */
#define RULES_MATCH_LIMIT	200000u
/* A pattern with literal prefixes is tried where they start in the text,
 * one start at a time (an offset limit), each attempt with a share of
 * RULES_MATCH_LIMIT; past RULES_ATTEMPTS_MAX attempts, or when one needs
 * more than its share, the rest of the text is one ordinary search with the
 * whole limit. So a field costs at most twice RULES_MATCH_LIMIT, and a
 * pattern matches (and finds the same words) as one search would. */
#define RULES_ATTEMPTS_MAX	128u
#define RULES_ATTEMPT_LIMIT	(RULES_MATCH_LIMIT / RULES_ATTEMPTS_MAX)
/* PCRE2 depth limit (backtracking depth, interpreter only; JIT runs on
 * PCRE2's default 32 KiB machine stack, and running out of it is a limit
 * hit like the others). */
#define RULES_DEPTH_LIMIT	5000u
/* PCRE2 heap limit, in KiB, for the interpreter's backtracking frames. */
#define RULES_HEAP_LIMIT_KIB	(16u * 1024)

/* Normalised text of one field that the rules look at; past it the field is
 * cut (at a character boundary) with a warning. Letters are a few KB. */
#define RULES_FIELD_MAX		(256u * 1024)

/* Rule files: size of one file, length of one line, rules in a set, and
 * match/unless/example/counter lines in one rule. */
#define RULES_FILE_MAX		(4u * 1024 * 1024)
#define RULES_LINE_MAX		4096u
#define RULES_FILES_MAX		256u
#define RULES_MAX		5000u
#define RULES_PATTERNS_MAX	64u
#define RULES_EXAMPLES_MAX	64u
/* Lexicons: how many in a set, how deep one may use others, the most
 * characters a proximity form {A near N B} may put between its words, and
 * a pattern's length once its lexicons are expanded (past it: a problem
 * naming the rule and the length). */
#define RULES_LEXICONS_MAX	2000u
#define RULES_LEXICON_DEPTH_MAX	16u
#define RULES_NEAR_MAX		500u
#define RULES_EXPANDED_MAX	(256u * 1024)
/* Departments in the directory. */
#define RULES_DEPARTMENTS_MAX	500u
/* Problems reported by one load or check; the last one says there were more. */
#define RULES_PROBLEMS_MAX	500u

/* Weights of one rule: -RULES_WEIGHT_MAX .. RULES_WEIGHT_MAX, not 0. */
#define RULES_WEIGHT_MAX	100

#endif
