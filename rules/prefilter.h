/*
 * prefilter.h - a cheap test that tells, before PCRE2 runs, that a pattern
 * cannot match a text: every match of the pattern begins with one of a few
 * literal prefixes (one or two characters, read from the pattern's source);
 * when none of them occurs in the text, the pattern is skipped. What makes
 * the engine fast while still knowing every rule that fired.
 *
 * Sound by construction: a pattern the analysis does not understand (a
 * class, a dot or an escape first, extended syntax, options) gets no
 * prefilter and always runs; hash collisions only make a pattern run when
 * it need not.
 */
#ifndef MB_PREFILTER_H
#define MB_PREFILTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* At most this many prefixes per pattern; more and the pattern always runs. */
#define PREFILTER_KEYS_MAX 256

/* One node of a required-literal formula (preorder; size: the nodes of its
 * subtree, itself included). */
struct prefilter_node {
	uint8_t op;		/* PREFILTER_KEY, PREFILTER_AND, PREFILTER_OR */
	uint32_t key;		/* PREFILTER_KEY: a bit of the grams bitmap */
	uint32_t size;
};

enum { PREFILTER_KEY, PREFILTER_AND, PREFILTER_OR };

struct prefilter {
	uint32_t *keys;		/* PREFILTER_UNI | hash, or a bigram hash */
	size_t count;
	bool always;		/* no prefix prefilter (the pattern is not split) */
	/* What every match needs anywhere in the text: literal characters and
	 * adjacent pairs of them, combined by AND (a sequence) and OR
	 * (alternatives); NULL when nothing is known. Checked besides the
	 * prefixes. */
	struct prefilter_node *formula;
	size_t formula_count;
};

#define PREFILTER_UNI 0x80000000u

/* Which characters and runs of 2, 3 and 4 characters a text holds (one
 * bitmap of their hashes). */
#define PREFILTER_GRAM_BITS 18u
struct prefilter_text {
	uint64_t grams[(1u << PREFILTER_GRAM_BITS) / 64];
};

/* Reads the prefixes of a pattern's source (len bytes, UTF-8) into *pf
 * (release with prefilter_deinit). extended: compiled with the x flag. */
void prefilter_compile(const char *src, size_t len, bool extended, struct prefilter *pf);
void prefilter_deinit(struct prefilter *pf);

/* Splits a pattern's source at its top-level '|' (outside groups and
 * classes): the alternatives' [start, end) into starts/ends. Returns their
 * number, or 0 when the source has more than max or is unbalanced. */
size_t prefilter_split(const char *src, size_t len, size_t *starts, size_t *ends, size_t max);

/* Fills *t from len bytes of (normalised, valid UTF-8) text. */
void prefilter_scan(struct prefilter_text *t, const char *text, size_t len);

/* Whether the pattern may match the text scanned into t. */
bool prefilter_may_match(const struct prefilter *pf, const struct prefilter_text *t);

#endif
