/*
 * fuzz_hot.c - libFuzzer target for the hot-issue grouping (rules/hot.c).
 *
 * The input is split at NUL bytes into up to 64 cases (hostile text of any
 * bytes), each given a department from its first byte; they are grouped
 * with the default parameters and with a threshold that links much.
 * Aborts when a promise breaks: every group has at least min_size members,
 * its members are indexes of the cases given, ascending and each in one
 * group only; groups come largest first; words and places are
 * NUL-terminated within HOT_WORD_MAX bytes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "hot.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct normalizer *norm;

static void
check(const struct hot_result *r, size_t n, size_t min_size)
{
	unsigned char *seen = calloc(n ? n : 1, 1);
	for (size_t g = 0; g < r->n; g++) {
		const struct hot_group *gr = &r->groups[g];
		if (gr->n < min_size || (g > 0 && gr->n > r->groups[g - 1].n))
			abort();
		for (size_t m = 0; m < gr->n; m++) {
			size_t i = gr->members[m];
			if (i >= n || seen[i] || (m > 0 && i <= gr->members[m - 1]))
				abort();
			seen[i] = 1;
		}
		for (size_t k = 0; k < gr->nterms; k++)
			if (strnlen(gr->terms[k], HOT_WORD_MAX + 1) > HOT_WORD_MAX)
				abort();
		for (size_t k = 0; k < gr->nplaces; k++)
			if (strnlen(gr->places[k], HOT_WORD_MAX + 1) > HOT_WORD_MAX)
				abort();
	}
	free(seen);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const depts[] = {NULL, "Water Affairs Bureau", "Transport Bureau"};
	if (size > 65536)
		return 0;
	if (norm == NULL) {
		char err[256];
		if (normalize_new(&norm, err, sizeof(err)) != MB_OK)
			abort();
	}
	struct hot_doc docs[64];
	size_t n = 0, start = 0;
	for (size_t i = 0; i <= size && n < 64; i++) {
		if (i == size || data[i] == 0) {
			docs[n] = (struct hot_doc){(const char *)data + start, i - start,
						   i > start ? depts[data[start] % 3] : NULL};
			n++;
			start = i + 1;
		}
	}
	struct hot_params p;
	hot_params_default(&p);
	p.min_size = 2;
	struct hot_result r;
	if (hot_group(norm, docs, n, &p, &r) != MB_OK)
		abort();
	check(&r, n, p.min_size);
	hot_result_deinit(&r);
	p.threshold = 0.01;
	p.near_duplicate = 0.01;
	if (hot_group(norm, docs, n, &p, &r) != MB_OK)
		abort();
	check(&r, n, p.min_size);
	hot_result_deinit(&r);
	return 0;
}
