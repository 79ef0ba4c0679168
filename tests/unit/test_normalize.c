/*
 * test_normalize.c - the text the rules see: NFKC, case folding,
 * Traditional->Simplified, white space, the map back to the original bytes,
 * and the cap.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "normalize.h"

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

static const struct {
	const char *in;
	const char *out;
} cases[] = {
	{"投訴", "投诉"},				/* Traditional -> Simplified */
	{"請為我保密", "请为我保密"},
	{"ＡＢＣ", "abc"},				/* full width, case folded */
	{"ＱＱ号１２３", "qq号123"},
	{"Unpaid WAGES", "unpaid wages"},
	{"unpaid\r\n   wages", "unpaid wages"},	/* white space runs: one space */
	{"  leading and trailing  ", "leading and trailing"},
	{"市长\u3000您好", "市长 您好"},		/* ideographic space */
	{"Stra\u00dfe", "strasse"},			/* case folding of sharp s */
	{"cafe\u0301", "caf\u00e9"},			/* NFKC composes across characters */
	{"Ｅｘｉｔ－Ｅｎｔｒｙ", "exit-entry"},
	{"（１）", "(1)"},
	{"zero\u200bwidth", "zerowidth"},		/* ignorable dropped */
	{"拖欠工资", "拖欠工资"},			/* simplified unchanged */
	{"", ""},
};

static void
test_cases(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct normalized n;
		assert_int_equal(normalize_text(norm, cases[i].in, strlen(cases[i].in), 1024, &n), MB_OK);
		assert_string_equal(n.text, cases[i].out);
		assert_int_equal(n.len, strlen(cases[i].out));
		normalize_deinit(&n);
	}
}

static void
test_invalid_utf8(void **state)
{
	(void)state;
	struct normalized n;
	(void)normalize_text(norm, "a\xff" "b", 3, 1024, &n);
	assert_string_equal(n.text, "a\xef\xbf\xbd" "b");
	normalize_deinit(&n);
}

static void
test_map_back(void **state)
{
	(void)state;
	/* "ＡＢ 投訴" : the normalised "投诉" maps back to the Traditional bytes */
	const char *in = "ＡＢ  投訴了";
	struct normalized n;
	(void)normalize_text(norm, in, strlen(in), 1024, &n);
	assert_string_equal(n.text, "ab 投诉了");
	const char *p = strstr(n.text, "投诉");
	size_t s = (size_t)(p - n.text), os, oe;
	normalize_span(&n, s, s + strlen("投诉"), &os, &oe);
	assert_int_equal(oe - os, strlen("投訴"));
	assert_memory_equal(in + os, "投訴", strlen("投訴"));
	/* the full-width letters map back to their three bytes each */
	normalize_span(&n, 0, 2, &os, &oe);
	assert_int_equal(os, 0);
	assert_int_equal(oe, 6);
	normalize_deinit(&n);
}

static void
test_cap(void **state)
{
	(void)state;
	struct normalized n;
	/* 10 Chinese characters are 30 bytes: a cap of 10 keeps 3 whole ones */
	assert_int_equal(normalize_text(norm, "一二三四五六七八九十", 30, 10, &n), MB_LIMIT);
	assert_string_equal(n.text, "一二三");
	assert_true(n.truncated);
	normalize_deinit(&n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_map_back),
		cmocka_unit_test(test_cap),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
