/*
 * codec.c - lenient base64 and RFC 2047 Q decoding (see codec.h).
 *
 * Base64 goes through one table of 256 entries: four bytes at a time while
 * the input is plain alphabet (the common case, 76-column lines), a byte at
 * a time across line ends, stray bytes, padding and the end. The output is
 * the byte-at-a-time decoder's, handed to the buffer in the same 768-byte
 * chunks, so what reaches it before a limit is refused is the same too.
 */
#include "codec.h"

#include <stdint.h>
#include <string.h>

/* 0-63: the sextet ('-' and '_' as well: the URL-safe alphabet);
 * B64_SPACE: CR, LF, space and tab, skipped silently; B64_PAD: '=', the
 * end; B64_BAD: anything else, skipped and counted. */
enum { B64_SPACE = 64, B64_PAD = 65, B64_BAD = 66 };

static const uint8_t b64_dec[256] = {
	/* 00 */ 66, 66, 66, 66, 66, 66, 66, 66, 66, 64, 64, 66, 66, 64, 66, 66,
	/* 10 */ 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66,
	/* 20 */ 64, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 62, 66, 62, 66, 63,
	/* 30 */ 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 66, 66, 66, 65, 66, 66,
	/* 40 */ 66, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
	/* 50 */ 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 66, 66, 66, 66, 63,
	/* 60 */ 66, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
	/* 70 */ 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 66, 66, 66, 66, 66,
	/* 80 */ 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66,
	/* 90 */ 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66,
	/* a0 */ 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66,
	/* b0 */ 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66,
	/* c0 */ 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66,
	/* d0 */ 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66,
	/* e0 */ 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66,
	/* f0 */ 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66,
};

/* The byte-at-a-time decoder's chunk: out gets whole chunks of this size
 * as they fill, and the rest at the end. */
#define B64_CHUNK 768

enum mb_status
codec_base64_decode(const char *p, size_t n, struct buf *out, size_t *skipped_r)
{
	const unsigned char *s = (const unsigned char *)p;
	unsigned char chunk[B64_CHUNK + 3];
	size_t clen = 0, skipped = 0, i = 0;
	uint32_t acc = 0;
	unsigned have = 0;	/* sextets in acc (0-3) */

	while (i < n) {
		/* whole groups of four alphabet bytes, three bytes out each */
		if (have == 0) {
			while (i + 4 <= n && clen + 3 <= B64_CHUNK) {
				uint8_t a = b64_dec[s[i]], b = b64_dec[s[i + 1]];
				uint8_t c = b64_dec[s[i + 2]], d = b64_dec[s[i + 3]];
				if ((a | b | c | d) >= 64)
					break;
				uint32_t v = (uint32_t)a << 18 | (uint32_t)b << 12 | (uint32_t)c << 6 | d;
				chunk[clen] = (unsigned char)(v >> 16);
				chunk[clen + 1] = (unsigned char)(v >> 8);
				chunk[clen + 2] = (unsigned char)v;
				clen += 3;
				i += 4;
			}
			if (clen == B64_CHUNK) {
				if (buf_append(out, chunk, clen) != MB_OK)
					return MB_LIMIT;
				clen = 0;
				continue;
			}
			if (i >= n)
				break;
		}
		/* one byte */
		uint8_t v = b64_dec[s[i++]];
		if (v == B64_PAD)
			break;
		if (v >= 64) {
			skipped += v == B64_BAD;
			continue;
		}
		acc = acc << 6 | v;
		if (++have == 4) {
			chunk[clen] = (unsigned char)(acc >> 16);
			chunk[clen + 1] = (unsigned char)(acc >> 8);
			chunk[clen + 2] = (unsigned char)acc;
			clen += 3;
			acc = 0;
			have = 0;
			if (clen >= B64_CHUNK) {
				if (buf_append(out, chunk, B64_CHUNK) != MB_OK)
					return MB_LIMIT;
				clen -= B64_CHUNK;
				memmove(chunk, chunk + B64_CHUNK, clen);
			}
		}
	}
	/* a trailing partial group: two sextets make one byte, three two */
	if (have >= 2)
		chunk[clen++] = (unsigned char)(acc >> (6 * have - 8));
	if (have == 3)
		chunk[clen++] = (unsigned char)(acc >> 2);
	if (clen > B64_CHUNK) {
		if (buf_append(out, chunk, B64_CHUNK) != MB_OK)
			return MB_LIMIT;
		clen -= B64_CHUNK;
		memmove(chunk, chunk + B64_CHUNK, clen);
	}
	if (skipped_r)
		*skipped_r = skipped;
	return buf_append(out, chunk, clen);
}

int
codec_hex_value(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

enum mb_status
codec_q_decode(const char *p, size_t n, struct buf *out)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		if (c == '_')
			c = ' ';
		else if (c == '=' && i + 2 < n && codec_hex_value((unsigned char)p[i + 1]) >= 0
			 && codec_hex_value((unsigned char)p[i + 2]) >= 0) {
			c = (unsigned char)(codec_hex_value((unsigned char)p[i + 1]) * 16
					    + codec_hex_value((unsigned char)p[i + 2]));
			i += 2;
		}
		if (buf_putc(out, (char)c) != MB_OK)
			return MB_LIMIT;
	}
	return MB_OK;
}
