/*
 * suggest.h - words and phrases that would separate a target (a category,
 * or confidential) where the rules miss it: what `mayorbox rules suggest`
 * proposes to a rule writer.
 *
 * Fed normalised texts (normalize.c, as the rules see them), each marked
 * target or not and, for targets, whether the rules missed it. The grams
 * are Chinese character n-grams of 2 to 4 (within a run of Han characters)
 * and English words of 3 letters or more and pairs of adjacent words (not
 * both of them stop words). Only grams of missed letters are kept: add
 * every missed letter first (suggest_add with SUGGEST_MISSED), then the
 * others, which only count towards the grams already kept.
 *
 * Pure: no I/O.
 */
#ifndef MB_SUGGEST_H
#define MB_SUGGEST_H

#include <stdbool.h>
#include <stddef.h>

/* Distinct grams kept; past it new grams are not kept (suggest_truncated). */
#define SUGGEST_GRAMS_MAX	2000000u

enum suggest_kind {
	SUGGEST_MISSED,		/* a target letter the rules missed */
	SUGGEST_FOUND,		/* a target letter the rules found */
	SUGGEST_OTHER,		/* not a target */
};

struct suggest_gram {
	const char *text;	/* borrowed from the suggest object */
	size_t missed;		/* missed target letters that hold it */
	size_t target;		/* target letters that hold it (missed or found) */
	size_t other;		/* non-target letters that hold it */
	double precision;	/* target / (target + other) */
	double recall;		/* missed / all missed letters */
	double score;		/* 2PR / (P + R) */
};

struct suggest;

struct suggest *suggest_new(void);
void suggest_free(struct suggest **sgp);

/* Counts the grams of one letter's normalised text. */
void suggest_add(struct suggest *sg, const char *text, size_t len, enum suggest_kind kind);

/* The grams held by at least min_missed missed letters, best first: score,
 * then more missed letters, then the shorter, then byte order. Returns
 * their number; *v_r (caller frees the array, not the texts) is valid
 * while sg lives. */
size_t suggest_rank(struct suggest *sg, size_t min_missed, struct suggest_gram **v_r);

/* Letters added of each kind, and whether SUGGEST_GRAMS_MAX was reached. */
size_t suggest_count(const struct suggest *sg, enum suggest_kind kind);
bool suggest_truncated(const struct suggest *sg);

#endif
