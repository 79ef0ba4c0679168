/*
 * bench_rules.c - classification throughput on one core: the letters given
 * are read and parsed once, then classified ROUNDS times with the rule set;
 * prints letters/s and MB/s (of subject + text) per round and the median.
 * Also writes the normalised text of every letter to OUT (when given), so
 * the baselines of scripts/bench_rules.sh scan the very text the rules see.
 *
 * usage: bench_rules RULES_DIR ROUNDS MIN_BYTES OUT|- FILE...
 *
 * MIN_BYTES > 0 makes every letter at least that long (subject + text) by
 * appending the texts of the letters after it, so the run measures letters
 * of a chosen size (2048: the "2 KB letters") from real text. Only
 * letters in the same language are appended: a real 2 KB letter is in one
 * language, and the rules of the other one are skipped by their prefilters.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "classify.h"
#include "hsdb.h"
#include "limits.h"
#include "normalize.h"
#include "reader.h"
#include "ruleset.h"
#include "rules_limits.h"
#include "xalloc.h"

static double
now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int
dbl_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *d = xmalloc(MB_FORM_SIZE_MAX);
	*len = fread(d, 1, MB_FORM_SIZE_MAX - 1, f);
	fclose(f);
	return d;
}

int
main(int argc, char **argv)
{
	if (argc < 6) {
		fprintf(stderr, "usage: bench_rules RULES_DIR ROUNDS MIN_BYTES OUT|- FILE...\n");
		return 64;
	}
	struct ruleset_problems probs = {0};
	struct ruleset *set = NULL;
	/* BENCH_ENGINE=prefilter: the literal prefilters only */
	const char *eng = getenv("BENCH_ENGINE");
	unsigned flags = eng && strcmp(eng, "prefilter") == 0 ? 0 : RULESET_HYPERSCAN;
	double t_load = now();
	if (ruleset_load_dir_with(argv[1], flags, &set, &probs) != MB_OK) {
		fprintf(stderr, "bench_rules: the rule set has problems\n");
		return 78;
	}
	double load = now() - t_load;
	int rounds = (int)strtol(argv[2], NULL, 10);
	if (rounds < 1)
		rounds = 1;
	size_t min_bytes = (size_t)strtol(argv[3], NULL, 10);
	argv++;
	argc--;
	size_t n = (size_t)(argc - 4);
	struct letter **ls = xcalloc(n, sizeof(*ls));
	size_t bytes = 0;
	FILE *out = strcmp(argv[3], "-") ? fopen(argv[3], "w") : NULL;
	for (size_t i = 0; i < n; i++) {
		size_t len;
		char *d = slurp(argv[4 + i], &len);
		char err[256];
		if (!d) {
			fprintf(stderr, "bench_rules: cannot read %s\n", argv[4 + i]);
			return 66;
		}
		(void)!reader_parse(d, len, &ls[i], err, sizeof(err));
		free(d);
		ls[i]->auto_submitted = false;
	}
	for (size_t i = 0; i < n && min_bytes > 0; i++) {
		struct letter *l = ls[i];
		size_t want = min_bytes > strlen(l->subject) ? min_bytes - strlen(l->subject) : 0;
		if (l->text_len >= want)
			continue;
		char *t = xmalloc(want + 16 * 1024);
		size_t tl = 0;
		for (size_t k = i, seen = 0; tl < want; k = (k + 1) % n, seen++) {
			if (ls[k]->language != l->language && seen < n)
				continue;
			size_t add = ls[k]->text_len;
			if (add > 16 * 1024 - 2)
				add = 16 * 1024 - 2;
			memcpy(t + tl, ls[k]->text, add);
			tl += add;
			t[tl++] = '\n';
		}
		t[tl] = '\0';
		free(l->text);
		l->text = t;
		l->text_len = tl;
	}
	for (size_t i = 0; i < n; i++) {
		bytes += strlen(ls[i]->subject) + ls[i]->text_len;
		if (out) {
			/* one line per letter: the normalised subject and text */
			struct normalized a, b;
			(void)normalize_text(set->norm, ls[i]->subject, strlen(ls[i]->subject), 1u << 20, &a);
			(void)normalize_text(set->norm, ls[i]->text, ls[i]->text_len, 1u << 20, &b);
			fprintf(out, "%s %s\n", a.text, b.text);
			normalize_deinit(&a);
			normalize_deinit(&b);
		}
	}
	if (out)
		fclose(out);
	double *per = xcalloc((size_t)rounds, sizeof(double));
	size_t fired = 0;
	for (int r = 0; r < rounds; r++) {
		double t0 = now();
		for (size_t i = 0; i < n; i++) {
			struct classification c;
			(void)classify_letter(set, ls[i], &c);
			fired += c.hits_count;
			classify_deinit(&c);
		}
		per[r] = now() - t0;
	}
	qsort(per, (size_t)rounds, sizeof(double), dbl_cmp);
	double med = per[rounds / 2];
	printf("engine (%s): %zu letters, %.1f KB average, %zu rules; median of %d rounds: "
	       "%.0f letters/s, %.2f MB/s (%.1f us/letter); rule set loaded in %.2f s; "
	       "%zu rules fired\n", ruleset_engine(set), n, (double)bytes / (double)n / 1024.0,
	       set->count, rounds, (double)n / med, (double)bytes / med / 1e6,
	       med / (double)n * 1e6, load, fired / (size_t)rounds);
	if (fired == 0) {
		fprintf(stderr, "bench_rules: no rule fired: the engine did no work\n");
		return 70;
	}
	if (set->hs) {
		/* the floor under the engine: the same letters normalised and
		 * scanned once with the set's Hyperscan database, nothing else;
		 * it did its work when its scans marked units */
		uint64_t *bits = xcalloc(hsdb_words(set->hs), sizeof(uint64_t));
		struct hsdb_scratch *scr = hsdb_scratch_take(set->hs);
		size_t marked = 0;
		for (int r = 0; r < rounds; r++) {
			double t0 = now();
			for (size_t i = 0; i < n; i++) {
				const char *f[2] = {ls[i]->subject, ls[i]->text};
				size_t fl[2] = {strlen(ls[i]->subject), ls[i]->text_len};
				for (int k = 0; k < 2; k++) {
					struct normalized t;
					(void)normalize_text(set->norm, f[k], fl[k], RULES_FIELD_MAX, &t);
					hsdb_scan(set->hs, scr, t.text, t.len, bits);
					for (size_t w = 0; w < hsdb_words(set->hs); w++)
						marked += (size_t)__builtin_popcountll(bits[w]);
					normalize_deinit(&t);
				}
			}
			per[r] = now() - t0;
		}
		hsdb_scratch_give(set->hs, &scr);
		free(bits);
		qsort(per, (size_t)rounds, sizeof(double), dbl_cmp);
		double hmed = per[rounds / 2];
		printf("one Hyperscan scan (the set's database, normalisation included): %.0f "
		       "letters/s (%.1f us/letter), %zu units marked; the engine at %.3fx\n",
		       (double)n / hmed, hmed / (double)n * 1e6, marked / (size_t)rounds, hmed / med);
		if (marked == 0) {
			fprintf(stderr, "bench_rules: the Hyperscan scan marked nothing: it did no work\n");
			return 70;
		}
	}
	for (size_t i = 0; i < n; i++)
		letter_free(&ls[i]);
	free(ls);
	free(per);
	ruleset_unref(&set);
	ruleset_problems_deinit(&probs);
	return 0;
}
