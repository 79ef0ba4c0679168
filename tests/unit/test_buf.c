/*
 * test_buf.c - the capped buffer: appends up to the cap, refusal past it,
 * UTF-8-safe cutting, hand-over.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"

static void
test_append_within_cap(void **state)
{
	(void)state;
	struct buf b;
	buf_init(&b, 10);
	assert_int_equal(buf_append(&b, "hello", 5), MB_OK);
	assert_int_equal(buf_append_str(&b, "world"), MB_OK);
	assert_int_equal(b.len, 10);
	assert_string_equal(b.data, "helloworld");
	assert_false(b.overflowed);
	buf_deinit(&b);
}

static void
test_append_past_cap_refused(void **state)
{
	(void)state;
	struct buf b;
	buf_init(&b, 8);
	assert_int_equal(buf_append(&b, "12345", 5), MB_OK);
	assert_int_equal(buf_append(&b, "6789", 4), MB_LIMIT);
	/* nothing of a refused append is added */
	assert_int_equal(b.len, 5);
	assert_string_equal(b.data, "12345");
	assert_true(b.overflowed);
	assert_int_equal(buf_putc(&b, 'x'), MB_OK);
	buf_deinit(&b);
}

static void
test_utf8_cut_keeps_characters_whole(void **state)
{
	(void)state;
	struct buf b;
	buf_init(&b, 7);
	/* 投诉 is two 3-byte characters; "a" + 投诉 is 7 bytes, + 书 is 10 */
	assert_int_equal(buf_append_utf8_cut(&b, "a\xE6\x8A\x95\xE8\xAF\x89\xE4\xB9\xA6", 10),
			 MB_LIMIT);
	assert_int_equal(b.len, 7);
	assert_memory_equal(b.data, "a\xE6\x8A\x95\xE8\xAF\x89", 7);
	buf_deinit(&b);

	buf_init(&b, 5);
	assert_int_equal(buf_append_utf8_cut(&b, "a\xE6\x8A\x95\xE8\xAF\x89", 7), MB_LIMIT);
	assert_int_equal(b.len, 4);	/* the second character does not fit whole */
	buf_deinit(&b);
}

static void
test_take_hands_over(void **state)
{
	(void)state;
	struct buf b;
	size_t len;
	buf_init(&b, 100);
	char *empty = buf_take(&b, &len);
	assert_non_null(empty);
	assert_int_equal(len, 0);
	assert_string_equal(empty, "");
	free(empty);
	assert_int_equal(buf_append_str(&b, "abc"), MB_OK);
	char *s = buf_take(&b, &len);
	assert_string_equal(s, "abc");
	assert_int_equal(len, 3);
	assert_null(b.data);
	assert_int_equal(b.len, 0);
	free(s);
}

static void
test_reset_keeps_memory(void **state)
{
	(void)state;
	struct buf b;
	buf_init(&b, 100);
	assert_int_equal(buf_append_str(&b, "abc"), MB_OK);
	buf_reset(&b);
	assert_int_equal(b.len, 0);
	assert_string_equal(b.data, "");
	assert_int_equal(buf_append_str(&b, "de"), MB_OK);
	assert_string_equal(b.data, "de");
	buf_deinit(&b);
}

/* A code point's UTF-8, through growth and up to the cap; nothing of one
 * past the cap, nor of a value past U+10FFFF. */
static void
test_put_utf8(void **state)
{
	(void)state;
	struct buf b;
	buf_init(&b, 12);
	const uint32_t cps[] = {'a', 0xE9, 0x6C11, 0x1F600, 0x110000};
	for (size_t i = 0; i < sizeof(cps) / sizeof(cps[0]); i++)
		assert_int_equal(buf_put_utf8(&b, cps[i]), MB_OK);
	assert_int_equal(b.len, 10);
	assert_string_equal(b.data, "a\xC3\xA9\xE6\xB0\x91\xF0\x9F\x98\x80");
	assert_int_equal(buf_put_utf8(&b, 0x6C11), MB_LIMIT);
	assert_int_equal(b.len, 10);
	assert_int_equal(buf_put_utf8(&b, 0xE9), MB_OK);
	assert_int_equal(b.len, 12);
	assert_int_equal(b.data[12], '\0');
	buf_deinit(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_append_within_cap),
		cmocka_unit_test(test_append_past_cap_refused),
		cmocka_unit_test(test_utf8_cut_keeps_characters_whole),
		cmocka_unit_test(test_take_hands_over),
		cmocka_unit_test(test_reset_keeps_memory),
		cmocka_unit_test(test_put_utf8),
	};
	return cmocka_run_group_tests_name("buf", tests, NULL, NULL);
}
