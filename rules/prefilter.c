/*
 * prefilter.c - literal prefixes of a pattern, and the bitmaps of a text
 * they are looked up in (see prefilter.h).
 *
 * The analysis reads the top-level alternatives of the pattern; for each it
 * skips leading \b, \B and ^, then reads up to two literal characters,
 * stepping into a leading (...) or (?:...) group whose alternatives it reads
 * the same way. A character followed by ?, * or {0 is optional and ends the
 * prefix before it; + or {n ends it after. Anything else it does not know
 * ends the prefix; an alternative with no literal first character makes the
 * whole pattern "always run".
 */
#include "prefilter.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "xalloc.h"

#define PAIR_BITS 16u
#define CHAR_BITS 12u

static uint32_t
pair_hash(uint32_t a, uint32_t b)
{
	return ((a * 0x9E3779B1u) ^ (b * 0x85EBCA77u) ^ (b >> 7)) >> (32 - PAIR_BITS);
}

static uint32_t
char_hash(uint32_t a)
{
	return (a * 0x9E3779B1u) >> (32 - CHAR_BITS);
}

/* A prefix: one or two code points. */
struct pfx {
	uint32_t cp[2];
	int n;
};

struct pfxset {
	struct pfx v[PREFILTER_KEYS_MAX];
	size_t n;
	bool fail;
};

static void
set_add(struct pfxset *s, struct pfx p)
{
	if (s->n >= PREFILTER_KEYS_MAX) {
		s->fail = true;
		return;
	}
	s->v[s->n++] = p;
}

/* The end of the group opened at s[i] == '(' (index of its ')'), or len. */
static size_t
group_end(const char *s, size_t len, size_t i)
{
	int depth = 0;
	bool cls = false;
	for (; i < len; i++) {
		char c = s[i];
		if (c == '\\') {
			i++;
			continue;
		}
		if (cls) {
			if (c == ']')
				cls = false;
			continue;
		}
		if (c == '[') {
			cls = true;
			if (i + 1 < len && s[i + 1] == '^')
				i++;
			if (i + 1 < len && s[i + 1] == ']')
				i++;
		} else if (c == '(') {
			depth++;
		} else if (c == ')') {
			if (--depth == 0)
				return i;
		}
	}
	return len;
}

/* 1: the atom ending before s[i] is optional (?, *, {0); 2: it may repeat
 * (+, {n): keep it, stop after; 0: neither. */
static int
quantifier(const char *s, size_t len, size_t i)
{
	if (i >= len)
		return 0;
	if (s[i] == '?' || s[i] == '*')
		return 1;
	if (s[i] == '+')
		return 2;
	if (s[i] == '{' && i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '9')
		return s[i + 1] == '0' ? 1 : 2;
	return 0;
}

static void alternatives(const char *s, size_t len, struct pfxset *out);

/* The prefixes of one alternative s[0..len). */
static void
sequence(const char *s, size_t len, struct pfxset *out)
{
	size_t i = 0;
	/* zero-width at the start */
	for (;;) {
		if (i + 1 < len && s[i] == '\\' && (s[i + 1] == 'b' || s[i + 1] == 'B'))
			i += 2;
		else if (i < len && s[i] == '^')
			i++;
		else
			break;
	}
	struct pfx cur = {{0, 0}, 0};
	while (i < len && cur.n < 2) {
		uint32_t cp = 0;
		size_t next;
		unsigned char c = (unsigned char)s[i];
		if (c == '(') {
			size_t e = group_end(s, len, i);
			if (e >= len)
				break;
			size_t in = i + 1;
			if (in + 1 < e && s[in] == '?') {
				if (s[in + 1] != ':')
					break;	/* lookaround, options, names: not read */
				in += 2;
			}
			if (in < e && s[in] == '*')
				break;	/* verbs */
			if (quantifier(s, len, e + 1) == 1)
				break;
			struct pfxset *inner = xmalloc(sizeof(*inner));
			inner->n = 0;
			inner->fail = false;
			alternatives(s + in, e - in, inner);
			if (inner->fail || inner->n == 0) {
				free(inner);
				break;
			}
			/* cur (0 or 1 characters) followed by each inner prefix */
			for (size_t k = 0; k < inner->n; k++) {
				struct pfx p = cur;
				for (int m = 0; m < inner->v[k].n && p.n < 2; m++)
					p.cp[p.n++] = inner->v[k].cp[m];
				set_add(out, p);
			}
			free(inner);
			return;
		}
		if (c == '\\') {
			if (i + 1 >= len)
				break;
			unsigned char e = (unsigned char)s[i + 1];
			if (e < 0x80 && ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z')
					 || (e >= '0' && e <= '9')))
				break;	/* \s \d \w \x \p \1 ...: not a literal */
			if (e >= 0x80)
				break;
			cp = e;
			next = i + 2;
		} else if (c == '.' || c == '[' || c == ')' || c == '|' || c == '$' || c == '^'
			   || c == '?' || c == '*' || c == '+' || c == '{') {
			break;
		} else {
			utf8proc_int32_t u;
			utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
							      (utf8proc_ssize_t)(len - i), &u);
			if (k <= 0)
				break;
			cp = (uint32_t)u;
			next = i + (size_t)k;
		}
		int q = quantifier(s, len, next);
		if (q == 1)
			break;
		cur.cp[cur.n++] = cp;
		if (q == 2)
			break;
		i = next;
	}
	if (cur.n == 0) {
		out->fail = true;
		return;
	}
	set_add(out, cur);
}

static void
alternatives(const char *s, size_t len, struct pfxset *out)
{
	size_t start = 0;
	for (size_t i = 0; i <= len && !out->fail; i++) {
		if (i < len) {
			char c = s[i];
			if (c == '\\') {
				i++;
				continue;
			}
			if (c == '(' || c == '[') {
				if (c == '[') {
					/* a class: skip to its end */
					size_t j = i + 1;
					if (j < len && s[j] == '^')
						j++;
					if (j < len && s[j] == ']')
						j++;
					while (j < len && s[j] != ']') {
						if (s[j] == '\\')
							j++;
						j++;
					}
					i = j;
				} else {
					i = group_end(s, len, i);
				}
				if (i >= len) {
					out->fail = true;
					return;
				}
				continue;
			}
			if (c != '|')
				continue;
		}
		sequence(s + start, i - start, out);
		start = i + 1;
	}
}

void
prefilter_compile(const char *src, size_t len, bool extended, struct prefilter *pf)
{
	memset(pf, 0, sizeof(*pf));
	pf->always = true;
	if (extended || len == 0)
		return;
	struct pfxset *set = xmalloc(sizeof(*set));
	set->n = 0;
	set->fail = false;
	alternatives(src, len, set);
	if (!set->fail && set->n > 0) {
		pf->keys = xcalloc(set->n, sizeof(uint32_t));
		for (size_t i = 0; i < set->n; i++)
			pf->keys[i] = set->v[i].n == 2 ? pair_hash(set->v[i].cp[0], set->v[i].cp[1])
						       : PREFILTER_UNI | char_hash(set->v[i].cp[0]);
		pf->count = set->n;
		pf->always = false;
	}
	free(set);
}

size_t
prefilter_split(const char *s, size_t len, size_t *starts, size_t *ends, size_t max)
{
	size_t n = 0, start = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i < len) {
			char c = s[i];
			if (c == '\\') {
				i++;
				continue;
			}
			if (c == '[') {
				size_t j = i + 1;
				if (j < len && s[j] == '^')
					j++;
				if (j < len && s[j] == ']')
					j++;
				while (j < len && s[j] != ']') {
					if (s[j] == '\\')
						j++;
					j++;
				}
				if (j >= len)
					return 0;
				i = j;
				continue;
			}
			if (c == '(') {
				i = group_end(s, len, i);
				if (i >= len)
					return 0;
				continue;
			}
			if (c != '|')
				continue;
		}
		if (n == max)
			return 0;
		starts[n] = start;
		ends[n] = i;
		n++;
		start = i + 1;
	}
	return n;
}

void
prefilter_deinit(struct prefilter *pf)
{
	free(pf->keys);
	memset(pf, 0, sizeof(*pf));
}

void
prefilter_scan(struct prefilter_text *t, const char *text, size_t len)
{
	memset(t, 0, sizeof(*t));
	const unsigned char *s = (const unsigned char *)text;
	uint32_t prev = 0;
	bool have_prev = false;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		unsigned char c = s[i];
		if (c < 0x80) {
			cp = c;
			i++;
		} else {
			utf8proc_int32_t u;
			utf8proc_ssize_t k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &u);
			if (k <= 0) {
				i++;
				have_prev = false;
				continue;
			}
			cp = (uint32_t)u;
			i += (size_t)k;
		}
		uint32_t h = char_hash(cp);
		t->chars[h >> 6] |= (uint64_t)1 << (h & 63);
		if (have_prev) {
			h = pair_hash(prev, cp);
			t->pairs[h >> 6] |= (uint64_t)1 << (h & 63);
		}
		prev = cp;
		have_prev = true;
	}
}

bool
prefilter_may_match(const struct prefilter *pf, const struct prefilter_text *t)
{
	if (pf->always)
		return true;
	for (size_t i = 0; i < pf->count; i++) {
		uint32_t k = pf->keys[i];
		if (k & PREFILTER_UNI) {
			k &= ~PREFILTER_UNI;
			if (t->chars[k >> 6] & ((uint64_t)1 << (k & 63)))
				return true;
		} else if (t->pairs[k >> 6] & ((uint64_t)1 << (k & 63))) {
			return true;
		}
	}
	return false;
}
