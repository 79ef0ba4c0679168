/*
 * test_codec.c - the transfer decodings: base64 (table-driven, four bytes
 * at a time) against rows of edge cases (padding, blanks, CRLF, bytes
 * outside the alphabet, partial groups, the URL-safe alphabet, the cap) and
 * against the byte-at-a-time decoder it replaced, kept here as the oracle,
 * on generated inputs; RFC 2047 "Q".
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "codec.h"
#include "testutil.h"

/* The decoder before issue 16, byte at a time: what the new one must
 * reproduce exactly, chunks and limits included. */
static int
ref_value(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+' || c == '-')
		return 62;
	if (c == '/' || c == '_')
		return 63;
	return -1;
}

static enum mb_status
ref_base64_decode(const char *p, size_t n, struct buf *out, size_t *skipped_r)
{
	unsigned char chunk[768];
	size_t clen = 0, skipped = 0;
	unsigned acc = 0, bits = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		if (c == '=')
			break;
		int v = ref_value(c);
		if (v < 0) {
			if (c != '\r' && c != '\n' && c != ' ' && c != '\t')
				skipped++;
			continue;
		}
		acc = (acc << 6) | (unsigned)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			chunk[clen++] = (unsigned char)(acc >> bits);
			acc &= (1u << bits) - 1;
			if (clen == sizeof(chunk)) {
				if (buf_append(out, chunk, clen) != MB_OK)
					return MB_LIMIT;
				clen = 0;
			}
		}
	}
	if (skipped_r)
		*skipped_r = skipped;
	return buf_append(out, chunk, clen);
}

static void
test_base64_rows(void **state)
{
	(void)state;
	static const struct {
		const char *in, *out;
		size_t out_len, skipped;
	} rows[] = {
		{"", "", 0, 0},
		{"TWFu", "Man", 3, 0},
		{"TWE=", "Ma", 2, 0},
		{"TQ==", "M", 1, 0},
		{"TWE", "Ma", 2, 0},		/* no padding */
		{"TQ", "M", 1, 0},
		{"T", "", 0, 0},		/* one sextet makes no byte */
		{"TWFuTWFu", "ManMan", 6, 0},
		{"TWFu\r\nTWFu\r\n", "ManMan", 6, 0},	/* CRLF */
		{"TWFu\nTWFu\n", "ManMan", 6, 0},
		{"T W\tF u", "Man", 3, 0},	/* blanks inside a group */
		{"\r\n\r\nTWFu", "Man", 3, 0},
		{"TW*Fu", "Man", 3, 1},	/* a byte outside the alphabet */
		{"TW\x80\xff" "Fu", "Man", 3, 2},
		{"TW.F.u.", "Man", 3, 3},
		{"TWE=TWFu", "Ma", 2, 0},	/* padding ends the part */
		{"=TWFu", "", 0, 0},
		{"TWFu=", "Man", 3, 0},
		{"TWFu==\r\ngarbage", "Man", 3, 0},
		{"-_-_", "\xfb\xff\xbf", 3, 0},	/* the URL-safe alphabet */
		{"+/+/", "\xfb\xff\xbf", 3, 0},
		{"AAAA", "\0\0\0", 3, 0},
		{"////", "\xff\xff\xff", 3, 0},
		{"5oqV6K+J", "\xe6\x8a\x95\xe8\xaf\x89", 6, 0},	/* 投诉 */
		{"5oqV\r\n6K+J\r\n", "\xe6\x8a\x95\xe8\xaf\x89", 6, 0},
		{"5oqV6K+", "\xe6\x8a\x95\xe8\xaf", 5, 0},
		{"TWFuTW!", "ManM", 4, 1},
	};
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		struct buf *b = new_buf(1024);
		size_t skipped = 99;
		CASE_INT(i, codec_base64_decode(rows[i].in, strlen(rows[i].in), b, &skipped), MB_OK);
		CASE_INT(i, b->len, rows[i].out_len);
		CASE_TRUE(i, b->len == 0 || memcmp(b->data, rows[i].out, b->len) == 0);
		CASE_INT(i, skipped, rows[i].skipped);
	}
}

/* A deterministic generator (the test must not depend on the libc's). */
static uint32_t rng_state = 20261202;
static uint32_t
rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 17;
	rng_state ^= rng_state << 5;
	return rng_state;
}

/* The new decoder against the old on inputs of every kind: long alphabet
 * runs with line ends (chunks of 768 crossed at every phase), stray bytes,
 * padding, and caps that cut the output at any point. */
static void
test_base64_same_as_before(void **state)
{
	(void)state;
	static const char alphabet[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_";
	static const char others[] = "\r\n \t=*.!\x80\xff";
	size_t cap = 8192;
	char *in = keep(malloc(cap));
	for (size_t round = 0; round < 3000; round++) {
		size_t n = rng() % cap;
		unsigned stray = rng() % 4;	/* 0: none, then more and more */
		unsigned line = 4 + rng() % 80;
		for (size_t i = 0; i < n; i++) {
			if (i % line == line - 1 && rng() % 2)
				in[i] = '\n';
			else if (stray && rng() % (stray == 1 ? 400 : stray == 2 ? 40 : 4) == 0)
				in[i] = others[rng() % (sizeof(others) - 1)];
			else
				in[i] = alphabet[rng() % (sizeof(alphabet) - 1)];
		}
		size_t max = rng() % 2 ? 1 << 20 : rng() % 7000;
		struct buf a, b;
		buf_init(&a, max);
		buf_init(&b, max);
		size_t sa = 7, sb = 7;
		enum mb_status ra = codec_base64_decode(in, n, &a, &sa);
		enum mb_status rb = ref_base64_decode(in, n, &b, &sb);
		int same = ra == rb && sa == sb && a.len == b.len &&
			   (a.len == 0 || memcmp(a.data, b.data, a.len) == 0);
		buf_deinit(&a);
		buf_deinit(&b);
		CASE_TRUE(round, same);
	}
}

/* At the cap: whole chunks reach the buffer, and MB_LIMIT. */
static void
test_base64_limit(void **state)
{
	(void)state;
	size_t n = 4 * 1000;
	char *in = keep(malloc(n));
	for (size_t i = 0; i < n; i++)
		in[i] = "QUJD"[i % 4];	/* "ABC" */
	struct buf *b = new_buf(2000);
	assert_int_equal(codec_base64_decode(in, n, b, NULL), MB_LIMIT);
	assert_int_equal(b->len, 1536);	/* two chunks of 768 */
	assert_memory_equal(b->data, "ABCABC", 6);
}

static void
test_q_rows(void **state)
{
	(void)state;
	static const struct {
		const char *in, *out;
	} rows[] = {
		{"", ""},
		{"a_b", "a b"},
		{"=41=42", "AB"},
		{"=e6=8a=95", "\xe6\x8a\x95"},
		{"=4", "=4"},		/* malformed escapes kept */
		{"=G1", "=G1"},
		{"a=", "a="},
		{"=41", "A"},		/* at the very end */
		{"a=4", "a=4"},
	};
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		struct buf *b = new_buf(1024);
		CASE_INT(i, codec_q_decode(rows[i].in, strlen(rows[i].in), b), MB_OK);
		CASE_STR(i, b->data ? b->data : "", rows[i].out);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_base64_rows),
		T(test_base64_same_as_before),
		T(test_base64_limit),
		T(test_q_rows),
	};
	return cmocka_run_group_tests_name("codec", tests, NULL, NULL);
}
