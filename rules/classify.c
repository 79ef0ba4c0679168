/*
 * classify.c - the matcher and the decision (see classify.h, README.md).
 *
 * Each field the rules look at is normalised once (normalize.c); every rule
 * then runs its match patterns over its fields until one matches, and its
 * unless patterns over the same fields; a rule that fires adds its weight to
 * its category and its department. The decision:
 *
 *   - the highest score wins; a tie goes to the category first in the fixed
 *     order complaint, demand, consultation, suggestion, information;
 *   - a winner below the set's min_score leaves the letter unclassified
 *     (and needs_review); a winner ahead of the runner-up by less than the
 *     margin is kept but flagged needs_review;
 *   - confidential and priority high come from any rule that fired (and a
 *     web form sent anonymously is confidential); a confidential review
 *     rule seals the letter too, and alone (no confidential yes rule, not
 *     anonymous) marks it confidential_review; the department is the one
 *     whose fired rules' weights add up to most, a match in the subject
 *     counting twice (a tie: the department mentioned first in the letter).
 */
#include "classify.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "hsdb.h"
#include "limits.h"
#include "normalize.h"
#include "prefilter.h"
#include "rules_limits.h"
#include "xalloc.h"

#define NFIELDS 3
static const unsigned field_bits[NFIELDS] = {RULE_FIELD_SUBJECT, RULE_FIELD_TEXT, RULE_FIELD_FROM};

const char *
classify_field_name(unsigned field)
{
	switch (field) {
	case RULE_FIELD_SUBJECT:
		return "subject";
	case RULE_FIELD_TEXT:
		return "text";
	case RULE_FIELD_FROM:
		return "from";
	default:
		return "?";
	}
}

/* One tail's starts in one field, each with what trying it said. */
struct tail_memo {
	uint32_t *at;		/* where its prefixes start, ascending */
	uint8_t *state;		/* per start: 0 not tried, 1 matches, 2 does not */
	size_t n;		/* SIZE_MAX: not known (it may start anywhere) */
	size_t ruled;		/* its last starts it does not match at */
	size_t last;		/* its last start it matches at + 1 (0: none), once
				 * read (last_read) */
	bool last_read;
};

struct scan {
	const struct ruleset *set;
	struct normalized f[NFIELDS];
	bool have[NFIELDS];
	struct prefilter_text *pt[NFIELDS];	/* what each field holds, for prefilters */
	uint32_t *cidx[NFIELDS];	/* per byte of a field: its character's index
					 * (char_index; NULL until read) */
	uint64_t *hs[NFIELDS];	/* and, with the set's Hyperscan database: the
				 * units that may match each field */
	struct hsdb_scratch *scratch;
	size_t run[NFIELDS];	/* each field's longest run without spaces (bytes) */
	pcre2_match_data *md;
	pcre2_match_context *mctx;	/* the set's, with offset limits of our own */
	uint32_t *starts;	/* where a unit may start matching: from starts[i] */
	uint32_t *ends;		/* to ends[i] (room for the longest field) */
	uint32_t *wlo, *whi;	/* windows of parts searched alone (as much room) */
	uint32_t *tbuf;		/* a tail's starts as they are read (as much room) */
	/* Where the tails (hsdb_part_tail) may start in each field, and
	 * whether they match there: tail t's entry in tails is
	 * tail_of[field][t - hsdb_tails_first] - 1 (0: not read yet). */
	uint32_t *tail_of[NFIELDS];
	struct tail_memo *tails;
	size_t tails_n, tails_cap;
	size_t starts_cap;
	struct letter *l;	/* warnings go here; NULL when running examples */
	unsigned limit_hits;
	int co_fi;		/* the field match_exact tries on */
};

/* The set's limits back on the match context, after tries with limits of
 * their own (RULES_ATTEMPT_LIMIT, an offset limit). */
static void
limits_reset(struct scan *sc)
{
	pcre2_set_match_limit(sc->mctx, RULES_MATCH_LIMIT);
	pcre2_set_offset_limit(sc->mctx, PCRE2_UNSET);
}

static int
match_at(const struct scan *sc, const pcre2_code *code, bool jit, const struct normalized *n,
	 size_t from)
{
	return jit ? pcre2_jit_match(code, (PCRE2_SPTR)n->text, n->len, from, 0, sc->md, sc->mctx)
		   : pcre2_match(code, (PCRE2_SPTR)n->text, n->len, from, PCRE2_NO_UTF_CHECK, sc->md,
				 sc->mctx);
}

/* The next offset at or after from where a match of part may start (its
 * code alone matches there, in one of its windows lo/hi, n of them, from
 * *i on), into *at; PCRE2_ERROR_NOMATCH when none, or a limit's error. */
static int
part_next(struct scan *sc, uint32_t part, const struct normalized *n, const uint32_t *lo,
	  const uint32_t *hi, size_t nw, size_t *i, size_t from, size_t *at)
{
	const pcre2_code *code = sc->set->part_code[part];
	bool jit = sc->set->part_jit[part];
	for (; *i < nw; (*i)++) {
		size_t a = from > lo[*i] ? from : lo[*i];
		while (a > 0 && a < n->len && ((unsigned char)n->text[a] & 0xC0) == 0x80)
			a--;	/* a window may begin inside a character */
		if (a > hi[*i])
			continue;
		pcre2_set_offset_limit(sc->mctx, hi[*i]);
		int rc = match_at(sc, code, jit, n, a);
		if (rc >= 0) {
			*at = pcre2_get_ovector_pointer(sc->md)[0];
			return rc;
		}
		if (rc != PCRE2_ERROR_NOMATCH)
			return rc;
	}
	return PCRE2_ERROR_NOMATCH;
}

/* The offset after the character at c (a character's first byte). */
static size_t
next_char(const struct normalized *n, size_t c)
{
	c++;
	while (c < n->len && ((unsigned char)n->text[c] & 0xC0) == 0x80)
		c++;
	return c;
}

enum { PARTS_SEARCHED_MAX = 8, PARTS_EXACT_MAX = 256 };

/* The prefixed parts of a unit with points, each its points ascending
 * (in ends[at .. at + n)) and how many of them an offset has passed. */
struct segments {
	size_t count;
	uint32_t part[PARTS_EXACT_MAX], at[PARTS_EXACT_MAX], n[PARTS_EXACT_MAX],
		cur[PARTS_EXACT_MAX];
};

/* The first of the n ascending v not below x (n when none). */
static size_t
lower_bound(const uint32_t *v, size_t n, size_t x)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid] < x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The index of the character of field fi that starts at byte b (or of its
 * end). */
static size_t
char_index(struct scan *sc, int fi, size_t b)
{
	const struct prefilter_text *t = sc->pt[fi];
	if (sc->cidx[fi] == NULL) {
		/* read once a field: every byte's index */
		size_t len = sc->f[fi].len;
		sc->cidx[fi] = xreallocarray(NULL, len + 1, sizeof(uint32_t));
		size_t k = 0;
		for (size_t i = 0; i <= len; i++) {
			while (k < t->nchars && t->off[k] < i)
				k++;
			sc->cidx[fi][i] = (uint32_t)k;
		}
	}
	return sc->cidx[fi][b];
}

/* The last offset of field fi a tail may start at after a part's start c
 * (a character's first byte): dist bytes and cdist characters on, the
 * nearer (SIZE_MAX: anywhere after). */
static size_t
reach_after(struct scan *sc, int fi, size_t c, size_t dist, size_t cdist)
{
	if (dist == SIZE_MAX)
		return SIZE_MAX;
	size_t e = c + dist;
	if (cdist == SIZE_MAX)
		return e;
	const struct prefilter_text *t = sc->pt[fi];
	size_t ce;
	if (t->nchars == sc->f[fi].len) {
		ce = c + cdist;	/* ASCII: a character a byte */
	} else {
		size_t ci = char_index(sc, fi, c);
		ce = cdist >= t->nchars - ci ? t->off[t->nchars] : t->off[ci + cdist];
	}
	return ce < e ? ce : e;
}

/* The first offset of field fi a part may start at before a tail's start
 * s: dist bytes and cdist characters back, the nearer (dist SIZE_MAX: 0). */
static size_t
reach_before(struct scan *sc, int fi, size_t s, size_t dist, size_t cdist)
{
	size_t a = dist == SIZE_MAX || s < dist ? 0 : s - dist;
	if (dist == SIZE_MAX || cdist == SIZE_MAX)
		return a;
	const struct prefilter_text *t = sc->pt[fi];
	size_t ca;
	if (t->nchars == sc->f[fi].len) {
		ca = s < cdist ? 0 : s - cdist;
	} else {
		size_t ci = char_index(sc, fi, s);
		ca = ci < cdist ? 0 : t->off[ci - cdist];
	}
	return ca > a ? ca : a;
}

/* Tail t's starts in field fi (read once a field). */
static struct tail_memo *tail_memo(struct scan *sc, uint32_t t, int fi);
static bool tail_may_match(struct scan *sc, uint32_t t, int fi, size_t lo, size_t hi,
			   size_t *budget);

/* The windows a part whose tail is t (dist bytes and cdist characters at
 * most before it) may start in on field fi: [s - dist, s] for each start s
 * where the tail matches (to the last, when dist is SIZE_MAX), merged,
 * into lo/hi (room for cap); SIZE_MAX when not known (tail_may_match's
 * budget spent). */
static size_t
tail_windows(struct scan *sc, uint32_t t, int fi, size_t dist, size_t cdist, uint32_t *lo,
	     uint32_t *hi, size_t cap, size_t *budget)
{
	struct tail_memo *m = tail_memo(sc, t, fi);
	if (m->n == SIZE_MAX)
		return SIZE_MAX;
	size_t n = 0;
	for (size_t i = 0; i < m->n; i++) {
		if (!tail_may_match(sc, t, fi, m->at[i], m->at[i], budget))
			continue;
		if (m->state[i] != 1)
			return SIZE_MAX;	/* not tried (the budget spent): not known */
		uint32_t a = (uint32_t)reach_before(sc, fi, m->at[i], dist, cdist);
		if (n > 0 && a <= hi[n - 1]) {
			hi[n - 1] = m->at[i];
			continue;
		}
		if (n == cap)
			return SIZE_MAX;
		lo[n] = a;
		hi[n] = m->at[i];
		n++;
	}
	return n;
}
static struct tail_memo *
tail_memo(struct scan *sc, uint32_t t, int fi)
{
	const struct hsdb *db = sc->set->hs;
	size_t first = hsdb_tails_first(db);
	if (sc->tail_of[fi] == NULL)
		sc->tail_of[fi] = xcalloc(hsdb_parts(db) - first + 1, sizeof(uint32_t));
	uint32_t *slot = &sc->tail_of[fi][t - first];
	if (*slot)
		return &sc->tails[*slot - 1];
	if (sc->tails_n == sc->tails_cap) {
		sc->tails_cap = sc->tails_cap ? 2 * sc->tails_cap : 64;
		sc->tails = xreallocarray(sc->tails, sc->tails_cap, sizeof(*sc->tails));
	}
	struct tail_memo *m = &sc->tails[sc->tails_n++];
	*slot = (uint32_t)sc->tails_n;
	/* its starts read into tbuf (room for the longest field), kept in
	 * as much memory as they need */
	if (sc->tbuf == NULL)
		sc->tbuf = xreallocarray(NULL, sc->starts_cap, sizeof(uint32_t));
	m->n = hsdb_tail_starts(db, sc->scratch, (unsigned)fi, t, sc->tbuf, sc->starts_cap);
	m->at = xreallocarray(NULL, m->n == SIZE_MAX || m->n == 0 ? 1 : m->n, sizeof(uint32_t));
	if (m->n != SIZE_MAX)
		memcpy(m->at, sc->tbuf, m->n * sizeof(uint32_t));
	m->state = xcalloc(m->n == SIZE_MAX ? 1 : m->n + 1, 1);
	m->ruled = m->last = 0;
	m->last_read = false;
	return m;
}

/* Tries tail t at its start a in field fi (once a field; a limit: it may
 * match); false when the budget is spent (not tried). */
static bool
tail_try(struct scan *sc, uint32_t t, int fi, struct tail_memo *m, size_t a, size_t *budget)
{
	if (m->state[a] != 0)
		return true;
	if (*budget == 0)
		return false;
	(*budget)--;
	pcre2_set_offset_limit(sc->mctx, m->at[a]);
	int rc = match_at(sc, sc->set->part_code[t], sc->set->part_jit[t], &sc->f[fi], m->at[a]);
	m->state[a] = rc == PCRE2_ERROR_NOMATCH ? 2 : 1;
	return true;
}

/* Whether tail t may match in field fi starting in [lo, hi]: its code
 * tried alone at each of its starts there (each once a field), at most
 * *budget tries (past them: it may). */
static bool
tail_may_match(struct scan *sc, uint32_t t, int fi, size_t lo, size_t hi, size_t *budget)
{
	struct tail_memo *m = tail_memo(sc, t, fi);
	if (m->n == SIZE_MAX)
		return true;
	size_t a = lower_bound(m->at, m->n, lo);
	if (hi == SIZE_MAX) {
		/* anywhere after lo: at or before its last match, tried from
		 * the end once a field */
		while (!m->last_read) {
			if (m->ruled == m->n) {
				m->last_read = true;
				break;
			}
			size_t k = m->n - m->ruled - 1;
			if (!tail_try(sc, t, fi, m, k, budget))
				return true;	/* the budget spent: it may */
			if (m->state[k] == 1) {
				m->last = k + 1;
				m->last_read = true;
				break;
			}
			m->ruled++;
		}
		return a < m->last;
	}
	for (; a < m->n && m->at[a] <= hi; a++) {
		if (!tail_try(sc, t, fi, m, a, budget))
			return true;
		if (m->state[a] == 1)
			return true;
	}
	return false;
}

static int
u32_cmp(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return (x > y) - (x < y);
}

/* The unit's match at c (an offset no part was found to start at before),
 * with each of its parts compiled as it matches in the unit
 * (ruleset.h: part_exact): the first part, in order, that may start at c
 * (a point of a prefixed one, segs; a searched one whose next match alone
 * is there) and matches there. */
static int
match_exact(struct scan *sc, struct segments *segs, const uint32_t *searched, const size_t *next,
	    size_t ns, size_t c)
{
	const struct normalized *n = &sc->f[sc->co_fi];
	size_t si = 0, ji = 0;
	while (si < segs->count || ji < ns) {
		uint32_t p;
		bool here;
		if (ji == ns || (si < segs->count && segs->part[si] < searched[ji])) {
			p = segs->part[si];
			while (segs->cur[si] < segs->n[si] && sc->ends[segs->at[si] + segs->cur[si]] < c)
				segs->cur[si]++;
			here = segs->cur[si] < segs->n[si] && sc->ends[segs->at[si] + segs->cur[si]] == c;
			si++;
		} else {
			p = searched[ji];
			here = next[ji] == c;
			ji++;
		}
		if (!here)
			continue;
		int rc = match_at(sc, sc->set->part_exact[p], sc->set->part_exact_jit[p], n, c);
		if (rc != PCRE2_ERROR_NOMATCH)
			return rc;
	}
	return PCRE2_ERROR_NOMATCH;
}

/* One unit read part by part on field fi (its parts without prefixes have
 * codes of their own, or its prefixed parts have tails; ruleset.h:
 * part_code): the offsets where it may start are its prefixed parts'
 * points (of a part with a tail, those its tail matches in reach of) and,
 * for each part without prefixes, the next offset in its windows (before
 * its tail's matches, when it has one) where that part alone matches; the
 * unit is tried at each, leftmost first, and its first match is the one
 * one search finds (a unit's match at an offset is one of a part's there).
 * Past RULES_ATTEMPTS_MAX tries, or when one needs more than its share of
 * the limit, one ordinary search from the first offset not yet ruled out.
 * *done: false when the unit is not read this way (match_unit then goes on
 * as before). */
static int
match_parts(struct scan *sc, const pcre2_code *code, bool jit, const struct prefilter *pf,
	    uint32_t unit, int fi, bool *done)
{
	*done = false;
	const struct hsdb *db = sc->set->hs;
	uint32_t p0, p1;
	if (sc->set->part_code == NULL || !hsdb_unit_parts(db, unit, &p0, &p1))
		return PCRE2_ERROR_NOMATCH;
	uint32_t searched[PARTS_SEARCHED_MAX];
	size_t ns = 0;
	bool tails = false;
	for (uint32_t p = p0; p < p1; p++) {
		uint32_t t;
		if (hsdb_part_prefixed(db, p)) {
			if (hsdb_part_tail(db, p, &t) && sc->set->part_code[t])
				tails = true;
			continue;
		}
		if (sc->set->part_code[p] == NULL || ns == PARTS_SEARCHED_MAX)
			return PCRE2_ERROR_NOMATCH;
		searched[ns++] = p;
	}
	if (ns == 0 && !tails)
		return PCRE2_ERROR_NOMATCH;
	const struct normalized *n = &sc->f[fi];
	size_t budget = RULES_ATTEMPTS_MAX;	/* tails tried */
	pcre2_set_match_limit(sc->mctx, RULES_ATTEMPT_LIMIT);
	/* the prefixed parts' points, ascending, in starts; of a part with
	 * a tail, those its tail matches in reach of */
	size_t np = 0;
	bool sorted = true;
	/* with its parts compiled as they match in it: each part's points too */
	struct segments segs;
	segs.count = 0;
	bool exact = sc->set->unit_exact && sc->set->unit_exact[unit] && p1 - p0 <= PARTS_EXACT_MAX;
	for (uint32_t p = p0; p < p1; p++) {
		if (!hsdb_part_prefixed(db, p))
			continue;
		uint32_t *pts = sc->starts + np;
		size_t k = hsdb_part_starts(db, sc->scratch, (unsigned)fi, unit, p, pts,
					    sc->ends + np, sc->starts_cap - np);
		if (k == SIZE_MAX) {
			limits_reset(sc);
			return PCRE2_ERROR_NOMATCH;
		}
		uint32_t t;
		if (hsdb_part_tail(db, p, &t) && sc->set->part_code[t]) {
			size_t kept = 0;
			size_t dist = hsdb_part_tail_reach(db, p, sc->run[fi]);
			size_t cdist = hsdb_part_tail_reach_chars(db, p, sc->run[fi]);
			for (size_t i = 0; i < k; i++)
				if (tail_may_match(sc, t, fi, pts[i],
						   reach_after(sc, fi, pts[i], dist, cdist), &budget))
					pts[kept++] = pts[i];
			k = kept;
		}
		if (np > 0 && k > 0)
			sorted = false;
		if (exact && k > 0) {
			segs.part[segs.count] = p;
			segs.at[segs.count] = (uint32_t)np;
			segs.n[segs.count] = (uint32_t)k;
			segs.cur[segs.count] = 0;
			segs.count++;
		}
		np += k;
	}
	if (exact)
		memcpy(sc->ends, sc->starts, np * sizeof(*sc->ends));
	if (!sorted) {
		qsort(sc->starts, np, sizeof(*sc->starts), u32_cmp);
		size_t u = 0;
		for (size_t i = 0; i < np; i++)
			if (u == 0 || sc->starts[u - 1] != sc->starts[i])
				sc->starts[u++] = sc->starts[i];
		np = u;
	}
	/* each searched part's windows, one after the other in wlo/whi */
	uint32_t *wlo[PARTS_SEARCHED_MAX], *whi[PARTS_SEARCHED_MAX];
	size_t nw[PARTS_SEARCHED_MAX], wi[PARTS_SEARCHED_MAX], next[PARTS_SEARCHED_MAX];
	size_t used = 0;
	for (size_t j = 0; j < ns; j++) {
		wlo[j] = sc->wlo + used;
		whi[j] = sc->whi + used;
		wi[j] = 0;
		uint32_t t;
		nw[j] = SIZE_MAX;
		if (hsdb_part_tail(db, searched[j], &t) && sc->set->part_code[t])
			nw[j] = tail_windows(sc, t, fi,
					     hsdb_part_tail_reach(db, searched[j], sc->run[fi]),
					     hsdb_part_tail_reach_chars(db, searched[j], sc->run[fi]),
					     wlo[j], whi[j], sc->starts_cap - used, &budget);
		if (nw[j] == SIZE_MAX)
			nw[j] = hsdb_part_starts(db, sc->scratch, (unsigned)fi, unit, searched[j],
						 wlo[j], whi[j], sc->starts_cap - used);
		if (nw[j] == SIZE_MAX) {
			limits_reset(sc);
			return PCRE2_ERROR_NOMATCH;
		}
		used += nw[j];
	}
	limits_reset(sc);
	int rc = PCRE2_ERROR_NOMATCH;
	*done = true;
	/* no offset to try; else its formula (sound alone: what every
	 * match holds) */
	bool any = np > 0;
	for (size_t j = 0; j < ns; j++)
		any = any || nw[j] > 0;
	if (!any || !prefilter_formula_may_match(pf, sc->pt[fi]))
		return PCRE2_ERROR_NOMATCH;
	size_t floor = 0;	/* every offset below it is ruled out */
	size_t pi = 0, tries = 0;
	pcre2_set_match_limit(sc->mctx, RULES_ATTEMPT_LIMIT);
	for (size_t j = 0; j < ns && rc == PCRE2_ERROR_NOMATCH; j++) {
		next[j] = SIZE_MAX;
		size_t at;
		int r = part_next(sc, searched[j], n, wlo[j], whi[j], nw[j], &wi[j], 0, &at);
		tries++;
		if (r >= 0)
			next[j] = at;
		else if (r != PCRE2_ERROR_NOMATCH)
			rc = r;
	}
	while (rc == PCRE2_ERROR_NOMATCH) {
		size_t c = pi < np ? sc->starts[pi] : SIZE_MAX;
		for (size_t j = 0; j < ns; j++)
			if (next[j] < c)
				c = next[j];
		if (c == SIZE_MAX)
			break;	/* no part matches: nor does the unit */
		if (++tries > RULES_ATTEMPTS_MAX) {
			rc = 1;	/* too many: one search from c */
			floor = c;
			break;
		}
		pcre2_set_offset_limit(sc->mctx, c);
		sc->co_fi = fi;
		rc = exact ? match_exact(sc, &segs, searched, next, ns, c) : match_at(sc, code, jit, n, c);
		if (rc != PCRE2_ERROR_NOMATCH) {
			if (rc < 0)
				floor = c;
			break;
		}
		floor = next_char(n, c);
		while (pi < np && sc->starts[pi] <= c)
			pi++;
		for (size_t j = 0; j < ns && rc == PCRE2_ERROR_NOMATCH; j++) {
			if (next[j] > c)
				continue;
			size_t at;
			next[j] = SIZE_MAX;
			int r = part_next(sc, searched[j], n, wlo[j], whi[j], nw[j], &wi[j], floor,
					  &at);
			if (r >= 0)
				next[j] = at;
			else if (r != PCRE2_ERROR_NOMATCH)
				rc = r;
		}
	}
	limits_reset(sc);
	if (rc < 0 && rc != PCRE2_ERROR_NOMATCH)
		rc = 1;	/* a share spent: one search */
	else if (rc >= 0 && tries <= RULES_ATTEMPTS_MAX)
		return rc;	/* matched at c */
	if (rc >= 0)
		rc = floor <= n->len ? match_at(sc, code, jit, n, floor) : PCRE2_ERROR_NOMATCH;
	return rc;
}

/* One unit on field fi, as one search would: first in each interval where
 * it may start matching (the Hyperscan scan's, hsdb_unit_starts; else at
 * each offset where one of its prefixes starts, the literal prefilters'),
 * alone (offset limit = the interval's end), leftmost first; the first
 * match there is the search's. See RULES_ATTEMPTS_MAX for the limits. */
static int
match_unit(struct scan *sc, const pcre2_code *code, bool jit, const struct prefilter *pf,
	   uint32_t unit, int fi)
{
	const struct normalized *n = &sc->f[fi];
	size_t from = 0;
	size_t k = SIZE_MAX;
	if (sc->hs[fi] && sc->set->part_code) {
		/* a unit whose parts without prefixes are searched alone */
		bool done;
		int rc = match_parts(sc, code, jit, pf, unit, fi, &done);
		if (done)
			return rc;
	}
	if (sc->hs[fi]) {
		/* with the Hyperscan scan, the prefilters are looked at here, last
		 * (run_pattern leaves them): where it found no start, not at all */
		k = hsdb_unit_starts(sc->set->hs, sc->scratch, (unsigned)fi, unit, sc->starts,
				     sc->ends, sc->starts_cap);
		if (k == 0)
			return PCRE2_ERROR_NOMATCH;
		if (k == SIZE_MAX ? !prefilter_may_match(pf, sc->pt[fi])
				  : !prefilter_formula_may_match(pf, sc->pt[fi]))
			return PCRE2_ERROR_NOMATCH;
		/* an interval may begin inside a character: from its first byte */
		for (size_t i = 0; k != SIZE_MAX && i < k; i++)
			while (sc->starts[i] > 0
			       && ((unsigned char)n->text[sc->starts[i]] & 0xC0) == 0x80)
				sc->starts[i]--;
	}
	if (k == SIZE_MAX) {
		k = prefilter_starts(pf, sc->pt[fi], sc->starts);
		if (sc->hs[fi])
			k = hsdb_unit_window(sc->set->hs, sc->scratch, (unsigned)fi, unit, sc->starts,
					     k);
		if (k != SIZE_MAX)
			memcpy(sc->ends, sc->starts, k * sizeof(*sc->ends));
	}
	if (k != SIZE_MAX) {
		size_t a;
		int rc = PCRE2_ERROR_NOMATCH;
		pcre2_set_match_limit(sc->mctx, RULES_ATTEMPT_LIMIT);
		for (a = 0; a < k && a < RULES_ATTEMPTS_MAX; a++) {
			pcre2_set_offset_limit(sc->mctx, sc->ends[a]);
			rc = match_at(sc, code, jit, n, sc->starts[a]);
			if (rc != PCRE2_ERROR_NOMATCH)
				break;	/* a match, or its share spent */
		}
		limits_reset(sc);
		if (rc >= 0 || a == k)
			return rc;
		from = sc->starts[a];
	}
	return match_at(sc, code, jit, n, from);
}

/* The first unit in [u, end) the scan marked in bits (end: none). */
static uint32_t
next_marked(const uint64_t *bits, uint32_t u, uint32_t end)
{
	while (u < end) {
		uint64_t w = bits[u >> 6] >> (u & 63);
		if (w) {
			uint32_t v = u + (uint32_t)__builtin_ctzll(w);
			return v < end ? v : end;
		}
		u = (u | 63) + 1;
	}
	return end;
}

/* 1 match (span in *s_r, *e_r), 0 none, -1 stopped by a limit. */
static int
run_pattern(struct scan *sc, const struct rule *r, const struct rule_pattern *pat, int fi,
	    size_t *s_r, size_t *e_r)
{
	/* both filters are sound: the Hyperscan guards say whether a unit may
	 * match, the prefilters too, and where its matches may start (with
	 * the scan, match_unit looks at the prefilters) */
	const uint64_t *hs = sc->hs[fi];
	if (hs ? pat->alts_count == 0 && !hsdb_may_match(hs, pat->unit)
	       : !prefilter_may_match(&pat->pf, sc->pt[fi]))
		return 0;
	int rc = PCRE2_ERROR_NOMATCH;
	if (pat->alts_count) {
		/* one alternative at a time; a limit hit in one is reported, the
		 * others still tried */
		int limited = 0;
		/* an alternative's unit is the first's + its index (ruleset.c:
		 * units_compile): with the scan, only the marked ones are read */
		uint32_t u0 = pat->alts[0].unit, u1 = u0 + (uint32_t)pat->alts_count;
		for (size_t a = 0; a < pat->alts_count; a++) {
			if (hs) {
				uint32_t u = next_marked(hs, u0 + (uint32_t)a, u1);
				if (u == u1)
					break;
				a = u - u0;
			}
			const struct rule_alt *alt = &pat->alts[a];
			if (!hs && !prefilter_may_match(&alt->pf, sc->pt[fi]))
				continue;
			rc = match_unit(sc, alt->code, alt->jit, &alt->pf, alt->unit, fi);
			if (rc >= 0)
				break;
			if (rc != PCRE2_ERROR_NOMATCH)
				limited = rc;
		}
		if (rc < 0 && limited)
			rc = limited;
	} else {
		rc = match_unit(sc, pat->code, pat->jit, &pat->pf, pat->unit, fi);
	}
	if (rc >= 0) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->md);
		*s_r = ov[0];
		*e_r = ov[1];
		return 1;
	}
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	sc->limit_hits++;
	if (sc->l) {
		PCRE2_UCHAR msg[128];
		pcre2_get_error_message(rc, msg, sizeof(msg));
		letter_warn(sc->l, "rules: pattern of rule %s (%s:%u) stopped on the %s: %s; "
				   "counted as not matching", r->name, r->file, pat->line,
			    classify_field_name(field_bits[fi]), (const char *)msg);
	}
	return -1;
}

/* Whether r fires; its first match in *hit. -1: did not fire, a limit hit. */
static int
rule_fires(struct scan *sc, const struct rule *r, struct classify_hit *hit)
{
	int limited = 0;
	bool found = false;
	for (size_t p = 0; p < r->match_count && !found; p++)
		for (int fi = 0; fi < NFIELDS && !found; fi++) {
			if (!(r->fields & field_bits[fi]) || !sc->have[fi])
				continue;
			size_t s, e;
			int m = run_pattern(sc, r, &r->match[p], fi, &s, &e);
			if (m < 0)
				limited = 1;
			if (m > 0) {
				found = true;
				hit->rule = r;
				hit->field = field_bits[fi];
				if (e > s)
					normalize_span(&sc->f[fi], s, e, &hit->start, &hit->end);
				else
					hit->start = hit->end = 0;
			}
		}
	if (!found)
		return limited ? -1 : 0;
	for (size_t p = 0; p < r->unless_count; p++)
		for (int fi = 0; fi < NFIELDS; fi++) {
			if (!(r->fields & field_bits[fi]) || !sc->have[fi])
				continue;
			size_t s, e;
			if (run_pattern(sc, r, &r->unless[p], fi, &s, &e) > 0)
				return 0;
		}
	return 1;
}

static void
scan_field(struct scan *sc, int fi, const char *s, size_t len, bool *cut)
{
	if (normalize_text(sc->set->norm, s, len, RULES_FIELD_MAX, &sc->f[fi]) == MB_LIMIT) {
		*cut = true;
		if (sc->l)
			letter_warn(sc->l, "rules: the %s is longer than RULES_FIELD_MAX (%u bytes "
					   "normalised); the rules saw only its start",
				    classify_field_name(field_bits[fi]), RULES_FIELD_MAX);
	}
	sc->have[fi] = true;
	/* its longest run without spaces: how far \w+ and the like reach */
	size_t run = 0;
	for (const char *p = sc->f[fi].text, *end = p + sc->f[fi].len; p < end;) {
		const char *sp = memchr(p, ' ', (size_t)(end - p));
		size_t k = (size_t)((sp ? sp : end) - p);
		if (k > run)
			run = k;
		p = sp ? sp + 1 : end;
	}
	sc->run[fi] = run;
	const struct hsdb *db = sc->set->hs;
	if (db) {
		/* one Hyperscan scan: the units whose guards occur */
		if (sc->scratch == NULL)
			sc->scratch = hsdb_scratch_take(db);
		sc->hs[fi] = xcalloc(hsdb_words(db), sizeof(uint64_t));
		hsdb_scan_field(db, sc->scratch, (unsigned)fi, sc->f[fi].text, sc->f[fi].len,
				sc->hs[fi]);
	}
	sc->pt[fi] = prefilter_text_new();
	/* with the scan, the bitmap's filters are not worth their hashing:
	 * the Hyperscan guards, starts and windows filter more */
	if (db)
		prefilter_scan_chars(sc->pt[fi], sc->f[fi].text, sc->f[fi].len);
	else
		prefilter_scan(sc->pt[fi], sc->f[fi].text, sc->f[fi].len);
	if (sc->f[fi].len + 1 > sc->starts_cap) {
		sc->starts_cap = sc->f[fi].len + 1;
		sc->starts = xreallocarray(sc->starts, sc->starts_cap, sizeof(*sc->starts));
		sc->ends = xreallocarray(sc->ends, sc->starts_cap, sizeof(*sc->ends));
		sc->wlo = xreallocarray(sc->wlo, sc->starts_cap, sizeof(*sc->wlo));
		sc->whi = xreallocarray(sc->whi, sc->starts_cap, sizeof(*sc->whi));
	}
}

static void
scan_deinit(struct scan *sc)
{
	for (int i = 0; i < NFIELDS; i++)
		if (sc->have[i]) {
			normalize_deinit(&sc->f[i]);
			free(sc->cidx[i]);
			if (sc->pt[i])
				prefilter_text_deinit(sc->pt[i]);
			free(sc->pt[i]);
			free(sc->hs[i]);
		}
	if (sc->scratch)
		hsdb_scratch_give(sc->set->hs, &sc->scratch);
	pcre2_match_data_free(sc->md);
	pcre2_match_context_free(sc->mctx);
	free(sc->starts);
	free(sc->ends);
	free(sc->wlo);
	free(sc->whi);
	free(sc->tbuf);
	for (size_t i = 0; i < sc->tails_n; i++) {
		free(sc->tails[i].at);
		free(sc->tails[i].state);
	}
	free(sc->tails);
	for (int i = 0; i < NFIELDS; i++)
		free(sc->tail_of[i]);
}

static void
decide(const struct ruleset *set, struct classification *c)
{
	enum category best = CATEGORY_NONE, second = CATEGORY_NONE;
	for (int i = 0; i < CATEGORY_COUNT; i++) {
		if (best == CATEGORY_NONE || c->scores[i] > c->scores[best]) {
			second = best;
			best = (enum category)i;
		} else if (second == CATEGORY_NONE || c->scores[i] > c->scores[second]) {
			second = (enum category)i;
		}
	}
	int top = c->scores[best];
	c->runner_up = c->scores[second] > 0 ? second : CATEGORY_NONE;
	if (top <= 0 || top < set->min_score) {
		c->category = CATEGORY_NONE;
		c->needs_review = true;
		return;
	}
	c->category = best;
	int next = c->scores[second] > 0 ? c->scores[second] : 0;
	if (top - next < set->margin)
		c->needs_review = true;
}

/* The model's decision (model.h): the category with the highest
 * probability, the rules' scores added at rules_weight each; the letter
 * sealed for review when the model finds it confidential and the rules did
 * not seal it, and not sealed when only review rules did and the model is
 * sure it is not confidential (review_veto, model.h). Needs review when the winner's probability is under one half. */
static void
model_decide(const struct ruleset *set, const struct scan *sc, struct classification *c)
{
	const struct normalized *fields[2] = {&sc->f[0], &sc->f[1]};
	struct model_feats f = {0};
	model_features(fields, 2, false, &f);
	model_judge(set->model, &f, &c->model);
	model_feats_deinit(&f);
	c->model_used = true;
	double rw = model_rules_weight(set->model), s[CATEGORY_COUNT];
	enum category best = CATEGORY_NONE, second = CATEGORY_NONE;
	for (int i = 0; i < CATEGORY_COUNT; i++) {
		s[i] = c->model.p[i] + rw * c->scores[i];
		if (best == CATEGORY_NONE || s[i] > s[best]) {
			second = best;
			best = (enum category)i;
		} else if (second == CATEGORY_NONE || s[i] > s[second]) {
			second = (enum category)i;
		}
	}
	c->category = best;
	c->runner_up = second;
	c->needs_review = c->model.p[best] < 0.5;
	if (!c->confidential && c->model.confidential >= model_confidential_threshold(set->model)) {
		c->confidential = true;
		c->confidential_review = true;
		c->model_confidential = true;
	} else if (c->confidential_review && c->model.confidential < model_review_veto(set->model)) {
		c->confidential = false;
		c->confidential_review = false;
		c->model_released = true;
	}
}

/* Where a hit is in the letter: the subject first, then the text by offset,
 * then the sender. A department tie goes to the one mentioned first. */
static size_t
hit_position(const struct classify_hit *h)
{
	size_t base = h->field == RULE_FIELD_SUBJECT ? 0
		    : h->field == RULE_FIELD_TEXT ? ((size_t)1 << 40) : ((size_t)2 << 40);
	return base + h->start;
}

static void
pick_department(struct classification *c)
{
	/* sums per department name; a rule whose match is in the subject counts
	 * twice (a subject names the matter, the text also names places) */
	enum { DEPTS_MAX = 64 };
	const char *names[DEPTS_MAX];
	int sums[DEPTS_MAX];
	size_t first[DEPTS_MAX];
	size_t n = 0;
	for (size_t h = 0; h < c->hits_count; h++) {
		const struct rule *r = c->hits[h].rule;
		if (r->department == NULL)
			continue;
		size_t pos = hit_position(&c->hits[h]);
		size_t k;
		for (k = 0; k < n; k++)
			if (strcmp(names[k], r->department) == 0)
				break;
		if (k == n) {
			if (n == DEPTS_MAX)
				continue;
			names[n] = r->department;
			sums[n] = 0;
			first[n] = pos;
			n++;
		}
		if (pos < first[k])
			first[k] = pos;
		sums[k] += c->hits[h].field == RULE_FIELD_SUBJECT ? 2 * r->weight : r->weight;
	}
	/* "none" competes like a department; when it wins, no department */
	c->department = NULL;
	c->department_score = 0;
	size_t best_first = 0;
	for (size_t k = 0; k < n; k++) {
		if (sums[k] <= 0)
			continue;
		if (c->department == NULL || sums[k] > c->department_score
		    || (sums[k] == c->department_score && first[k] < best_first)) {
			c->department = names[k];
			c->department_score = sums[k];
			best_first = first[k];
		}
	}
	if (c->department && strcmp(c->department, RULES_DEPARTMENT_NONE) == 0)
		c->department = NULL;
}

/* The sender as the rules see it: "name <address>" (buf initialised here;
 * the caller deinitialises it). */
static void
from_field(const struct letter *l, struct buf *from)
{
	buf_init(from, 2 * MB_FORM_FIELD_MAX + 1024);
	if (l->from.name)
		(void)buf_append_utf8_cut(from, l->from.name, strlen(l->from.name));
	if (l->from.address) {
		(void)buf_append_str(from, " <");
		(void)buf_append_utf8_cut(from, l->from.address, strlen(l->from.address));
		(void)buf_append_str(from, ">");
	}
}

void
classify_hit_words(const struct letter *l, const struct classify_hit *h, size_t max, char *out,
		   size_t outlen)
{
	const char *src = "";
	size_t srclen = 0;
	struct buf from = {0};
	if (h->field == RULE_FIELD_SUBJECT) {
		src = l->subject;
		srclen = strlen(src);
	} else if (h->field == RULE_FIELD_TEXT) {
		src = l->text;
		srclen = l->text_len;
	} else {
		from_field(l, &from);
		src = from.data ? from.data : "";
		srclen = from.len;
	}
	size_t s = h->start, e = h->end;
	if (s > srclen || e > srclen || e < s)
		s = e = 0;
	size_t n = e - s;
	if (n > max)
		n = max;
	if (outlen > 0 && n >= outlen)
		n = outlen - 1;
	while (n > 0 && ((unsigned char)src[s + n] & 0xC0) == 0x80)
		n--;
	if (outlen > 0) {
		memcpy(out, src + s, n);
		out[n] = '\0';
	}
	buf_deinit(&from);
}

enum mb_status
classify_letter(const struct ruleset *set, struct letter *l, struct classification *c)
{
	memset(c, 0, sizeof(*c));
	c->category = CATEGORY_NONE;
	c->runner_up = CATEGORY_NONE;
	c->rules_digest = set->digest;
	c->confidential = l->anonymous;
	if (l->auto_submitted) {
		c->automatic = true;
		return MB_OK;
	}
	struct scan sc;
	memset(&sc, 0, sizeof(sc));
	sc.set = set;
	sc.l = l;
	sc.md = pcre2_match_data_create(1, NULL);
	sc.mctx = pcre2_match_context_copy(set->mctx);
	scan_field(&sc, 0, l->subject, strlen(l->subject), &c->field_cut);
	scan_field(&sc, 1, l->text, l->text_len, &c->field_cut);
	struct buf from;
	from_field(l, &from);
	scan_field(&sc, 2, from.data ? from.data : "", from.len, &c->field_cut);
	buf_deinit(&from);

	size_t cap = 0;
	bool full = c->confidential, review = false;
	for (size_t i = 0; i < set->count; i++) {
		const struct rule *r = &set->rules[i];
		struct classify_hit hit;
		if (rule_fires(&sc, r, &hit) <= 0)
			continue;
		if (c->hits_count == cap) {
			cap = cap ? cap * 2 : 16;
			c->hits = xreallocarray(c->hits, cap, sizeof(*c->hits));
		}
		c->hits[c->hits_count++] = hit;
		if (r->category != CATEGORY_NONE)
			c->scores[r->category] += r->weight;
		if (r->confidential)
			full = true;
		if (r->confidential_review)
			review = true;
		if (r->high_priority)
			c->high_priority = true;
	}
	c->confidential = full || review;
	c->confidential_review = review && !full;
	c->limit_hits = sc.limit_hits;
	if (set->model)
		model_decide(set, &sc, c);
	else
		decide(set, c);
	scan_deinit(&sc);
	pick_department(c);
	return (c->limit_hits || c->field_cut) ? MB_LIMIT : MB_OK;
}

void
classify_deinit(struct classification *c)
{
	free(c->hits);
	memset(c, 0, sizeof(*c));
	c->category = CATEGORY_NONE;
}

int
classify_rule_fires(const struct ruleset *set, const struct rule *r, const char *text, size_t len)
{
	struct scan sc;
	memset(&sc, 0, sizeof(sc));
	sc.set = set;
	sc.md = pcre2_match_data_create(1, NULL);
	sc.mctx = pcre2_match_context_copy(set->mctx);
	bool cut = false;
	for (int fi = 0; fi < NFIELDS; fi++)
		scan_field(&sc, fi, text, len, &cut);
	struct classify_hit hit;
	int rc = rule_fires(&sc, r, &hit);
	scan_deinit(&sc);
	return rc;
}
