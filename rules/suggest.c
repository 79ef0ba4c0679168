/*
 * suggest.c - candidate words for missed letters (see suggest.h).
 *
 * One open-addressing hash table of grams; each entry remembers the last
 * letter that counted it, so that a letter counts a gram once however often
 * it holds it.
 */
#include "suggest.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "normalize.h"
#include "xalloc.h"

struct entry {
	char *text;		/* NULL: free slot */
	uint32_t hash;
	size_t last;		/* the serial of the last letter that counted it */
	size_t missed, target, other;
};

struct suggest {
	struct entry *v;
	size_t cap, used;
	size_t serial;
	size_t counts[3];
	bool truncated;
};

/* Words too common to propose alone (a pair needs one that is not). */
static const char *const stop_words[] = {
	"the", "and", "for", "are", "was", "were", "this", "that", "with", "have", "has",
	"had", "not", "but", "you", "your", "our", "they", "them", "their", "there", "from",
	"been", "will", "would", "can", "could", "what", "when", "which", "who", "how",
	"all", "any", "its", "it's", "his", "her", "she", "him", "out", "about", "into",
	"than", "then", "also", "very", "just", "some", "more", "one", "two", "is", "it",
	"to", "of", "in", "on", "at", "a", "an", "i", "we", "my", "me", "be", "or", "as",
	"by", "so", "do", "if", "no", "us", "am", "he", "up",
};

static bool
stop_word(const char *w, size_t n)
{
	for (size_t i = 0; i < sizeof(stop_words) / sizeof(stop_words[0]); i++)
		if (strlen(stop_words[i]) == n && memcmp(stop_words[i], w, n) == 0)
			return true;
	return false;
}

static uint32_t
hash_bytes(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

struct suggest *
suggest_new(void)
{
	struct suggest *sg = xcalloc(1, sizeof(*sg));
	sg->cap = 1024;
	sg->v = xcalloc(sg->cap, sizeof(*sg->v));
	return sg;
}

void
suggest_free(struct suggest **sgp)
{
	struct suggest *sg = *sgp;
	*sgp = NULL;
	if (sg == NULL)
		return;
	for (size_t i = 0; i < sg->cap; i++)
		free(sg->v[i].text);
	free(sg->v);
	free(sg);
}

static void
grow(struct suggest *sg)
{
	size_t ncap = sg->cap * 2;
	struct entry *nv = xcalloc(ncap, sizeof(*nv));
	for (size_t i = 0; i < sg->cap; i++) {
		if (sg->v[i].text == NULL)
			continue;
		size_t k = sg->v[i].hash & (ncap - 1);
		while (nv[k].text)
			k = (k + 1) & (ncap - 1);
		nv[k] = sg->v[i];
	}
	free(sg->v);
	sg->v = nv;
	sg->cap = ncap;
}

static void
count(struct suggest *sg, const char *s, size_t n, enum suggest_kind kind)
{
	uint32_t h = hash_bytes(s, n);
	size_t k = h & (sg->cap - 1);
	while (sg->v[k].text) {
		if (sg->v[k].hash == h && strlen(sg->v[k].text) == n && memcmp(sg->v[k].text, s, n) == 0)
			break;
		k = (k + 1) & (sg->cap - 1);
	}
	struct entry *e = &sg->v[k];
	if (e->text == NULL) {
		if (kind != SUGGEST_MISSED)
			return;
		if (sg->used >= SUGGEST_GRAMS_MAX) {
			sg->truncated = true;
			return;
		}
		e->text = xstrndup(s, n);
		e->hash = h;
		sg->used++;
		if (sg->used * 2 > sg->cap) {
			grow(sg);
			/* e moved; find it again */
			count(sg, s, n, kind);
			return;
		}
		e->last = 0;
	}
	if (e->last == sg->serial)
		return;
	e->last = sg->serial;
	if (kind == SUGGEST_MISSED)
		e->missed++;
	if (kind != SUGGEST_OTHER)
		e->target++;
	else
		e->other++;
}

void
suggest_add(struct suggest *sg, const char *text, size_t len, enum suggest_kind kind)
{
	sg->serial++;
	sg->counts[kind]++;
	size_t han[5];		/* byte offsets of the last Han characters of the run */
	int run = 0;
	size_t prev_s = 0, prev_e = 0;	/* the English word before, when adjacent */
	bool have_prev = false;
	for (size_t i = 0; i < len;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)text + i,
						      (utf8proc_ssize_t)(len - i), &cp);
		if (k <= 0) {
			i++;
			run = 0;
			have_prev = false;
			continue;
		}
		if (normalize_is_han((uint32_t)cp)) {
			have_prev = false;
			if (run == 4) {
				memmove(han, han + 1, 4 * sizeof(han[0]));
				run--;
			}
			han[run++] = i;
			size_t end = i + (size_t)k;
			for (int nn = 2; nn <= 4 && nn <= run; nn++)
				count(sg, text + han[run - nn], end - han[run - nn], kind);
			i = end;
			continue;
		}
		run = 0;
		if (cp >= 'a' && cp <= 'z') {
			size_t s = i;
			while (i < len && ((text[i] >= 'a' && text[i] <= 'z') || text[i] == '\''))
				i++;
			size_t n = i - s;
			bool stop = stop_word(text + s, n);
			if (n >= 3 && !stop)
				count(sg, text + s, n, kind);
			if (have_prev && !(stop && stop_word(text + prev_s, prev_e - prev_s)))
				count(sg, text + prev_s, i - prev_s, kind);
			/* the next word pairs with this one only across one blank */
			have_prev = i < len && text[i] == ' ' && i + 1 < len && text[i + 1] >= 'a'
				    && text[i + 1] <= 'z';
			prev_s = s;
			prev_e = i;
			if (have_prev)
				i++;
			continue;
		}
		have_prev = false;
		i += (size_t)k;
	}
}

static int
gram_cmp(const void *a, const void *b)
{
	const struct suggest_gram *x = a, *y = b;
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	if (x->missed != y->missed)
		return x->missed > y->missed ? -1 : 1;
	size_t lx = strlen(x->text), ly = strlen(y->text);
	if (lx != ly)
		return lx < ly ? -1 : 1;
	return strcmp(x->text, y->text);
}

size_t
suggest_rank(struct suggest *sg, size_t min_missed, struct suggest_gram **v_r)
{
	size_t n = 0, missed = sg->counts[SUGGEST_MISSED];
	struct suggest_gram *v = xcalloc(sg->used ? sg->used : 1, sizeof(*v));
	for (size_t i = 0; i < sg->cap; i++) {
		const struct entry *e = &sg->v[i];
		if (e->text == NULL || e->missed < min_missed || e->missed == 0)
			continue;
		struct suggest_gram *g = &v[n++];
		g->text = e->text;
		g->missed = e->missed;
		g->target = e->target;
		g->other = e->other;
		g->precision = (double)e->target / (double)(e->target + e->other);
		g->recall = missed ? (double)e->missed / (double)missed : 0;
		g->score = g->precision + g->recall > 0
			? 2 * g->precision * g->recall / (g->precision + g->recall) : 0;
	}
	qsort(v, n, sizeof(*v), gram_cmp);
	*v_r = v;
	return n;
}

size_t
suggest_count(const struct suggest *sg, enum suggest_kind kind)
{
	return sg->counts[kind];
}

bool
suggest_truncated(const struct suggest *sg)
{
	return sg->truncated;
}
