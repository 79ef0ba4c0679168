/*
 * model.c - the scored second opinion (model.h): features, the model file,
 * the opinion, and training by stochastic gradient descent.
 */
#include "model.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "buf.h"
#include "rules_limits.h"
#include "xalloc.h"

struct model {
	size_t n;		/* features */
	uint64_t *h;		/* per feature */
	char **key;		/* per feature (owned) */
	float *w;		/* n * MODEL_OUTPUTS */
	uint32_t *table;	/* open addressing: feature index + 1, 0 empty */
	size_t mask;
	size_t bias;		/* the index of "bias", or SIZE_MAX */
	double conf_threshold, rules_weight, review_veto;
};

/* ---- features ---- */

static uint64_t
key_hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;	/* FNV-1a */
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ull;
	}
	return h ? h : 1;
}

static void
feat_add(struct model_feats *f, bool keys, const char *key, size_t n)
{
	if (f->count == f->cap) {
		f->cap = f->cap ? 2 * f->cap : 256;
		f->h = xreallocarray(f->h, f->cap, sizeof(*f->h));
		if (keys)
			f->key = xreallocarray(f->key, f->cap, sizeof(*f->key));
	}
	f->h[f->count] = key_hash(key, n);
	if (keys) {
		memcpy(f->key[f->count], key, n);
		f->key[f->count][n] = '\0';
	}
	f->count++;
}

static bool
is_word_start(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

static bool
is_word_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || c == '\'';
}

/* A feature's place in its letter, to sort the features by hash. */
struct feat_at {
	uint64_t h;
	size_t i;
};

static int
feat_at_cmp(const void *a, const void *b)
{
	const struct feat_at *x = a, *y = b;
	return x->h != y->h ? (x->h < y->h ? -1 : 1) : (x->i > y->i) - (x->i < y->i);
}

static void
field_features(const struct normalized *nz, bool keys, struct model_feats *f)
{
	const unsigned char *s = (const unsigned char *)nz->text;
	size_t n = nz->len;
	char key[MODEL_KEY_MAX];
	size_t prev_han = 0, prev_han_len = 0;	/* offset + 1 of the last Han character */
	char prev_word[MODEL_WORD_MAX + 1];
	size_t prev_word_len = 0;
	size_t i = 0;
	while (i < n) {
		if (is_word_start(s[i])) {
			size_t j = i;
			while (j < n && is_word_char(s[j]))
				j++;
			size_t wl = j - i;
			prev_han = 0;
			if (wl < 2 || wl > MODEL_WORD_MAX) {
				if (wl > MODEL_WORD_MAX)
					prev_word_len = 0;
				i = j;
				continue;
			}
			memcpy(key, "w:", 2);
			memcpy(key + 2, s + i, wl);
			feat_add(f, keys, key, 2 + wl);
			if (prev_word_len) {
				memcpy(key, "b:", 2);
				memcpy(key + 2, prev_word, prev_word_len);
				key[2 + prev_word_len] = ' ';
				memcpy(key + 3 + prev_word_len, s + i, wl);
				feat_add(f, keys, key, 3 + prev_word_len + wl);
			}
			memcpy(prev_word, s + i, wl);
			prev_word_len = wl;
			i = j;
			continue;
		}
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(n - i), &cp);
		size_t l = k > 0 ? (size_t)k : 1;
		if (k > 0 && normalize_is_han((uint32_t)cp)) {
			if (prev_han) {
				memcpy(key, "c:", 2);
				memcpy(key + 2, s + prev_han - 1, prev_han_len);
				memcpy(key + 2 + prev_han_len, s + i, l);
				feat_add(f, keys, key, 2 + prev_han_len + l);
			}
			prev_han = i + 1;
			prev_han_len = l;
		} else {
			prev_han = 0;
		}
		i += l;
	}
}

void
model_features(const struct normalized *const *fields, size_t nfields, bool keys,
	       struct model_feats *f)
{
	feat_add(f, keys, "bias", 4);
	for (size_t k = 0; k < nfields; k++)
		if (fields[k] && fields[k]->text)
			field_features(fields[k], keys, f);
	if (!keys)
		return;	/* model_judge counts each once */
	struct feat_at *at = xreallocarray(NULL, f->count, sizeof(*at));
	for (size_t i = 0; i < f->count; i++)
		at[i] = (struct feat_at){f->h[i], i};
	qsort(at, f->count, sizeof(*at), feat_at_cmp);
	uint64_t *h = xreallocarray(NULL, f->count, sizeof(*h));
	char (*key)[MODEL_KEY_MAX] = xreallocarray(NULL, f->count, sizeof(*key));
	size_t out = 0;
	for (size_t i = 0; i < f->count; i++) {
		if (out > 0 && at[i].h == h[out - 1])
			continue;
		h[out] = at[i].h;
		memcpy(key[out], f->key[at[i].i], sizeof(*key));
		out++;
	}
	free(at);
	free(f->h);
	free(f->key);
	f->h = h;
	f->key = key;
	f->count = f->cap = out;
}

void
model_feats_deinit(struct model_feats *f)
{
	free(f->h);
	free(f->key);
	memset(f, 0, sizeof(*f));
}

const char *
model_key_words(const char *key)
{
	const char *colon = strchr(key, ':');
	return colon ? colon + 1 : key;
}

/* ---- the model ---- */

static size_t
table_find(const struct model *m, uint64_t h)
{
	for (size_t s = h & m->mask;; s = (s + 1) & m->mask) {
		uint32_t e = m->table[s];
		if (e == 0)
			return SIZE_MAX;
		if (m->h[e - 1] == h)
			return e - 1;
	}
}

/* The five category probabilities (softmax) and the confidential one
 * (logistic) of the scores z: what judging says and training corrects. */
static void
probabilities(const double z[MODEL_OUTPUTS], double p[MODEL_CATEGORIES], double *conf)
{
	double top = z[0], sum = 0;
	for (int c = 1; c < MODEL_CATEGORIES; c++)
		if (z[c] > top)
			top = z[c];
	for (int c = 0; c < MODEL_CATEGORIES; c++)
		sum += p[c] = exp(z[c] - top);
	for (int c = 0; c < MODEL_CATEGORIES; c++)
		p[c] /= sum;
	*conf = 1.0 / (1.0 + exp(-z[MODEL_CATEGORIES]));
}

/* Adds index k to the set (open addressing, stored as k + 1): whether it
 * was new. */
static bool
set_add(uint32_t *set, size_t mask, uint32_t k)
{
	for (size_t s = (k * 2654435761u) & mask;; s = (s + 1) & mask) {
		if (set[s] == k + 1)
			return false;
		if (set[s] == 0) {
			set[s] = k + 1;
			return true;
		}
	}
}

void
model_judge(const struct model *m, const struct model_feats *f, struct model_opinion *o)
{
	memset(o, 0, sizeof(*o));
	/* each feature of the model counts once, however often the letter has
	 * it (f may hold a feature twice: model_features without keys) */
	enum { ON_STACK = 4096 };
	uint32_t set_stack[ON_STACK], found_stack[ON_STACK / 2];
	size_t size = 16;
	while (size < 2 * f->count)
		size *= 2;
	uint32_t *set = size <= ON_STACK ? set_stack : xcalloc(size, sizeof(*set));
	uint32_t *found = f->count <= ON_STACK / 2 ? found_stack
			  : xreallocarray(NULL, f->count, sizeof(*found));
	if (set == set_stack)
		memset(set, 0, size * sizeof(*set));
	size_t nfound = 0;
	double z[MODEL_OUTPUTS] = {0};
	for (size_t i = 0; i < f->count; i++) {
		size_t k = table_find(m, f->h[i]);
		if (k == SIZE_MAX || !set_add(set, size - 1, (uint32_t)k))
			continue;
		found[nfound++] = (uint32_t)k;
		const float *w = &m->w[k * MODEL_OUTPUTS];
		for (int c = 0; c < MODEL_OUTPUTS; c++)
			z[c] += w[c];
	}
	probabilities(z, o->p, &o->confidential);
	int best = 0;
	for (int c = 1; c < MODEL_CATEGORIES; c++)
		if (z[c] > z[best])
			best = c;
	/* why: the strongest weights towards the best category */
	for (size_t i = 0; i < nfound; i++) {
		size_t k = found[i];
		double w = m->w[k * MODEL_OUTPUTS + best];
		if (k == m->bias || w <= 0)
			continue;
		size_t at = o->why_count;
		while (at > 0 && o->why_weight[at - 1] < w)
			at--;
		if (at >= MODEL_EXPLAIN_MAX)
			continue;
		size_t last = o->why_count < MODEL_EXPLAIN_MAX ? o->why_count : MODEL_EXPLAIN_MAX - 1;
		for (size_t j = last; j > at; j--) {
			o->why[j] = o->why[j - 1];
			o->why_weight[j] = o->why_weight[j - 1];
		}
		o->why[at] = m->key[k];
		o->why_weight[at] = w;
		if (o->why_count < MODEL_EXPLAIN_MAX)
			o->why_count++;
	}
	if (set != set_stack)
		free(set);
	if (found != found_stack)
		free(found);
}

double
model_confidential_threshold(const struct model *m)
{
	return m->conf_threshold;
}

double
model_review_veto(const struct model *m)
{
	return m->review_veto;
}

double
model_rules_weight(const struct model *m)
{
	return m->rules_weight;
}

size_t
model_size(const struct model *m)
{
	return m->n;
}

void
model_free(struct model **mp)
{
	struct model *m = *mp;
	if (m == NULL)
		return;
	for (size_t i = 0; i < m->n; i++)
		free(m->key[i]);
	free(m->key);
	free(m->h);
	free(m->w);
	free(m->table);
	free(m);
	*mp = NULL;
}

static const char *const outputs_line =
	"outputs complaint demand consultation suggestion information confidential";

/* A number ending at the end of s[0..n), finite. */
static bool
parse_number(const char *s, size_t n, double *v)
{
	char tmp[64];
	if (n == 0 || n >= sizeof(tmp))
		return false;
	memcpy(tmp, s, n);
	tmp[n] = '\0';
	char *end;
	errno = 0;
	double d = strtod(tmp, &end);
	if (errno || *end != '\0' || !isfinite(d))
		return false;
	*v = d;
	return true;
}

static void
table_build(struct model *m)
{
	size_t size = 16;
	while (size < 2 * m->n)
		size *= 2;
	m->table = xcalloc(size, sizeof(*m->table));
	m->mask = size - 1;
	for (size_t k = 0; k < m->n; k++) {
		size_t s = m->h[k] & m->mask;
		while (m->table[s])
			s = (s + 1) & m->mask;
		m->table[s] = (uint32_t)(k + 1);
	}
}

#define FAIL(...) do { snprintf(err, errlen, __VA_ARGS__); goto bad; } while (0)

enum mb_status
model_parse(const char *text, size_t len, struct model **m_r, unsigned *line_r, char *err,
	    size_t errlen)
{
	*m_r = NULL;
	*line_r = 0;
	err[0] = '\0';
	struct model *m = xcalloc(1, sizeof(*m));
	m->conf_threshold = -1;
	m->rules_weight = -1;
	m->review_veto = -1;
	size_t cap = 0;
	bool header = false, outputs = false;
	unsigned line = 0;
	size_t at = 0;
	while (at < len) {
		const char *s = text + at;
		const char *nl = memchr(s, '\n', len - at);
		size_t n = nl ? (size_t)(nl - s) : len - at;
		at += n + (nl != NULL);
		line++;
		if (n && s[n - 1] == '\r')
			n--;
		if (n == 0 || s[0] == '#')
			continue;
		if (!header) {
			if (n != 16 || memcmp(s, "mayorbox-model 1", 16) != 0)
				FAIL("not a model file (the first line is not \"mayorbox-model 1\")");
			header = true;
			continue;
		}
		if (n > 2 && s[0] == 'f' && s[1] == '\t') {
			if (!outputs)
				FAIL("a feature before the outputs line");
			const char *k = s + 2;
			const char *tab = memchr(k, '\t', n - 2);
			if (tab == NULL || tab == k || (size_t)(tab - k) >= MODEL_KEY_MAX)
				FAIL("a feature needs a key (under %u bytes) and %d weights",
				     MODEL_KEY_MAX, MODEL_OUTPUTS);
			if (m->n >= MODEL_FEATURES_MAX)
				FAIL("more than %u features", MODEL_FEATURES_MAX);
			if (m->n == cap) {
				cap = cap ? 2 * cap : 4096;
				m->h = xreallocarray(m->h, cap, sizeof(*m->h));
				m->key = xreallocarray(m->key, cap, sizeof(*m->key));
				m->w = xreallocarray(m->w, cap * MODEL_OUTPUTS, sizeof(*m->w));
			}
			size_t kl = (size_t)(tab - k);
			const char *p = tab + 1, *e = s + n;
			for (int c = 0; c < MODEL_OUTPUTS; c++) {
				const char *q = memchr(p, '\t', (size_t)(e - p));
				const char *end = q ? q : e;
				double v;
				if (p > e || !parse_number(p, (size_t)(end - p), &v))
					FAIL("weight %d of feature %.*s is not a number", c + 1, (int)kl, k);
				if ((q == NULL) != (c == MODEL_OUTPUTS - 1))
					FAIL("feature %.*s needs %d weights", (int)kl, k, MODEL_OUTPUTS);
				m->w[m->n * MODEL_OUTPUTS + c] = (float)v;
				p = end + 1;
			}
			m->key[m->n] = xstrndup(k, kl);
			m->h[m->n] = key_hash(k, kl);
			m->n++;
			continue;
		}
		if (n == strlen(outputs_line) && memcmp(s, outputs_line, n) == 0) {
			outputs = true;
			continue;
		}
		const char *sp = memchr(s, ' ', n);
		if (sp) {
			size_t kl = (size_t)(sp - s);
			double v;
			bool ok = parse_number(sp + 1, n - kl - 1, &v);
			if (kl == 22 && memcmp(s, "confidential_threshold", 22) == 0) {
				if (!ok || v < 0 || v > 1)
					FAIL("confidential_threshold must be a number from 0 to 1");
				m->conf_threshold = v;
				continue;
			}
			if (kl == 11 && memcmp(s, "review_veto", 11) == 0) {
				if (!ok || v < 0 || v > 1)
					FAIL("review_veto must be a number from 0 to 1");
				m->review_veto = v;
				continue;
			}
			if (kl == 12 && memcmp(s, "rules_weight", 12) == 0) {
				if (!ok || v < 0 || v > 1)
					FAIL("rules_weight must be a number from 0 to 1");
				m->rules_weight = v;
				continue;
			}
		}
		FAIL("unknown line (expected f, outputs, confidential_threshold, review_veto or "
		     "rules_weight)");
	}
	line = 0;
	if (!header)
		FAIL("empty: no \"mayorbox-model 1\" line");
	if (!outputs)
		FAIL("no outputs line");
	if (m->conf_threshold < 0 || m->rules_weight < 0 || m->review_veto < 0)
		FAIL("confidential_threshold, review_veto and rules_weight are all needed");
	table_build(m);
	m->bias = table_find(m, key_hash("bias", 4));
	for (size_t k = 0; k < m->n; k++) {
		size_t j = table_find(m, m->h[k]);
		if (j != k) {
			/* the first with that hash: the same key twice */
			snprintf(err, errlen, "feature %s is given twice", m->key[k]);
			goto bad;
		}
	}
	*m_r = m;
	return MB_OK;
bad:
	*line_r = line;
	model_free(&m);
	return MB_BAD_LETTER;
}

/* ---- training ---- */

void
model_train_defaults(struct model_train_opts *o)
{
	o->min_groups = 3;
	o->min_letters = 3;
	o->epochs = 12;
	o->confidential_threshold = 0.3;
	o->review_veto = 0.01;
	o->rules_weight = 0.02;
}

/* Every feature seen in training. */
struct seen {
	uint64_t h;
	const char *key;	/* borrowed from the first example with it */
	unsigned letters, groups;
	unsigned last_group;	/* + 1 */
	uint32_t kept;		/* index + 1 among the kept */
};

struct seen_map {
	struct seen *v;
	size_t count;
	uint32_t *table;
	size_t mask;
};

/* Grows s to size slots (a power of two, more than twice its count). */
static void
seen_resize(struct seen_map *s, size_t size)
{
	s->v = xreallocarray(s->v, size, sizeof(*s->v));
	free(s->table);
	s->table = xcalloc(size, sizeof(*s->table));
	s->mask = size - 1;
	for (size_t k = 0; k < s->count; k++) {
		size_t at = s->v[k].h & s->mask;
		while (s->table[at])
			at = (at + 1) & s->mask;
		s->table[at] = (uint32_t)(k + 1);
	}
}

static struct seen *
seen_get(struct seen_map *s, uint64_t h, const char *key)
{
	if (s->table == NULL)
		seen_resize(s, 1u << 16);
	else if (2 * (s->count + 1) > s->mask + 1)
		seen_resize(s, 2 * (s->mask + 1));
	size_t at = h & s->mask;
	while (s->table[at]) {
		struct seen *e = &s->v[s->table[at] - 1];
		if (e->h == h)
			return e;
		at = (at + 1) & s->mask;
	}
	struct seen *e = &s->v[s->count];
	memset(e, 0, sizeof(*e));
	e->h = h;
	e->key = key;
	s->table[at] = (uint32_t)(++s->count);
	return e;
}

static uint64_t
next_random(uint64_t *x)
{
	*x ^= *x << 13;	/* xorshift64 */
	*x ^= *x >> 7;
	*x ^= *x << 17;
	return *x;
}

struct kept_ref {
	const char *key;
	uint32_t index;
};

static int
kept_cmp(const void *a, const void *b)
{
	return strcmp(((const struct kept_ref *)a)->key, ((const struct kept_ref *)b)->key);
}

/* An example's group and index, to walk the examples group by group. */
struct group_idx {
	const char *group;
	size_t i;
};

static int
group_idx_cmp(const void *a, const void *b)
{
	const struct group_idx *x = a, *y = b;
	int c = strcmp(x->group, y->group);
	return c ? c : (x->i > y->i) - (x->i < y->i);
}

enum mb_status
model_train(const struct model_example *ex, size_t n, const struct model_train_opts *o,
	    const char *comment, char **out, size_t *outlen, size_t *features_r)
{
	struct seen_map sm = {0};
	/* count letters and groups per feature: the examples group by group */
	struct group_idx *gi = xcalloc(n ? n : 1, sizeof(*gi));
	for (size_t i = 0; i < n; i++) {
		gi[i].group = ex[i].group ? ex[i].group : "";
		gi[i].i = i;
	}
	qsort(gi, n, sizeof(*gi), group_idx_cmp);
	unsigned g = 0;
	for (size_t r = 0; r < n; r++) {
		if (r == 0 || strcmp(gi[r].group, gi[r - 1].group) != 0)
			g++;
		const struct model_feats *f = &ex[gi[r].i].f;
		for (size_t k = 0; k < f->count; k++) {
			struct seen *e = seen_get(&sm, f->h[k], f->key[k]);
			e->letters++;
			if (e->last_group != g) {
				e->groups++;
				e->last_group = g;
			}
		}
	}
	free(gi);
	size_t kept = 0;
	for (size_t k = 0; k < sm.count; k++) {
		struct seen *e = &sm.v[k];
		if (strcmp(e->key, "bias") == 0
		    || (e->letters >= o->min_letters && e->groups >= o->min_groups))
			e->kept = (uint32_t)(++kept);
	}
	/* each example as the indices of its kept features */
	uint32_t **xs = xcalloc(n ? n : 1, sizeof(*xs));
	size_t *xn = xcalloc(n ? n : 1, sizeof(*xn));
	const char **keys = xcalloc(kept ? kept : 1, sizeof(*keys));
	for (size_t i = 0; i < n; i++) {
		const struct model_feats *f = &ex[i].f;
		xs[i] = xcalloc(f->count ? f->count : 1, sizeof(**xs));
		for (size_t k = 0; k < f->count; k++) {
			struct seen *e = seen_get(&sm, f->h[k], f->key[k]);
			if (e->kept) {
				xs[i][xn[i]++] = e->kept - 1;
				keys[e->kept - 1] = e->key;
			}
		}
	}
	double *w = xcalloc(kept ? kept * MODEL_OUTPUTS : 1, sizeof(*w));
	size_t *order = xcalloc(n ? n : 1, sizeof(*order));
	for (size_t i = 0; i < n; i++)
		order[i] = i;
	uint64_t rnd = 0x9E3779B97F4A7C15ull;
	const double lr0 = 0.2, decay = 0.0005, lambda = 1e-4;
	double t = 0;
	for (unsigned epoch = 0; epoch < o->epochs; epoch++) {
		for (size_t i = n; i > 1; i--) {
			size_t j = (size_t)(next_random(&rnd) % i);
			size_t tmp = order[i - 1];
			order[i - 1] = order[j];
			order[j] = tmp;
		}
		for (size_t r = 0; r < n; r++) {
			size_t i = order[r];
			t += 1;
			double lr = lr0 / (1 + decay * t);
			double z[MODEL_OUTPUTS] = {0};
			for (size_t k = 0; k < xn[i]; k++)
				for (int c = 0; c < MODEL_OUTPUTS; c++)
					z[c] += w[(size_t)xs[i][k] * MODEL_OUTPUTS + c];
			double p[MODEL_OUTPUTS];	/* the errors: probability - label */
			probabilities(z, p, &p[MODEL_CATEGORIES]);
			for (int c = 0; c < MODEL_CATEGORIES; c++)
				p[c] -= c == ex[i].category;
			p[MODEL_CATEGORIES] -= ex[i].confidential ? 1.0 : 0.0;
			for (size_t k = 0; k < xn[i]; k++) {
				double *wk = &w[(size_t)xs[i][k] * MODEL_OUTPUTS];
				for (int c = 0; c < MODEL_OUTPUTS; c++)
					wk[c] -= lr * (p[c] + lambda * wk[c]);
			}
		}
	}
	/* the file: settings, then the features by key */
	struct kept_ref *refs = xcalloc(kept ? kept : 1, sizeof(*refs));
	for (size_t k = 0; k < kept; k++) {
		refs[k].key = keys[k];
		refs[k].index = (uint32_t)k;
	}
	qsort(refs, kept, sizeof(*refs), kept_cmp);
	/* no larger than a rule set may read (RULES_FILE_MAX) */
	struct buf b;
	buf_init(&b, RULES_FILE_MAX);
	bool fits = true;
	char line[MODEL_KEY_MAX + 16 * MODEL_OUTPUTS + 8];
	int hl = snprintf(line, sizeof(line), "mayorbox-model 1\nconfidential_threshold %g\n"
			  "review_veto %g\nrules_weight %g\n", o->confidential_threshold,
			  o->review_veto, o->rules_weight);
	fits = buf_append_str(&b, "# ") == MB_OK && buf_append_str(&b, comment) == MB_OK
	       && buf_append_str(&b, "\n") == MB_OK && buf_append(&b, line, (size_t)hl) == MB_OK
	       && buf_append_str(&b, outputs_line) == MB_OK && buf_append_str(&b, "\n") == MB_OK;
	size_t written = 0;
	for (size_t r = 0; r < kept && fits; r++) {
		const double *wk = &w[(size_t)refs[r].index * MODEL_OUTPUTS];
		bool any = strcmp(refs[r].key, "bias") == 0;
		for (int c = 0; c < MODEL_OUTPUTS; c++)
			if (fabs(wk[c]) >= MODEL_WEIGHT_MIN)
				any = true;
		if (!any)
			continue;
		int l = snprintf(line, sizeof(line), "f\t%s", refs[r].key);
		for (int c = 0; c < MODEL_OUTPUTS; c++)
			l += snprintf(line + l, sizeof(line) - (size_t)l, "\t%.5g", wk[c]);
		fits = buf_append(&b, line, (size_t)l) == MB_OK && buf_append(&b, "\n", 1) == MB_OK;
		written++;
	}
	*features_r = written;
	if (fits) {
		*out = buf_take(&b, outlen);
	} else {
		buf_deinit(&b);
		*out = NULL;
		*outlen = 0;
	}
	free(refs);
	free(order);
	free(w);
	free(keys);
	for (size_t i = 0; i < n; i++)
		free(xs[i]);
	free(xs);
	free(xn);
	free(sm.v);
	free(sm.table);
	return fits ? MB_OK : MB_LIMIT;
}
