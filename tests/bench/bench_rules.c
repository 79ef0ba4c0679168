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
 *
 * BENCH_CLOCK=cpu times the rounds by the thread's CPU time instead of the
 * wall clock. Beside the engine: one scan of the same letters with the
 * set's literal database (the engine's own first step), and the issue's
 * baseline, every match pattern in one Hyperscan database (full_db_get;
 * BENCH_HS_FULL=no leaves it out), each checked to have done its work.
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

#ifdef MB_HYPERSCAN
#include <math.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <hs.h>
#endif

static double
now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* What the rounds are timed by: the wall clock, or with BENCH_CLOCK=cpu
 * this thread's CPU time (steadier on a machine others are using). */
static clockid_t round_clock = CLOCK_MONOTONIC;

static double
round_now(void)
{
	struct timespec ts;
	clock_gettime(round_clock, &ts);
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

#ifdef MB_HYPERSCAN
/*
 * The baseline: every match pattern of the set (expanded, whole) in
 * one Hyperscan database, one scan per field. A pattern goes in as it is
 * when Hyperscan compiles it alone within BENCH_HS_SECONDS (default 1) of
 * CPU time; else
 * in prefilter mode (Hyperscan's own relaxation, a superset) within that
 * time; else its hsdb relaxation (hsdb_relax) in prefilter mode; else it is
 * left out and counted. Deciding takes minutes for the shipped rules, so
 * the database is kept in BENCH_HS_CACHE (default
 * build/bench_rules_full.cpu.DIGEST.hsdb) for the next run, unless more
 * patterns were left out than went in exact (under valgrind, say: such a
 * database is not the baseline, and is not kept).
 */
struct full_db {
	hs_database_t *db;
	size_t exact, prefilter, relaxed, skipped;
};

/* How many seconds of wall clock compiles_within waits at most for each
 * second of CPU time it allows (a child the machine never runs). */
#define BENCH_WALL_PER_CPU 60.0

/* Whether expr compiles with flags within secs of CPU time (in a child
 * whose RLIMIT_CPU is secs, rounded up: the same patterns pass on a loaded
 * machine as on an idle one; a wall-clock limit let the load decide which
 * patterns went in exact). The wall clock bounds the wait only as a last
 * resort, at BENCH_WALL_PER_CPU times that. */
static bool
compiles_within(const char *expr, unsigned flags, double secs)
{
	fflush(NULL);
	rlim_t cpu = (rlim_t)ceil(secs > 0 ? secs : 1);
	pid_t pid = fork();
	if (pid < 0)
		return false;
	if (pid == 0) {
		struct rlimit rl = {cpu, cpu + 1};
		if (setrlimit(RLIMIT_CPU, &rl) != 0)
			_exit(2);
		hs_database_t *db;
		hs_compile_error_t *e;
		_exit(hs_compile(expr, flags, HS_MODE_BLOCK, NULL, &db, &e) == HS_SUCCESS ? 0 : 1);
	}
	double t0 = now();
	int st;
	for (;;) {
		pid_t r = waitpid(pid, &st, WNOHANG);
		if (r == pid)
			return WIFEXITED(st) && WEXITSTATUS(st) == 0;
		if (r < 0)
			return false;
		if (now() - t0 > BENCH_WALL_PER_CPU * (double)cpu) {
			kill(pid, SIGKILL);
			waitpid(pid, &st, 0);
			return false;
		}
		usleep(1000);
	}
}

static bool
full_db_load(const char *path, struct full_db *f)
{
	FILE *in = fopen(path, "rb");
	if (!in)
		return false;
	size_t cap = 1u << 20, n = 0;
	char *d = xmalloc(cap);
	size_t k;
	while ((k = fread(d + n, 1, cap - n, in)) > 0) {
		n += k;
		if (n == cap)
			d = xreallocarray(d, cap *= 2, 1);
	}
	fclose(in);
	const char *nl = memchr(d, '\n', n);
	/* the first line: the four counts */
	size_t *counts[4] = {&f->exact, &f->prefilter, &f->relaxed, &f->skipped};
	const char *p = d;
	bool ok = nl != NULL;
	for (int i = 0; i < 4 && ok; i++) {
		char *end;
		*counts[i] = (size_t)strtoull(p, &end, 10);
		ok = end != p && end <= nl;
		p = end;
	}
	ok = ok && hs_deserialize_database(nl + 1, n - (size_t)(nl + 1 - d), &f->db) == HS_SUCCESS;
	free(d);
	return ok;
}

static bool
full_db_make(const struct ruleset *set, struct full_db *f)
{
	const char *env = getenv("BENCH_HS_SECONDS");
	double secs = env ? strtod(env, NULL) : 1.0;
	size_t cap = 0, n = 0;
	for (size_t i = 0; i < set->count; i++)
		cap += set->rules[i].match_count;
	char **exprs = xcalloc(cap ? cap : 1, sizeof(*exprs));
	unsigned *flags = xcalloc(cap ? cap : 1, sizeof(*flags));
	unsigned *ids = xcalloc(cap ? cap : 1, sizeof(*ids));
	for (size_t i = 0; i < set->count; i++)
		for (size_t j = 0; j < set->rules[i].match_count; j++) {
			const struct rule_pattern *p = &set->rules[i].match[j];
			char *e = xmalloc(p->expanded_len + 8);
			snprintf(e, p->expanded_len + 8, "%s%s", p->extended ? "(?x)" : "", p->expanded);
			unsigned fl = HS_FLAG_UTF8 | HS_FLAG_UCP | HS_FLAG_SINGLEMATCH;
			if (compiles_within(e, fl, secs)) {
				f->exact++;
			} else if (compiles_within(e, fl | HS_FLAG_PREFILTER, secs)) {
				fl |= HS_FLAG_PREFILTER;
				f->prefilter++;
			} else {
				free(e);
				e = hsdb_relax(p->expanded, p->expanded_len, p->extended);
				fl |= HS_FLAG_PREFILTER | HS_FLAG_DOTALL;
				if (!compiles_within(e, fl, secs)) {
					free(e);
					f->skipped++;
					continue;
				}
				f->relaxed++;
			}
			exprs[n] = e;
			flags[n] = fl;
			ids[n] = (unsigned)n;
			n++;
		}
	hs_compile_error_t *err = NULL;
	bool ok = hs_compile_multi((const char *const *)exprs, flags, ids, (unsigned)n, HS_MODE_BLOCK,
				   NULL, &f->db, &err) == HS_SUCCESS;
	if (!ok)
		fprintf(stderr, "bench_rules: every pattern in one database: %s\n",
			err && err->message ? err->message : "?");
	if (err)
		hs_free_compile_error(err);
	for (size_t i = 0; i < n; i++)
		free(exprs[i]);
	free(exprs);
	free(flags);
	free(ids);
	return ok;
}

static bool
full_db_get(const struct ruleset *set, struct full_db *f, double *secs)
{
	memset(f, 0, sizeof(*f));
	char path[512];
	const char *env = getenv("BENCH_HS_CACHE");
	snprintf(path, sizeof(path), "%s", env ? env : "");
	if (!env)
		snprintf(path, sizeof(path), "build/bench_rules_full.cpu.%s.hsdb", set->digest);
	double t0 = now();
	if (full_db_load(path, f)) {
		*secs = now() - t0;
		return true;
	}
	memset(f, 0, sizeof(*f));
	if (!full_db_make(set, f))
		return false;
	*secs = now() - t0;
	char *bytes = NULL;
	size_t len = 0;
	if (f->skipped > f->exact) {
		fprintf(stderr, "bench_rules: %zu patterns left out, %zu exact: the database is not "
			"kept in %s\n", f->skipped, f->exact, path);
		return true;
	}
	FILE *out = fopen(path, "wb");
	if (out && hs_serialize_database(f->db, &bytes, &len) == HS_SUCCESS) {
		fprintf(out, "%zu %zu %zu %zu\n", f->exact, f->prefilter, f->relaxed, f->skipped);
		fwrite(bytes, 1, len, out);
	}
	if (out)
		fclose(out);
	free(bytes);
	return true;
}

static int
full_on_match(unsigned int id, unsigned long long from, unsigned long long to, unsigned int fl,
	      void *ctx)
{
	(void)id;
	(void)from;
	(void)to;
	(void)fl;
	(*(size_t *)ctx)++;
	return 0;
}

struct full_scan {
	hs_database_t *db;
	hs_scratch_t *scr;
	size_t matched;
	bool ok;
};

static void
full_scan_one(void *ctx, const char *text, size_t len)
{
	struct full_scan *f = ctx;
	if (hs_scan(f->db, text, (unsigned)len, 0, f->scr, full_on_match, &f->matched) != HS_SUCCESS)
		f->ok = false;
}
#endif

struct lit_scan {
	const struct hsdb *db;
	struct hsdb_scratch *scr;
	uint64_t *bits;
	size_t marked;
};

static void
lit_scan_one(void *ctx, const char *text, size_t len)
{
	struct lit_scan *l = ctx;
	hsdb_scan(l->db, l->scr, text, len, l->bits);
	for (size_t w = 0; w < hsdb_words(l->db); w++)
		l->marked += (size_t)__builtin_popcountll(l->bits[w]);
}

/* Normalises the subject and text of the n letters and gives each to scan,
 * rounds times (per: each round's seconds); returns the median round's.
 * What scan counts is divided by rounds by the caller. */
static double
scan_rounds(const struct ruleset *set, struct letter **ls, size_t n, int rounds, double *per,
	    void (*scan)(void *, const char *, size_t), void *ctx)
{
	for (int r = 0; r < rounds; r++) {
		double t0 = round_now();
		for (size_t i = 0; i < n; i++) {
			const char *f[2] = {ls[i]->subject, ls[i]->text};
			size_t fl[2] = {strlen(ls[i]->subject), ls[i]->text_len};
			for (int k = 0; k < 2; k++) {
				struct normalized t;
				(void)normalize_text(set->norm, f[k], fl[k], RULES_FIELD_MAX, &t);
				scan(ctx, t.text, t.len);
				normalize_deinit(&t);
			}
		}
		per[r] = round_now() - t0;
	}
	qsort(per, (size_t)rounds, sizeof(double), dbl_cmp);
	return per[rounds / 2];
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
	const char *clk = getenv("BENCH_CLOCK");
	if (clk && strcmp(clk, "cpu") == 0)
		round_clock = CLOCK_THREAD_CPUTIME_ID;
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
		double t0 = round_now();
		for (size_t i = 0; i < n; i++) {
			struct classification c;
			(void)classify_letter(set, ls[i], &c);
			fired += c.hits_count;
			classify_deinit(&c);
		}
		per[r] = round_now() - t0;
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
		struct lit_scan ls_ctx = {set->hs, hsdb_scratch_take(set->hs),
					  xcalloc(hsdb_words(set->hs), sizeof(uint64_t)), 0};
		double hmed = scan_rounds(set, ls, n, rounds, per, lit_scan_one, &ls_ctx);
		size_t marked = ls_ctx.marked;
		hsdb_scratch_give(set->hs, &ls_ctx.scr);
		free(ls_ctx.bits);
		printf("one Hyperscan scan (the set's database, normalisation included): %.0f "
		       "letters/s (%.1f us/letter), %zu units marked; the engine at %.3fx\n",
		       (double)n / hmed, hmed / (double)n * 1e6, marked / (size_t)rounds, hmed / med);
		if (marked == 0) {
			fprintf(stderr, "bench_rules: the Hyperscan scan marked nothing: it did no work\n");
			return 70;
		}
	}
#ifdef MB_HYPERSCAN
	struct full_db fdb;
	double fsecs = 0;
	const char *skip = getenv("BENCH_HS_FULL");
	if (set->hs && !(skip && strcmp(skip, "no") == 0) && full_db_get(set, &fdb, &fsecs)) {
		/* the baseline (full_db_get): every match pattern in one
		 * database, the same letters normalised and scanned once; it did
		 * its work when its scans matched patterns */
		hs_scratch_t *fs = NULL;
		if (hs_alloc_scratch(fdb.db, &fs) != HS_SUCCESS) {
			fprintf(stderr, "bench_rules: cannot allocate Hyperscan scratch space\n");
			return 70;
		}
		struct full_scan fctx = {fdb.db, fs, 0, true};
		double fmed = scan_rounds(set, ls, n, rounds, per, full_scan_one, &fctx);
		size_t matched = fctx.matched;
		hs_free_scratch(fs);
		if (!fctx.ok) {
			fprintf(stderr, "bench_rules: the scan of every pattern failed\n");
			return 70;
		}
		printf("every match pattern in one Hyperscan database (%zu as written, %zu in prefilter "
		       "mode, %zu relaxed in prefilter mode, %zu left out; ready in %.1f s; "
		       "normalisation included): %.0f letters/s (%.1f us/letter), %zu patterns matched; "
		       "the engine at %.3fx\n", fdb.exact, fdb.prefilter, fdb.relaxed, fdb.skipped,
		       fsecs, (double)n / fmed, fmed / (double)n * 1e6, matched / (size_t)rounds,
		       fmed / med);
		hs_free_database(fdb.db);
		if (matched == 0) {
			fprintf(stderr, "bench_rules: the scan of every pattern matched nothing: it did "
					"no work\n");
			return 70;
		}
	}
#endif
	for (size_t i = 0; i < n; i++)
		letter_free(&ls[i]);
	free(ls);
	free(per);
	ruleset_unref(&set);
	ruleset_problems_deinit(&probs);
	return 0;
}
