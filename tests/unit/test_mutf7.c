/*
 * test_mutf7.c - modified UTF-7 folder names (RFC 3501 5.1.3): the RFC's
 * own example, Chinese folder names as Cyrus, Dovecot and Thunderbird
 * write them, "&", astral characters (surrogate pairs), and what is
 * refused both ways. Expected forms were made with Python (UTF-16-BE,
 * base64 with "," for "/", no padding) and checked against Dovecot's
 * `doveadm mailbox mutf7`.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "mutf7.h"
#include "testutil.h"

struct mutf7_case {
	const char *utf8;
	const char *mutf7;
};

static const struct mutf7_case both[] = {
	{"INBOX", "INBOX"},
	{"", ""},
	{"Filed", "Filed"},
	{"A & B", "A &- B"},
	{"&&", "&-&-"},
	/* RFC 3501 5.1.3: "~peter/mail/台北/日本語" */
	{"~peter/mail/\xe5\x8f\xb0\xe5\x8c\x97/\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e",
	 "~peter/mail/&U,BTFw-/&ZeVnLIqe-"},
	{"INBOX.\xe6\x9d\xa5\xe4\xbf\xa1", "INBOX.&Z2VP4Q-"},		/* 来信 */
	{"INBOX.\xe5\xb7\xb2\xe5\xbd\x92\xe6\xa1\xa3", "INBOX.&XfJfUmhj-"},	/* 已归档 */
	{"\xe5\xb7\xb2\xe5\xbd\x92\xe6\xa1\xa3 2026", "&XfJfUmhj- 2026"},
	{"caf\xc3\xa9", "caf&AOk-"},
	/* U+1F4EC, a surrogate pair */
	{"\xf0\x9f\x93\xac", "&2D3c7A-"},
};

static void
test_encode_decode(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(both) / sizeof(both[0]); i++) {
		char *e = NULL, *d = NULL;
		CASE_TRUE(i, mutf7_encode(both[i].utf8, &e) == 0);
		keep(e);
		CASE_STR(i, e, both[i].mutf7);
		CASE_TRUE(i, mutf7_decode(both[i].mutf7, &d) == 0);
		keep(d);
		CASE_STR(i, d, both[i].utf8);
	}
}

static const char *const bad_utf8[] = {
	"\xff", "caf\xc3", "\xc0\xaf", "\xed\xa0\x80", "tab\there", "\x7f", "\xc2\x85",
};

static const char *const bad_mutf7[] = {
	"&",		/* unterminated */
	"&Z2VP4Q",	/* no "-" */
	"&-&",
	"&AGE-",	/* "a" needed no shift */
	"&2D3-",	/* a high surrogate alone, cut */
	"&2D0-",	/* a run that is not whole UTF-16 units */
	"&3Ow-",	/* a low surrogate alone */
	"&Z2VP4R-",	/* padding bits not zero */
	"&Z2V*4Q-",	/* not base64 */
	"caf\xc3\xa9",	/* 8-bit: not modified UTF-7 */
};

static void
test_refused(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(bad_utf8) / sizeof(bad_utf8[0]); i++) {
		char *e = NULL;
		CASE_TRUE(i, mutf7_encode(bad_utf8[i], &e) == -1);
		CASE_TRUE(i, e == NULL);
	}
	for (size_t i = 0; i < sizeof(bad_mutf7) / sizeof(bad_mutf7[0]); i++) {
		char *d = NULL;
		CASE_TRUE(i, mutf7_decode(bad_mutf7[i], &d) == -1);
		CASE_TRUE(i, d == NULL);
	}
}

static void
test_limit(void **state)
{
	(void)state;
	char long_name[MB_MUTF7_NAME_MAX + 2];
	memset(long_name, 'a', sizeof(long_name) - 1);
	long_name[sizeof(long_name) - 1] = '\0';
	char *e = NULL;
	assert_int_equal(mutf7_encode(long_name, &e), -1);
	assert_null(e);
	assert_int_equal(mutf7_decode(long_name, &e), -1);
	assert_null(e);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_encode_decode),
		T(test_refused),
		T(test_limit),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
