/*
 * hot.c - hot issues: cases on one matter grouped (see hot.h).
 */
#include "hot.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "normalize.h"
#include "xalloc.h"

/* the kinds of feature, the first byte of what is hashed */
enum { F_HAN2 = 1, F_HAN3, F_HAN1, F_WORD, F_WORD2, F_NUM, P_HAN2, P_HAN3, P_HAN4, P_WORD };

struct feat {
	uint64_t h;
	uint32_t tf;
	uint32_t off;	/* in the normalised text, for showing it */
	uint16_t len;
	uint8_t kind;
};

struct doc {
	struct normalized nt;
	struct feat *f;		/* sorted by h, unique */
	size_t nf, capf;
	uint64_t *places;	/* P_* hashes, sorted, unique */
	struct feat *pl;	/* the same, with where they are */
	size_t np, capp;
	uint32_t *fid;		/* the feature ids of f */
	float *w;		/* their weights */
	double norm;
	size_t nl;		/* features it shares with some other case */
};

static uint64_t
fnv(uint8_t kind, const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	h = (h ^ kind) * 1099511628211ULL;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

static void
add(struct feat **v, size_t *n, size_t *cap, uint8_t kind, const char *text, size_t off,
    size_t len)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 256;
		*v = xreallocarray(*v, *cap, sizeof(**v));
	}
	(*v)[(*n)++] = (struct feat){.h = fnv(kind, text + off, len), .tf = 1,
				     .off = (uint32_t)off, .len = (uint16_t)len, .kind = kind};
}

static int
feat_cmp(const void *a, const void *b)
{
	const struct feat *x = a, *y = b;
	return x->h < y->h ? -1 : x->h > y->h;
}

/* sorts and merges equal features (tf summed, the first place kept) */
static size_t
uniq(struct feat *v, size_t n)
{
	if (n == 0)
		return 0;
	qsort(v, n, sizeof(*v), feat_cmp);
	size_t k = 0;
	for (size_t i = 1; i < n; i++) {
		if (v[i].h == v[k].h) {
			v[k].tf += v[i].tf;
			if (v[i].off < v[k].off) {
				v[k].off = v[i].off;
				v[k].len = v[i].len;
			}
		} else {
			v[++k] = v[i];
		}
	}
	return k + 1;
}

/* one code point of UTF-8 at s[i] (normalised text is valid UTF-8) */
static uint32_t
cp_at(const char *s, size_t len, size_t i, size_t *n_r)
{
	const unsigned char *u = (const unsigned char *)s + i;
	size_t left = len - i;
	if (u[0] < 0x80 || left < 2) {
		*n_r = 1;
		return u[0];
	}
	if ((u[0] & 0xe0) == 0xc0) {
		*n_r = 2;
		return ((u[0] & 0x1fU) << 6) | (u[1] & 0x3fU);
	}
	if ((u[0] & 0xf0) == 0xe0 && left >= 3) {
		*n_r = 3;
		return ((u[0] & 0x0fU) << 12) | ((u[1] & 0x3fU) << 6) | (u[2] & 0x3fU);
	}
	if ((u[0] & 0xf8) == 0xf0 && left >= 4) {
		*n_r = 4;
		return ((u[0] & 0x07U) << 18) | ((u[1] & 0x3fU) << 12) | ((u[2] & 0x3fU) << 6)
		       | (u[3] & 0x3fU);
	}
	*n_r = 1;
	return 0xfffd;
}

/* English words that say nothing of a matter (the rest is IDF's work) */
static const char *const stop_en[] = {
	"a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
	"been", "but", "by", "can", "could", "dear", "did", "do", "does", "for", "from", "had",
	"has", "have", "hello", "hi", "how", "i", "if", "in", "into", "is", "it", "its", "just",
	"me", "more", "my", "no", "not", "of", "on", "or", "our", "please", "regards", "sir",
	"so", "some", "than", "thank", "thanks", "that", "the", "their", "them", "there",
	"they", "this", "to", "us", "very", "was", "we", "were", "what", "when", "which", "who",
	"will", "with", "would", "you", "your",
};

static bool
stopword(const char *w, size_t n)
{
	size_t lo = 0, hi = sizeof(stop_en) / sizeof(stop_en[0]);
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strncmp(stop_en[mid], w, n);
		if (c == 0 && stop_en[mid][n] != '\0')
			c = 1;
		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/* The words after a place's name. Chinese ones as UTF-8; the name is the
 * two to four characters before it in the same run of Han. */
static const char *const place_zh[] = {
	"路", "街", "大道", "巷", "小区", "花园", "苑", "公寓", "广场", "公园", "工地", "市场",
	"小学", "中学", "学校", "幼儿园", "医院", "村", "镇", "大厦", "站", "桥", "隧道",
	"厂", "社区", "新村", "家园", "项目", "中转站", "菜场", "地道",
};
static const char *const place_en[] = {
	"avenue", "bridge", "centre", "center", "community", "compound", "estate", "factory",
	"garden", "gardens", "hospital", "lane", "market", "mall", "park", "plaza", "road",
	"school", "site", "square", "station", "street", "tunnel", "underpass", "village",
	/* the pinyin of the Chinese ones */
	"cun", "dadao", "huayuan", "jiayuan", "jie", "lu", "xiaoqu", "yuan", "zhen",
};
/* characters that end a name rather than belong to it */
static const char *const place_stop_zh =
	"的了在和与及条个这那我们家到从往近边旁对是有被把给就都也还又"
	"一几每各些段片座上下前后里外去离走穿过靠住查该令打看清不没很太要能会进修拨请到回出";
/* names that are no place of their own: the kind of place, not which */
static const char *const place_generic[] = {
	"地铁站", "公交站", "火车站", "汽车站", "高铁站", "加油站", "马路", "公路", "道路",
	"铁路", "线路", "小学", "中学", "大学", "学校", "医院", "工地", "小区", "公园", "市场",
	"广场", "社区", "村", "镇", "厂", "站", "桥", "路", "街", "垃圾中转站", "垃圾站",
	"中转站", "铁路桥", "人民医院", "菜市场", "农贸市场", "幼儿园", "项目", "大厦",
};
static const char *const place_generic_en[] = {	/* words before a place word */
	"big", "building", "bus", "busy", "city", "construction", "dark", "every", "fenced",
	"flooded", "high", "local", "main", "metro", "middle", "nearby", "new", "night", "old",
	"our", "primary", "private", "public", "railway", "same", "short", "small", "subway",
	"that", "the", "this", "train", "whole",
};

static bool
generic_place(const char *s, size_t n, const char *const *list, size_t count)
{
	for (size_t k = 0; k < count; k++)
		if (strlen(list[k]) == n && memcmp(list[k], s, n) == 0)
			return true;
	return false;
}

static bool
place_stop(uint32_t c)
{
	const char *s = place_stop_zh;
	size_t len = strlen(s), i = 0, n;
	while (i < len) {
		if (cp_at(s, len, i, &n) == c)
			return true;
		i += n;
	}
	return false;
}

#define RUN_MAX 4096

static void
features(struct doc *d)
{
	const char *s = d->nt.text;
	size_t len = d->nt.len, i = 0;
	size_t run[RUN_MAX + 1];	/* byte offsets of a run of Han, and its end */
	uint32_t runc[RUN_MAX];
	size_t nrun = 0;
	size_t prev_off = 0, prev_len = 0;	/* the previous English word kept */
	size_t prev_full = 0;			/* its length before the plural's s went */

	while (i <= len) {
		size_t n = 1;
		uint32_t c = i < len ? cp_at(s, len, i, &n) : 0;
		if (i < len && normalize_is_han(c) && nrun < RUN_MAX) {
			runc[nrun] = c;
			run[nrun++] = i;
			i += n;
			continue;
		}
		if (nrun > 0) {	/* a run of Han ends: its bigrams, trigrams, places */
			run[nrun] = i;
			if (nrun == 1)
				add(&d->f, &d->nf, &d->capf, F_HAN1, s, run[0], run[1] - run[0]);
			for (size_t k = 0; k + 1 < nrun; k++) {
				add(&d->f, &d->nf, &d->capf, F_HAN2, s, run[k], run[k + 2] - run[k]);
				if (k + 2 < nrun)
					add(&d->f, &d->nf, &d->capf, F_HAN3, s, run[k],
					    run[k + 3] - run[k]);
			}
			for (size_t p = 0; p < sizeof(place_zh) / sizeof(place_zh[0]); p++) {
				size_t pl = strlen(place_zh[p]);
				for (size_t k = 2; k < nrun; k++) {
					if (run[k] + pl > run[nrun] || memcmp(s + run[k], place_zh[p], pl) != 0)
						continue;
					/* the name: two to four characters, none a stop */
					for (size_t m = 1; m <= 4 && m <= k; m++) {
						if (place_stop(runc[k - m]))
							break;
						size_t ks = run[k - m], kl = run[k] + pl - run[k - m];
						if (m >= 2 && !generic_place(s + ks, kl, place_generic,
									     sizeof(place_generic)
									     / sizeof(place_generic[0])))
							add(&d->pl, &d->np, &d->capp,
							    (uint8_t)(P_HAN2 + (m - 2)), s, ks, kl);
					}
				}
			}
			nrun = 0;
			prev_len = 0;
		}
		if (i >= len)
			break;
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			size_t st = i;
			bool digits = true;
			while (i < len && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9'))) {
				if (s[i] >= 'a')
					digits = false;
				i++;
			}
			size_t wl = i - st;
			if (digits) {
				if (wl <= 4)
					add(&d->f, &d->nf, &d->capf, F_NUM, s, st, wl);
				prev_len = 0;
				continue;
			}
			if (wl < 2 || wl > HOT_WORD_MAX || stopword(s + st, wl)) {
				prev_len = stopword(s + st, wl) ? prev_len : 0;
				continue;
			}
			/* a plural's s: roads and road alike */
			size_t stem = wl > 3 && s[st + wl - 1] == 's' && s[st + wl - 2] != 's' ? wl - 1 : wl;
			add(&d->f, &d->nf, &d->capf, F_WORD, s, st, stem);
			if (prev_len > 0) {
				add(&d->f, &d->nf, &d->capf, F_WORD2, s, prev_off, st + stem - prev_off);
				/* a place: a name just before a place word */
				bool next_to = prev_off + prev_full + 1 == st;
				for (size_t p = 0; next_to && p < sizeof(place_en) / sizeof(place_en[0]); p++)
					if (strlen(place_en[p]) == wl && memcmp(s + st, place_en[p], wl) == 0
					    && prev_full >= 3
					    && !generic_place(s + prev_off, prev_full, place_generic_en,
							      sizeof(place_generic_en)
							      / sizeof(place_generic_en[0])))
						add(&d->pl, &d->np, &d->capp, P_WORD, s, prev_off,
						    st + wl - prev_off);
			}
			prev_off = st;
			prev_len = stem;
			prev_full = wl;
			continue;
		}
		if (c != ' ' && c != '-')
			prev_len = 0;	/* punctuation ends a pair */
		i += n;
	}
	d->nf = uniq(d->f, d->nf);
	d->np = uniq(d->pl, d->np);
	d->places = xcalloc(d->np ? d->np : 1, sizeof(*d->places));
	for (size_t k = 0; k < d->np; k++)
		d->places[k] = d->pl[k].h;
}

/* ---- the table of features: hash -> id, document frequency ---- */

struct table {
	uint64_t *h;
	uint32_t *id;
	size_t cap, n;
	uint32_t *df;
	size_t capdf;
};

static uint32_t
table_id(struct table *t, uint64_t h)
{
	if ((t->n + 1) * 2 > t->cap) {
		size_t ncap = t->cap ? t->cap * 2 : 1 << 16;
		uint64_t *nh = xcalloc(ncap, sizeof(*nh));
		uint32_t *nid = xcalloc(ncap, sizeof(*nid));
		for (size_t k = 0; k < t->cap; k++) {
			if (t->id[k] == 0)
				continue;
			size_t j = (size_t)(t->h[k] * 0x9e3779b97f4a7c15ULL) & (ncap - 1);
			while (nid[j] != 0)
				j = (j + 1) & (ncap - 1);
			nh[j] = t->h[k];
			nid[j] = t->id[k];
		}
		free(t->h);
		free(t->id);
		t->h = nh;
		t->id = nid;
		t->cap = ncap;
	}
	size_t j = (size_t)(h * 0x9e3779b97f4a7c15ULL) & (t->cap - 1);
	while (t->id[j] != 0) {
		if (t->h[j] == h)
			return t->id[j] - 1;
		j = (j + 1) & (t->cap - 1);
	}
	t->h[j] = h;
	t->id[j] = (uint32_t)++t->n;
	if (t->n > t->capdf) {
		t->capdf = t->capdf ? t->capdf * 2 : 1 << 15;
		t->df = xreallocarray(t->df, t->capdf, sizeof(*t->df));
	}
	t->df[t->n - 1] = 0;
	return (uint32_t)(t->n - 1);
}

/* ---- union-find ---- */

static size_t
root(size_t *up, size_t i)
{
	while (up[i] != i) {
		up[i] = up[up[i]];
		i = up[i];
	}
	return i;
}

struct edge {
	uint32_t a, b;
	double sim;
};

static int
edge_cmp(const void *x, const void *y)
{
	const struct edge *p = x, *q = y;
	if (p->sim != q->sim)
		return p->sim > q->sim ? -1 : 1;
	return p->a != q->a ? (p->a < q->a ? -1 : 1) : (p->b < q->b ? -1 : p->b > q->b);
}

/* a count per pair of groups (open addressing; the key is never 0: lo < hi) */
struct pairs {
	uint64_t *k;
	uint32_t *c;
	size_t cap, n;
};

static uint32_t
pairs_bump(struct pairs *t, size_t lo, size_t hi)
{
	if ((t->n + 1) * 2 > t->cap) {
		struct pairs o = *t;
		t->cap = o.cap ? o.cap * 2 : 256;
		t->k = xcalloc(t->cap, sizeof(*t->k));
		t->c = xcalloc(t->cap, sizeof(*t->c));
		t->n = 0;
		for (size_t i = 0; i < o.cap; i++) {
			if (o.k[i] == 0)
				continue;
			size_t j = (size_t)(o.k[i] * 0x9e3779b97f4a7c15ULL) & (t->cap - 1);
			while (t->k[j] != 0)
				j = (j + 1) & (t->cap - 1);
			t->k[j] = o.k[i];
			t->c[j] = o.c[i];
			t->n++;
		}
		free(o.k);
		free(o.c);
	}
	uint64_t key = ((uint64_t)lo << 32) | (uint64_t)hi;
	size_t j = (size_t)(key * 0x9e3779b97f4a7c15ULL) & (t->cap - 1);
	while (t->k[j] != 0 && t->k[j] != key)
		j = (j + 1) & (t->cap - 1);
	if (t->k[j] == 0) {
		t->k[j] = key;
		t->n++;
	}
	return ++t->c[j];
}

static bool
share_place(const struct doc *a, const struct doc *b)
{
	size_t i = 0, j = 0;
	while (i < a->np && j < b->np) {
		if (a->places[i] == b->places[j])
			return true;
		if (a->places[i] < b->places[j])
			i++;
		else
			j++;
	}
	return false;
}

void
hot_params_default(struct hot_params *p)
{
	p->threshold = HOT_THRESHOLD_DEFAULT;
	p->near_duplicate = HOT_NEAR_DUPLICATE_DEFAULT;
	p->department_malus = HOT_DEPARTMENT_MALUS_DEFAULT;
	p->min_size = HOT_MIN_SIZE_DEFAULT;
}

struct shown {
	uint64_t h;
	size_t count;
	double idf;	/* of the period (a word; 0 for a place) */
	double score;
	const char *s;
	size_t len;
	uint8_t kind;
};

static int
shown_cmp(const void *a, const void *b)
{
	const struct shown *x = a, *y = b;
	if (x->h != y->h)
		return x->h < y->h ? -1 : 1;
	return 0;
}

static int
shown_rank(const void *a, const void *b)
{
	const struct shown *x = a, *y = b;
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return x->len > y->len ? -1 : x->len < y->len;
}

static void
copy_word(char *dst, const char *s, size_t len)
{
	if (len > HOT_WORD_MAX) {	/* cut at a character's start */
		len = HOT_WORD_MAX;
		while (len > 0 && ((unsigned char)s[len] & 0xc0) == 0x80)
			len--;
	}
	memcpy(dst, s, len);
	dst[len] = '\0';
}

/* Chinese words the size of a trigram overlapping term by two characters at
 * either end: term becomes the phrase; true when joined. */
static bool
join_phrase(char *term, const char *s, size_t len)
{
	size_t tl = strlen(term);
	if (len != 9 || tl < 9 || tl + 3 > HOT_WORD_MAX)
		return false;
	if (memcmp(term + tl - 6, s, 6) == 0) {	/* term's end, s's start */
		memcpy(term + tl, s + 6, 3);
		term[tl + 3] = '\0';
		return true;
	}
	if (memcmp(s + 3, term, 6) == 0) {	/* s's end, term's start */
		memmove(term + 3, term, tl + 1);
		memcpy(term, s, 3);
		return true;
	}
	return false;
}

/* the group's words and places: the features most of its members share */
static void
describe(struct hot_group *g, const struct doc *docs, const struct table *t, size_t ndocs)
{
	size_t cap = 0, n = 0;
	for (size_t m = 0; m < g->n; m++)
		cap += docs[g->members[m]].nf + docs[g->members[m]].np;
	struct shown *v = xcalloc(cap ? cap : 1, sizeof(*v));
	for (size_t m = 0; m < g->n; m++) {
		const struct doc *d = &docs[g->members[m]];
		for (size_t k = 0; k < d->nf; k++) {
			const struct feat *f = &d->f[k];
			if (f->kind == F_NUM || f->kind == F_HAN1)
				continue;
			double df = t->df[d->fid[k]];
			v[n++] = (struct shown){f->h, 1, log((double)(ndocs + 1) / (df + 0.5)), 0,
						d->nt.text + f->off, f->len, f->kind};
		}
		for (size_t k = 0; k < d->np; k++) {
			const struct feat *f = &d->pl[k];
			v[n++] = (struct shown){f->h, 1, 0, 0, d->nt.text + f->off, f->len, f->kind};
		}
	}
	qsort(v, n, sizeof(*v), shown_cmp);
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (k > 0 && v[k - 1].h == v[i].h)
			v[k - 1].count++;
		else
			v[k++] = v[i];
	}
	n = k;
	size_t need = g->n >= 6 ? g->n / 3 : 2;
	/* places: shared by enough members; a longer name where it is shared
	 * as widely as the shorter one inside it */
	for (size_t i = 0; i < n; i++)
		v[i].score = v[i].kind >= P_HAN2 && v[i].count >= need
				     ? (double)v[i].count + 0.01 * (double)v[i].len : -1;
	qsort(v, n, sizeof(*v), shown_rank);
	for (size_t i = 0; i < n && v[i].score >= 0 && g->nplaces < HOT_PLACES; i++) {
		bool inside = false;
		for (size_t j = 0; j < g->nplaces && !inside; j++)
			inside = memmem(g->places[j], strlen(g->places[j]), v[i].s, v[i].len) != NULL;
		if (!inside)
			copy_word(g->places[g->nplaces++], v[i].s, v[i].len);
	}
	/* words: shared by enough members, rare in the rest */
	for (size_t i = 0; i < n; i++) {
		if (v[i].kind >= P_HAN2 || v[i].count < need) {
			v[i].score = -1;
			continue;
		}
		v[i].score = (double)v[i].count * v[i].idf
			     * (v[i].kind == F_HAN3 || v[i].kind == F_WORD2 ? 1.2 : 1.0);
	}
	qsort(v, n, sizeof(*v), shown_rank);
	for (size_t i = 0; i < n && v[i].score > 0 && g->nterms < HOT_TERMS; i++) {
		bool overlap = false;
		for (size_t j = 0; j < g->nterms && !overlap; j++) {
			size_t tl = strlen(g->terms[j]);
			overlap = memmem(g->terms[j], tl, v[i].s, v[i].len) != NULL
				  || memmem(v[i].s, v[i].len, g->terms[j], tl) != NULL;
			/* 夜间施 and 间施工 are one phrase: 夜间施工 */
			if (!overlap && v[i].kind == F_HAN3)
				overlap = join_phrase(g->terms[j], v[i].s, v[i].len);
		}
		for (size_t j = 0; j < g->nplaces && !overlap; j++)
			overlap = memmem(g->places[j], strlen(g->places[j]), v[i].s, v[i].len) != NULL;
		if (!overlap)
			copy_word(g->terms[g->nterms++], v[i].s, v[i].len);
	}
	free(v);
}

static int
group_cmp(const void *a, const void *b)
{
	const struct hot_group *x = a, *y = b;
	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return x->members[0] < y->members[0] ? -1 : x->members[0] > y->members[0];
}

enum mb_status
hot_group(const struct normalizer *norm, const struct hot_doc *in, size_t n,
	  const struct hot_params *p, struct hot_result *out)
{
	memset(out, 0, sizeof(*out));
	if (n > HOT_DOCS_MAX)
		return MB_LIMIT;
	if (n == 0)
		return MB_OK;
	struct doc *d = xcalloc(n, sizeof(*d));
	struct table t = {0};
	for (size_t i = 0; i < n; i++) {
		(void)normalize_text(norm, in[i].text ? in[i].text : "", in[i].text ? in[i].len : 0,
				     HOT_TEXT_MAX, &d[i].nt);
		/* the map back to the letter's bytes is not needed here: let it go
		 * now (eight bytes a byte of text, for every case of the period) */
		free(d[i].nt.map_start);
		free(d[i].nt.map_end);
		d[i].nt.map_start = d[i].nt.map_end = NULL;
		d[i].nt.map_cap = 0;
		features(&d[i]);
		d[i].fid = xcalloc(d[i].nf ? d[i].nf : 1, sizeof(*d[i].fid));
		d[i].w = xcalloc(d[i].nf ? d[i].nf : 1, sizeof(*d[i].w));
		for (size_t k = 0; k < d[i].nf; k++) {
			d[i].fid[k] = table_id(&t, d[i].f[k].h);
			t.df[d[i].fid[k]]++;
		}
	}
	out->features = t.n;
	/* weights, norms, and the postings of the features that can link */
	size_t *start = xcalloc(t.n + 1, sizeof(*start));
	for (size_t i = 0; i < n; i++) {
		double sum = 0;
		for (size_t k = 0; k < d[i].nf; k++) {
			double df = t.df[d[i].fid[k]];
			double w = (1.0 + log((double)d[i].f[k].tf)) * log((double)(n + 1) / (df + 0.5));
			if (w < 0)
				w = 0;
			d[i].w[k] = (float)w;
			/* the norm of what can be shared: a word of this case alone
			 * (a name, a date) says nothing of which matter it is on */
			if (df >= 2 && df <= HOT_DF_MAX) {
				d[i].nl++;
				sum += w * w;
				start[d[i].fid[k] + 1]++;
			}
		}
		d[i].norm = sqrt(sum);
	}
	for (size_t f = 0; f < t.n; f++)
		start[f + 1] += start[f];
	size_t *fill = xcalloc(t.n + 1, sizeof(*fill));
	memcpy(fill, start, (t.n + 1) * sizeof(*fill));
	uint32_t *pdoc = xcalloc(start[t.n] ? start[t.n] : 1, sizeof(*pdoc));
	float *pw = xcalloc(start[t.n] ? start[t.n] : 1, sizeof(*pw));
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < d[i].nf; k++) {
			uint32_t f = d[i].fid[k];
			if (t.df[f] < 2 || t.df[f] > HOT_DF_MAX)
				continue;
			pdoc[fill[f]] = (uint32_t)i;
			pw[fill[f]++] = d[i].w[k];
		}
	free(fill);

	/* every pair that shares a feature: its cosine */
	size_t *up = xcalloc(n, sizeof(*up));
	for (size_t i = 0; i < n; i++)
		up[i] = i;
	struct edge *edges = NULL;
	size_t ne = 0, cape = 0;
	double *acc = xcalloc(n, sizeof(*acc));
	uint32_t *touched = xcalloc(n, sizeof(*touched));
	size_t *stamp = xcalloc(n, sizeof(*stamp));	/* i + 1: j touched for i */
	for (size_t i = 0; i < n; i++) {
		size_t nt = 0;
		for (size_t k = 0; k < d[i].nf; k++) {
			uint32_t f = d[i].fid[k];
			if (t.df[f] < 2 || t.df[f] > HOT_DF_MAX)
				continue;
			for (size_t q = start[f]; q < start[f + 1]; q++) {
				uint32_t j = pdoc[q];
				if (j <= i)
					continue;
				if (stamp[j] != i + 1) {
					stamp[j] = i + 1;
					touched[nt++] = j;
				}
				acc[j] += (double)d[i].w[k] * pw[q];
			}
		}
		for (size_t q = 0; q < nt; q++) {
			uint32_t j = touched[q];
			double sim = d[i].norm > 0 && d[j].norm > 0 ? acc[j] / (d[i].norm * d[j].norm) : 0;
			/* a very short letter's cosine is one stock phrase's
			 * (请尽快处理): trusted in proportion to what it has */
			size_t fewer = d[i].nl < d[j].nl ? d[i].nl : d[j].nl;
			if (fewer < HOT_SHORT_FEATURES)
				sim *= (double)fewer / HOT_SHORT_FEATURES;
			acc[j] = 0;
			if (in[i].department && in[j].department
			    && strcmp(in[i].department, in[j].department) != 0)
				sim -= p->department_malus;
			/* one matter: the same place and words alike enough, or
			 * nearly the same letter (a template passed round) where
			 * one of them names no place; two letters that name
			 * places and none the same are on two matters, however
			 * alike (one fee rise at two estates) */
			bool place = share_place(&d[i], &d[j]);
			bool elsewhere = !place && d[i].np > 0 && d[j].np > 0;
			if (elsewhere || (!(place && sim >= p->threshold) && sim < p->near_duplicate))
				sim = 0;
			if (sim > 0) {
				if (ne == cape) {
					cape = cape ? cape * 2 : 1024;
					edges = xreallocarray(edges, cape, sizeof(*edges));
				}
				edges[ne++] = (struct edge){(uint32_t)i, j, sim};
			}
		}
	}
	/* The links, strongest first. A case joins a group on one link; two
	 * groups become one only on HOT_GROUP_LINKS links between them, so
	 * that one letter on two matters (a bus line and a market) does not
	 * make them one. */
	if (ne > 0)
		qsort(edges, ne, sizeof(*edges), edge_cmp);
	size_t *size = xcalloc(n, sizeof(*size));
	for (size_t i = 0; i < n; i++)
		size[i] = 1;
	struct pairs seen = {0};
	for (size_t e = 0; e < ne; e++) {
		size_t a = root(up, edges[e].a), b = root(up, edges[e].b);
		if (a == b)
			continue;
		if (size[a] > 1 && size[b] > 1
		    && pairs_bump(&seen, a < b ? a : b, a < b ? b : a) < HOT_GROUP_LINKS)
			continue;
		size_t lo = a < b ? a : b, hi = a < b ? b : a;
		up[hi] = lo;
		size[lo] += size[hi];
		out->links++;
	}
	free(size);
	free(edges);
	free(seen.k);
	free(seen.c);
	free(acc);
	free(touched);
	free(stamp);
	free(pdoc);
	free(pw);
	free(start);

	/* the groups: members in the order given */
	size_t *count = xcalloc(n, sizeof(*count));
	for (size_t i = 0; i < n; i++)
		count[root(up, i)]++;
	size_t ng = 0;
	for (size_t i = 0; i < n; i++)
		if (count[i] >= (p->min_size ? p->min_size : 1))
			ng++;
	out->groups = xcalloc(ng ? ng : 1, sizeof(*out->groups));
	size_t *slot = xcalloc(n, sizeof(*slot));
	size_t g = 0;
	for (size_t i = 0; i < n; i++)
		if (count[i] >= (p->min_size ? p->min_size : 1)) {
			slot[i] = g;
			out->groups[g++].members = xcalloc(count[i], sizeof(size_t));
		}
	for (size_t i = 0; i < n; i++) {
		size_t r = root(up, i);
		if (count[r] >= (p->min_size ? p->min_size : 1)) {
			struct hot_group *gr = &out->groups[slot[r]];
			gr->members[gr->n++] = i;
		}
	}
	out->n = ng;
	for (size_t k = 0; k < ng; k++)
		describe(&out->groups[k], d, &t, n);
	qsort(out->groups, ng, sizeof(*out->groups), group_cmp);
	free(count);
	free(slot);
	free(up);
	for (size_t i = 0; i < n; i++) {
		normalize_deinit(&d[i].nt);
		free(d[i].f);
		free(d[i].pl);
		free(d[i].places);
		free(d[i].fid);
		free(d[i].w);
	}
	free(d);
	free(t.h);
	free(t.id);
	free(t.df);
	return MB_OK;
}

void
hot_result_deinit(struct hot_result *r)
{
	for (size_t k = 0; k < r->n; k++)
		free(r->groups[k].members);
	free(r->groups);
	memset(r, 0, sizeof(*r));
}
