/*
 * hsdb.c - the rule set's units guarded by literals in one Hyperscan
 * database (see hsdb.h).
 *
 * Each unit is relaxed (relax: a superset of its texts, in simpler
 * syntax), its guard read from the relaxation (guard_alternation), and the
 * distinct literals of all guards compiled with hs_compile_lit_multi
 * (HS_FLAG_SINGLEMATCH: a literal is reported once a scan); a literal's
 * match marks the units it guards.
 */
#include "hsdb.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "prefilter.h"
#include "xalloc.h"

#ifdef MB_HYPERSCAN

#include <stdatomic.h>

#include <hs.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <utf8proc.h>

/* A counted repeat's minimum is read up to this and no further (PCRE2's
 * own limit is 65535): only whether it is 0 matters to the relaxation. */
#define HSDB_REPEAT_SATURATE 100000ul
/* The guard literals' first allocation (doubled as they grow). */
#define HSDB_LITERALS_FIRST 1024
/* Groups nested deeper than this make a unit unreadable to the readers
 * of prefixes, lengths and spans (it is then guarded as before: always,
 * or by its relaxation's literals). */
#define HSDB_NESTING_MAX 64
/* Alternatives are read as parts down to this depth of wrapping groups. */
#define HSDB_SPLIT_DEPTH_MAX 16
/* A small class after a prefix's literal run is expanded into at most this
 * many prefixes (one a character). */
#define HSDB_CLASS_EXPAND_MAX 32
/* Start lists this short are sorted by insertion, longer ones by qsort. */
#define HSDB_INSERTION_SORT_MAX 32

/* units[] holds units (their guards' literals mark them) and, tagged,
 * parts of units: a part literal k starts every match of, and a part whose
 * guard's occurrences are kept for its window. */
#define HSDB_PREFIX_TAG 0x80000000u
#define HSDB_WINDOW_TAG 0x40000000u
#define HSDB_UNIT_MASK 0x3FFFFFFFu
/* A unit's top-level alternatives read as parts, at most (more: one part). */
#define HSDB_PARTS_MAX 256
/* (unit, start) pairs one field's scan may record; past it the field's
 * starts are unknown (hsdb_unit_starts: SIZE_MAX). */
#define HSDB_STARTS_MAX (1u << 18)

struct hsdb {
	hs_database_t *db;
	hs_scratch_t *proto;		/* cloned for takers */
	_Atomic(struct hsdb_scratch *) spare;	/* one given back, for the next taker */
	uint64_t *always;		/* units that run on every text */
	uint64_t *located;		/* units whose every part is located */
	/* Each unit's top-level alternatives (one when it has none, or is not
	 * read) are its parts, parts[part_first[u] .. part_first[u + 1]): the
	 * starts and windows are read part by part */
	uint32_t *part_first;
	uint32_t *span;			/* per part: its span (unit_span), or UINT32_MAX */
	bool *part_prefixed;		/* per part: starts where its prefixes do */
	uint32_t *part_src;		/* per part: its [start, end) in its unit's source */
	uint32_t *part_unit;		/* per part: the unit whose source it is in */
	/* per part: its tail (a group ending it, after a gap: hsdb_part_tail),
	 * a part of its own past every unit's, and the most bytes before it */
	uint32_t *tail, *tail_dist;
	uint32_t *tail_grow;		/* with tail_dist: hsdb_part_tail_reach */
	uint32_t *tail_cdist, *tail_cgrow;	/* the same in characters */
	uint8_t *part_wrap;		/* per part: HSDB_WRAP_* */
	size_t unit_parts;		/* parts of units; tails after them */
	size_t parts;
	size_t words, count;
	/* literal k guards units[first[k] .. first[k + 1]) (HSDB_PREFIX_TAG:
	 * starts them); it is lens[k] bytes long */
	uint32_t *first;
	uint32_t *units;
	uint32_t *lens;
	size_t literals;
	/* part p starts where literals pfx_lits[pfx_first[p] .. pfx_first[p + 1])
	 * do; its window's guard is win_lits[win_first[p] ..]; tracked[k]: the
	 * scan keeps where literal k occurs */
	uint32_t *pfx_first, *pfx_lits, *win_first, *win_lits;
	bool *tracked;
	/* literal k is a prefix of parts lit_pfx_parts[lit_pfx_first[k] ..
	 * lit_pfx_first[k + 1]) */
	uint32_t *lit_pfx_first, *lit_pfx_parts;
	/* per part: the number of its list of prefixes, and of its window's
	 * guard, among the distinct lists (parts of many units share one: a
	 * lexicon at their heads); UINT32_MAX: none */
	uint32_t *pfx_set, *win_set;
	size_t sets;
};

/* Where the tracked literals started in one field's text: a list per
 * literal (newest first) of pairs. */
struct hsdb_starts {
	uint32_t *head;		/* per literal: its newest pair + 1, 0: none */
	uint32_t *count;	/* per literal: its pairs */
	uint32_t *touched;	/* literals with pairs (to clear them) */
	uint64_t *has;		/* one bit a literal: it has pairs */
	uint64_t *parts;	/* one bit a part: one of its prefixes has pairs */
	size_t part_words;
	/* per list of prefixes (pfx_set): where they start, once gathered
	 * (set_at[q] - 1 into sa, set_n[q] of them; set_at[q] 0: not yet) */
	uint32_t *set_at, *set_n, *set_touched;
	size_t nset_touched;
	uint32_t *sa;
	size_t sa_n, sa_cap;
	size_t ntouched;
	uint32_t *at, *next;	/* pair: start offset, older pair + 1 */
	size_t n, cap;
	size_t len;		/* the field's length (bytes) */
	bool known;		/* scanned, and within HSDB_STARTS_MAX */
};

struct hsdb_scratch {
	hs_scratch_t *hs;
	struct hsdb_starts st[HSDB_FIELDS];	/* where each tracked literal starts */
	uint32_t *tmp, *tmp2;
	size_t tmp_cap, tmp2_cap;
	/* one bit a byte offset of a field (gather), all clear between uses */
	uint64_t *bm;
	size_t bm_words;
};

struct hsdb_match {
	const struct hsdb *h;
	uint64_t *bits;
	struct hsdb_starts *st;
};

bool
hsdb_available(void)
{
	return hs_valid_platform() == HS_SUCCESS;
}

/*
 * What Hyperscan is given is a relaxation of the unit: a pattern that
 * matches wherever the unit does, and is much cheaper to compile and run
 * (a bounded repeat of a Unicode class, .{0,40} or [^。]{0,30}, is what
 * made the shipped rules take many minutes: Hyperscan unrolls it over
 * UTF-8). Each step only lets more texts match, and PCRE2 decides
 * afterwards:
 *
 *   - a counted repeat {M,N}, {M,} or {M} becomes * (M = 0) or +;
 *   - a class with an escape, a POSIX class or a negation, and the escapes
 *     of classes (\w, \s, \d, \p{..}, \N, ...) become a dot, which matches
 *     any one character (HS_FLAG_DOTALL); \R and \X become (?:.+);
 *   - assertions are dropped: \b, \B, look-aheads and look-behinds;
 *   - atomic groups become plain ones, named groups unnamed ones, and
 *     possessive quantifiers greedy.
 *
 * That also leaves Unicode's character tables, where two libraries might
 * differ, to PCRE2 alone. Sources with \Q, \c or a verb (*...) are given as
 * they are (Hyperscan then takes them as written, or not at all).
 */
struct relaxed {
	char *d;
	size_t n, cap;
};

static void
put(struct relaxed *o, const char *s, size_t n)
{
	if (o->n + n + 1 > o->cap) {
		o->cap = (o->n + n + 1) * 2;
		o->d = xreallocarray(o->d, o->cap, 1);
	}
	memcpy(o->d + o->n, s, n);
	o->n += n;
	o->d[o->n] = '\0';
}

/* The end of the class that opens at s[i] == '[' (past its ']'); *plain_r:
 * a positive class of characters and ranges only. */
static size_t
class_end(const char *s, size_t len, size_t i, bool *plain_r)
{
	bool plain = true;
	size_t j = i + 1;
	if (j < len && s[j] == '^') {
		plain = false;
		j++;
	}
	if (j < len && s[j] == ']')
		j++;
	while (j < len && s[j] != ']') {
		if (s[j] == '\\') {
			plain = false;
			j += 2;
			continue;
		}
		if (s[j] == '[' && j + 1 < len && s[j + 1] == ':') {
			plain = false;
			const char *close = strstr(s + j + 2, ":]");
			if (close && (size_t)(close - s) < len) {
				j = (size_t)(close - s) + 2;
				continue;
			}
		}
		j++;
	}
	if (j < len)
		j++;
	if (plain_r)
		*plain_r = plain;
	return j > len ? len : j;
}

static size_t
class_skip(const char *s, size_t len, size_t i)
{
	return class_end(s, len, i, NULL);
}

/* The end of the group that opens at s[i] == '(' (past its ')'). */
static size_t
group_skip(const char *s, size_t len, size_t i)
{
	int depth = 0;
	while (i < len) {
		char c = s[i];
		if (c == '\\') {
			i += 2;
			continue;
		}
		if (c == '[') {
			i = class_skip(s, len, i);
			continue;
		}
		i++;
		if (c == '(')
			depth++;
		else if (c == ')' && --depth == 0)
			return i;
	}
	return len;
}

/* A counted repeat {M}, {M,} or {M,N} at s[i]: its length, and M in *min_r;
 * 0 when s[i] does not start one (a literal brace). */
static size_t
counted(const char *s, size_t len, size_t i, unsigned long *min_r)
{
	size_t j = i + 1;
	unsigned long m = 0;
	bool digits = false;
	while (j < len && s[j] >= '0' && s[j] <= '9') {
		if (m < HSDB_REPEAT_SATURATE)
			m = m * 10 + (unsigned long)(s[j] - '0');
		digits = true;
		j++;
	}
	if (!digits)
		return 0;
	if (j < len && s[j] == ',') {
		j++;
		while (j < len && s[j] >= '0' && s[j] <= '9')
			j++;
	}
	if (j >= len || s[j] != '}')
		return 0;
	*min_r = m;
	return j + 1 - i;
}

static bool
is_quantifier(const char *s, size_t len, size_t i)
{
	unsigned long m;
	return i < len && (s[i] == '?' || s[i] == '*' || s[i] == '+'
			   || (s[i] == '{' && counted(s, len, i, &m)));
}

/* Whether the class at s[i] (ending before s[j]) is positive and holds
 * only characters, ranges and \d (the prefix reader's digits). */
static bool
class_digits(const char *s, size_t i, size_t j)
{
	if (j < i + 3 || s[i + 1] == '^' || s[j - 1] != ']')
		return false;
	for (size_t k = i + 1; k + 1 < j; k++) {
		if (s[k] == '[')
			return false;
		if (s[k] == '\\') {
			if (s[k + 1] != 'd')
				return false;
			k++;
		}
	}
	return true;
}

static char *relax_with(const char *s, size_t len, bool extended, bool digits);

/* The relaxation the readers of guards and prefixes see: hsdb_relax's,
 * with \d and classes of characters, ranges and \d kept as they are (the
 * prefix reader knows the digits; to the guard reader they are one
 * character, as the dot they become in hsdb_relax). */
static char *
relax(const char *s, size_t len, bool extended)
{
	return relax_with(s, len, extended, true);
}

char *
hsdb_relax(const char *s, size_t len, bool extended)
{
	return relax_with(s, len, extended, false);
}

static char *
relax_with(const char *s, size_t len, bool extended, bool digits)
{
	struct relaxed o = {xmalloc(len + 16), 0, len + 16};
	o.d[0] = '\0';
	if (extended)
		put(&o, "(?x)", 4);
	bool verbatim = false;
	for (size_t i = 0; i + 1 < len; i++) {
		if (s[i] == '\\') {
			if (s[i + 1] == 'Q' || s[i + 1] == 'c')
				verbatim = true;
			i++;
		} else if (s[i] == '(' && s[i + 1] == '*') {
			verbatim = true;
		}
	}
	if (verbatim || extended) {
		/* in extended syntax blanks and comments would be read as atoms */
		put(&o, s, len);
		return o.d;
	}
	for (size_t i = 0; i < len;) {
		char c = s[i];
		if (c == '\\' && i + 1 < len) {
			char e = s[i + 1];
			i += 2;
			if (e == 'b' || e == 'B') {
				/* a quantifier after an assertion (\b?) stays valid
				 * after nothing only as an empty group */
				if (is_quantifier(s, len, i))
					put(&o, "()", 2);
				continue;
			}
			if (e == 'R' || e == 'X') {
				put(&o, "(?:.+)", 6);
				continue;
			}
			if (digits && e == 'd') {
				put(&o, "\\d", 2);
				continue;
			}
			if (strchr("wWsSdDhHvVN", e)) {
				put(&o, ".", 1);
				continue;
			}
			if (e == 'p' || e == 'P') {
				if (i < len && s[i] == '{') {
					const char *close = memchr(s + i, '}', len - i);
					i = close ? (size_t)(close - s) + 1 : len;
				} else if (i < len) {
					i++;
				}
				put(&o, ".", 1);
				continue;
			}
			size_t from = i - 2;
			if ((e == 'x' || e == 'o') && i < len && s[i] == '{') {
				const char *close = memchr(s + i, '}', len - i);
				i = close ? (size_t)(close - s) + 1 : len;
			}
			put(&o, s + from, i - from);
			continue;
		}
		if (c == '[') {
			bool plain;
			size_t j = class_end(s, len, i, &plain);
			if (plain || (digits && class_digits(s, i, j)))
				put(&o, s + i, j - i);
			else
				put(&o, ".", 1);
			i = j;
			continue;
		}
		if (c == '(' && i + 2 < len && s[i + 1] == '?') {
			char k = s[i + 2];
			bool look = k == '=' || k == '!'
				    || (k == '<' && i + 3 < len && (s[i + 3] == '=' || s[i + 3] == '!'));
			if (look) {
				i = group_skip(s, len, i);
				if (is_quantifier(s, len, i))
					put(&o, "()", 2);
				continue;
			}
			if (k == '>') {
				put(&o, "(?:", 3);
				i += 3;
				continue;
			}
			if (k == '<' || (k == 'P' && i + 3 < len && s[i + 3] == '<')
			    || k == '\'') {
				/* a named group: its name skipped */
				size_t j = i + 3;
				char close = k == '\'' ? '\'' : '>';
				while (j < len && s[j] != close)
					j++;
				put(&o, "(?:", 3);
				i = j < len ? j + 1 : len;
				continue;
			}
		}
		if (c == '{') {
			unsigned long m;
			size_t q = counted(s, len, i, &m);
			if (q) {
				put(&o, m == 0 ? "*" : "+", 1);
				i += q;
				if (i < len && (s[i] == '+' || s[i] == '?'))
					i++;	/* possessive or lazy: greedy */
				continue;
			}
		}
		if ((c == '*' || c == '+' || c == '?') && i + 1 < len && s[i + 1] == '+'
		    && !(i > 0 && s[i - 1] == '(')) {
			put(&o, &c, 1);
			i += 2;	/* possessive: greedy */
			continue;
		}
		put(&o, &c, 1);
		i++;
	}
	return o.d;
}

/*
 * The guard of a relaxed unit: literals one of which every match of the
 * unit holds (the unit cannot match a text without one of them), read
 * from its syntax: a run of literal characters is itself; a sequence
 * takes the best guard of its required parts (the one whose shortest
 * literal is longest); an alternation the union of its alternatives'. A
 * part that is optional (?, *), a dot, a class, or an alternative
 * without a guard gives none; a unit without one runs on every text.
 * Literals only, no automata: the database compiles in a fraction of a
 * second where the units themselves took many minutes, and scans at the
 * speed of Hyperscan's literal matchers.
 */
struct guard {
	bool none;		/* no literal is known to be required */
	size_t first, count;	/* its literals: lits[first .. first + count) */
	size_t shortest;	/* bytes of its shortest literal */
};

struct lits {
	struct {
		size_t off, len;	/* in the source */
	} *v;
	size_t n, cap;
};

struct digits;

struct gparser {
	const char *s;
	size_t len, i;
	struct lits *l;
	bool bad;		/* syntax the reader does not follow: no guard */
	struct digits *dg;	/* the prefix reader's digits (NULL: \d has none) */
};

static void
lit_add(struct lits *l, size_t off, size_t len)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->v = xreallocarray(l->v, l->cap, sizeof(*l->v));
	}
	l->v[l->n].off = off;
	l->v[l->n].len = len;
	l->n++;
}

/* Keeps the better of two guards (a guard of one sequence: both are
 * required, either one is enough). */
static struct guard
guard_best(struct guard a, struct guard b)
{
	if (a.none)
		return b;
	if (b.none)
		return a;
	if (b.shortest > a.shortest || (b.shortest == a.shortest && b.count < a.count))
		return b;
	return a;
}

static struct guard guard_alternation(struct gparser *P, int depth);

/* A literal this short (a letter or two, a space, a mark) occurs in nearly
 * every text: as a window's guard it tells little, and the scan tracks
 * every occurrence (one in two characters of an English letter were 'e',
 * 'a', 't', ' ' and the like). */
#define HSDB_GUARD_WEAK 3

/* The bytes of the literal character at P->i (0: not a literal). */
static size_t
literal_char(const struct gparser *P)
{
	unsigned char c = (unsigned char)P->s[P->i];
	if (c >= 0x80) {
		size_t k = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
		return P->i + k <= P->len ? k : 0;
	}
	if (c == '\\')
		return P->i + 1 < P->len && !((P->s[P->i + 1] >= 'a' && P->s[P->i + 1] <= 'z')
					     || (P->s[P->i + 1] >= 'A' && P->s[P->i + 1] <= 'Z')
					     || (P->s[P->i + 1] >= '0' && P->s[P->i + 1] <= '9'))
			       ? 2 : 0;
	if (strchr(".[()|*+?^$\\", c))
		return 0;
	return 1;
}

/* A run of literal characters (escapes resolved) as one literal: copied
 * into the literal store as the source bytes it stands for. */
static struct guard
run_guard(struct gparser *P, char *run, size_t n)
{
	struct guard g = {.none = true};
	if (n == 0)
		return g;
	/* literals point into P->s; a run with escapes is stored at its end */
	g.none = false;
	g.first = P->l->n;
	g.count = 1;
	g.shortest = n;
	lit_add(P->l, (size_t)(run - P->s), n);
	return g;
}

static struct guard
guard_sequence(struct gparser *P, int depth)
{
	struct guard best = {.none = true};
	/* the current run: literal bytes copied to scratch space (escapes
	 * dropped), kept in P->s's copy (see hsdb_guards) */
	char *base = (char *)P->s + P->len + 1;	/* room past the text */
	char *run = base;
	size_t n = 0;
	while (P->i < P->len && !P->bad) {
		char c = P->s[P->i];
		if (c == '|' || c == ')')
			break;
		size_t k = literal_char(P);
		if (k) {
			/* a run's bytes go where its source starts (escapes make
			 * them shorter), so runs of groups inside never overlap */
			if (n == 0)
				run = base + P->i;
			const char *ch = P->s + P->i + (k == 2 && c == '\\' ? 1 : 0);
			size_t chn = k == 2 && c == '\\' ? 1 : k;
			P->i += k;
			char q = P->i < P->len ? P->s[P->i] : '\0';
			if (q == '?' || q == '*') {
				best = guard_best(best, run_guard(P, run, n));
				n = 0;
				P->i++;
			} else {
				memmove(run + n, ch, chn);
				n += chn;
				if (q == '+') {
					best = guard_best(best, run_guard(P, run, n));
					n = 0;
					P->i++;
				}
			}
			if (q && strchr("?*+", q) && P->i < P->len
			    && (P->s[P->i] == '?' || P->s[P->i] == '+'))
				P->i++;	/* lazy or possessive */
			continue;
		}
		best = guard_best(best, run_guard(P, run, n));
		n = 0;
		struct guard g = {.none = true};
		if (c == '(') {
			if (P->i + 1 < P->len && P->s[P->i + 1] == '?') {
				if (P->i + 2 < P->len && P->s[P->i + 2] == ':') {
					P->i += 3;
				} else {
					P->bad = true;	/* options, comments, ... */
					break;
				}
			} else {
				P->i++;
			}
			if (depth > HSDB_NESTING_MAX) {
				P->bad = true;
				break;
			}
			g = guard_alternation(P, depth + 1);
			if (P->i >= P->len || P->s[P->i] != ')') {
				P->bad = true;
				break;
			}
			P->i++;
		} else if (c == '[') {
			P->i = class_skip(P->s, P->len, P->i);
		} else if (c == '\\') {
			/* an escape that is not a literal: \t, \x{..}, a back-reference */
			P->i += 2;
			if (P->i <= P->len && (P->s[P->i - 1] == 'x' || P->s[P->i - 1] == 'o'
					       || P->s[P->i - 1] == 'g' || P->s[P->i - 1] == 'k')
			    && P->i < P->len && strchr("{<'", P->s[P->i])) {
				while (P->i < P->len && !strchr("}>'", P->s[P->i]))
					P->i++;
				P->i++;
			}
		} else if (c == '*' || c == '+' || c == '?' || c == '{') {
			P->bad = true;	/* a quantifier the reader did not expect */
			break;
		} else {
			P->i++;	/* ., ^, $ */
		}
		char q = P->i < P->len ? P->s[P->i] : '\0';
		if (q == '?' || q == '*') {
			P->i++;
		} else {
			if (q == '+')
				P->i++;
			best = guard_best(best, g);
		}
		if (P->i < P->len && (P->s[P->i] == '?' || P->s[P->i] == '+'))
			P->i++;	/* lazy or possessive */
	}
	return guard_best(best, run_guard(P, run, n));
}

static struct guard
guard_alternation(struct gparser *P, int depth)
{
	struct guard all = {.none = false, .first = P->l->n, .count = 0, .shortest = SIZE_MAX};
	for (;;) {
		size_t mark = P->l->n;
		struct guard g = guard_sequence(P, depth);
		if (g.none || P->bad) {
			all.none = true;
		} else {
			/* keep only g's literals, after the others of this alternation */
			memmove(&P->l->v[mark], &P->l->v[g.first], g.count * sizeof(P->l->v[0]));
			P->l->n = mark + g.count;
			all.count += g.count;
			if (g.shortest < all.shortest)
				all.shortest = g.shortest;
		}
		if (all.none)
			P->l->n = mark;
		if (P->i < P->len && P->s[P->i] == '|') {
			P->i++;
			continue;
		}
		break;
	}
	if (all.none) {
		P->l->n = all.first;
		all.count = 0;
	}
	return all;
}

/*
 * The prefix guard of a relaxed unit: literals one of which every match
 * of the unit starts with (read like the guard, from the front only): a
 * leading run of literal characters is itself; a group (or a small class
 * of plain characters) the union of its alternatives' prefixes, each
 * followed by the literal run after it; an optional atom adds its own
 * prefixes to those of what follows. A dot, an escape, a class that is
 * not small and plain, or a sequence that may match nothing gives none.
 * The literal database then reports where these literals start in a
 * text, and the unit is tried there only (hsdb_unit_starts): every match
 * of the unit starts at one of them, so attempts there in order find the
 * leftmost match, as one search would.
 */
#define HSDB_PREFIX_LITERALS_MAX 4096
#define HSDB_PREFIX_BYTES_MAX (256u * 1024)
#define HSDB_PREFIX_RUN_MAX 256
/* A run is extended by the prefixes of a group after it while a unit has
 * at most this many. */
#define HSDB_PREFIX_EXTEND_MAX 1024

struct prefixes {
	char *b;		/* the literals' bytes */
	size_t bn, bcap;
	struct {
		size_t off, len;
	} *v;
	size_t n, cap;
	bool bad;
};

static void
pfx_add(struct prefixes *x, const char *p, size_t n)
{
	if (x->bad)
		return;
	if (x->n >= HSDB_PREFIX_LITERALS_MAX || x->bn + n > HSDB_PREFIX_BYTES_MAX || n == 0) {
		x->bad = true;
		return;
	}
	if (x->bn + n > x->bcap) {
		x->bcap = (x->bn + n) * 2;
		x->b = xreallocarray(x->b, x->bcap, 1);
	}
	if (x->n == x->cap) {
		x->cap = x->cap ? x->cap * 2 : 16;
		x->v = xreallocarray(x->v, x->cap, sizeof(*x->v));
	}
	memcpy(x->b + x->bn, p, n);
	x->v[x->n].off = x->bn;
	x->v[x->n].len = n;
	x->bn += n;
	x->n++;
}

/* Frees x's literals and leaves it empty. */
static void
prefixes_clear(struct prefixes *x)
{
	free(x->b);
	free(x->v);
	memset(x, 0, sizeof(*x));
}

/* The bytes of x's shortest literal (SIZE_MAX: none). */
static size_t
guard_shortest(const struct prefixes *x)
{
	size_t m = SIZE_MAX;
	for (size_t k = 0; k < x->n; k++)
		if (x->v[k].len < m)
			m = x->v[k].len;
	return m;
}

/* Whether x is empty, or holds a weak literal (shorter than
 * HSDB_GUARD_WEAK bytes: one of them occurs nearly everywhere, so all of
 * them do as a filter). */
static bool
guard_weak(const struct prefixes *x)
{
	return x->n == 0 || guard_shortest(x) < HSDB_GUARD_WEAK;
}

/* Appends n bytes to every literal from index first on (they are copied:
 * the store grows at its end). */
static void
pfx_extend(struct prefixes *x, size_t first, const char *p, size_t n)
{
	size_t last = x->n;
	for (size_t k = first; k < last && !x->bad; k++) {
		size_t off = x->v[k].off, len = x->v[k].len;
		if (x->bn + len + n > x->bcap) {
			x->bcap = (x->bn + len + n) * 2;
			x->b = xreallocarray(x->b, x->bcap, 1);
		}
		if (x->bn + len + n > HSDB_PREFIX_BYTES_MAX) {
			x->bad = true;
			return;
		}
		memmove(x->b + x->bn, x->b + off, len);
		memcpy(x->b + x->bn + len, p, n);
		x->v[k].off = x->bn;
		x->v[k].len = len + n;
		x->bn += len + n;
	}
}

/* Past the rest of the alternative at P->i (to its '|', ')' or the end). */
static void
skip_alternative(struct gparser *P)
{
	while (P->i < P->len) {
		char c = P->s[P->i];
		if (c == '|' || c == ')')
			return;
		if (c == '\\')
			P->i += 2;
		else if (c == '[')
			P->i = class_skip(P->s, P->len, P->i);
		else if (c == '(')
			P->i = group_skip(P->s, P->len, P->i);
		else
			P->i++;
	}
	if (P->i > P->len)
		P->i = P->len;
}

static bool prefix_alternation(struct gparser *P, int depth, struct prefixes *x, bool *whole);

/*
 * The digits (\d: PCRE2 reads it with Unicode properties, every character
 * of Nd) as prefixes: each ASCII digit, and of every other digit the bytes
 * of its UTF-8 but the last (a lead byte and what follows it: the ten
 * digits of a script share them), each once; every match of \d starts
 * with one. Read from PCRE2 itself, the matcher of the units, once a
 * database when a prefix needs them: \d matched over every code point
 * (some milliseconds).
 */
#define HSDB_DIGIT_PREFIXES_MAX 256

struct digits {
	bool read, ok;
	unsigned char b[HSDB_DIGIT_PREFIXES_MAX][3];
	uint8_t n[HSDB_DIGIT_PREFIXES_MAX];
	size_t count;
};

static void
digits_read(struct digits *d)
{
	d->read = true;
	d->ok = false;
	d->count = 0;
	for (unsigned char c = '0'; c <= '9'; c++) {
		d->b[d->count][0] = c;
		d->n[d->count++] = 1;
	}
	/* every code point past ASCII (no surrogates), one after the other */
	size_t cap = 4u * 0x110000u, n = 0;
	unsigned char *all = xmalloc(cap);
	for (uint32_t cp = 0x80; cp <= 0x10FFFF; cp++)
		if (cp < 0xD800 || cp > 0xDFFF)
			n += (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, all + n);
	int errcode;
	PCRE2_SIZE erroff;
	pcre2_code *code = pcre2_compile((PCRE2_SPTR) "\\d", 2, PCRE2_UTF | PCRE2_UCP, &errcode,
					 &erroff, NULL);
	pcre2_match_data *md = code ? pcre2_match_data_create(1, NULL) : NULL;
	bool jit = code && pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
	bool ok = md != NULL;
	for (size_t at = 0; ok;) {
		int rc = jit ? pcre2_jit_match(code, all, n, at, 0, md, NULL)
			     : pcre2_match(code, all, n, at, PCRE2_NO_UTF_CHECK, md, NULL);
		if (rc == PCRE2_ERROR_NOMATCH)
			break;
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		if (rc < 0 || ov[1] <= ov[0] + 1 || ov[1] - ov[0] > 4) {
			ok = false;
			break;
		}
		size_t k = ov[1] - ov[0] - 1;
		size_t j = 0;
		while (j < d->count && !(d->n[j] == k && memcmp(d->b[j], all + ov[0], k) == 0))
			j++;
		if (j == d->count) {
			if (d->count == HSDB_DIGIT_PREFIXES_MAX) {
				ok = false;
				break;
			}
			memcpy(d->b[j], all + ov[0], k);
			d->n[d->count++] = (uint8_t)k;
		}
		at = ov[1];
	}
	d->ok = ok;
	pcre2_match_data_free(md);
	pcre2_code_free(code);
	free(all);
}

/* The digits as prefixes added to x; false when they are not known. */
static bool
digit_prefixes(struct gparser *P, struct prefixes *x)
{
	if (P->dg == NULL)
		return false;
	if (!P->dg->read)
		digits_read(P->dg);
	if (!P->dg->ok)
		return false;
	for (size_t k = 0; k < P->dg->count; k++)
		pfx_add(x, (const char *)P->dg->b[k], P->dg->n[k]);
	return !x->bad;
}

/* Whether P->i is at the end of an alternative (its '|', its group's ')'
 * or the source's end). */
static bool
alternative_end(const struct gparser *P)
{
	return P->i >= P->len || P->s[P->i] == '|' || P->s[P->i] == ')';
}

/* Reads the literal characters at P->i that are each exactly once in
 * every match (no quantifier but a final +), appending them to literals
 * first.. ; stops before anything else. Returns whether it stopped at a +
 * (what follows is then not a continuation). */
static bool
prefix_follow(struct gparser *P, struct prefixes *x, size_t first)
{
	while (P->i < P->len && !x->bad) {
		size_t k = literal_char(P);
		if (k == 0)
			return false;
		char q = P->i + k < P->len ? P->s[P->i + k] : '\0';
		if (q == '?' || q == '*' || (q == '{'))
			return false;
		const char *ch = P->s + P->i + (k == 2 && P->s[P->i] == '\\' ? 1 : 0);
		size_t chn = k == 2 && P->s[P->i] == '\\' ? 1 : k;
		pfx_extend(x, first, ch, chn);
		P->i += k;
		if (q == '+')
			return true;
	}
	return false;
}

/* The group, class or \d at P->i: its prefixes added to x (P->i past
 * it); *inner_whole: each is a whole match of it. False when it has none. */
static bool
prefix_atom(struct gparser *P, int depth, struct prefixes *x, bool *inner_whole)
{
	*inner_whole = true;
	if (P->s[P->i] == '\\') {
		/* a digit (not whole: nothing is appended) */
		*inner_whole = false;
		P->i += 2;
		return digit_prefixes(P, x);
	}
	if (P->s[P->i] == '(') {
		if (P->i + 1 < P->len && P->s[P->i + 1] == '?') {
			if (P->i + 2 < P->len && P->s[P->i + 2] == ':')
				P->i += 3;
			else
				return false;
		} else {
			P->i++;
		}
		if (depth > HSDB_NESTING_MAX || !prefix_alternation(P, depth + 1, x, inner_whole)
		    || P->i >= P->len || P->s[P->i] != ')')
			return false;
		P->i++;
		return true;
	}
	/* a positive class of a few characters, ranges of ASCII digits and
	 * \d (the digits: not whole, the first bytes of most) */
	size_t e = class_end(P->s, P->len, P->i, NULL);
	size_t j = P->i + 1;
	if (!class_digits(P->s, P->i, e))
		return false;
	size_t chars = 0;
	while (j < e - 1) {
		unsigned char d = (unsigned char)P->s[j];
		size_t ck = d >= 0xF0 ? 4 : d >= 0xE0 ? 3 : d >= 0xC0 ? 2 : 1;
		if (d == '\\') {
			if (!digit_prefixes(P, x))
				return false;
			*inner_whole = false;
			j += 2;
			continue;
		}
		if (d == '-' || d == '^' || j + ck > e - 1)
			return false;
		if (j + 2 < e - 1 && P->s[j + 1] == '-') {
			/* a range: of ASCII digits only */
			char lo = P->s[j], hi = P->s[j + 2];
			if (lo < '0' || hi > '9' || lo > hi)
				return false;
			for (char c = lo; c <= hi; c++)
				pfx_add(x, &c, 1);
			chars += (size_t)(hi - lo) + 1;
			j += 3;
		} else {
			pfx_add(x, P->s + j, ck);
			chars++;
			j += ck;
		}
		if (chars > HSDB_CLASS_EXPAND_MAX)
			return false;
	}
	P->i = e;
	return !x->bad;
}

/* One alternative: its prefixes added to x; false when it has none.
 * *whole: the alternative is exactly its one literal (what follows it in
 * the pattern may then be appended). */
static bool
prefix_sequence(struct gparser *P, int depth, struct prefixes *x, bool *whole)
{
	char run[HSDB_PREFIX_RUN_MAX];
	size_t n = 0;
	bool cut = false;	/* stopped before the alternative's end */
	size_t seq_first = x->n;
	*whole = false;
	while (P->i < P->len && !x->bad) {
		char c = P->s[P->i];
		if (c == '|' || c == ')')
			break;
		if (c == '^' || c == '$') {
			if (n) {
				cut = true;
				break;
			}
			P->i++;
			continue;
		}
		size_t k = literal_char(P);
		if (k) {
			const char *ch = P->s + P->i + (k == 2 && c == '\\' ? 1 : 0);
			size_t chn = k == 2 && c == '\\' ? 1 : k;
			char q = P->i + k < P->len ? P->s[P->i + k] : '\0';
			if (q == '?' && n && n + chn <= sizeof(run)
			    && x->n + 2 <= HSDB_PREFIX_EXTEND_MAX) {
				/* the run with it and without, each with the literal
				 * characters after */
				size_t first = x->n;
				memcpy(run + n, ch, chn);
				pfx_add(x, run, n + chn);
				pfx_add(x, run, n);
				P->i += k + 1;
				if (P->i < P->len && (P->s[P->i] == '?' || P->s[P->i] == '+')) {
					skip_alternative(P);	/* lazy or possessive: as it is */
					return !x->bad;
				}
				(void)prefix_follow(P, x, first);
				/* followed to the alternative's end: each is a whole
				 * match of it (what follows its group follows them) */
				*whole = alternative_end(P);
				skip_alternative(P);
				return !x->bad;
			}
			if (q == '?' || q == '*') {
				if (n) {
					cut = true;
					break;	/* the run so far is the prefix */
				}
				/* optional: it, or what follows */
				pfx_add(x, ch, chn);
				P->i += k + 1;
				if (P->i < P->len && (P->s[P->i] == '?' || P->s[P->i] == '+'))
					P->i++;
				continue;
			}
			if (n + chn > sizeof(run)) {
				cut = true;
				break;
			}
			memcpy(run + n, ch, chn);
			n += chn;
			P->i += k;
			if (q == '+') {
				cut = true;
				break;
			}
			continue;
		}
		if (n && (c == '(' || c == '[')) {
			/* the run, then each prefix of the group (a class) after it */
			size_t at = P->i;
			struct prefixes t = {0};
			bool inner_whole = true;
			bool ok = prefix_atom(P, depth, &t, &inner_whole) && !t.bad && t.n > 0
				  && x->n + t.n <= HSDB_PREFIX_EXTEND_MAX;
			char q = P->i < P->len ? P->s[P->i] : '\0';
			if (!ok || q == '?' || q == '*' || q == '{') {
				free(t.b);
				free(t.v);
				P->i = at;
				cut = true;
				break;	/* the run so far is the prefix */
			}
			size_t first = x->n;
			char buf[HSDB_PREFIX_RUN_MAX * 2];
			for (size_t k2 = 0; k2 < t.n; k2++) {
				size_t tl = t.v[k2].len;
				if (n + tl > sizeof(buf)) {
					x->bad = true;
					break;
				}
				memcpy(buf, run, n);
				memcpy(buf + n, t.b + t.v[k2].off, tl);
				pfx_add(x, buf, n + tl);
			}
			free(t.b);
			free(t.v);
			if (q == '+') {
				P->i++;
				if (P->i < P->len && (P->s[P->i] == '?' || P->s[P->i] == '+'))
					P->i++;
			} else if (inner_whole) {
				(void)prefix_follow(P, x, first);
				*whole = alternative_end(P);
			}
			skip_alternative(P);
			return !x->bad;
		}
		if (n) {
			cut = true;
			break;
		}
		if (c == '(' || c == '[' || (c == '\\' && P->i + 1 < P->len && P->s[P->i + 1] == 'd')) {
			size_t first = x->n;
			bool inner_whole = true;
			if (!prefix_atom(P, depth, x, &inner_whole))
				return false;
			char q = P->i < P->len ? P->s[P->i] : '\0';
			if (q == '?' || q == '*') {
				P->i++;
				if (P->i < P->len && (P->s[P->i] == '?' || P->s[P->i] == '+'))
					P->i++;
				continue;	/* optional: its prefixes, or what follows */
			}
			if (q == '{')
				return false;
			if (q == '+') {
				P->i++;
				if (P->i < P->len && (P->s[P->i] == '?' || P->s[P->i] == '+'))
					P->i++;
			} else if (inner_whole && x->n > first) {
				/* each of the group's literals is a whole match of it:
				 * what follows the group follows them */
				(void)prefix_follow(P, x, first);
				*whole = alternative_end(P);
			}
			skip_alternative(P);
			return !x->bad;
		}
		return false;	/* a dot, an escape: any character may start it */
	}
	if (n == 0)
		return false;	/* may match nothing, or starts with what is not read */
	*whole = !cut && x->n == seq_first;
	pfx_add(x, run, n);
	skip_alternative(P);
	return !x->bad;
}

static bool
prefix_alternation(struct gparser *P, int depth, struct prefixes *x, bool *whole)
{
	*whole = true;
	for (;;) {
		bool w;
		if (!prefix_sequence(P, depth, x, &w))
			return false;
		*whole = *whole && w;
		if (P->i < P->len && P->s[P->i] == '|') {
			P->i++;
			continue;
		}
		return true;
	}
}

/*
 * The most bytes a match of a unit spans (the original source, not its
 * relaxation): a literal character its UTF-8 bytes, anything that matches
 * one character 4, assertions and look-arounds 0, a group its longest
 * alternative, a counted repeat its maximum times; unbounded (SIZE_MAX)
 * for *, +, {M,}, back-references, \X and \K, and syntax not read here
 * (options, verbs, \Q, extended mode). Every match of a unit holds one of
 * its guard's literals, so it starts at most this many bytes before one
 * (hsdb_unit_window).
 */
#define HSDB_SPAN_MAX (1u << 20)

struct spanp {
	const char *s;
	size_t len, i;
	bool bad;
	/* runs: an unbounded repeat of an atom that cannot match a space
	 * covers at most run bytes (a run of the text without spaces: the
	 * text's longest, given), instead of being unbounded */
	bool runs;
	size_t run;
	/* chars: in characters instead of bytes (each atom that matches one
	 * character is 1; a run of run bytes holds at most run of them) */
	bool chars;
};

/* Whether the atom s[a .. b) (a character, an escape or a class) cannot
 * match a space: \w, \d, \S, a character other than a space, or a class
 * (not negated) of such and of ranges above it. */
static bool
atom_nospace(const char *s, size_t a, size_t b)
{
	if (b <= a)
		return false;
	if (s[a] == '\\')
		return b == a + 2 && (s[a + 1] == 'w' || s[a + 1] == 'd' || s[a + 1] == 'S');
	if (s[a] == '(' || s[a] == '.' || s[a] == '$' || s[a] == '^')
		return false;
	if (s[a] != '[')
		return (unsigned char)s[a] > ' ';
	if (b < a + 3 || s[a + 1] == '^' || s[b - 1] != ']')
		return false;
	for (size_t i = a + 1; i + 1 < b; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\\') {
			char e = s[i + 1];
			if (!(e == 'w' || e == 'd' || e == 'S' || e == '-' || e == '.' || e == '\''
			      || e == '_' || e == '/' || e == '\\'))
				return false;
			i++;
			continue;
		}
		if (c <= ' ' || c == '[')
			return false;
	}
	return true;
}

static size_t span_alternation(struct spanp *P, int depth);

static size_t
span_mul(size_t a, size_t b)
{
	if (a == 0 || b == 0)
		return 0;
	if (a > HSDB_SPAN_MAX || b > HSDB_SPAN_MAX || a * b > HSDB_SPAN_MAX)
		return SIZE_MAX;
	return a * b;
}

static size_t
span_add(size_t a, size_t b)
{
	if (a == SIZE_MAX || b == SIZE_MAX || a + b > HSDB_SPAN_MAX)
		return SIZE_MAX;
	return a + b;
}

/* One atom at P->i: its span (0 for an assertion). */
static size_t
span_atom(struct spanp *P, int depth)
{
	const char *s = P->s;
	size_t len = P->len;
	unsigned char c = (unsigned char)s[P->i];
	if (c == '(') {
		size_t i = P->i + 1;
		bool zero = false;
		if (i < len && s[i] == '*') {
			P->bad = true;
			return 0;
		}
		if (i < len && s[i] == '?') {
			char k = i + 1 < len ? s[i + 1] : '\0';
			if (k == ':' || k == '>' || k == '|') {
				i += 2;
			} else if (k == '=' || k == '!') {
				i += 2;
				zero = true;
			} else if (k == '<' && i + 2 < len && (s[i + 2] == '=' || s[i + 2] == '!')) {
				i += 3;
				zero = true;
			} else if (k == '<' || k == '\'' || (k == 'P' && i + 2 < len && s[i + 2] == '<')) {
				char close = k == '\'' ? '\'' : '>';
				while (i < len && s[i] != close)
					i++;
				i++;
			} else {
				P->bad = true;	/* options, conditions, recursion */
				return 0;
			}
		} else {
			/* a capturing group: a back-reference makes it unbounded */
		}
		if (depth > HSDB_NESTING_MAX) {
			P->bad = true;
			return 0;
		}
		P->i = i;
		size_t in = span_alternation(P, depth + 1);
		if (P->bad || P->i >= len || s[P->i] != ')') {
			P->bad = true;
			return 0;
		}
		P->i++;
		return zero ? 0 : in;
	}
	if (c == '[') {
		P->i = class_skip(s, len, P->i);
		return P->chars ? 1 : 4;
	}
	if (c == '\\') {
		if (P->i + 1 >= len) {
			P->bad = true;
			return 0;
		}
		unsigned char e = (unsigned char)s[P->i + 1];
		P->i += 2;
		if (e >= 0x80) {
			while (P->i < len && ((unsigned char)s[P->i] & 0xC0) == 0x80)
				P->i++;
			return P->chars ? 1 : 4;
		}
		if (strchr("bBAzZG", e))
			return 0;
		if (e == 'R')
			return P->chars ? 2 : 4;	/* \r\n at most */
		if (strchr("wWsSdDhHvVN", e))
			return P->chars ? 1 : 4;
		if (e == 'p' || e == 'P' || e == 'x' || e == 'o') {
			if (P->i < len && s[P->i] == '{') {
				const char *close = memchr(s + P->i, '}', len - P->i);
				if (!close) {
					P->bad = true;
					return 0;
				}
				P->i = (size_t)(close - s) + 1;
			} else if (e == 'x') {
				for (int d = 0; d < 2 && P->i < len && s[P->i]
						&& strchr("0123456789abcdefABCDEF", s[P->i]); d++)
					P->i++;
			} else if (e != 'o' && P->i < len) {
				P->i++;	/* \pL */
			}
			return P->chars ? 1 : 4;
		}
		if (strchr("tnrfae", e))
			return 1;
		if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9')) {
			P->bad = true;	/* \X, \K, \Q, \c, back-references, octal */
			return 0;
		}
		return 1;
	}
	if (c == '^' || c == '$') {
		P->i++;
		return 0;
	}
	if (c == '.') {
		P->i++;
		return P->chars ? 1 : 4;
	}
	if (c == '*' || c == '+' || c == '?' || c == '{') {
		if (c == '{') {
			P->i++;
			return 1;	/* a literal brace (a quantifier is read after its atom) */
		}
		P->bad = true;
		return 0;
	}
	size_t k = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
	P->i += k;
	return P->chars ? 1 : k;
}

/* The quantifier at P->i applied to span a. */
static size_t
span_quantified(struct spanp *P, size_t a, bool nospace)
{
	const char *s = P->s;
	size_t len = P->len;
	if (P->i >= len)
		return a;
	char c = s[P->i];
	size_t r = a;
	if (c == '?') {
		P->i++;
	} else if (c == '*' || c == '+') {
		P->i++;
		r = a == 0 ? 0 : nospace ? P->run : SIZE_MAX;
	} else if (c == '{') {
		unsigned long m;
		size_t q = counted(s, len, P->i, &m);
		if (q == 0)
			return a;	/* a literal brace follows */
		/* {M}, {M,} or {M,N}: the maximum */
		size_t j = P->i + 1;
		while (j < len && s[j] >= '0' && s[j] <= '9')
			j++;
		unsigned long mx = m;
		if (s[j] == ',') {
			j++;
			if (s[j] == '}') {
				mx = (unsigned long)-1;
			} else {
				mx = 0;
				while (j < len && s[j] >= '0' && s[j] <= '9') {
					if (mx < HSDB_SPAN_MAX)
						mx = mx * 10 + (unsigned long)(s[j] - '0');
					j++;
				}
			}
		}
		P->i += q;
		r = mx == (unsigned long)-1 ? (a == 0 ? 0 : nospace ? P->run : SIZE_MAX)
				    : span_mul(a, mx > HSDB_SPAN_MAX ? HSDB_SPAN_MAX + 1 : (size_t)mx);
	} else {
		return a;
	}
	if (P->i < len && (s[P->i] == '?' || s[P->i] == '+'))
		P->i++;	/* lazy or possessive */
	return r;
}

static size_t
span_sequence(struct spanp *P, int depth)
{
	size_t total = 0;
	while (P->i < P->len && !P->bad) {
		char c = P->s[P->i];
		if (c == '|' || c == ')')
			break;
		size_t at = P->i;
		size_t a = span_atom(P, depth);
		if (P->bad)
			break;
		bool nospace = P->runs && atom_nospace(P->s, at, P->i);
		total = span_add(total, span_quantified(P, a, nospace));
	}
	return total;
}

static size_t
span_alternation(struct spanp *P, int depth)
{
	size_t best = 0;
	for (;;) {
		size_t a = span_sequence(P, depth);
		if (P->bad)
			return SIZE_MAX;
		if (a > best)
			best = a;
		if (P->i < P->len && P->s[P->i] == '|') {
			P->i++;
			continue;
		}
		return best;
	}
}

/* The span of a unit's source, or SIZE_MAX. */
static size_t
unit_span(const char *src, size_t len, bool extended)
{
	if (extended || len == 0 || memchr(src, '\0', len))
		return SIZE_MAX;
	struct spanp P = {src, len, 0, false, false, 0, false};
	size_t n = span_alternation(&P, 0);
	if (P.bad || P.i != len)
		return SIZE_MAX;
	return n;
}

/* The longest run of the text without spaces that tail reaches account
 * for: past it (a longer field) they are unbounded. */
#define HSDB_RUN_MAX (1u << 18)

/* The span of a source when every unbounded repeat of an atom that cannot
 * match a space covers at most run bytes (the span in the text whose
 * longest run without spaces is run bytes long), or SIZE_MAX; chars: in
 * characters (such a repeat covers at most run of them). */
static size_t
run_span(const char *src, size_t len, size_t run, bool chars)
{
	if (len == 0 || memchr(src, '\0', len))
		return SIZE_MAX;
	struct spanp P = {src, len, 0, false, true, run, chars};
	size_t n = span_alternation(&P, 0);
	if (P.bad || P.i != len)
		return SIZE_MAX;
	return n;
}

/* A literal of a unit's guard: where its bytes are and which unit. */
struct glit {
	const char *p;
	size_t len;
	uint32_t unit;		/* | HSDB_PREFIX_TAG: a prefix literal */
};

/* The n (part, literal) pairs of v as lists per part: first[p] ..
 * first[p + 1] in lits. */
static void
csr(const uint32_t *v, size_t n, size_t parts, uint32_t **first_r, uint32_t **lits_r)
{
	uint32_t *first = xcalloc(parts + 2, sizeof(uint32_t));
	uint32_t *lits = xcalloc(n ? n : 1, sizeof(uint32_t));
	for (size_t i = 0; i < n; i++)
		first[v[2 * i] + 2]++;
	for (size_t p = 0; p < parts; p++)
		first[p + 2] += first[p + 1];
	for (size_t i = 0; i < n; i++)
		lits[first[v[2 * i] + 1]++] = v[2 * i + 1];
	*first_r = first;
	*lits_r = lits;
}

static void
glit_push(struct glit **gl, size_t *n, size_t *cap, const char *p, size_t len, uint32_t unit)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : HSDB_LITERALS_FIRST;
		*gl = xreallocarray(*gl, *cap, sizeof(**gl));
	}
	(*gl)[(*n)++] = (struct glit){p, len, unit};
}

static int
glit_cmp(const void *a, const void *b)
{
	const struct glit *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->p, y->p, n);
	if (c)
		return c;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return (x->unit > y->unit) - (x->unit < y->unit);
}

/* The parts of s[off .. end) into starts/ends from index n: its top-level
 * alternatives, and theirs again where one is wholly a group ((?:...) or
 * (...), \b around it left out), each a part. Every match of the whole is a match of one part
 * that starts and ends where it does. wraps[i]: what part i needs around it
 * to match as it does in the whole (HSDB_WRAP_*; wrap: what this level
 * inherits). Returns the new count, or 0 when they are more than
 * HSDB_PARTS_MAX or cannot be read. */
static size_t
unit_parts(const char *s, size_t off, size_t end, size_t *starts, size_t *ends, uint8_t *wraps,
	   size_t n, int depth, unsigned wrap)
{
	unsigned pend = 0;	/* \b left out at this level, not yet known to wrap a group */
	for (;;) {
		/* word boundaries around it take no bytes: left out */
		if (end - off >= 2 && s[off] == '\\' && s[off + 1] == 'b') {
			off += 2;
			pend |= HSDB_WRAP_LEAD;
			continue;
		}
		size_t bs = 0;
		while (end - off >= 2 + bs && s[end - 2 - bs] == '\\')
			bs++;
		if (end - off >= 2 && s[end - 1] == 'b' && bs % 2 == 1) {
			end -= 2;
			pend |= HSDB_WRAP_TRAIL;
			continue;
		}
		if (!(end - off >= 2 && s[off] == '(' && s[end - 1] == ')' && s[off + 1] != '*'
		      && group_skip(s, end, off) == end))
			break;
		size_t in = off + 1;
		if (s[off + 1] == '?') {
			if (end - off < 3 || s[off + 2] != ':')
				break;
			in = off + 3;
		}
		off = in;
		end--;
		wrap |= pend;	/* they wrap the group: every part inside */
		pend = 0;
	}
	size_t *st = xcalloc(HSDB_PARTS_MAX, sizeof(size_t));
	size_t *en = xcalloc(HSDB_PARTS_MAX, sizeof(size_t));
	size_t k = depth > HSDB_SPLIT_DEPTH_MAX ? 1 : prefilter_split(s + off, end - off, st, en, HSDB_PARTS_MAX);
	if (k == 1 || (k == 0 && depth > 0)) {
		if (n < HSDB_PARTS_MAX) {
			starts[n] = off;
			ends[n] = end;
			wraps[n] = (uint8_t)(wrap | pend);
			n++;
		} else {
			n = 0;
		}
	} else if (k == 0) {
		n = 0;
	}
	/* a \b left out before alternatives belongs to the first (or last)
	 * alone: no part is matched alone as in the whole */
	unsigned inner = wrap | (pend ? HSDB_WRAP_INEXACT : 0);
	for (size_t j = 0; k > 1 && j < k; j++) {
		n = unit_parts(s, off + st[j], off + en[j], starts, ends, wraps, n, depth + 1, inner);
		if (n == 0)
			break;
	}
	free(st);
	free(en);
	return n;
}

/* Whether a relaxed unit sets options ((?i), (?x), ...): they reach
 * into the alternatives after, so its parts are not read on their own. */
static bool
has_options(const char *s, size_t len)
{
	for (size_t i = 0; i + 1 < len; i++) {
		if (s[i] == '\\') {
			i++;
			continue;
		}
		if (s[i] == '[') {
			i = class_skip(s, len, i) - 1;
			continue;
		}
		if (s[i] == '(' && s[i + 1] == '?' && (i + 2 >= len || s[i + 2] != ':'))
			return true;
	}
	return false;
}

/* Where the first atom of a relaxed part ends (past its quantifier): a
 * leading run of literal characters, a group or a class; 0 when it starts
 * with anything else or is not followed by more of a sequence. */
static size_t
first_atom_end(const char *s, size_t len)
{
	struct gparser P = {s, len, 0, NULL, false, NULL};
	while (P.i < len && s[P.i] == '^')
		P.i++;
	size_t k;
	if (P.i < len && (k = literal_char(&P)) != 0) {
		while (P.i < len && (k = literal_char(&P)) != 0) {
			char q = P.i + k < len ? s[P.i + k] : '\0';
			if (q == '?' || q == '*')
				break;
			P.i += k;
			if (q == '+')
				break;
		}
	} else if (P.i < len && s[P.i] == '(') {
		/* a group ((...) or (?:...)); options and the like change what
		 * follows: no tail */
		if (P.i + 1 < len && s[P.i + 1] == '?' && !(P.i + 2 < len && s[P.i + 2] == ':'))
			return 0;
		if (P.i + 1 < len && s[P.i + 1] == '*')
			return 0;
		P.i = group_skip(s, len, P.i);
	} else if (P.i < len && s[P.i] == '[') {
		P.i = class_skip(s, len, P.i);
	} else {
		return 0;
	}
	if (P.i < len && strchr("?*+", s[P.i])) {
		P.i++;
		if (P.i < len && (s[P.i] == '?' || s[P.i] == '+'))
			P.i++;
	}
	if (P.i >= len || s[P.i] == '|' || s[P.i] == ')')
		return 0;
	return P.i;
}

/* Past the atom of an (original) part's source at s[i] and its quantifier;
 * *quantified: it has one. */
static size_t
atom_skip(const char *s, size_t len, size_t i, bool *quantified)
{
	if (s[i] == '(') {
		i = group_skip(s, len, i);
	} else if (s[i] == '[') {
		i = class_skip(s, len, i);
	} else if (s[i] == '\\' && i + 1 < len) {
		char e = s[i + 1];
		i += 2;
		if (strchr("pPxoN", e) && i < len && s[i] == '{') {
			const char *close = memchr(s + i, '}', len - i);
			i = close ? (size_t)(close - s) + 1 : len;
		} else if ((e == 'p' || e == 'P') && i < len) {
			i++;
		} else {
			while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
				i++;
		}
	} else {
		i++;
		while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
	}
	size_t q = i;
	unsigned long m;
	size_t k;
	if (i < len && (s[i] == '?' || s[i] == '*' || s[i] == '+'))
		i++;
	else if (i < len && s[i] == '{' && (k = counted(s, len, i, &m)) != 0)
		i += k;
	if (i > q && i < len && (s[i] == '?' || s[i] == '+'))
		i++;
	*quantified = i > q;
	return i > len ? len : i;
}

/* Whether the atom at s[i] takes no characters: \b, \B or a look-around. */
static bool
atom_zero(const char *s, size_t len, size_t i)
{
	if (s[i] == '\\')
		return i + 1 < len && (s[i + 1] == 'b' || s[i + 1] == 'B');
	if (s[i] != '(' || i + 2 >= len || s[i + 1] != '?')
		return false;
	return s[i + 2] == '=' || s[i + 2] == '!'
	       || (s[i + 2] == '<' && i + 3 < len && (s[i + 3] == '=' || s[i + 3] == '!'));
}

/* Where the tail of a part's (original) source starts: its last top-level
 * atom that takes characters (\b and look-arounds around it left aside),
 * when that is a group without a quantifier after a quantified atom (a gap:
 * .{0,40}, [^,。]{0,8}) and more; 0 when it has none. Every match of the
 * part holds a match of its tail, starting at most the span of what comes
 * before it after the part's start. */
static size_t
tail_start(const char *s, size_t len)
{
	size_t i = 0, last = 0, atoms = 0;
	bool q = false, q_before = false;
	while (i < len) {
		if (s[i] == '|' || s[i] == ')' || s[i] == '^' || s[i] == '$')
			return 0;
		bool zero = atom_zero(s, len, i);
		bool qi;
		size_t at = i;
		i = atom_skip(s, len, i, &qi);
		if (zero)
			continue;
		q_before = q;
		q = qi;
		last = at;
		atoms++;
	}
	if (atoms < 3 || q || !q_before || s[last] != '(' || last + 2 >= len)
		return 0;
	if (s[last + 1] == '?' && s[last + 2] != ':')
		return 0;
	if (s[last + 1] == '*')
		return 0;
	return last;
}

/* Whether a relaxed source holds syntax the prefix reader does not follow
 * (\Q quoting, \c, verbs): it is then kept verbatim, without prefixes. */
static bool
src_verbatim(const char *r)
{
	return strstr(r, "\\Q") || strstr(r, "\\c") || strstr(r, "(*");
}

/* The prefixes of the relaxed source r[0 .. len) into *x: false when they
 * are not read from the whole of it. */
static bool
src_prefixes(const char *r, size_t len, struct prefixes *x, struct digits *dg)
{
	struct gparser Q = {r, len, 0, NULL, false, dg};
	bool whole;
	return prefix_alternation(&Q, 0, x, &whole) && Q.i == len && !x->bad;
}

/* A new part (its span unknown); its number. */
static uint32_t
part_add(struct hsdb *h, size_t *cap)
{
	if (h->parts >= *cap) {
		*cap = *cap ? *cap * 2 : 1024;
		h->span = xreallocarray(h->span, *cap, sizeof(*h->span));
		h->part_prefixed = xreallocarray(h->part_prefixed, *cap, sizeof(bool));
		h->part_src = xreallocarray(h->part_src, *cap, 2 * sizeof(uint32_t));
		h->part_unit = xreallocarray(h->part_unit, *cap, sizeof(uint32_t));
		h->tail = xreallocarray(h->tail, *cap, sizeof(uint32_t));
		h->tail_dist = xreallocarray(h->tail_dist, *cap, sizeof(uint32_t));
		h->tail_grow = xreallocarray(h->tail_grow, *cap, sizeof(uint32_t));
		h->tail_cdist = xreallocarray(h->tail_cdist, *cap, sizeof(uint32_t));
		h->part_wrap = xreallocarray(h->part_wrap, *cap, 1);
		h->tail_cgrow = xreallocarray(h->tail_cgrow, *cap, sizeof(uint32_t));
	}
	h->part_unit[h->parts] = UINT32_MAX;
	h->tail[h->parts] = UINT32_MAX;
	h->tail_dist[h->parts] = 0;
	h->tail_grow[h->parts] = 0;
	h->tail_cdist[h->parts] = UINT32_MAX;
	h->part_wrap[h->parts] = HSDB_WRAP_INEXACT;
	h->tail_cgrow[h->parts] = 0;
	h->span[h->parts] = UINT32_MAX;
	h->part_prefixed[h->parts] = false;
	h->part_src[2 * h->parts] = h->part_src[2 * h->parts + 1] = 0;
	return (uint32_t)h->parts++;
}

struct hsdb *
hsdb_new(const struct hsdb_unit *units, size_t count, struct hsdb_stats *stats, char *err,
	 size_t errlen)
{
	memset(stats, 0, sizeof(*stats));
	if (errlen)
		err[0] = '\0';
	if (!hsdb_available()) {
		snprintf(err, errlen, "Hyperscan does not run on this CPU");
		return NULL;
	}
	if (count > HSDB_UNIT_MASK) {
		snprintf(err, errlen, "too many patterns");
		return NULL;
	}
	struct hsdb *h = xcalloc(1, sizeof(*h));
	h->words = (count + 63) / 64 + 1;
	h->count = count;
	h->always = xcalloc(h->words, sizeof(uint64_t));
	h->located = xcalloc(h->words, sizeof(uint64_t));
	h->part_first = xcalloc(count + 1, sizeof(uint32_t));
	atomic_init(&h->spare, NULL);
	/* each unit and each of its parts relaxed, with room past it for the
	 * runs of its guard; the parts' prefixes */
	struct piece {
		char *src;
		size_t len;
		struct prefixes x;	/* its prefixes */
		struct prefixes gd;	/* a part's guard */
		size_t span;
	};
	struct piece *pc = NULL;
	size_t npc = 0, cappc = 0;
	size_t span_cap = 0;
	struct glit *gl = NULL;
	size_t gn = 0, gcap = 0;
	struct lits l = {0};
	struct digits *dg = xcalloc(1, sizeof(*dg));	/* read when a prefix needs them */
	uint32_t *tc = NULL;	/* prefixed parts whose tails are read */
	size_t ntc = 0, captc = 0;
	size_t *starts = xcalloc(HSDB_PARTS_MAX, sizeof(size_t));
	size_t *ends = xcalloc(HSDB_PARTS_MAX, sizeof(size_t));
	uint8_t *wraps = xcalloc(HSDB_PARTS_MAX, 1);
	for (size_t i = 0; i < count; i++) {
		const char *us = units[i].src;
		size_t ul = units[i].len;
		bool verbatim = units[i].extended || memchr(us, '\0', ul);
		size_t np = verbatim ? 0 : unit_parts(us, 0, ul, starts, ends, wraps, 0, 0, 0);
		if (np == 0) {
			np = 1;
			starts[0] = 0;
			ends[0] = ul;
			wraps[0] = 0;
		}
		h->part_first[i] = (uint32_t)h->parts;
		/* piece 0: the whole unit (its guard marks it); then its parts */
		size_t base = npc;
		for (size_t j = 0; j <= np; j++) {
			if (j == 1 && np == 1)
				break;	/* one part: the unit itself */
			const char *ps = j == 0 ? us : us + starts[j - 1];
			size_t plen = j == 0 ? ul : ends[j - 1] - starts[j - 1];
			if (npc == cappc) {
				cappc = cappc ? cappc * 2 : 1024;
				pc = xreallocarray(pc, cappc, sizeof(*pc));
			}
			struct piece *q = &pc[npc++];
			memset(q, 0, sizeof(*q));
			char *r = relax(ps, plen, units[i].extended);
			q->len = strlen(r);
			q->src = xmalloc(2 * q->len + 2);
			memcpy(q->src, r, q->len + 1);
			free(r);
			bool vb = verbatim || src_verbatim(q->src);
			if (j == 0)
				verbatim = vb;
			if (vb)
				continue;
			if (!src_prefixes(q->src, q->len, &q->x, dg))
				q->x.n = 0;
		}
		size_t first_part = np == 1 ? base : base + 1;
		/* each part: its prefixes (read above), its span and guard; located
		 * when it has prefixes or a guard (its matches start at most span
		 * bytes before one of the guard's literals, or anywhere before the
		 * last when its span is not bounded) */
		bool all_located = !verbatim && !has_options(pc[base].src, pc[base].len);
		for (size_t j = first_part; j < npc && all_located; j++) {
			struct piece *q = &pc[j];
			size_t jj = j - first_part;
			q->span = unit_span(np == 1 ? us : us + starts[jj],
					    np == 1 ? ul : ends[jj] - starts[jj], units[i].extended);
			/* its guard: read from what follows its first atom when that
			 * has one (a literal after the prefix, not the prefix itself),
			 * else, or when that one is weak and the whole part's is
			 * stronger, from the whole part */
			for (int pass = 0; pass < 2 && guard_weak(&q->gd); pass++) {
				size_t from = pass == 0 ? first_atom_end(q->src, q->len) : 0;
				if (pass == 0 && (from == 0 || from >= q->len))
					continue;
				struct gparser P = {q->src + from, q->len - from, 0, &l, false, NULL};
				l.n = 0;
				struct guard pg = guard_alternation(&P, 0);
				if (P.bad || P.i != q->len - from || pg.none || pg.count == 0)
					continue;
				if (q->gd.n > 0 && pg.shortest <= guard_shortest(&q->gd))
					continue;	/* the first pass's is as good */
				prefixes_clear(&q->gd);
				for (size_t k = 0; k < pg.count; k++)
					pfx_add(&q->gd, P.s + l.v[pg.first + k].off,
						l.v[pg.first + k].len);
				if (q->gd.bad)
					prefixes_clear(&q->gd);
			}
			/* a prefixed part's window only filters its prefixes' points:
			 * a guard this weak would mark nearly every one of them, and
			 * cost a tracked literal that occurs everywhere */
			if (q->x.n > 0 && q->gd.n > 0 && guard_weak(&q->gd))
				prefixes_clear(&q->gd);
			if (q->span >= UINT32_MAX)
				q->span = SIZE_MAX;
			all_located = q->x.n > 0 || q->gd.n > 0;
		}
		/* the unit's guard: read from the whole, else its parts' */
		struct guard g = {.none = true};
		if (!verbatim) {
			struct gparser P = {pc[base].src, pc[base].len, 0, &l, false, NULL};
			l.n = 0;
			g = guard_alternation(&P, 0);
			if (P.bad || P.i != pc[base].len)
				g.none = true;
		}
		bool guarded = !(g.none || g.count == 0);
		if (!guarded && !all_located) {
			h->always[i >> 6] |= (uint64_t)1 << (i & 63);
			stats->always++;
			for (size_t j = first_part; j < npc; j++)
				part_add(h, &span_cap);
			continue;
		}
		stats->exact++;
		if (all_located)
			h->located[i >> 6] |= (uint64_t)1 << (i & 63);
		if (guarded) {
			for (size_t k = 0; k < g.count; k++)
				glit_push(&gl, &gn, &gcap, pc[base].src + l.v[g.first + k].off,
					  l.v[g.first + k].len, (uint32_t)i);
		} else {
			for (size_t j = first_part; j < npc; j++) {
				struct prefixes *x = pc[j].x.n ? &pc[j].x : &pc[j].gd;
				for (size_t k = 0; k < x->n; k++)
					glit_push(&gl, &gn, &gcap, x->b + x->v[k].off, x->v[k].len,
						  (uint32_t)i);
			}
		}
		/* each part: where its prefixes start; its guard's literals, when its
		 * span is bounded (its window) */
		for (size_t j = first_part; j < npc; j++) {
			uint32_t part = part_add(h, &span_cap);
			if (!all_located)
				continue;
			struct piece *q = &pc[j];
			h->part_prefixed[part] = q->x.n > 0;
			size_t jj = j - first_part;
			/* one part: the unit itself, or what it wraps in a group
			 * ((?:A.{0,300}(?:B)), a then-proximity), so that its tail is
			 * read as a multi-part unit's are */
			h->part_src[2 * part] = (uint32_t)starts[jj];
			h->part_src[2 * part + 1] = (uint32_t)ends[jj];
			h->part_wrap[part] = wraps[jj];
			h->part_unit[part] = (uint32_t)i;
			if (!units[i].extended) {
				/* its tail, read below */
				if (ntc == captc) {
					captc = captc ? captc * 2 : 256;
					tc = xreallocarray(tc, captc, sizeof(*tc));
				}
				tc[ntc++] = part;
			}
			for (size_t k = 0; k < q->x.n; k++)
				glit_push(&gl, &gn, &gcap, q->x.b + q->x.v[k].off, q->x.v[k].len,
					  part | HSDB_PREFIX_TAG);
			if (q->gd.n == 0)
				continue;
			if (q->span != SIZE_MAX)
				h->span[part] = (uint32_t)q->span;
			for (size_t k = 0; k < q->gd.n; k++)
				glit_push(&gl, &gn, &gcap, q->gd.b + q->gd.v[k].off, q->gd.v[k].len,
					  part | HSDB_WINDOW_TAG);
		}
	}
	h->part_first[count] = (uint32_t)h->parts;
	h->unit_parts = h->parts;
	/* the tails of prefixed parts: each distinct one a part of its own
	 * with its prefixes (tracked: where they occur), past the units' */
	struct prefixes *tx = xcalloc(ntc ? ntc : 1, sizeof(*tx));
	size_t ntx = 0;
	for (size_t t = 0; t < ntc; t++) {
		uint32_t part = tc[t];
		const char *us = units[h->part_unit[part]].src;
		const char *ps = us + h->part_src[2 * part];
		size_t plen = h->part_src[2 * part + 1] - h->part_src[2 * part];
		size_t ya = tail_start(ps, plen);
		if (ya == 0)
			continue;
		/* its reach: what comes before it spans at most f(W) bytes in a
		 * text whose longest run without spaces is W bytes, f convex
		 * (sums, multiples and maxima of W and constants), so below its
		 * chord from 0 to HSDB_RUN_MAX */
		size_t dist = run_span(ps, ya, 0, false), far = run_span(ps, ya, HSDB_RUN_MAX, false);
		if (far >= UINT32_MAX || dist > far)
			dist = far = UINT32_MAX;	/* not bounded: anywhere after */
		/* the same in characters (bounded when it is in bytes) */
		size_t cdist = run_span(ps, ya, 0, true), cfar = run_span(ps, ya, HSDB_RUN_MAX, true);
		if (dist == UINT32_MAX || cfar >= UINT32_MAX || cdist > cfar)
			cdist = cfar = UINT32_MAX;
		const char *ys = ps + ya;
		size_t yl = group_skip(ps, plen, ya) - ya;
		uint32_t y = UINT32_MAX;
		for (uint32_t k = (uint32_t)h->unit_parts; k < h->parts && y == UINT32_MAX; k++) {
			const char *ks = units[h->part_unit[k]].src + h->part_src[2 * k];
			if (h->part_src[2 * k + 1] - h->part_src[2 * k] == yl && memcmp(ks, ys, yl) == 0)
				y = k;
		}
		if (y == UINT32_MAX) {
			char *r = relax(ys, yl, false);
			struct prefixes *x = &tx[ntx];
			bool ok = !src_verbatim(r) && src_prefixes(r, strlen(r), x, dg) && x->n > 0;
			free(r);
			if (!ok) {
				prefixes_clear(x);
				continue;
			}
			ntx++;
			y = part_add(h, &span_cap);
			h->part_prefixed[y] = true;
			h->part_unit[y] = h->part_unit[part];
			h->part_src[2 * y] = (uint32_t)(ys - us);
			h->part_src[2 * y + 1] = (uint32_t)(ys - us + yl);
			for (size_t k = 0; k < x->n; k++)
				glit_push(&gl, &gn, &gcap, x->b + x->v[k].off, x->v[k].len,
					  y | HSDB_PREFIX_TAG);
		}
		h->tail[part] = y;
		h->tail_dist[part] = (uint32_t)dist;
		h->tail_grow[part] = dist == UINT32_MAX ? 0 : (uint32_t)(far - dist);
		h->tail_cdist[part] = (uint32_t)cdist;
		h->tail_cgrow[part] = cdist == UINT32_MAX ? 0 : (uint32_t)(cfar - cdist);
	}
	free(tc);
	free(dg);
	if (h->parts > HSDB_UNIT_MASK) {
		snprintf(err, errlen, "too many patterns");
		gn = 0;
	}
	free(starts);
	free(ends);
	free(wraps);
	free(l.v);
	/* one pattern a distinct literal; its units in h->units */
	if (gn)
		qsort(gl, gn, sizeof(*gl), glit_cmp);
	const char **exprs = xcalloc(gn ? gn : 1, sizeof(*exprs));
	size_t *lens = xcalloc(gn ? gn : 1, sizeof(*lens));
	unsigned *flags = xcalloc(gn ? gn : 1, sizeof(*flags));
	unsigned *ids = xcalloc(gn ? gn : 1, sizeof(*ids));
	h->first = xcalloc(gn + 1, sizeof(*h->first));
	h->units = xcalloc(gn ? gn : 1, sizeof(*h->units));
	h->lens = xcalloc(gn ? gn : 1, sizeof(*h->lens));
	size_t n = 0, u = 0;
	/* (part, literal) of the prefixes and of the windows' guards */
	uint32_t *pp = xcalloc(2 * gn + 2, sizeof(uint32_t));
	uint32_t *wp = xcalloc(2 * gn + 2, sizeof(uint32_t));
	size_t np_ = 0, nw = 0;
	h->tracked = xcalloc(gn ? gn : 1, sizeof(bool));
	for (size_t k = 0; k < gn; k++) {
		bool same = n > 0 && gl[k].len == lens[n - 1]
			    && memcmp(gl[k].p, exprs[n - 1], gl[k].len) == 0;
		if (!same) {
			exprs[n] = gl[k].p;
			lens[n] = gl[k].len;
			flags[n] = HS_FLAG_SINGLEMATCH;
			ids[n] = (unsigned)n;
			h->first[n] = (uint32_t)u;
			h->lens[n] = (uint32_t)gl[k].len;
			n++;
		}
		uint32_t v = gl[k].unit;
		if (v & (HSDB_PREFIX_TAG | HSDB_WINDOW_TAG)) {
			/* every occurrence: where it starts */
			flags[n - 1] = 0;
			h->tracked[n - 1] = true;
			uint32_t *to = v & HSDB_PREFIX_TAG ? pp : wp;
			size_t *tn = v & HSDB_PREFIX_TAG ? &np_ : &nw;
			if (*tn == 0 || to[2 * *tn - 2] != (v & HSDB_UNIT_MASK)
			    || to[2 * *tn - 1] != n - 1) {
				to[2 * *tn] = v & HSDB_UNIT_MASK;
				to[2 * *tn + 1] = (uint32_t)(n - 1);
				(*tn)++;
			}
			continue;
		}
		if (u == 0 || h->units[u - 1] != v || !same)
			h->units[u++] = v;
	}
	h->first[n] = (uint32_t)u;
	h->literals = n;
	csr(pp, np_, h->parts, &h->pfx_first, &h->pfx_lits);
	csr(wp, nw, h->parts, &h->win_first, &h->win_lits);
	/* and per literal, the parts it is a prefix of */
	for (size_t k = 0; k < np_; k++) {
		uint32_t t = pp[2 * k];
		pp[2 * k] = pp[2 * k + 1];
		pp[2 * k + 1] = t;
	}
	csr(pp, np_, n, &h->lit_pfx_first, &h->lit_pfx_parts);
	free(pp);
	/* the distinct lists of literals (prefixes, windows' guards): a
	 * table of their hashes */
	h->pfx_set = xcalloc(h->parts + 1, sizeof(uint32_t));
	h->win_set = xcalloc(h->parts + 1, sizeof(uint32_t));
	{
		size_t tsize = 1;
		while (tsize < 4 * h->parts + 2)
			tsize *= 2;
		/* a slot: 2 * part + 1 (+ 1 for a window's guard), 0 empty */
		uint32_t *slot = xcalloc(tsize, sizeof(uint32_t));
		for (size_t e = 0; e < 2 * h->parts; e++) {
			size_t p = e / 2;
			const uint32_t *fst = e % 2 ? h->win_first : h->pfx_first;
			const uint32_t *lits = e % 2 ? h->win_lits : h->pfx_lits;
			uint32_t *set = e % 2 ? h->win_set : h->pfx_set;
			uint32_t f0 = fst[p], f1 = fst[p + 1];
			set[p] = UINT32_MAX;
			if (f0 == f1)
				continue;
			uint64_t hv = 1469598103934665603ull;
			for (uint32_t k = f0; k < f1; k++)
				hv = (hv ^ lits[k]) * 1099511628211ull;
			size_t i = (size_t)(hv ^ (hv >> 29)) & (tsize - 1);
			for (;; i = (i + 1) & (tsize - 1)) {
				if (slot[i] == 0) {
					slot[i] = (uint32_t)e + 1;
					set[p] = (uint32_t)h->sets++;
					break;
				}
				size_t oe = slot[i] - 1, q = oe / 2;
				const uint32_t *ofst = oe % 2 ? h->win_first : h->pfx_first;
				const uint32_t *olits = oe % 2 ? h->win_lits : h->pfx_lits;
				uint32_t g0 = ofst[q], g1 = ofst[q + 1];
				if (g1 - g0 == f1 - f0
				    && memcmp(olits + g0, lits + f0, (f1 - f0) * sizeof(uint32_t)) == 0) {
					set[p] = (oe % 2 ? h->win_set : h->pfx_set)[q];
					break;
				}
			}
		}
		free(slot);
	}
	free(wp);
	bool ok = false;
	if (n == 0) {
		snprintf(err, errlen, "no pattern has literals Hyperscan could look for");
	} else {
		hs_compile_error_t *cerr = NULL;
		if (hs_compile_lit_multi(exprs, flags, ids, lens, (unsigned)n, HS_MODE_BLOCK, NULL,
					 &h->db, &cerr) == HS_SUCCESS)
			ok = true;
		else
			snprintf(err, errlen, "Hyperscan: %s",
				 cerr && cerr->message ? cerr->message : "?");
		if (cerr)
			hs_free_compile_error(cerr);
	}
	if (ok && hs_alloc_scratch(h->db, &h->proto) != HS_SUCCESS) {
		snprintf(err, errlen, "Hyperscan: cannot allocate scratch space");
		ok = false;
	}
	for (size_t j = 0; j < npc; j++) {
		free(pc[j].src);
		free(pc[j].x.b);
		free(pc[j].x.v);
		free(pc[j].gd.b);
		free(pc[j].gd.v);
	}
	free(pc);
	for (size_t t = 0; t < ntx; t++) {
		free(tx[t].b);
		free(tx[t].v);
	}
	free(tx);
	free(gl);
	free(exprs);
	free(lens);
	free(flags);
	free(ids);
	if (!ok) {
		hsdb_free(&h);
		return NULL;
	}
	if (errlen)
		err[0] = '\0';
	return h;
}

static void
starts_deinit(struct hsdb_starts *st)
{
	free(st->head);
	free(st->count);
	free(st->touched);
	free(st->has);
	free(st->parts);
	free(st->set_at);
	free(st->set_n);
	free(st->set_touched);
	free(st->sa);
	free(st->at);
	free(st->next);
}

static void
scratch_free(struct hsdb_scratch *s)
{
	if (s == NULL)
		return;
	hs_free_scratch(s->hs);
	for (int f = 0; f < HSDB_FIELDS; f++)
		starts_deinit(&s->st[f]);
	free(s->tmp);
	free(s->tmp2);
	free(s->bm);
	free(s);
}

void
hsdb_free(struct hsdb **dbp)
{
	struct hsdb *h = *dbp;
	*dbp = NULL;
	if (h == NULL)
		return;
	scratch_free(atomic_exchange(&h->spare, NULL));
	if (h->proto)
		hs_free_scratch(h->proto);
	if (h->db)
		hs_free_database(h->db);
	free(h->always);
	free(h->located);
	free(h->part_prefixed);
	free(h->part_src);
	free(h->part_unit);
	free(h->tail);
	free(h->tail_dist);
	free(h->tail_grow);
	free(h->tail_cdist);
	free(h->part_wrap);
	free(h->tail_cgrow);
	free(h->span);
	free(h->part_first);
	free(h->first);
	free(h->units);
	free(h->lens);
	free(h->pfx_first);
	free(h->pfx_lits);
	free(h->win_first);
	free(h->win_lits);
	free(h->tracked);
	free(h->lit_pfx_first);
	free(h->lit_pfx_parts);
	free(h->pfx_set);
	free(h->win_set);
	free(h);
}

size_t
hsdb_words(const struct hsdb *db)
{
	return db->words;
}

struct hsdb_scratch *
hsdb_scratch_take(const struct hsdb *db)
{
	/* the spare slot is a cache: changing it does not change the database */
	struct hsdb *h = (struct hsdb *)db;
	struct hsdb_scratch *s = atomic_exchange(&h->spare, NULL);
	if (s)
		return s;
	hs_scratch_t *hs = NULL;
	if (hs_clone_scratch(h->proto, &hs) != HS_SUCCESS)
		return NULL;	/* hsdb_scan then marks every unit */
	s = xcalloc(1, sizeof(*s));
	s->hs = hs;
	size_t c = h->literals ? h->literals : 1;
	for (int f = 0; f < HSDB_FIELDS; f++) {
		s->st[f].head = xcalloc(c, sizeof(uint32_t));
		s->st[f].count = xcalloc(c, sizeof(uint32_t));
		s->st[f].touched = xcalloc(c, sizeof(uint32_t));
		s->st[f].has = xcalloc(c / 64 + 1, sizeof(uint64_t));
		s->st[f].part_words = h->parts / 64 + 1;
		s->st[f].parts = xcalloc(s->st[f].part_words, sizeof(uint64_t));
		s->st[f].set_at = xcalloc(h->sets + 1, sizeof(uint32_t));
		s->st[f].set_n = xcalloc(h->sets + 1, sizeof(uint32_t));
		s->st[f].set_touched = xcalloc(h->sets + 1, sizeof(uint32_t));
	}
	return s;
}

void
hsdb_scratch_give(const struct hsdb *db, struct hsdb_scratch **sp)
{
	struct hsdb *h = (struct hsdb *)db;
	struct hsdb_scratch *s = *sp;
	*sp = NULL;
	if (s == NULL)
		return;
	struct hsdb_scratch *expected = NULL;
	if (!atomic_compare_exchange_strong(&h->spare, &expected, s))
		scratch_free(s);
}

static void
starts_push(struct hsdb_starts *st, uint32_t unit, uint32_t at)
{
	if (!st->known)
		return;
	if (st->n == st->cap) {
		if (st->cap >= HSDB_STARTS_MAX) {
			st->known = false;
			return;
		}
		st->cap = st->cap ? st->cap * 2 : 1024;
		st->at = xreallocarray(st->at, st->cap, sizeof(*st->at));
		st->next = xreallocarray(st->next, st->cap, sizeof(*st->next));
	}
	if (st->head[unit] == 0) {
		st->touched[st->ntouched++] = unit;
		st->has[unit >> 6] |= (uint64_t)1 << (unit & 63);
	}
	st->at[st->n] = at;
	st->next[st->n] = st->head[unit];
	st->n++;
	st->head[unit] = (uint32_t)st->n;
	st->count[unit]++;
}

static void
starts_clear(struct hsdb_starts *st)
{
	if (st == NULL)
		return;
	for (size_t k = 0; k < st->ntouched; k++) {
		st->head[st->touched[k]] = 0;
		st->count[st->touched[k]] = 0;
		st->has[st->touched[k] >> 6] = 0;
	}
	if (st->ntouched)
		memset(st->parts, 0, st->part_words * sizeof(uint64_t));
	for (size_t k = 0; k < st->nset_touched; k++)
		st->set_at[st->set_touched[k]] = 0;
	st->nset_touched = 0;
	st->sa_n = 0;
	st->ntouched = 0;
	st->n = 0;
	st->known = true;
}

static int
on_match(unsigned int id, unsigned long long from, unsigned long long to, unsigned int flags,
	 void *ctx)
{
	(void)from;
	(void)flags;
	const struct hsdb_match *m = ctx;
	if (m->h->tracked[id] && m->st) {
		struct hsdb_starts *st = m->st;
		bool seen = st->known && st->head[id] != 0;
		if (st->known && st->head[id] == 0)	/* its first: its parts have one */
			for (uint32_t k = m->h->lit_pfx_first[id]; k < m->h->lit_pfx_first[id + 1]; k++)
				st->parts[m->h->lit_pfx_parts[k] >> 6] |= (uint64_t)1
									   << (m->h->lit_pfx_parts[k] & 63);
		starts_push(st, id, (uint32_t)(to - m->h->lens[id]));
		if (seen)
			return 0;	/* its units were marked at its first */
	}
	for (uint32_t k = m->h->first[id]; k < m->h->first[id + 1]; k++) {
		uint32_t u = m->h->units[k];
		m->bits[u >> 6] |= (uint64_t)1 << (u & 63);
	}
	return 0;
}

void
hsdb_scan_field(const struct hsdb *db, struct hsdb_scratch *s, unsigned field, const char *text,
		size_t len, uint64_t *bits)
{
	memcpy(bits, db->always, db->words * sizeof(uint64_t));
	struct hsdb_starts *st = s && field < HSDB_FIELDS ? &s->st[field] : NULL;
	starts_clear(st);
	if (st)
		st->len = len;
	struct hsdb_match m = {db, bits, st};
	if (s == NULL || len > UINT32_MAX
	    || hs_scan(db->db, text, (unsigned)len, 0, s->hs, on_match, &m) != HS_SUCCESS) {
		memset(bits, 0xFF, db->words * sizeof(uint64_t));
		if (st)
			st->known = false;
	}
}

void
hsdb_scan(const struct hsdb *db, struct hsdb_scratch *s, const char *text, size_t len,
	  uint64_t *bits)
{
	hsdb_scan_field(db, s, 0, text, len, bits);
}

static uint32_t *
grow(uint32_t **p, size_t *cap, size_t n)
{
	if (n > *cap) {
		*cap = n * 2;
		*p = xreallocarray(*p, *cap, sizeof(**p));
	}
	return *p;
}

static int
u32_cmp(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return (x > y) - (x < y);
}

/* The n offsets of o (below len) ascending and each once, in place, by
 * one bit an offset in s's bitmap (cleared again as it is read): for many
 * offsets beside the field's length. Returns how many are left. */
static size_t
sort_bits(struct hsdb_scratch *s, size_t len, uint32_t *o, size_t n)
{
	size_t words = len / 64 + 1;
	if (words > s->bm_words) {
		free(s->bm);
		s->bm = xcalloc(words, sizeof(uint64_t));
		s->bm_words = words;
	}
	uint64_t *bm = s->bm;
	size_t lo = words, hi = 0;
	for (size_t i = 0; i < n; i++) {
		size_t w = o[i] / 64;
		bm[w] |= (uint64_t)1 << (o[i] % 64);
		if (w < lo)
			lo = w;
		if (w > hi)
			hi = w;
	}
	size_t u = 0;
	for (size_t w = lo; w <= hi && lo < words; w++) {
		uint64_t b = bm[w];
		bm[w] = 0;
		while (b) {
			o[u++] = (uint32_t)(w * 64 + (size_t)__builtin_ctzll(b));
			b &= b - 1;
		}
	}
	return u;
}

/* Where the nl literals lits start in st, ascending and each once, into
 * *out (grown as needed, *cap); SIZE_MAX when not known. */
static size_t
gather(struct hsdb_scratch *s, const struct hsdb_starts *st, const uint32_t *lits, size_t nl,
       uint32_t **out, size_t *cap)
{
	if (!st->known)
		return SIZE_MAX;
	/* every pair of the field at most */
	uint32_t *o = grow(out, cap, st->n + 1);
	size_t n = 0, lists = 0;
	for (size_t i = 0; i < nl; i++) {
		uint32_t l = lits[i];
		if (!((st->has[l >> 6] >> (l & 63)) & 1))
			continue;	/* it did not occur */
		/* newest first: its block filled from its end, ascending */
		size_t at = n + st->count[l];
		for (uint32_t e = st->head[l]; e; e = st->next[e - 1])
			o[--at] = st->at[e - 1];
		n += st->count[l];
		lists++;
	}
	if (lists > 1 && n > 1) {
		if (n <= HSDB_INSERTION_SORT_MAX) {
			for (size_t i = 1; i < n; i++) {
				uint32_t v = o[i];
				size_t k = i;
				while (k > 0 && o[k - 1] > v) {
					o[k] = o[k - 1];
					k--;
				}
				o[k] = v;
			}
		} else if (st->len / 64 + 1 <= 8 * n) {
			/* a start is below st->len: where a literal of the text starts */
			return sort_bits(s, st->len, o, n);
		} else {
			qsort(o, n, sizeof(*o), u32_cmp);
		}
	}
	size_t u = 0;
	for (size_t i = 0; i < n; i++)
		if (u == 0 || o[u - 1] != o[i])
			o[u++] = o[i];
	return u;
}

/* gather of the list of literals number q (h->pfx_set, h->win_set): once
 * a field, kept in its scratch for the parts that share it. */
static size_t
gather_set(struct hsdb_scratch *s, struct hsdb_starts *st, uint32_t q, const uint32_t *lits,
	   size_t nl, uint32_t **out, size_t *cap)
{
	if (q != UINT32_MAX && st->known && st->set_at[q]) {
		size_t k = st->set_n[q];
		memcpy(grow(out, cap, k + 1), st->sa + st->set_at[q] - 1, k * sizeof(uint32_t));
		return k;
	}
	size_t k = gather(s, st, lits, nl, out, cap);
	if (k != SIZE_MAX && q != UINT32_MAX && st->sa_n + k < UINT32_MAX) {
		grow(&st->sa, &st->sa_cap, st->sa_n + k + 1);
		memcpy(st->sa + st->sa_n, *out, k * sizeof(uint32_t));
		st->set_at[q] = (uint32_t)st->sa_n + 1;
		st->set_n[q] = (uint32_t)k;
		st->set_touched[st->nset_touched++] = q;
		st->sa_n += k;
	}
	return k;
}

/* Keeps of the k ascending starts of part those its window allows: one of
 * its guard's literals starts within its span from there (anywhere after,
 * when its span is not bounded). */
static size_t
window(const struct hsdb *db, struct hsdb_scratch *s, unsigned field, uint32_t part,
       uint32_t *starts, size_t k)
{
	uint32_t w0 = db->win_first[part], w1 = db->win_first[part + 1];
	if (k == 0 || w0 == w1)
		return k;
	size_t m = gather_set(s, &s->st[field], db->win_set[part], db->win_lits + w0, w1 - w0,
			      &s->tmp, &s->tmp_cap);
	if (m == SIZE_MAX)
		return k;
	size_t span = db->span[part] == UINT32_MAX ? SIZE_MAX / 2 : db->span[part];
	size_t out = 0, j = 0;
	for (size_t i = 0; i < k; i++) {
		size_t a = starts[i];
		while (j < m && s->tmp[j] < a)
			j++;
		if (j < m && s->tmp[j] < a + span)
			starts[out++] = starts[i];
	}
	return out;
}

struct span_pair {
	uint32_t lo, hi;
};

static int
pair_cmp(const void *a, const void *b)
{
	const struct span_pair *x = a, *y = b;
	if (x->lo != y->lo)
		return (x->lo > y->lo) - (x->lo < y->lo);
	return (x->hi > y->hi) - (x->hi < y->hi);
}

/* Part p's intervals (hsdb_part_starts) into lo and hi from index n (room
 * for cap in all); the new count, or SIZE_MAX when not known or past cap. */
static size_t
part_starts(const struct hsdb *db, struct hsdb_scratch *s, unsigned field, uint32_t p,
	    uint32_t *lo, uint32_t *hi, size_t n, size_t cap)
{
	struct hsdb_starts *st = &s->st[field];
	if (db->part_prefixed[p]) {
		if (!((st->parts[p >> 6] >> (p & 63)) & 1))
			return n;	/* none of its prefixes occurred */
		uint32_t f0 = db->pfx_first[p], f1 = db->pfx_first[p + 1];
		size_t k = gather_set(s, st, db->pfx_set[p], db->pfx_lits + f0, f1 - f0, &s->tmp2,
				      &s->tmp2_cap);
		if (k == SIZE_MAX)
			return SIZE_MAX;
		k = window(db, s, field, p, s->tmp2, k);
		if (n + k > cap)
			return SIZE_MAX;
		for (size_t i = 0; i < k; i++) {
			lo[n + i] = s->tmp2[i];
			hi[n + i] = s->tmp2[i];
		}
		return n + k;
	}
	/* no prefixes: within span bytes before one of its guard's
	 * literals; unbounded, anywhere up to the last */
	uint32_t w0 = db->win_first[p], w1 = db->win_first[p + 1];
	size_t m = gather_set(s, st, db->win_set[p], db->win_lits + w0, w1 - w0, &s->tmp,
			      &s->tmp_cap);
	if (m == SIZE_MAX || n + m > cap)
		return SIZE_MAX;
	uint32_t *t = s->tmp;
	uint32_t span = db->span[p];
	if (span == UINT32_MAX && m > 0) {
		t[0] = t[m - 1];
		m = 1;
	}
	for (size_t i = 0; i < m; i++) {
		lo[n + i] = t[i] > span ? t[i] - span : 0;
		hi[n + i] = t[i];
	}
	return n + m;
}

/* Whether unit's starts are known part by part (hsdb_new: located). */
static bool
unit_located(const struct hsdb *db, uint32_t unit)
{
	return unit < db->count && ((db->located[unit >> 6] >> (unit & 63)) & 1);
}

static bool
starts_known(const struct hsdb *db, const struct hsdb_scratch *s, unsigned field, uint32_t unit)
{
	return s != NULL && field < HSDB_FIELDS && unit_located(db, unit) && s->st[field].known;
}

size_t
hsdb_unit_starts(const struct hsdb *db, struct hsdb_scratch *s, unsigned field, uint32_t unit,
		 uint32_t *lo, uint32_t *hi, size_t cap)
{
	if (!starts_known(db, s, field, unit))
		return SIZE_MAX;
	/* the intervals of every part ... */
	size_t n = 0;
	bool sorted = db->part_first[unit + 1] - db->part_first[unit] == 1;
	for (uint32_t p = db->part_first[unit]; p < db->part_first[unit + 1]; p++) {
		n = part_starts(db, s, field, p, lo, hi, n, cap);
		if (n == SIZE_MAX)
			return SIZE_MAX;
		if (!db->part_prefixed[p])
			sorted = false;
	}
	if (!sorted && n > 1) {
		struct span_pair *v = (struct span_pair *)grow(&s->tmp2, &s->tmp2_cap, 2 * n);
		for (size_t i = 0; i < n; i++)
			v[i] = (struct span_pair){lo[i], hi[i]};
		qsort(v, n, sizeof(*v), pair_cmp);
		/* ... merged where they overlap */
		size_t u = 0;
		for (size_t i = 0; i < n; i++) {
			if (u > 0 && v[i].lo <= hi[u - 1]) {
				if (v[i].hi > hi[u - 1])
					hi[u - 1] = v[i].hi;
				continue;
			}
			lo[u] = v[i].lo;
			hi[u] = v[i].hi;
			u++;
		}
		n = u;
	}
	return n;
}

bool
hsdb_unit_parts(const struct hsdb *db, uint32_t unit, uint32_t *first, uint32_t *end)
{
	if (!unit_located(db, unit))
		return false;
	*first = db->part_first[unit];
	*end = db->part_first[unit + 1];
	return true;
}

size_t
hsdb_parts(const struct hsdb *db)
{
	return db->parts;
}

size_t
hsdb_tails_first(const struct hsdb *db)
{
	return db->unit_parts;
}

bool
hsdb_part_prefixed(const struct hsdb *db, uint32_t part)
{
	return part < db->parts && db->part_prefixed[part];
}

uint32_t
hsdb_part_unit(const struct hsdb *db, uint32_t part)
{
	return part < db->parts ? db->part_unit[part] : UINT32_MAX;
}

bool
hsdb_part_tail(const struct hsdb *db, uint32_t part, uint32_t *tail)
{
	if (part >= db->unit_parts || db->tail[part] == UINT32_MAX)
		return false;
	*tail = db->tail[part];
	return true;
}

size_t
hsdb_part_tail_reach(const struct hsdb *db, uint32_t part, size_t run)
{
	if (part >= db->unit_parts || db->tail[part] == UINT32_MAX
	    || db->tail_dist[part] == UINT32_MAX || run > HSDB_RUN_MAX)
		return SIZE_MAX;
	uint64_t g = db->tail_grow[part];
	return db->tail_dist[part] + (size_t)((g * run + HSDB_RUN_MAX - 1) / HSDB_RUN_MAX);
}

unsigned
hsdb_part_wrap(const struct hsdb *db, uint32_t part)
{
	return part < db->unit_parts ? db->part_wrap[part] : HSDB_WRAP_INEXACT;
}

size_t
hsdb_part_tail_reach_chars(const struct hsdb *db, uint32_t part, size_t run)
{
	if (part >= db->unit_parts || db->tail[part] == UINT32_MAX
	    || db->tail_cdist[part] == UINT32_MAX || run > HSDB_RUN_MAX)
		return SIZE_MAX;
	uint64_t g = db->tail_cgrow[part];
	return db->tail_cdist[part] + (size_t)((g * run + HSDB_RUN_MAX - 1) / HSDB_RUN_MAX);
}

size_t
hsdb_tail_starts(const struct hsdb *db, struct hsdb_scratch *s, unsigned field, uint32_t tail,
		 uint32_t *at, size_t cap)
{
	if (s == NULL || field >= HSDB_FIELDS || !s->st[field].known || tail < db->unit_parts
	    || tail >= db->parts)
		return SIZE_MAX;
	return part_starts(db, s, field, tail, at, at, 0, cap);
}

void
hsdb_part_source(const struct hsdb *db, uint32_t part, size_t *start, size_t *end)
{
	*start = part < db->parts ? db->part_src[2 * part] : 0;
	*end = part < db->parts ? db->part_src[2 * part + 1] : 0;
}

size_t
hsdb_part_starts(const struct hsdb *db, struct hsdb_scratch *s, unsigned field, uint32_t unit,
		 uint32_t part, uint32_t *lo, uint32_t *hi, size_t cap)
{
	if (!starts_known(db, s, field, unit) || part < db->part_first[unit]
	    || part >= db->part_first[unit + 1])
		return SIZE_MAX;
	size_t n = part_starts(db, s, field, part, lo, hi, 0, cap);
	if (n == SIZE_MAX || db->part_prefixed[part])
		return n;
	/* ascending already (one span): merged where they overlap */
	size_t u = 0;
	for (size_t i = 0; i < n; i++) {
		if (u > 0 && lo[i] <= hi[u - 1]) {
			if (hi[i] > hi[u - 1])
				hi[u - 1] = hi[i];
			continue;
		}
		lo[u] = lo[i];
		hi[u] = hi[i];
		u++;
	}
	return u;
}

size_t
hsdb_unit_window(const struct hsdb *db, struct hsdb_scratch *s, unsigned field, uint32_t unit,
		 uint32_t *starts, size_t k)
{
	if (s == NULL || field >= HSDB_FIELDS || unit >= db->count || k == SIZE_MAX
	    || db->part_first[unit + 1] - db->part_first[unit] != 1 || !s->st[field].known)
		return k;
	return window(db, s, field, db->part_first[unit], starts, k);
}

#else /* no Hyperscan: the literal prefilters decide */

char *
hsdb_relax(const char *s, size_t len, bool extended)
{
	(void)extended;
	char *d = xmalloc(len + 1);
	memcpy(d, s, len);
	d[len] = '\0';
	return d;
}

bool
hsdb_available(void)
{
	return false;
}

struct hsdb *
hsdb_new(const struct hsdb_unit *units, size_t count, struct hsdb_stats *stats, char *err,
	 size_t errlen)
{
	(void)units;
	memset(stats, 0, sizeof(*stats));
	stats->always = count;
	snprintf(err, errlen, "built without Hyperscan");
	return NULL;
}

void
hsdb_free(struct hsdb **dbp)
{
	*dbp = NULL;
}

size_t
hsdb_words(const struct hsdb *db)
{
	(void)db;
	return 0;
}

struct hsdb_scratch *
hsdb_scratch_take(const struct hsdb *db)
{
	(void)db;
	return NULL;
}

void
hsdb_scratch_give(const struct hsdb *db, struct hsdb_scratch **sp)
{
	(void)db;
	*sp = NULL;
}

void
hsdb_scan(const struct hsdb *db, struct hsdb_scratch *s, const char *text, size_t len,
	  uint64_t *bits)
{
	(void)db;
	(void)s;
	(void)text;
	(void)len;
	(void)bits;
}

void
hsdb_scan_field(const struct hsdb *db, struct hsdb_scratch *s, unsigned field, const char *text,
		size_t len, uint64_t *bits)
{
	(void)field;
	hsdb_scan(db, s, text, len, bits);
}

size_t
hsdb_unit_starts(const struct hsdb *db, struct hsdb_scratch *s, unsigned field, uint32_t unit,
		 uint32_t *lo, uint32_t *hi, size_t cap)
{
	(void)db;
	(void)s;
	(void)field;
	(void)unit;
	(void)lo;
	(void)hi;
	(void)cap;
	return SIZE_MAX;
}

bool
hsdb_unit_parts(const struct hsdb *db, uint32_t unit, uint32_t *first, uint32_t *end)
{
	(void)db;
	(void)unit;
	*first = *end = 0;
	return false;
}

size_t
hsdb_parts(const struct hsdb *db)
{
	(void)db;
	return 0;
}

size_t
hsdb_tails_first(const struct hsdb *db)
{
	(void)db;
	return 0;
}

bool
hsdb_part_prefixed(const struct hsdb *db, uint32_t part)
{
	(void)db;
	(void)part;
	return false;
}

uint32_t
hsdb_part_unit(const struct hsdb *db, uint32_t part)
{
	(void)db;
	(void)part;
	return UINT32_MAX;
}

bool
hsdb_part_tail(const struct hsdb *db, uint32_t part, uint32_t *tail)
{
	(void)db;
	(void)part;
	*tail = 0;
	return false;
}

size_t
hsdb_part_tail_reach(const struct hsdb *db, uint32_t part, size_t run)
{
	(void)db;
	(void)part;
	(void)run;
	return SIZE_MAX;
}

unsigned
hsdb_part_wrap(const struct hsdb *db, uint32_t part)
{
	(void)db;
	(void)part;
	return HSDB_WRAP_INEXACT;
}

size_t
hsdb_part_tail_reach_chars(const struct hsdb *db, uint32_t part, size_t run)
{
	return hsdb_part_tail_reach(db, part, run);
}

size_t
hsdb_tail_starts(const struct hsdb *db, struct hsdb_scratch *s, unsigned field, uint32_t tail,
		 uint32_t *at, size_t cap)
{
	(void)db;
	(void)s;
	(void)field;
	(void)tail;
	(void)at;
	(void)cap;
	return SIZE_MAX;
}

void
hsdb_part_source(const struct hsdb *db, uint32_t part, size_t *start, size_t *end)
{
	(void)db;
	(void)part;
	*start = *end = 0;
}

size_t
hsdb_part_starts(const struct hsdb *db, struct hsdb_scratch *s, unsigned field, uint32_t unit,
		 uint32_t part, uint32_t *lo, uint32_t *hi, size_t cap)
{
	(void)db;
	(void)s;
	(void)field;
	(void)unit;
	(void)part;
	(void)lo;
	(void)hi;
	(void)cap;
	return SIZE_MAX;
}

size_t
hsdb_unit_window(const struct hsdb *db, struct hsdb_scratch *s, unsigned field, uint32_t unit,
		 uint32_t *starts, size_t k)
{
	(void)db;
	(void)s;
	(void)field;
	(void)unit;
	(void)starts;
	return k;
}

#endif
