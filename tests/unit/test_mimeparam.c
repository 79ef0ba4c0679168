/*
 * test_mimeparam.c - MIME parameter values by name: plain, RFC 2047 words
 * in quoted values, RFC 2231 charset/language/percent-encoding and
 * continuations, 2231 winning over plain, case-insensitive names.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "charset.h"
#include "mimeparam.h"
#include "testutil.h"

#define PARAMS_MAX 4

struct case_ {
	struct mimeparam params[PARAMS_MAX];
	const char *name;
	const char *expected;	/* NULL: no such parameter */
};

static const struct case_ cases[] = {
	/* plain */
	{{{"filename", "report.pdf"}}, "filename", "report.pdf"},
	{{{"charset", "gb2312"}, {"name", "a.txt"}}, "name", "a.txt"},
	{{{"charset", "gb2312"}, {"name", "a.txt"}}, "charset", "gb2312"},
	/* RFC 2047 in a quoted value (against the rules, but common) */
	{{{"filename", "=?UTF-8?B?5oqV6K+J5LmmLnBkZg==?="}}, "filename", "投诉书.pdf"},
	{{{"name", "=?gb2312?B?zbbL3y5kb2M=?="}}, "name", "投诉.doc"},
	{{{"filename", "=?UTF-8?Q?=E6=8A=95=E8=AF=89.txt?="}}, "filename", "投诉.txt"},
	{{{"filename", "=?UTF-8?B?5oqV?= =?UTF-8?B?6K+J?=.txt"}}, "filename", "投诉.txt"},
	/* raw UTF-8 in a plain value */
	{{{"filename", "投诉.txt"}}, "filename", "投诉.txt"},
	/* RFC 2231 */
	{{{"filename*", "UTF-8''%E6%8A%95.txt"}}, "filename", "投.txt"},
	{{{"filename*", "utf-8''%e6%8a%95.txt"}}, "filename", "投.txt"},
	{{{"filename*", "UTF-8'zh-cn'%E6%8A%95%E8%AF%89.txt"}}, "filename", "投诉.txt"},
	{{{"filename*", "gb2312''%CD%B6%CB%DF.txt"}}, "filename", "投诉.txt"},
	{{{"filename*", "GBK''%88%D2.doc"}}, "filename", "堃.doc"},
	{{{"filename*", "big5''%A7%EB%B6D.txt"}}, "filename", "投訴.txt"},
	{{{"filename*", "us-ascii''a%20b.txt"}}, "filename", "a b.txt"},
	/* continuations, encoded: a character split across two segments */
	{{{"filename*0*", "UTF-8''%E6%8A"}, {"filename*1*", "%95%E8%AF%89.txt"}},
	 "filename", "投诉.txt"},
	{{{"filename*0*", "gb2312''%CD%B6"}, {"filename*1*", "%CB%DF"}, {"filename*2", ".txt"}},
	 "filename", "投诉.txt"},
	/* continuations, out of order in the header */
	{{{"filename*1*", "%95.txt"}, {"filename*0*", "UTF-8''%E6%8A"}}, "filename", "投.txt"},
	/* continuations, plain then encoded */
	{{{"filename*0", "report-"}, {"filename*1*", "%E6%8A%95.txt"}}, "filename", "report-投.txt"},
	{{{"filename*0", "very-long-"}, {"filename*1", "name"}, {"filename*2", ".pdf"}},
	 "filename", "very-long-name.pdf"},
	/* 2231 wins over plain, in either order */
	{{{"filename", "fallback.txt"}, {"filename*", "UTF-8''%E6%8A%95.txt"}}, "filename", "投.txt"},
	{{{"filename*", "UTF-8''%E6%8A%95.txt"}, {"filename", "fallback.txt"}}, "filename", "投.txt"},
	{{{"filename", "fallback.txt"}, {"filename*0*", "UTF-8''%E6%8A%95"}, {"filename*1", ".txt"}},
	 "filename", "投.txt"},
	/* names in any case */
	{{{"FileName", "a.txt"}}, "filename", "a.txt"},
	{{{"filename", "a.txt"}}, "FILENAME", "a.txt"},
	{{{"FILENAME*", "UTF-8''%E6%8A%95.txt"}}, "filename", "投.txt"},
	{{{"Filename*0*", "UTF-8''%E6%8A"}, {"FILENAME*1*", "%95"}}, "filename", "投"},
	/* missing */
	{{{"filename", "a.txt"}}, "name", NULL},
	{{{"filenames", "a.txt"}, {"xfilename", "b.txt"}}, "filename", NULL},
	{{{"filename*x", "UTF-8''a.txt"}}, "filename", NULL},
	{{{NULL, NULL}}, "filename", NULL},
};

static void
test_params(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct case_ *c = &cases[i];
		size_t count = 0;
		while (count < PARAMS_MAX && c->params[count].name != NULL)
			count++;
		unsigned replaced = 0;
		char *v = keep(mimeparam_get(c->params, count, c->name, &replaced));
		if (c->expected == NULL) {
			CASE_TRUE(i, v == NULL);
		} else {
			CASE_STR(i, v, c->expected);
			CASE_TRUE(i, utf8_valid(v, strlen(v)));
		}
		CASE_TRUE(i, replaced == 0);
	}
}

static void
test_no_params(void **state)
{
	(void)state;
	unsigned replaced = 0;
	assert_null(mimeparam_get(NULL, 0, "filename", &replaced));
	assert_int_equal(replaced, 0);
}

/* Invalid bytes become U+FFFD and are added to *replaced_r. */
static void
test_replaced_counted(void **state)
{
	(void)state;
	/* one stray byte in UTF-8 that is otherwise valid */
	const struct mimeparam p[] = {
		{"filename*", "UTF-8''%E6%8A%95%E8%AF%89%FF%E4%BF%A1%E4%BB%B6.txt"},
	};
	unsigned replaced = 5;
	char *v = keep(mimeparam_get(p, 1, "filename", &replaced));
	assert_string_equal(v, "投诉\xEF\xBF\xBD信件.txt");
	assert_int_equal(replaced, 6);

	/* a NUL from percent-decoding */
	const struct mimeparam q[] = {{"filename*", "UTF-8''a%00b.txt"}};
	replaced = 0;
	v = keep(mimeparam_get(q, 1, "filename", &replaced));
	assert_string_equal(v, "a\xEF\xBF\xBD" "b.txt");
	assert_int_equal(replaced, 1);

	/* in an RFC 2047 word */
	const struct mimeparam w[] = {{"filename", "=?UTF-8?Q?a=00b.txt?="}};
	replaced = 0;
	v = keep(mimeparam_get(w, 1, "filename", &replaced));
	assert_string_equal(v, "a\xEF\xBF\xBD" "b.txt");
	assert_int_equal(replaced, 1);
}

/* Whatever the bytes, the value is valid UTF-8. */
static void
test_always_valid_utf8(void **state)
{
	(void)state;
	static const char *const values[] = {
		"UTF-8''%FF%FE%FD", "gbk''%CD", "''%80%81", "x-bogus''%E6%8A%95", "'''",
		"UTF-8'", "%", "%4", "%zz", "gb2312''%CD%B6%CB%DF%CD",
	};
	for (size_t i = 0; i < sizeof(values) / sizeof(values[0]); i++) {
		const struct mimeparam p[] = {{"filename*", values[i]}};
		unsigned replaced = 0;
		char *v = keep(mimeparam_get(p, 1, "filename", &replaced));
		CASE_TRUE(i, v != NULL);
		CASE_TRUE(i, utf8_valid(v, strlen(v)));
	}
}

/* The RFC 2231 name forms, through the static matcher (unittest.h). */
static void
test_match_2231(void **state)
{
	(void)state;
	static const struct {
		const char *pname, *name;
		bool match;
		long index;
		bool encoded;
	} rows[] = {
		{"filename*", "filename", true, -1, true},
		{"FILENAME*", "filename", true, -1, true},
		{"filename*0", "filename", true, 0, false},
		{"filename*0*", "filename", true, 0, true},
		{"filename*12", "filename", true, 12, false},
		{"filename*255*", "filename", true, 255, true},
		{"filename*256", "filename", false, 0, false},	/* MIMEPARAM_SEGMENTS_MAX */
		{"filename*-1", "filename", false, 0, false},
		{"filename*1x", "filename", false, 0, false},
		{"filename*1**", "filename", false, 0, false},
		{"filename*x", "filename", false, 0, false},
		{"filename", "filename", false, 0, false},
		{"filenames*", "filename", false, 0, false},
		{"name*", "filename", false, 0, false},
		{"filename*99999999999999999999", "filename", false, 0, false},
	};
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		long index = 7;
		bool encoded = false;
		bool m = mimeparam_match_2231(rows[i].pname, rows[i].name, &index, &encoded);
		CASE_TRUE(i, m == rows[i].match);
		if (!m)
			continue;
		CASE_INT(i, index, rows[i].index);
		CASE_TRUE(i, encoded == rows[i].encoded);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_match_2231),
		T(test_params),
		T(test_no_params),
		T(test_replaced_counted),
		T(test_always_valid_utf8),
	};
	return cmocka_run_group_tests_name("mimeparam", tests, NULL, NULL);
}
