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

#include "xalloc.h"

#ifdef MB_HYPERSCAN

#include <stdatomic.h>

#include <hs.h>

/* A counted repeat's minimum is read up to this and no further (PCRE2's
 * own limit is 65535): only whether it is 0 matters to the relaxation. */
#define HSDB_REPEAT_SATURATE 100000ul
/* The guard literals' first allocation (doubled as they grow). */
#define HSDB_LITERALS_FIRST 1024

struct hsdb {
	hs_database_t *db;
	hs_scratch_t *proto;		/* cloned for takers */
	_Atomic(hs_scratch_t *) spare;	/* one given back, for the next taker */
	uint64_t *always;		/* units that run on every text */
	size_t words;
	/* literal k guards units[first[k] .. first[k + 1]) */
	uint32_t *first;
	uint32_t *units;
	size_t literals;
};

struct hsdb_match {
	const struct hsdb *h;
	uint64_t *bits;
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

static char *
relax(const char *s, size_t len, bool extended)
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
			if (plain)
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

struct gparser {
	const char *s;
	size_t len, i;
	struct lits *l;
	bool bad;		/* syntax the reader does not follow: no guard */
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
			if (depth > 64) {
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

/* A literal of a unit's guard: where its bytes are and which unit. */
struct glit {
	const char *p;
	size_t len;
	uint32_t unit;
};

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
	if (count > UINT32_MAX / 2) {
		snprintf(err, errlen, "too many patterns");
		return NULL;
	}
	struct hsdb *h = xcalloc(1, sizeof(*h));
	h->words = (count + 63) / 64 + 1;
	h->always = xcalloc(h->words, sizeof(uint64_t));
	atomic_init(&h->spare, NULL);
	/* each unit relaxed, with room past it for the runs of its guard */
	char **src = xcalloc(count ? count : 1, sizeof(*src));
	struct glit *gl = NULL;
	size_t gn = 0, gcap = 0;
	struct lits l = {0};
	for (size_t i = 0; i < count; i++) {
		char *r = relax(units[i].src, units[i].len, units[i].extended);
		size_t rl = strlen(r);
		src[i] = xmalloc(2 * rl + 2);
		memcpy(src[i], r, rl + 1);
		free(r);
		bool verbatim = units[i].extended || memchr(units[i].src, '\0', units[i].len)
				|| strstr(src[i], "\\Q") || strstr(src[i], "\\c")
				|| strstr(src[i], "(*");
		struct gparser P = {src[i], rl, 0, &l, false};
		l.n = 0;
		struct guard g = {.none = true};
		if (!verbatim) {
			g = guard_alternation(&P, 0);
			if (P.bad || P.i != rl)
				g.none = true;
		}
		if (g.none || g.count == 0) {
			h->always[i >> 6] |= (uint64_t)1 << (i & 63);
			stats->always++;
			continue;
		}
		stats->exact++;
		for (size_t k = 0; k < g.count; k++) {
			if (gn == gcap) {
				gcap = gcap ? gcap * 2 : HSDB_LITERALS_FIRST;
				gl = xreallocarray(gl, gcap, sizeof(*gl));
			}
			gl[gn++] = (struct glit){src[i] + l.v[g.first + k].off,
						 l.v[g.first + k].len, (uint32_t)i};
		}
	}
	free(l.v);
	/* one pattern a distinct literal; its units in h->units */
	qsort(gl, gn, sizeof(*gl), glit_cmp);
	const char **exprs = xcalloc(gn ? gn : 1, sizeof(*exprs));
	size_t *lens = xcalloc(gn ? gn : 1, sizeof(*lens));
	unsigned *flags = xcalloc(gn ? gn : 1, sizeof(*flags));
	unsigned *ids = xcalloc(gn ? gn : 1, sizeof(*ids));
	h->first = xcalloc(gn + 1, sizeof(*h->first));
	h->units = xcalloc(gn ? gn : 1, sizeof(*h->units));
	size_t n = 0, u = 0;
	for (size_t k = 0; k < gn; k++) {
		bool same = n > 0 && gl[k].len == lens[n - 1]
			    && memcmp(gl[k].p, exprs[n - 1], gl[k].len) == 0;
		if (!same) {
			exprs[n] = gl[k].p;
			lens[n] = gl[k].len;
			flags[n] = HS_FLAG_SINGLEMATCH;
			ids[n] = (unsigned)n;
			h->first[n] = (uint32_t)u;
			n++;
		}
		if (u == 0 || h->units[u - 1] != gl[k].unit || !same)
			h->units[u++] = gl[k].unit;
	}
	h->first[n] = (uint32_t)u;
	h->literals = n;
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
	for (size_t i = 0; i < count; i++)
		free(src[i]);
	free(src);
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

void
hsdb_free(struct hsdb **dbp)
{
	struct hsdb *h = *dbp;
	*dbp = NULL;
	if (h == NULL)
		return;
	hs_scratch_t *s = atomic_exchange(&h->spare, NULL);
	if (s)
		hs_free_scratch(s);
	if (h->proto)
		hs_free_scratch(h->proto);
	if (h->db)
		hs_free_database(h->db);
	free(h->always);
	free(h->first);
	free(h->units);
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
	hs_scratch_t *s = atomic_exchange(&h->spare, NULL);
	if (s == NULL && hs_clone_scratch(h->proto, &s) != HS_SUCCESS)
		s = NULL;	/* hsdb_scan then marks every unit */
	return (struct hsdb_scratch *)s;
}

void
hsdb_scratch_give(const struct hsdb *db, struct hsdb_scratch **sp)
{
	struct hsdb *h = (struct hsdb *)db;
	hs_scratch_t *s = (hs_scratch_t *)*sp;
	*sp = NULL;
	if (s == NULL)
		return;
	hs_scratch_t *expected = NULL;
	if (!atomic_compare_exchange_strong(&h->spare, &expected, s))
		hs_free_scratch(s);
}

static int
on_match(unsigned int id, unsigned long long from, unsigned long long to, unsigned int flags,
	 void *ctx)
{
	(void)from;
	(void)to;
	(void)flags;
	const struct hsdb_match *m = ctx;
	for (uint32_t k = m->h->first[id]; k < m->h->first[id + 1]; k++) {
		uint32_t u = m->h->units[k];
		m->bits[u >> 6] |= (uint64_t)1 << (u & 63);
	}
	return 0;
}

void
hsdb_scan(const struct hsdb *db, struct hsdb_scratch *s, const char *text, size_t len,
	  uint64_t *bits)
{
	memcpy(bits, db->always, db->words * sizeof(uint64_t));
	struct hsdb_match m = {db, bits};
	if (s == NULL || len > UINT32_MAX
	    || hs_scan(db->db, text, (unsigned)len, 0, (hs_scratch_t *)s, on_match, &m)
		   != HS_SUCCESS)
		memset(bits, 0xFF, db->words * sizeof(uint64_t));
}

#else /* no Hyperscan: the literal prefilters decide */

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

#endif
