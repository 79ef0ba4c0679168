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
#define PREFILTER_KEYS_MAX 1024
/* Prefixes a pattern may have (counted as written, before duplicates go)
 * and still be split into its alternatives (ruleset.c: split_pattern). */
#define PREFILTER_SPLIT_KEYS_MAX 256

/* One node of a required-literal formula (preorder; size: the nodes of its
 * subtree, itself included). */
struct prefilter_node {
	uint8_t op;		/* PREFILTER_KEY, PREFILTER_AND, PREFILTER_OR */
	uint32_t key;		/* PREFILTER_KEY: a bit of the grams bitmap */
	uint32_t size;
};

enum { PREFILTER_KEY, PREFILTER_AND, PREFILTER_OR };

/* One prefix as written: one or two code points. */
struct prefilter_pfx {
	uint32_t cp[2];
	uint32_t n;
};

struct prefilter {
	uint32_t *keys;		/* PREFILTER_UNI | hash, or a bigram hash */
	struct prefilter_pfx *pfx;	/* the same prefixes, exact (keys[i] is pfx[i]'s) */
	size_t count;
	bool always;		/* no prefix prefilter (the pattern is not split) */
	/* Its prefixes needed a class ([小中]), a look-around to skip, or
	 * more than PREFILTER_SPLIT_KEYS_MAX of them: the pattern is not split
	 * (split, its alternatives run in order and the first that matches
	 * gives the words; whole, the leftmost match does: what they gave
	 * before these prefixes were read). */
	bool wide;
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
	/* Where each character and each pair of adjacent characters starts:
	 * a hash table of the distinct ones, each with the chain of its
	 * occurrences (prefilter_starts). Private to prefilter.c. */
	size_t nchars;
	uint32_t *off;		/* byte offset of each character */
	uint64_t *slot_key;
	uint32_t *slot_head;	/* first entry (2 * char, + 1 for a pair), or UINT32_MAX */
	uint32_t *next;		/* the entry's next occurrence, or UINT32_MAX */
	uint64_t *marks;	/* characters marked by prefilter_starts (cleared after) */
	bool indexed;		/* the table is built (by the first prefilter_starts) */
	bool grams_read;	/* the bitmap was filled (prefilter_scan): without it
				 * (prefilter_scan_chars) every pattern may match */
	size_t slots_mask, cap_chars, cap_slots;
};

/* Reads the prefixes of a pattern's source (len bytes, UTF-8) into *pf
 * (release with prefilter_deinit). extended: compiled with the x flag. */
void prefilter_compile(const char *src, size_t len, bool extended, struct prefilter *pf);
void prefilter_deinit(struct prefilter *pf);

/* Splits a pattern's source at its top-level '|' (outside groups and
 * classes): the alternatives' [start, end) into starts/ends. Returns their
 * number, or 0 when the source has more than max or is unbalanced. */
size_t prefilter_split(const char *src, size_t len, size_t *starts, size_t *ends, size_t max);

/* In a pattern's source: the index of the ']' that closes the class opening
 * at s[i] == '[' (a ']' first in it, escapes and [:alpha:] read), of the
 * ')' that closes the group opening at s[i] == '('; len when it does not
 * close. */
size_t prefilter_class_end(const char *s, size_t len, size_t i);
size_t prefilter_group_end(const char *s, size_t len, size_t i);

/* Fills *t from len bytes of (normalised, valid UTF-8) text. *t is zeroed
 * before its first scan and may be scanned again; prefilter_text_deinit
 * releases what the scans allocated. */
void prefilter_scan(struct prefilter_text *t, const char *text, size_t len);
/* The same without the bitmap: where each character starts
 * (prefilter_starts), for a caller that knows what may match by other
 * means (the Hyperscan scan, hsdb.h), which the bitmap's hashing then
 * cost without telling it more (5% of a letter's instructions).
 * prefilter_may_match and prefilter_formula_may_match say true. */
void prefilter_scan_chars(struct prefilter_text *t, const char *text, size_t len);
/* A text to scan into (malloc'd; its bitmap is cleared by the scan, the
 * rest zeroed): instead of zeroing the whole of it. Release with
 * prefilter_text_deinit and free. */
struct prefilter_text *prefilter_text_new(void);
void prefilter_text_deinit(struct prefilter_text *t);

/* Every byte offset of the text scanned into t where one of pf's prefixes
 * starts, ascending, into starts_r (room for t->nchars). Every match of the
 * pattern starts at one of them (so anchored attempts there, in order, find
 * the leftmost match). Returns their number, or SIZE_MAX when pf has no
 * prefixes (pf->always: any offset may start a match). */
size_t prefilter_starts(const struct prefilter *pf, struct prefilter_text *t, uint32_t *starts_r);

/* Whether the pattern may match the text scanned into t. */
bool prefilter_may_match(const struct prefilter *pf, const struct prefilter_text *t);
/* The same by the formula alone (its prefixes not looked at: a caller that
 * knows one of them occurs). */
bool prefilter_formula_may_match(const struct prefilter *pf, const struct prefilter_text *t);

#endif
