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

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "xalloc.h"

/* The hash of n (1..4) characters, a bit of prefilter_text.grams: read
 * from the last character back, so that the windows that end at one place
 * share their steps (gram_step, then gram_final). */
static inline uint32_t
gram_step(uint32_t h, uint32_t cp)
{
	h = (h ^ cp) * 0x9E3779B1u;
	return h ^ (h >> 15);
}

static inline uint32_t
gram_final(uint32_t h, int n)
{
	h = (h ^ (uint32_t)n) * 0x85EBCA77u;
	h ^= h >> 13;
	return h >> (32 - PREFILTER_GRAM_BITS);
}

static uint32_t
gram_hash(const uint32_t *cp, int n)
{
	uint32_t h = 0x27D4EB2Fu;
	for (int i = n - 1; i >= 0; i--)
		h = gram_step(h, cp[i]);
	return gram_final(h, n);
}

static uint32_t
pair_hash(uint32_t a, uint32_t b)
{
	uint32_t v[2] = {a, b};
	return gram_hash(v, 2);
}

static uint32_t
char_hash(uint32_t a)
{
	return gram_hash(&a, 1);
}

/* A prefix: one or two code points. */
struct pfx {
	uint32_t cp[2];
	int n;
};

/* A class of plain characters ([小中]) gives one prefix a character, for at
 * most this many of them; a longer class ends the prefixes. */
#define PREFILTER_CLASS_MAX 16

struct pfxset {
	struct pfx v[PREFILTER_KEYS_MAX];
	size_t n;
	bool fail;
	bool wide;	/* read a class or a look-around (see prefilter.h) */
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

size_t
prefilter_class_end(const char *s, size_t len, size_t i)
{
	size_t j = i + 1;
	if (j < len && s[j] == '^')
		j++;
	if (j < len && s[j] == ']')
		j++;
	while (j < len && s[j] != ']') {
		if (s[j] == '\\') {
			j += 2;
			continue;
		}
		if (s[j] == '[' && j + 1 < len && strchr(":.=", s[j + 1])) {
			/* [:alpha:] and the like: its ']' is not the class's */
			char close[3] = {s[j + 1], ']', '\0'};
			const char *e = memmem(s + j + 2, len - j - 2, close, 2);
			if (e == NULL)
				return len;
			j = (size_t)(e - s) + 2;
			continue;
		}
		j++;
	}
	return j < len ? j : len;
}

size_t
prefilter_group_end(const char *s, size_t len, size_t i)
{
	int depth = 0;
	for (; i < len; i++) {
		char c = s[i];
		if (c == '\\') {
			i++;
			continue;
		}
		if (c == '[') {
			i = prefilter_class_end(s, len, i);
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
		else if (i + 3 < len && s[i] == '(' && s[i + 1] == '?'
			 && (s[i + 2] == '=' || s[i + 2] == '!'
			     || (s[i + 2] == '<' && (s[i + 3] == '=' || s[i + 3] == '!')))) {
			/* a look-around is zero-width too: the match starts after it */
			size_t e = prefilter_group_end(s, len, i);
			if (e >= len || quantifier(s, len, e + 1) != 0)
				break;
			i = e + 1;
			out->wide = true;
		} else
			break;
	}
	struct pfx cur = {{0, 0}, 0};
	while (i < len && cur.n < 2) {
		uint32_t cp = 0;
		size_t next;
		unsigned char c = (unsigned char)s[i];
		if (c == '(') {
			size_t e = prefilter_group_end(s, len, i);
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
			inner->wide = false;
			alternatives(s + in, e - in, inner);
			out->wide = out->wide || inner->wide;
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
		if (c == '[' && i + 1 < len && s[i + 1] != '^' && s[i + 1] != ']') {
			/* a class of plain characters ([小中]): one prefix each */
			size_t j = i + 1;
			struct pfx opts[PREFILTER_CLASS_MAX];
			int no = 0;
			bool plain = true;
			while (j < len && s[j] != ']' && plain) {
				unsigned char d = (unsigned char)s[j];
				utf8proc_int32_t u;
				utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + j,
								      (utf8proc_ssize_t)(len - j), &u);
				if (d == '\\' || d == '[' || d == '-' || k <= 0 || no == PREFILTER_CLASS_MAX) {
					plain = false;
					break;
				}
				opts[no] = cur;
				opts[no].cp[opts[no].n++] = (uint32_t)u;
				no++;
				j += (size_t)k;
			}
			if (!plain || j >= len || no == 0 || quantifier(s, len, j + 1) == 1)
				break;
			for (int k = 0; k < no; k++)
				set_add(out, opts[k]);
			out->wide = true;
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
					i = prefilter_class_end(s, len, i);	/* a class */
				} else {
					i = prefilter_group_end(s, len, i);
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

/*
 * The formula: what every match of a pattern needs anywhere in the text.
 * A sequence needs each of its mandatory parts (AND), and every pair of
 * literal characters that stand next to each other in it; a group needs one
 * of its alternatives (OR). Anything optional (?, *, {0..}), a class, a dot,
 * an escape that is not a literal, a look-around: needs nothing (TRUE).
 * Syntax the reader does not know (options, verbs, \Q, extended mode) gives
 * no formula at all. Keys are bits of the text's n-gram bitmap: a run of
 * up to four adjacent literal characters, or each 4-character window of a
 * longer run.
 */
#define FORMULA_NODES_MAX 20000u
#define FORMULA_DEPTH_MAX 100
#define FORMULA_RUN_MAX 32

enum { F_KEY, F_AND, F_OR };

struct fnode {
	int op;
	uint32_t key;
	int first, last, next;	/* children (a list), next sibling; -1: none */
};

struct fparser {
	const char *s;
	size_t len, i;
	bool fail;
	struct fnode *v;
	size_t n, cap;
};

#define F_TRUE (-1)

static int
f_new(struct fparser *P, int op, uint32_t key)
{
	if (P->n >= FORMULA_NODES_MAX) {
		P->fail = true;
		return F_TRUE;
	}
	if (P->n == P->cap) {
		P->cap = P->cap ? P->cap * 2 : 64;
		P->v = xreallocarray(P->v, P->cap, sizeof(*P->v));
	}
	struct fnode *f = &P->v[P->n];
	f->op = op;
	f->key = key;
	f->first = f->last = f->next = -1;
	return (int)P->n++;
}

static void
f_add(struct fparser *P, int parent, int kid)
{
	struct fnode *p = &P->v[parent];
	if (p->last < 0)
		p->first = kid;
	else
		P->v[p->last].next = kid;
	p->last = kid;
}


/* Skips a class whose '[' is at P->i; false when it does not end. */
static bool
f_skip_class(struct fparser *P)
{
	size_t j = prefilter_class_end(P->s, P->len, P->i);
	if (j >= P->len)
		return false;
	for (size_t k = P->i + 1; k + 1 < j; k++) {
		if (P->s[k] == '\\')
			k++;
		else if (P->s[k] == '[' && strchr(":.=", P->s[k + 1]))
			return false;	/* POSIX classes: not read */
	}
	P->i = j + 1;
	return true;
}

/* Skips {...} at P->i when there is one (after \x, \p, \o, \N). */
static bool
f_skip_braces(struct fparser *P)
{
	if (P->i < P->len && P->s[P->i] == '{') {
		while (P->i < P->len && P->s[P->i] != '}')
			P->i++;
		if (P->i >= P->len)
			return false;
		P->i++;
	}
	return true;
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The quantifier at P->i, if any: its minimum in *min (1 when none).
 * False when a '{' is not a quantifier the reader knows. */
static bool
f_quantifier(struct fparser *P, unsigned *min)
{
	const char *s = P->s;
	size_t len = P->len;
	*min = 1;
	if (P->i >= len)
		return true;
	char c = s[P->i];
	if (c == '?' || c == '*') {
		*min = 0;
		P->i++;
	} else if (c == '+') {
		P->i++;
	} else if (c == '{') {
		size_t j = P->i + 1;
		unsigned m = 0;
		bool digits = false;
		while (j < len && is_digit(s[j])) {
			if (m < 1000)
				m = m * 10 + (unsigned)(s[j] - '0');
			digits = true;
			j++;
		}
		if (j < len && s[j] == ',') {
			j++;
			while (j < len && is_digit(s[j])) {
				digits = true;
				j++;
			}
		}
		if (!digits || j >= len || s[j] != '}')
			return false;
		*min = m;
		P->i = j + 1;
	} else {
		return true;
	}
	if (P->i < len && (s[P->i] == '?' || s[P->i] == '+'))
		P->i++;
	return true;
}

static int f_alternation(struct fparser *P, int depth);

/* The keys of a run of n >= 1 adjacent literal characters: the run itself
 * when up to 4 long, else each of its 4-character windows. */
static void
f_run(struct fparser *P, int and, const uint32_t *run, int n)
{
	if (n <= 4) {
		f_add(P, and, f_new(P, F_KEY, gram_hash(run, n)));
		return;
	}
	for (int i = 0; i + 4 <= n; i++)
		f_add(P, and, f_new(P, F_KEY, gram_hash(run + i, 4)));
}

static void
f_run_end(struct fparser *P, int and, uint32_t *run, int *n, bool *covered_first)
{
	if (*n > 1 || (*n == 1 && !*covered_first))
		f_run(P, and, run, *n);
	*n = 0;
	*covered_first = false;
}

/* One alternative, up to '|', ')' or the end. */
static int
f_sequence(struct fparser *P, int depth)
{
	const char *s = P->s;
	size_t len = P->len;
	int and = f_new(P, F_AND, 0);
	if (P->fail)
		return F_TRUE;
	/* the run of literal characters that stand next to each other */
	uint32_t run[FORMULA_RUN_MAX];
	int nrun = 0;
	bool covered_first = false;	/* run[0] already needed by the run before */
	while (P->i < len && !P->fail) {
		unsigned char c = (unsigned char)s[P->i];
		if (c == '|' || c == ')')
			break;
		int atom = F_TRUE;
		bool lit = false;
		uint32_t cp = 0;
		if (c == '(') {
			P->i++;
			bool look = false;
			if (P->i < len && s[P->i] == '*') {
				P->fail = true;
				break;
			}
			if (P->i < len && s[P->i] == '?') {
				if (P->i + 1 >= len) {
					P->fail = true;
					break;
				}
				char k = s[P->i + 1];
				if (k == ':' || k == '>' || k == '|') {
					P->i += 2;
				} else if (k == '=' || k == '!') {
					P->i += 2;
					look = true;
				} else if (k == '<' && P->i + 2 < len && (s[P->i + 2] == '=' || s[P->i + 2] == '!')) {
					P->i += 3;
					look = true;
				} else {
					P->fail = true;	/* options, names, conditions, ... */
					break;
				}
			}
			if (depth >= FORMULA_DEPTH_MAX) {
				P->fail = true;
				break;
			}
			int inner = f_alternation(P, depth + 1);
			if (P->fail)
				break;
			if (P->i >= len || s[P->i] != ')') {
				P->fail = true;
				break;
			}
			P->i++;
			atom = look ? F_TRUE : inner;
		} else if (c == '[') {
			if (!f_skip_class(P)) {
				P->fail = true;
				break;
			}
		} else if (c == '.' || c == '^' || c == '$') {
			P->i++;
		} else if (c == '\\') {
			if (P->i + 1 >= len) {
				P->fail = true;
				break;
			}
			unsigned char e = (unsigned char)s[P->i + 1];
			P->i += 2;
			if (e >= 0x80) {
				utf8proc_int32_t u;
				utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + P->i - 1,
								      (utf8proc_ssize_t)(len - P->i + 1), &u);
				if (k <= 0) {
					P->fail = true;
					break;
				}
				P->i += (size_t)k - 1;
				lit = true;
				cp = (uint32_t)u;
			} else if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || is_digit((char)e)) {
				if (e == 'Q' || e == 'E') {
					P->fail = true;
					break;
				}
				if (e == 'x' || e == 'o' || e == 'N' || e == 'g' || e == 'k') {
					if (P->i < len && (s[P->i] == '<' || s[P->i] == '\'')) {
						P->fail = true;
						break;
					}
					if (!f_skip_braces(P)) {
						P->fail = true;
						break;
					}
				} else if (e == 'p' || e == 'P') {
					if (P->i < len && s[P->i] == '{') {
						if (!f_skip_braces(P)) {
							P->fail = true;
							break;
						}
					} else if (P->i < len) {
						P->i++;	/* \pL */
					}
				} else if (e == 'c') {
					P->i++;	/* \cX */
				}
				/* \x41, \012, \1: the extra digits read below as
				 * literals would be wrong: refuse them */
				if ((e == 'x' || is_digit((char)e)) && P->i < len && (is_digit(s[P->i])
				    || (s[P->i] >= 'a' && s[P->i] <= 'f') || (s[P->i] >= 'A' && s[P->i] <= 'F'))) {
					P->fail = true;
					break;
				}
			} else {
				lit = true;
				cp = e;
			}
		} else if (c == '?' || c == '*' || c == '+' || c == '{') {
			P->fail = true;
			break;
		} else {
			utf8proc_int32_t u;
			utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + P->i,
							      (utf8proc_ssize_t)(len - P->i), &u);
			if (k <= 0) {
				P->fail = true;
				break;
			}
			P->i += (size_t)k;
			lit = true;
			cp = (uint32_t)u;
		}
		unsigned min;
		size_t qat = P->i;
		if (!f_quantifier(P, &min)) {
			P->fail = true;
			break;
		}
		bool repeated = P->i != qat;
		if (min == 0) {
			atom = F_TRUE;
			lit = false;
		}
		if (lit) {
			if (nrun == FORMULA_RUN_MAX) {
				f_run(P, and, run, nrun);
				run[0] = run[nrun - 1];
				nrun = 1;
			}
			run[nrun++] = cp;
			if (repeated) {
				/* a+: its last copy is next to what follows */
				f_run(P, and, run, nrun);
				run[0] = cp;
				nrun = 1;
				covered_first = true;
			}
			continue;
		}
		f_run_end(P, and, run, &nrun, &covered_first);
		if (atom != F_TRUE)
			f_add(P, and, atom);
	}
	if (P->fail)
		return F_TRUE;
	f_run_end(P, and, run, &nrun, &covered_first);
	struct fnode *a = &P->v[and];
	if (a->first < 0)
		return F_TRUE;
	if (P->v[a->first].next < 0)
		return a->first;
	return and;
}

static int
f_alternation(struct fparser *P, int depth)
{
	int or = f_new(P, F_OR, 0);
	if (P->fail)
		return F_TRUE;
	bool any_true = false;
	for (;;) {
		int seq = f_sequence(P, depth);
		if (P->fail)
			return F_TRUE;
		if (seq == F_TRUE)
			any_true = true;
		else
			f_add(P, or, seq);
		if (P->i < P->len && P->s[P->i] == '|') {
			P->i++;
			continue;
		}
		break;
	}
	if (any_true)
		return F_TRUE;
	struct fnode *o = &P->v[or];
	if (o->first >= 0 && P->v[o->first].next < 0)
		return o->first;
	return or;
}

/* Writes the subtree at k in preorder into out (at *n); returns its size. */
static uint32_t
f_flatten(const struct fparser *P, int k, struct prefilter_node *out, size_t *n)
{
	size_t at = (*n)++;
	const struct fnode *f = &P->v[k];
	out[at].op = f->op == F_KEY ? PREFILTER_KEY : f->op == F_AND ? PREFILTER_AND : PREFILTER_OR;
	out[at].key = f->key;
	uint32_t size = 1;
	for (int c = f->first; c >= 0; c = P->v[c].next)
		size += f_flatten(P, c, out, n);
	out[at].size = size;
	return size;
}

static void
formula_compile(const char *src, size_t len, struct prefilter *pf)
{
	struct fparser P;
	memset(&P, 0, sizeof(P));
	P.s = src;
	P.len = len;
	int root = f_alternation(&P, 0);
	if (!P.fail && P.i == len && root != F_TRUE) {
		pf->formula = xcalloc(P.n, sizeof(*pf->formula));
		size_t n = 0;
		f_flatten(&P, root, pf->formula, &n);
		pf->formula_count = n;
	}
	free(P.v);
}

static bool
formula_eval(const struct prefilter_node *v, const uint64_t *bits)
{
	switch (v->op) {
	case PREFILTER_KEY:
		return (bits[v->key >> 6] >> (v->key & 63)) & 1;
	case PREFILTER_AND:
		for (const struct prefilter_node *c = v + 1, *e = v + v->size; c < e; c += c->size)
			if (!formula_eval(c, bits))
				return false;
		return true;
	default:
		for (const struct prefilter_node *c = v + 1, *e = v + v->size; c < e; c += c->size)
			if (formula_eval(c, bits))
				return true;
		return false;
	}
}

static int
pfx_cmp(const void *a, const void *b)
{
	const struct pfx *x = a, *y = b;
	if (x->n != y->n)
		return x->n < y->n ? -1 : 1;
	for (int i = 0; i < x->n; i++)
		if (x->cp[i] != y->cp[i])
			return x->cp[i] < y->cp[i] ? -1 : 1;
	return 0;
}

/* Whether src sets options inline ((?i), (?x), (?-s:...)): they reach into
 * the alternatives after them, whose prefixes would then be read wrongly
 * (x(?x)y|c d matches "cd"). */
static bool
sets_options(const char *s, size_t len)
{
	bool cls = false;
	for (size_t i = 0; i + 2 < len; i++) {
		char c = s[i];
		if (c == '\\') {
			i++;
			continue;
		}
		if (cls) {
			cls = c != ']';
			continue;
		}
		if (c == '[') {
			cls = true;
			if (s[i + 1] == '^')
				i++;
			if (i + 1 < len && s[i + 1] == ']')
				i++;
			continue;
		}
		char k = s[i + 2];
		if (c == '(' && s[i + 1] == '?' && k != 'P' && k != 'C'
		    && ((k >= 'a' && k <= 'z') || (k >= 'A' && k <= 'Z') || k == '^' || k == '-'))
			return true;
	}
	return false;
}

void
prefilter_compile(const char *src, size_t len, bool extended, struct prefilter *pf)
{
	memset(pf, 0, sizeof(*pf));
	pf->always = true;
	if (extended || len == 0 || sets_options(src, len))
		return;
	formula_compile(src, len, pf);
	struct pfxset *set = xmalloc(sizeof(*set));
	set->n = 0;
	set->fail = false;
	set->wide = false;
	alternatives(src, len, set);
	if (!set->fail && set->n > 0) {
		pf->wide = set->wide || set->n > PREFILTER_SPLIT_KEYS_MAX;
		/* each prefix once (a lexicon's words share their first characters) */
		qsort(set->v, set->n, sizeof(set->v[0]), pfx_cmp);
		size_t u = 0;
		for (size_t i = 0; i < set->n; i++)
			if (u == 0 || pfx_cmp(&set->v[u - 1], &set->v[i]) != 0)
				set->v[u++] = set->v[i];
		set->n = u;
		pf->keys = xcalloc(set->n, sizeof(uint32_t));
		pf->pfx = xcalloc(set->n, sizeof(*pf->pfx));
		for (size_t i = 0; i < set->n; i++) {
			pf->keys[i] = set->v[i].n == 2 ? pair_hash(set->v[i].cp[0], set->v[i].cp[1])
						       : PREFILTER_UNI | char_hash(set->v[i].cp[0]);
			pf->pfx[i].cp[0] = set->v[i].cp[0];
			pf->pfx[i].cp[1] = set->v[i].n == 2 ? set->v[i].cp[1] : 0;
			pf->pfx[i].n = (uint32_t)set->v[i].n;
		}
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
				i = prefilter_class_end(s, len, i);
				if (i >= len)
					return 0;
				continue;
			}
			if (c == '(') {
				i = prefilter_group_end(s, len, i);
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
	free(pf->pfx);
	free(pf->formula);
	memset(pf, 0, sizeof(*pf));
}

#define NO_ENTRY UINT32_MAX
#define KEY_UNI 0xFFFFFFFFu	/* the second half of a one-character key */

static inline uint64_t
pos_key(uint32_t a, uint32_t b)
{
	return ((uint64_t)a << 32) | b;
}

static inline size_t
pos_slot(uint64_t key, size_t mask)
{
	return (size_t)((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
}

/* Makes room for n characters (the index's arrays). */
static void
index_reserve(struct prefilter_text *t, size_t n)
{
	if (n > t->cap_chars) {
		size_t cap = t->cap_chars ? t->cap_chars : 256;
		while (cap < n)
			cap *= 2;
		t->off = xreallocarray(t->off, cap + 1, sizeof(*t->off));
		t->next = xreallocarray(t->next, 2 * cap, sizeof(*t->next));
		free(t->marks);
		t->marks = xcalloc(cap / 64 + 1, sizeof(*t->marks));
		t->cap_chars = cap;
	}
}

/* Empties the hash table, sized for n characters (2n keys at most). */
static void
index_slots(struct prefilter_text *t, size_t n)
{
	size_t slots = 64;
	while (slots < 3 * n)
		slots *= 2;
	if (slots > t->cap_slots) {
		t->slot_key = xreallocarray(t->slot_key, slots, sizeof(*t->slot_key));
		t->slot_head = xreallocarray(t->slot_head, slots, sizeof(*t->slot_head));
		t->cap_slots = slots;
	}
	t->slots_mask = slots - 1;
	memset(t->slot_head, 0xFF, slots * sizeof(*t->slot_head));
}

static void
index_add(struct prefilter_text *t, uint64_t key, uint32_t entry)
{
	size_t s = pos_slot(key, t->slots_mask);
	while (t->slot_head[s] != NO_ENTRY && t->slot_key[s] != key)
		s = (s + 1) & t->slots_mask;
	if (t->slot_head[s] == NO_ENTRY)
		t->slot_key[s] = key;
	t->next[entry] = t->slot_head[s];
	t->slot_head[s] = entry;
}

static uint32_t
index_find(const struct prefilter_text *t, uint64_t key)
{
	size_t s = pos_slot(key, t->slots_mask);
	while (t->slot_head[s] != NO_ENTRY) {
		if (t->slot_key[s] == key)
			return t->slot_head[s];
		s = (s + 1) & t->slots_mask;
	}
	return NO_ENTRY;
}

struct prefilter_text *
prefilter_text_new(void)
{
	struct prefilter_text *t = xmalloc(sizeof(*t));
	size_t at = offsetof(struct prefilter_text, grams) + sizeof(t->grams);
	memset(t, 0, offsetof(struct prefilter_text, grams));
	memset((char *)t + at, 0, sizeof(*t) - at);
	return t;
}

static void
scan_text(struct prefilter_text *t, const char *text, size_t len, bool grams)
{
	t->grams_read = grams;
	if (grams)
		memset(t->grams, 0, sizeof(t->grams));
	const unsigned char *s = (const unsigned char *)text;
	uint32_t win[4] = {0, 0, 0, 0};
	int have = 0;
	/* the characters' code points go in next[] (2 a character) until the
	 * index is built from them, last to first */
	index_reserve(t, len ? len : 1);
	size_t n = 0;
	bool broken_before = true;	/* no pair with the character before */
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		unsigned char c = s[i];
		size_t at = i;
		if (c < 0x80) {
			cp = c;
			i++;
		} else {
			utf8proc_int32_t u;
			utf8proc_ssize_t k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &u);
			if (k <= 0) {
				i++;
				have = 0;
				broken_before = true;
				continue;
			}
			cp = (uint32_t)u;
			i += (size_t)k;
		}
		t->off[n] = (uint32_t)at;
		t->next[2 * n] = cp;
		t->next[2 * n + 1] = broken_before;
		n++;
		broken_before = false;
		/* the last four characters, this one last */
		win[0] = win[1];
		win[1] = win[2];
		win[2] = win[3];
		win[3] = cp;
		if (have < 4)
			have++;
		uint32_t g = 0x27D4EB2Fu;
		for (int m = 1; m <= have && grams; m++) {
			g = gram_step(g, win[4 - m]);
			uint32_t h = gram_final(g, m);
			t->grams[h >> 6] |= (uint64_t)1 << (h & 63);
		}
	}
	t->nchars = n;
	t->off[n] = (uint32_t)len;
	t->indexed = false;	/* built by the first prefilter_starts */
}

void
prefilter_scan(struct prefilter_text *t, const char *text, size_t len)
{
	scan_text(t, text, len, true);
}

void
prefilter_scan_chars(struct prefilter_text *t, const char *text, size_t len)
{
	scan_text(t, text, len, false);
}

/* Where each character and pair starts (the hash table and chains), from
 * the code points prefilter_scan left in next[]. */
static void
index_build(struct prefilter_text *t)
{
	size_t n = t->nchars;
	t->indexed = true;
	index_slots(t, n);
	uint32_t after = 0;
	bool pair = false;	/* the character after makes a pair with this one */
	for (size_t k = n; k-- > 0;) {
		uint32_t cp = t->next[2 * k];
		bool broken = t->next[2 * k + 1] != 0;
		index_add(t, pos_key(cp, KEY_UNI), (uint32_t)(2 * k));
		if (pair)
			index_add(t, pos_key(cp, after), (uint32_t)(2 * k + 1));
		else
			t->next[2 * k + 1] = NO_ENTRY;
		after = cp;
		pair = !broken;
	}
}

void
prefilter_text_deinit(struct prefilter_text *t)
{
	free(t->off);
	free(t->slot_key);
	free(t->slot_head);
	free(t->next);
	free(t->marks);
	t->off = NULL;
	t->slot_key = NULL;
	t->slot_head = NULL;
	t->next = NULL;
	t->marks = NULL;
	t->cap_chars = t->cap_slots = 0;
}

size_t
prefilter_starts(const struct prefilter *pf, struct prefilter_text *t, uint32_t *starts_r)
{
	if (pf->always)
		return SIZE_MAX;
	if (!t->indexed)
		index_build(t);
	size_t lo = SIZE_MAX, hi = 0;
	for (size_t i = 0; i < pf->count; i++) {
		uint32_t k = pf->keys[i] & ~PREFILTER_UNI;
		if (t->grams_read && !(t->grams[k >> 6] & ((uint64_t)1 << (k & 63))))
			continue;
		const struct prefilter_pfx *p = &pf->pfx[i];
		uint32_t e = index_find(t, pos_key(p->cp[0], p->n == 2 ? p->cp[1] : KEY_UNI));
		for (; e != NO_ENTRY; e = t->next[e]) {
			size_t c = e / 2;
			t->marks[c >> 6] |= (uint64_t)1 << (c & 63);
			if (c < lo)
				lo = c;
			if (c > hi)
				hi = c;
		}
	}
	size_t n = 0;
	if (lo == SIZE_MAX)
		return 0;
	for (size_t w = lo >> 6; w <= hi >> 6; w++) {
		uint64_t bits = t->marks[w];
		t->marks[w] = 0;
		while (bits) {
			size_t c = (w << 6) + (size_t)__builtin_ctzll(bits);
			bits &= bits - 1;
			starts_r[n++] = t->off[c];
		}
	}
	return n;
}

static bool
prefixes_may_match(const struct prefilter *pf, const struct prefilter_text *t)
{
	if (pf->always || !t->grams_read)
		return true;
	for (size_t i = 0; i < pf->count; i++) {
		uint32_t k = pf->keys[i];
		if (k & PREFILTER_UNI) {
			k &= ~PREFILTER_UNI;
			if (t->grams[k >> 6] & ((uint64_t)1 << (k & 63)))
				return true;
		} else if (t->grams[k >> 6] & ((uint64_t)1 << (k & 63))) {
			return true;
		}
	}
	return false;
}

bool
prefilter_formula_may_match(const struct prefilter *pf, const struct prefilter_text *t)
{
	return pf->formula == NULL || !t->grams_read || formula_eval(pf->formula, t->grams);
}

bool
prefilter_may_match(const struct prefilter *pf, const struct prefilter_text *t)
{
	if (pf->formula && t->grams_read && !formula_eval(pf->formula, t->grams))
		return false;
	return prefixes_may_match(pf, t);
}
