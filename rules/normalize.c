/*
 * normalize.c - the text the rules see (see normalize.h).
 *
 * Where it sits: between the parsers' letter (UTF-8 subject, text, sender)
 * and the pattern matcher. Every character goes through one of two paths:
 * the fast path (ASCII, and characters that NFKC and case folding leave
 * alone, which is nearly all of Chinese text) copies it, through the
 * Traditional->Simplified table; the slow path runs utf8proc_map on the
 * character with the combining marks after it (a "cluster", so that NFKC
 * composes e + U+0301 to é as it would on the whole text) and feeds each
 * resulting character through the same table. Runs of white space (after
 * NFKC, so U+3000 and U+00A0 too) become one ASCII space, so a pattern
 * "unpaid wages" matches across a line break.
 *
 * Traditional->Simplified is done character by character with a table that
 * OpenCC's t2s.json gives for each character of the CJK blocks. OpenCC's
 * phrase conversion may change the number of characters, which would break
 * the offset map; for matching, the character folding is what counts.
 */
#include "normalize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <opencc/opencc.h>
#include <pthread.h>
#include <utf8proc.h>

#include "buf.h"
#include "xalloc.h"

/* CJK Extension A (U+3400) to the end of the Unified Ideographs (U+9FFF),
 * and the Compatibility Ideographs are left to NFKC. */
#define T2S_FIRST 0x3400u
#define T2S_LAST  0x9FFFu

struct normalizer {
	uint32_t t2s[T2S_LAST - T2S_FIRST + 1];	/* 0: unchanged */
};

static int
utf8_decode(const unsigned char *s, size_t n, uint32_t *cp_r)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t r = utf8proc_iterate(s, (utf8proc_ssize_t)n, &cp);
	if (r <= 0) {
		*cp_r = 0xFFFD;
		return 1;
	}
	*cp_r = (uint32_t)cp;
	return (int)r;
}

/* utf8_decode, with two- and three-byte characters read here (what
 * utf8proc_iterate accepts of them: no overlong form, no surrogate). */
static inline int
decode_fast(const unsigned char *s, size_t n, uint32_t *cp_r)
{
	unsigned char c = s[0];
	if (c >= 0xC2 && c <= 0xDF && n >= 2 && (s[1] & 0xC0) == 0x80) {
		*cp_r = ((uint32_t)(c & 0x1F) << 6) | (uint32_t)(s[1] & 0x3F);
		return 2;
	}
	if (c >= 0xE0 && c <= 0xEF && n >= 3 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80
	    && !(c == 0xE0 && s[1] < 0xA0) && !(c == 0xED && s[1] >= 0xA0)) {
		*cp_r = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6)
			| (uint32_t)(s[2] & 0x3F);
		return 3;
	}
	return utf8_decode(s, n, cp_r);
}

/*
 * The table costs OpenCC loading its dictionaries and converting 27,648
 * characters (tens of milliseconds); it is the same for every rule set, so
 * it is built once per process and each normalizer copies it. A reload of
 * the rules (SIGHUP, `rules check` over many files, the rule-set fuzzer)
 * no longer pays for OpenCC each time.
 */
#define T2S_COUNT (T2S_LAST - T2S_FIRST + 1)

/* What utf8proc does to a cluster that is not stable: NFKC and case
 * folding, default ignorables dropped. */
#define NFKC_CASEFOLD                                                                   \
	(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD         \
	 | UTF8PROC_IGNORE)

static uint32_t t2s_table[T2S_COUNT];
/* Per code point of the Basic Multilingual Plane, what the loop below asks
 * utf8proc of each character (three property lookups a character were a
 * tenth of classifying a letter): built once with the table. */
#define BMP_END 0x10000u	/* the plane's code points are below it */
enum { NF_STABLE = 1, NF_COMBINING = 2, NF_SPACE = 4 };
static uint8_t bmp_flags[BMP_END];
/* And for a character that is not stable: the one code point NFKC and
 * case folding make of it alone (full-width ，：（ to , : (), 0 when they
 * make none, several or one outside the plane (utf8proc then maps it). */
static uint16_t bmp_single[BMP_END];
static enum mb_status t2s_status = MB_FATAL;
static char t2s_error[160];
static pthread_once_t t2s_once = PTHREAD_ONCE_INIT;

/* What utf8proc says of cp: a space (Unicode Z*, NEL)... */
static int
space_raw(uint32_t cp)
{
	if (cp == ' ' || (cp >= 0x09 && cp <= 0x0D))
		return 1;
	if (cp < 0x80)
		return 0;
	utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
	return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL
	    || c == UTF8PROC_CATEGORY_ZP || cp == 0x85;
}

/* ...a character NFKC + case folding leave as it is... */
static int
stable_raw(uint32_t cp)
{
	const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);
	return p->decomp_seqindex == UINT16_MAX && p->casefold_seqindex == UINT16_MAX
	    && !p->ignorable && p->combining_class == 0 && !p->comp_exclusion
	    && !(cp >= 0xAC00 && cp <= 0xD7A3);
}

/* ...a combining mark. */
static int
combining_raw(uint32_t cp)
{
	if (cp < 0x300)
		return 0;
	return utf8proc_get_property((utf8proc_int32_t)cp)->combining_class != 0;
}

/* bmp_flags and bmp_single. */
static void
bmp_build(void)
{
	for (uint32_t cp = 0; cp < BMP_END; cp++) {
		bmp_flags[cp] = (uint8_t)((stable_raw(cp) ? NF_STABLE : 0)
					  | (combining_raw(cp) ? NF_COMBINING : 0)
					  | (space_raw(cp) ? NF_SPACE : 0));
		if ((bmp_flags[cp] & NF_STABLE) || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFD)
			continue;
		utf8proc_uint8_t in[4], *mapped = NULL;
		utf8proc_ssize_t k = utf8proc_encode_char((utf8proc_int32_t)cp, in);
		utf8proc_ssize_t r = utf8proc_map(in, k, &mapped, NFKC_CASEFOLD);
		uint32_t out;
		if (r > 0 && utf8_decode(mapped, (size_t)r, &out) == r && out < BMP_END && out != 0)
			bmp_single[cp] = (uint16_t)out;
		free(mapped);
	}
}

static void
t2s_build(void)
{
	bmp_build();
	opencc_t cc = opencc_open("t2s.json");
	if (cc == (opencc_t)-1) {
		snprintf(t2s_error, sizeof(t2s_error), "OpenCC: cannot open t2s.json: %s", opencc_error());
		return;
	}
	/* every character on a line of its own, converted in one call */
	struct buf b;
	buf_init(&b, T2S_COUNT * 5 + 16);
	for (uint32_t cp = T2S_FIRST; cp <= T2S_LAST; cp++) {
		utf8proc_uint8_t tmp[4];
		utf8proc_ssize_t k = utf8proc_encode_char((utf8proc_int32_t)cp, tmp);
		(void)buf_append(&b, tmp, (size_t)k);
		(void)buf_putc(&b, '\n');
	}
	char *conv = opencc_convert_utf8(cc, b.data, b.len);
	buf_deinit(&b);
	if (conv == NULL) {
		snprintf(t2s_error, sizeof(t2s_error), "OpenCC: conversion failed: %s", opencc_error());
		opencc_close(cc);
		return;
	}
	const unsigned char *p = (const unsigned char *)conv;
	size_t left = strlen(conv);
	uint32_t cp = T2S_FIRST;
	while (left > 0 && cp <= T2S_LAST) {
		const unsigned char *nl = memchr(p, '\n', left);
		size_t linelen = nl ? (size_t)(nl - p) : left;
		uint32_t out;
		int k = linelen > 0 ? utf8_decode(p, linelen, &out) : 0;
		/* one character in, one character out: keep it when it differs */
		if (k > 0 && (size_t)k == linelen && out != cp)
			t2s_table[cp - T2S_FIRST] = out;
		cp++;
		if (!nl)
			break;
		left -= linelen + 1;
		p = nl + 1;
	}
	opencc_convert_utf8_free(conv);
	opencc_close(cc);
	t2s_status = MB_OK;
}

enum mb_status
normalize_new(struct normalizer **n_r, char *err, size_t errlen)
{
	*n_r = NULL;
	(void)pthread_once(&t2s_once, t2s_build);
	if (t2s_status != MB_OK) {
		snprintf(err, errlen, "%s", t2s_error);
		return t2s_status;
	}
	struct normalizer *n = xcalloc(1, sizeof(*n));
	memcpy(n->t2s, t2s_table, sizeof(n->t2s));
	*n_r = n;
	return MB_OK;
}

void
normalize_free(struct normalizer **np)
{
	free(*np);
	*np = NULL;
}

void
normalize_deinit(struct normalized *out)
{
	free(out->text);
	free(out->map_start);
	free(out->map_end);
	memset(out, 0, sizeof(*out));
}

struct emitter {
	struct buf b;
	struct normalized *out;
	int last_space;
	int full;
};

static void
emit_map(struct emitter *e, size_t nbytes, uint32_t os, uint32_t oe)
{
	struct normalized *o = e->out;
	if (e->b.len > o->map_cap) {
		size_t cap = o->map_cap ? o->map_cap * 2 : 256;
		while (cap < e->b.len)
			cap *= 2;
		o->map_start = xreallocarray(o->map_start, cap, sizeof(uint32_t));
		o->map_end = xreallocarray(o->map_end, cap, sizeof(uint32_t));
		o->map_cap = cap;
	}
	for (size_t i = e->b.len - nbytes; i < e->b.len; i++) {
		o->map_start[i] = os;
		o->map_end[i] = oe;
	}
}

static int
is_space(uint32_t cp)
{
	return cp < BMP_END ? (bmp_flags[cp] & NF_SPACE) != 0 : space_raw(cp);
}

/* One normalised character out, through the t2s table and the space rule. */
static void
emit_char(struct emitter *e, const struct normalizer *n, uint32_t cp, uint32_t os, uint32_t oe)
{
	if (e->full)
		return;
	if (is_space(cp)) {
		if (e->last_space)
			return;
		cp = ' ';
		e->last_space = 1;
	} else {
		e->last_space = 0;
	}
	if (cp >= T2S_FIRST && cp <= T2S_LAST && n->t2s[cp - T2S_FIRST])
		cp = n->t2s[cp - T2S_FIRST];
	size_t before = e->b.len;
	if (buf_put_utf8(&e->b, cp) != MB_OK) {
		e->full = 1;
		return;
	}
	if (e->b.len > before)
		emit_map(e, e->b.len - before, os, oe);
}

/* Characters NFKC + case folding leave as they are. */
static int
is_stable(uint32_t cp)
{
	return cp < BMP_END ? (bmp_flags[cp] & NF_STABLE) != 0 : stable_raw(cp);
}

static int
is_combining(uint32_t cp)
{
	return cp < BMP_END ? (bmp_flags[cp] & NF_COMBINING) != 0 : combining_raw(cp);
}

enum mb_status
normalize_text(const struct normalizer *n, const char *in, size_t len, size_t max,
	       struct normalized *out)
{
	struct emitter e;
	memset(out, 0, sizeof(*out));
	memset(&e, 0, sizeof(e));
	e.out = out;
	e.last_space = 1;	/* drops leading space */
	buf_init(&e.b, max);
	if (len > UINT32_MAX - 1) {
		len = UINT32_MAX - 1;
		out->truncated = 1;
	}
	const unsigned char *s = (const unsigned char *)in;
	size_t i = 0;
	while (i < len && !e.full) {
		unsigned char c = s[i];
		if (c < 0x80 && (i + 1 >= len || s[i + 1] < 0x80)) {
			/* ASCII, no combining mark after it */
			uint32_t cp = (c >= 'A' && c <= 'Z') ? (uint32_t)(c + 32) : c;
			emit_char(&e, n, cp, (uint32_t)i, (uint32_t)(i + 1));
			i++;
			continue;
		}
		uint32_t cp;
		int k = decode_fast(s + i, len - i, &cp);
		size_t j = i + (size_t)k;
		/* the cluster: this character and the combining marks after it
		 * (a mark is U+0300 or above: its first byte is 0xCC or above) */
		uint32_t next = 0;
		size_t cend = j;
		while (cend < len && s[cend] >= 0xCC) {
			int kk = decode_fast(s + cend, len - cend, &next);
			if (!is_combining(next))
				break;
			cend += (size_t)kk;
		}
		if (cend == j && cp != 0xFFFD && is_stable(cp)) {
			emit_char(&e, n, cp, (uint32_t)i, (uint32_t)j);
			i = j;
			continue;
		}
		if (cend == j && cp < BMP_END && bmp_single[cp]) {
			/* what utf8proc_map makes of it: one character */
			emit_char(&e, n, bmp_single[cp], (uint32_t)i, (uint32_t)j);
			i = j;
			continue;
		}
		/* slow path: utf8proc on the cluster (invalid bytes: U+FFFD) */
		utf8proc_uint8_t *mapped = NULL;
		utf8proc_ssize_t r = -1;
		if (cp != 0xFFFD || k > 1)
			r = utf8proc_map(s + i, (utf8proc_ssize_t)(cend - i), &mapped,
					 NFKC_CASEFOLD);
		if (r < 0) {
			emit_char(&e, n, 0xFFFD, (uint32_t)i, (uint32_t)cend);
		} else {
			size_t p = 0;
			while (p < (size_t)r) {
				uint32_t ocp;
				p += (size_t)utf8_decode(mapped + p, (size_t)r - p, &ocp);
				emit_char(&e, n, ocp, (uint32_t)i, (uint32_t)cend);
			}
		}
		free(mapped);
		i = cend;
	}
	/* drop one trailing space */
	if (e.b.len > 0 && e.b.data[e.b.len - 1] == ' ')
		e.b.data[--e.b.len] = '\0';
	out->truncated = out->truncated || e.full;
	out->text = buf_take(&e.b, &out->len);
	if (out->map_cap == 0) {
		out->map_start = xcalloc(1, sizeof(uint32_t));
		out->map_end = xcalloc(1, sizeof(uint32_t));
		out->map_cap = 1;
	}
	return out->truncated ? MB_LIMIT : MB_OK;
}

void
normalize_span(const struct normalized *out, size_t s, size_t e, size_t *start_r, size_t *end_r)
{
	if (out->len == 0 || s >= out->len) {
		*start_r = *end_r = 0;
		return;
	}
	if (e > out->len)
		e = out->len;
	if (e <= s)
		e = s + 1;
	*start_r = out->map_start[s];
	*end_r = out->map_end[e - 1];
}

bool
normalize_is_han(uint32_t cp)
{
	return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF)
	       || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF);
}
