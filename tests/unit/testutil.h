/*
 * testutil.h - what the cmocka unit tests share: assertions that name the
 * table row that failed, and the teardown that frees what a test made.
 *
 * A failed assertion leaves the test at once, so a test hands everything it
 * allocates to keep(), new_buf() or keep_letter(), and cleanup() - the
 * teardown of every test registered with T(f) - frees it; a failed test then
 * leaks nothing and LeakSanitizer reports only the leaks of the code under
 * test.
 *
 * One copy per test program: the registers are static and the functions
 * static inline, so a program that uses only part of this gets no warning.
 * Include it after <cmocka.h>.
 */
#ifndef MB_TESTUTIL_H
#define MB_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"
#include "letter.h"

/* ---- assertions that name the table row that failed ---- */

#define CASE_TRUE(i, cond)							\
	do {									\
		if (!(cond))							\
			fail_msg("case %zu: %s", (size_t)(i), #cond);		\
	} while (0)
#define CASE_STR(i, got, want)							\
	do {									\
		const char *g_ = (got), *w_ = (want);				\
		if (g_ == NULL || strcmp(g_, w_) != 0)				\
			fail_msg("case %zu: \"%s\" != \"%s\"", (size_t)(i),	\
				 g_ ? g_ : "(null)", w_);			\
	} while (0)
#define CASE_INT(i, got, want)							\
	do {									\
		long long g_ = (long long)(got), w_ = (long long)(want);	\
		if (g_ != w_)							\
			fail_msg("case %zu: %s is %lld, not %lld", (size_t)(i), #got, g_, w_); \
	} while (0)

/* ---- what a test makes is freed by the teardown ---- */

/* How many strings, buffers and letters one test may hand over (each). */
#define KEPT_MAX 64
static void *kept[KEPT_MAX];
static size_t kept_n;
static struct buf bufs[KEPT_MAX];
static size_t bufs_n;
static struct letter *letters[KEPT_MAX];
static size_t letters_n;

/* Hands p (from malloc, or NULL) to the teardown; returns p. */
static inline void *
keep(void *p)
{
	assert_true(kept_n < KEPT_MAX);
	kept[kept_n++] = p;
	return p;
}

/* A buffer with cap max, deinitialised by the teardown. */
static inline struct buf *
new_buf(size_t max)
{
	assert_true(bufs_n < KEPT_MAX);
	buf_init(&bufs[bufs_n], max);
	return &bufs[bufs_n++];
}

/* Hands a parser's letter (which must be set) to the teardown; returns l. */
static inline struct letter *
keep_letter(struct letter *l)
{
	assert_non_null(l);
	assert_true(letters_n < KEPT_MAX);
	letters[letters_n++] = l;
	return l;
}

/* The teardown: frees all that was handed over. Also called inside a test
 * to free a loop's letters as it goes. */
static inline int
cleanup(void **state)
{
	(void)state;
	for (size_t i = 0; i < letters_n; i++)
		letter_free(&letters[i]);
	letters_n = 0;
	for (size_t i = 0; i < kept_n; i++)
		free(kept[i]);
	kept_n = 0;
	for (size_t i = 0; i < bufs_n; i++)
		buf_deinit(&bufs[i]);
	bufs_n = 0;
	return 0;
}

/* A test with that teardown. */
#define T(f) cmocka_unit_test_teardown(f, cleanup)

/* ---- letters ---- */

/* An attachment's SHA-256 (letter.h) is the one written as hex. */
static inline void
assert_sha256(const unsigned char sum[32], const char *hex)
{
	char got[65];
	for (size_t i = 0; i < 32; i++)
		snprintf(got + 2 * i, 3, "%02x", sum[i]);
	assert_string_equal(got, hex);
}

#endif
