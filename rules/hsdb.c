/*
 * hsdb.c - the rule set's units in one Hyperscan database (see hsdb.h).
 *
 * Each unit is tried exact first (hs_expression_info), then in prefilter
 * mode; what neither accepts is "always". The database is compiled with
 * HS_FLAG_SINGLEMATCH (a unit is reported once: a scan only needs to know
 * which match) and HS_FLAG_ALLOWEMPTY (a prefilter approximation may match
 * empty text; PCRE2 still decides). Should hs_compile_multi refuse one unit
 * after all, that unit is demoted (exact, prefilter, always) and the rest
 * compiled again.
 */
#include "hsdb.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

#ifdef MB_HYPERSCAN

#include <stdatomic.h>

#include <hs.h>

/* Recompilations after hs_compile_multi refuses a unit. */
#define HSDB_RETRIES_MAX 64

struct hsdb {
	hs_database_t *db;
	hs_scratch_t *proto;		/* cloned for takers */
	_Atomic(hs_scratch_t *) spare;	/* one given back, for the next taker */
	uint64_t *always;		/* units that run on every text */
	size_t words;
};

bool
hsdb_available(void)
{
	return hs_valid_platform() == HS_SUCCESS;
}

enum { MODE_EXACT, MODE_PREFILTER, MODE_ALWAYS };

static const unsigned base_flags = HS_FLAG_UTF8 | HS_FLAG_UCP | HS_FLAG_SINGLEMATCH
				   | HS_FLAG_ALLOWEMPTY | HS_FLAG_DOTALL;

/*
 * What Hyperscan is given is a relaxation of the unit: a pattern that
 * matches wherever the unit does, and is much cheaper to compile and run.
 * Word boundaries (\b, \B) are dropped, \w and \W become a dot, a
 * bounded dot .{0,N} becomes .* (and .{M,N} becomes .{M,}), possessive
 * quantifiers become greedy; the dot matches everything (HS_FLAG_DOTALL).
 * Each step only lets more texts match, and PCRE2 decides afterwards; it
 * also leaves Unicode's word characters, where two libraries' tables might
 * differ, to PCRE2 alone. Sources with \Q or \c are given as they are.
 */
static char *
relax(const char *s, size_t len, bool extended)
{
	struct {
		char *d;
		size_t n;
	} o;
	o.d = xmalloc(len * 2 + 8);
	o.n = 0;
#define PUT(c) (o.d[o.n++] = (c))
	if (extended) {
		memcpy(o.d, "(?x)", 4);
		o.n = 4;
	}
	bool verbatim = false;
	for (size_t i = 0; i + 1 < len; i++)
		if (s[i] == '\\') {
			if (s[i + 1] == 'Q' || s[i + 1] == 'c')
				verbatim = true;
			i++;
		}
	if (verbatim) {
		memcpy(o.d + o.n, s, len);
		o.n += len;
		o.d[o.n] = '\0';
		return o.d;
	}
	bool dot = false;	/* the atom just written is a dot */
	for (size_t i = 0; i < len;) {
		char c = s[i];
		if (c == '\\' && i + 1 < len) {
			char e = s[i + 1];
			i += 2;
			if (e == 'b' || e == 'B') {
				/* a quantifier after an assertion (\b?) stays valid
				 * after nothing only as an empty group */
				if (i < len && (s[i] == '?' || s[i] == '*' || s[i] == '+'
						|| s[i] == '{')) {
					PUT('(');
					PUT(')');
				}
				dot = false;
				continue;
			}
			if (e == 'w' || e == 'W') {
				PUT('.');
				dot = true;
				continue;
			}
			PUT('\\');
			PUT(e);
			dot = false;
			continue;
		}
		if (c == '[') {
			/* a class, copied: [^]..], [:alpha:] inside */
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
				if (s[j] == '[' && j + 1 < len && s[j + 1] == ':') {
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
			if (j > len)
				j = len;
			memcpy(o.d + o.n, s + i, j - i);
			o.n += j - i;
			i = j;
			dot = false;
			continue;
		}
		if (c == '{' && dot) {
			/* .{M,N} */
			size_t j = i + 1;
			unsigned long m = 0;
			bool digits = false;
			while (j < len && s[j] >= '0' && s[j] <= '9' && m < 100000) {
				m = m * 10 + (unsigned long)(s[j] - '0');
				digits = true;
				j++;
			}
			if (digits && j < len && s[j] == ',') {
				j++;
				while (j < len && s[j] >= '0' && s[j] <= '9')
					j++;
				if (j < len && s[j] == '}') {
					if (m == 0) {
						PUT('*');
					} else {
						o.n += (size_t)snprintf(o.d + o.n, len * 2 + 8 - o.n,
									"{%lu,}", m);
					}
					i = j + 1;
					if (i < len && s[i] == '+')
						i++;	/* possessive: greedy */
					dot = false;
					continue;
				}
			}
		}
		if ((c == '*' || c == '+' || c == '?') && i + 1 < len && s[i + 1] == '+'
		    && !(i > 0 && s[i - 1] == '(')) {
			PUT(c);
			i += 2;	/* possessive: greedy */
			dot = false;
			continue;
		}
		PUT(c);
		dot = c == '.';
		i++;
	}
	o.d[o.n] = '\0';
#undef PUT
	return o.d;
}

static bool
accepted(const char *src, unsigned flags)
{
	hs_expr_info_t *info = NULL;
	hs_compile_error_t *cerr = NULL;
	hs_error_t rc = hs_expression_info(src, flags, &info, &cerr);
	if (cerr)
		hs_free_compile_error(cerr);
	free(info);
	return rc == HS_SUCCESS;
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
	char **src = xcalloc(count ? count : 1, sizeof(*src));
	int *mode = xcalloc(count ? count : 1, sizeof(*mode));
	const char **exprs = xcalloc(count ? count : 1, sizeof(*exprs));
	unsigned *flags = xcalloc(count ? count : 1, sizeof(*flags));
	unsigned *ids = xcalloc(count ? count : 1, sizeof(*ids));
	struct hsdb *h = xcalloc(1, sizeof(*h));
	h->words = (count + 63) / 64 + 1;
	h->always = xcalloc(h->words, sizeof(uint64_t));
	for (size_t i = 0; i < count; i++) {
		src[i] = relax(units[i].src, units[i].len, units[i].extended);
		if (memchr(units[i].src, '\0', units[i].len))
			mode[i] = MODE_ALWAYS;
		else if (accepted(src[i], base_flags))
			mode[i] = MODE_EXACT;
		else if (accepted(src[i], base_flags | HS_FLAG_PREFILTER))
			mode[i] = MODE_PREFILTER;
		else
			mode[i] = MODE_ALWAYS;
	}
	bool ok = false;
	for (int attempt = 0; attempt <= HSDB_RETRIES_MAX; attempt++) {
		size_t n = 0;
		for (size_t i = 0; i < count; i++) {
			if (mode[i] == MODE_ALWAYS)
				continue;
			exprs[n] = src[i];
			flags[n] = base_flags | (mode[i] == MODE_PREFILTER ? HS_FLAG_PREFILTER : 0);
			ids[n] = (unsigned)i;
			n++;
		}
		if (n == 0) {
			snprintf(err, errlen, "no pattern Hyperscan accepts");
			break;
		}
		hs_compile_error_t *cerr = NULL;
		hs_error_t rc = hs_compile_multi(exprs, flags, ids, (unsigned)n, HS_MODE_BLOCK, NULL,
						 &h->db, &cerr);
		if (rc == HS_SUCCESS) {
			ok = true;
			break;
		}
		int bad = cerr ? cerr->expression : -1;
		snprintf(err, errlen, "Hyperscan: %s", cerr && cerr->message ? cerr->message : "?");
		if (cerr)
			hs_free_compile_error(cerr);
		if (bad < 0 || (size_t)bad >= n)
			break;	/* not one pattern's fault: no database */
		size_t u = ids[bad];
		mode[u] = mode[u] == MODE_EXACT ? MODE_PREFILTER : MODE_ALWAYS;
	}
	if (ok && hs_alloc_scratch(h->db, &h->proto) != HS_SUCCESS) {
		snprintf(err, errlen, "Hyperscan: cannot allocate scratch space");
		ok = false;
	}
	for (size_t i = 0; i < count; i++) {
		if (mode[i] == MODE_ALWAYS) {
			h->always[i >> 6] |= (uint64_t)1 << (i & 63);
			stats->always++;
		} else if (mode[i] == MODE_PREFILTER) {
			stats->prefilter++;
		} else {
			stats->exact++;
		}
		free(src[i]);
	}
	free(src);
	free(mode);
	free(exprs);
	free(flags);
	free(ids);
	atomic_init(&h->spare, NULL);
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
	uint64_t *bits = ctx;
	bits[id >> 6] |= (uint64_t)1 << (id & 63);
	return 0;
}

void
hsdb_scan(const struct hsdb *db, struct hsdb_scratch *s, const char *text, size_t len,
	  uint64_t *bits)
{
	memcpy(bits, db->always, db->words * sizeof(uint64_t));
	if (s == NULL || len > UINT32_MAX
	    || hs_scan(db->db, text, (unsigned)len, 0, (hs_scratch_t *)s, on_match, bits)
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
