/*
 * codec.c - lenient base64 and RFC 2047 Q decoding (see codec.h).
 */
#include "codec.h"

static int
codec_b64_value(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+' || c == '-')	/* '-' and '_': the URL-safe alphabet */
		return 62;
	if (c == '/' || c == '_')
		return 63;
	return -1;
}

enum mb_status
codec_base64_decode(const char *p, size_t n, struct buf *out, size_t *skipped_r)
{
	unsigned char chunk[768];
	size_t clen = 0, skipped = 0;
	unsigned acc = 0, bits = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		if (c == '=')
			break;
		int v = codec_b64_value(c);
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
