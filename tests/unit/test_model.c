/*
 * test_model.c - the scored second opinion (rules/model.h): the features of
 * a text, the model file and its problems, and training: what it learns,
 * what it leaves out (words of fewer writers than min_groups) and that the
 * same examples give the same bytes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "model.h"
#include "normalize.h"
#include "testutil.h"

static struct normalizer *norm;

static int
setup(void **state)
{
	(void)state;
	char err[256];
	return normalize_new(&norm, err, sizeof(err)) == MB_OK ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	normalize_free(&norm);
	return 0;
}

/* The features of subject and text, with keys. */
static void
feats_of(const char *subject, const char *text, struct model_feats *f)
{
	struct normalized nz[2];
	assert_int_equal(normalize_text(norm, subject, strlen(subject), 1 << 20, &nz[0]), MB_OK);
	assert_int_equal(normalize_text(norm, text, strlen(text), 1 << 20, &nz[1]), MB_OK);
	const struct normalized *fields[2] = {&nz[0], &nz[1]};
	memset(f, 0, sizeof(*f));
	model_features(fields, 2, true, f);
	normalize_deinit(&nz[0]);
	normalize_deinit(&nz[1]);
}

static bool
has_key(const struct model_feats *f, const char *key)
{
	for (size_t i = 0; i < f->count; i++)
		if (strcmp(f->key[i], key) == 0)
			return true;
	return false;
}

static void
test_features(void **state)
{
	(void)state;
	struct model_feats f;
	feats_of("", "你好世界, Hello big World! 世", &f);
	static const char *const want[] = {"bias", "c:你好", "c:好世", "c:世界", "w:hello",
					   "w:big", "w:world", "b:hello big", "b:big world"};
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		CASE_TRUE(i, has_key(&f, want[i]));
	/* "界, ... 世" is not a pair: the comma and the words come between */
	assert_false(has_key(&f, "c:界世"));
	assert_int_equal(f.count, sizeof(want) / sizeof(want[0]));
	for (size_t i = 1; i < f.count; i++)
		assert_true(f.h[i - 1] < f.h[i]);
	model_feats_deinit(&f);

	/* each feature once; Traditional folded to Simplified, full width to
	 * ASCII, case folded; one-letter words are not words */
	feats_of("投訴 投訴", "ＲＵＤＥ rude a don't", &f);
	assert_true(has_key(&f, "c:投诉"));
	assert_true(has_key(&f, "w:rude"));
	assert_true(has_key(&f, "w:don't"));
	assert_true(has_key(&f, "b:rude rude"));
	assert_true(has_key(&f, "b:rude don't"));
	assert_false(has_key(&f, "w:a"));
	assert_int_equal(f.count, 6);	/* bias, 投诉, rude, don't, two pairs */
	model_feats_deinit(&f);

	/* a word longer than MODEL_WORD_MAX is not a feature and breaks the pairs */
	feats_of("", "short abcdefghijklmnopqrstuvwxyzabc words", &f);
	assert_true(has_key(&f, "w:short"));
	assert_true(has_key(&f, "w:words"));
	assert_false(has_key(&f, "b:short words"));
	assert_int_equal(f.count, 3);
	model_feats_deinit(&f);

	/* without keys: the same hashes */
	struct model_feats k, nk = {0};
	feats_of("标题", "some words 一些字", &k);
	struct normalized nz[2];
	assert_int_equal(normalize_text(norm, "标题", strlen("标题"), 1 << 20, &nz[0]), MB_OK);
	assert_int_equal(normalize_text(norm, "some words 一些字", strlen("some words 一些字"),
					1 << 20, &nz[1]), MB_OK);
	const struct normalized *fields[2] = {&nz[0], &nz[1]};
	model_features(fields, 2, false, &nk);
	assert_int_equal(nk.count, k.count);	/* no feature twice in this text */
	for (size_t i = 0; i < k.count; i++) {
		bool in = false;
		for (size_t j = 0; j < nk.count; j++)
			in = in || nk.h[j] == k.h[i];
		CASE_TRUE(i, in);
	}
	normalize_deinit(&nz[0]);
	normalize_deinit(&nz[1]);
	model_feats_deinit(&k);
	model_feats_deinit(&nk);
}

#define HEAD "mayorbox-model 1\nconfidential_threshold 0.3\nreview_veto 0.01\nrules_weight 0.02\n" \
	"outputs complaint demand consultation suggestion information confidential\n"

static void
test_parse(void **state)
{
	(void)state;
	static const char good[] = "# a comment\n" HEAD "f\tbias\t0\t0.5\t0\t0\t0\t-2\n"
				   "f\tw:rude\t2\t-1\t0\t0\t0\t1.5\r\n";
	struct model *m;
	unsigned line;
	char err[256];
	assert_int_equal(model_parse(good, strlen(good), &m, &line, err, sizeof(err)), MB_OK);
	assert_int_equal(model_size(m), 2);
	assert_true(model_confidential_threshold(m) == 0.3);
	assert_true(model_review_veto(m) == 0.01);
	assert_true(model_rules_weight(m) == 0.02);

	struct model_feats f;
	feats_of("", "he was rude", &f);
	struct model_opinion o;
	model_judge(m, &f, &o);
	/* complaint 0+2, demand 0.5-1, others 0: complaint leads */
	double sum = 0;
	for (int c = 0; c < MODEL_CATEGORIES; c++)
		sum += o.p[c];
	assert_true(sum > 0.999 && sum < 1.001);
	assert_true(o.p[0] > o.p[1] && o.p[0] > o.p[2]);
	assert_true(o.confidential > 0.37 && o.confidential < 0.38);	/* 1/(1+e^0.5) */
	assert_int_equal(o.why_count, 1);
	assert_string_equal(o.why[0], "w:rude");
	model_feats_deinit(&f);
	/* without keys "rude rude rude" has w:rude three times: counted once */
	struct normalized nz;
	assert_int_equal(normalize_text(norm, "rude rude rude", 14, 1 << 20, &nz), MB_OK);
	const struct normalized *one[1] = {&nz};
	memset(&f, 0, sizeof(f));
	model_features(one, 1, false, &f);
	assert_true(f.count >= 4);	/* bias, rude three times, the pairs */
	struct model_opinion o2;
	model_judge(m, &f, &o2);
	for (int c = 0; c < MODEL_CATEGORIES; c++)
		assert_true(o2.p[c] > o.p[c] - 1e-9 && o2.p[c] < o.p[c] + 1e-9);
	model_feats_deinit(&f);
	normalize_deinit(&nz);
	model_free(&m);
	assert_null(m);

	static const struct {
		const char *text;
		unsigned line;
		const char *says;
	} bad[] = {
		{"mayorbox-model 2\n", 1, "not a model file"},
		{"", 0, "empty"},
		{"mayorbox-model 1\nf\tbias\t0\t0\t0\t0\t0\t0\n", 2, "before the outputs"},
		{HEAD "f\tbias\t0\t0\t0\t0\t0\n", 6, "needs 6 weights"},
		{HEAD "f\tbias\t0\t0\t0\t0\t0\t0\t0\n", 6, "needs 6 weights"},
		{HEAD "f\tbias\t0\tx\t0\t0\t0\t0\n", 6, "weight 2 of feature bias is not a number"},
		{HEAD "f\tbias\t0\t0\t0\t0\t0\tnan\n", 6, "weight 6"},
		{HEAD "f\t\t0\t0\t0\t0\t0\t0\n", 6, "needs a key"},
		{HEAD "f\tw:x\t0\t0\t0\t0\t0\t0\nf\tw:x\t1\t0\t0\t0\t0\t0\n", 0, "w:x is given twice"},
		{HEAD "colour blue\n", 6, "unknown line"},
		{"mayorbox-model 1\nconfidential_threshold 2\n", 2, "from 0 to 1"},
		{"mayorbox-model 1\noutputs complaint demand consultation suggestion information "
		 "confidential\n", 0, "all needed"},
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		enum mb_status st = model_parse(bad[i].text, strlen(bad[i].text), &m, &line, err,
						sizeof(err));
		CASE_TRUE(i, st == MB_BAD_LETTER);
		CASE_TRUE(i, m == NULL);
		CASE_INT(i, line, bad[i].line);
		if (strstr(err, bad[i].says) == NULL)
			fail_msg("case %zu: \"%s\" does not say \"%s\"", i, err, bad[i].says);
	}
}

/* A corpus of four writers: complaints about rude staff, demands to fix
 * lamps, consultations asking how; confidential ones ask not to be named.
 * "zebra" is in one writer's letters only. */
static size_t
corpus(struct model_example *ex, size_t max)
{
	static const char *const groups[] = {"w1", "w2", "w3", "w4"};
	static const struct {
		const char *text;
		int category;
		bool conf;
	} kinds[] = {
		{"the officer at the counter was rude and shouted at me", 0, false},
		{"the clerk was rude, do not name me please", 0, true},
		{"please fix the broken street lamp outside", 1, false},
		{"the lamp is broken again, please fix it", 1, false},
		{"how do I apply for a residence permit, what documents", 2, false},
		{"工作人员态度恶劣 请为我保密", 0, true},
		{"路灯坏了 请尽快修理", 1, false},
	};
	size_t n = 0;
	for (size_t g = 0; g < 4; g++)
		for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
			assert_true(n < max);
			char text[256];
			snprintf(text, sizeof(text), "%s%s", kinds[k].text,
				 g == 0 ? " zebra" : "");
			feats_of("", text, &ex[n].f);
			ex[n].category = kinds[k].category;
			ex[n].confidential = kinds[k].conf;
			ex[n].group = groups[g];
			n++;
		}
	return n;
}

static void
test_train(void **state)
{
	(void)state;
	struct model_example ex[64];
	size_t n = corpus(ex, 64);
	struct model_train_opts o;
	model_train_defaults(&o);
	assert_int_equal(o.min_groups, 3);
	char *text, *again;
	size_t len, len2;
	size_t features, features2;
	assert_int_equal(model_train(ex, n, &o, "a test", &text, &len, &features), MB_OK);
	keep(text);
	assert_true(features > 10);
	assert_non_null(strstr(text, "# a test\nmayorbox-model 1\n"));
	assert_non_null(strstr(text, "\nf\tw:rude\t"));
	assert_non_null(strstr(text, "\nf\tc:保密\t"));
	/* one writer's word is not kept */
	assert_null(strstr(text, "zebra"));
	/* the same examples: the same bytes */
	assert_int_equal(model_train(ex, n, &o, "a test", &again, &len2, &features2), MB_OK);
	keep(again);
	assert_int_equal(features, features2);
	assert_int_equal(len, len2);
	assert_memory_equal(text, again, len);

	struct model *m;
	unsigned line;
	char err[256];
	assert_int_equal(model_parse(text, len, &m, &line, err, sizeof(err)), MB_OK);
	static const struct {
		const char *text;
		int category;
		bool conf;
	} probe[] = {
		{"a rude officer shouted", 0, false},
		{"please fix the lamp", 1, false},
		{"what documents do I need to apply", 2, false},
		{"he was rude, please do not name me", 0, true},
		{"路灯又坏了", 1, false},
	};
	for (size_t i = 0; i < sizeof(probe) / sizeof(probe[0]); i++) {
		struct model_feats f;
		feats_of("", probe[i].text, &f);
		struct model_opinion op;
		model_judge(m, &f, &op);
		model_feats_deinit(&f);
		int best = 0;
		for (int c = 1; c < MODEL_CATEGORIES; c++)
			if (op.p[c] > op.p[best])
				best = c;
		CASE_INT(i, best, probe[i].category);
		CASE_TRUE(i, (op.confidential >= 0.5) == probe[i].conf);
		CASE_TRUE(i, op.why_count > 0);
	}
	model_free(&m);

	/* min_groups 1 keeps the zebra */
	o.min_groups = 1;
	assert_int_equal(model_train(ex, n, &o, "a test", &again, &len2, &features2), MB_OK);
	keep(again);
	assert_non_null(strstr(again, "\nf\tw:zebra\t"));
	for (size_t i = 0; i < n; i++)
		model_feats_deinit(&ex[i].f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_features),
		T(test_parse),
		T(test_train),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
