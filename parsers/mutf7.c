/*
 * mutf7.c - modified UTF-7 folder names (see mutf7.h). The IMAP source
 * (gateway/sources/imap.c) encodes every folder name of its configuration with it
 * before the name goes on the wire, and decodes what the server lists.
 */
#include "mutf7.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

/* One code point of UTF-8 at *s (advanced), or -1. */
static int32_t
utf8_next(const unsigned char **s)
{
	const unsigned char *p = *s;
	int32_t c;
	int n;
	if (p[0] < 0x80) {
		*s = p + 1;
		return p[0];
	}
	if ((p[0] & 0xE0) == 0xC0) {
		c = p[0] & 0x1F;
		n = 1;
	} else if ((p[0] & 0xF0) == 0xE0) {
		c = p[0] & 0x0F;
		n = 2;
	} else if ((p[0] & 0xF8) == 0xF0) {
		c = p[0] & 0x07;
		n = 3;
	} else {
		return -1;
	}
	for (int i = 1; i <= n; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return -1;
		c = (c << 6) | (p[i] & 0x3F);
	}
	/* overlong forms, surrogates, past U+10FFFF */
	if ((n == 1 && c < 0x80) || (n == 2 && c < 0x800) || (n == 3 && c < 0x10000)
	    || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
		return -1;
	*s = p + n + 1;
	return c;
}

int
mutf7_encode(const char *utf8, char **r)
{
	const unsigned char *s = (const unsigned char *)utf8;
	struct buf b;
	int ret = -1;
	buf_init(&b, MB_MUTF7_NAME_MAX);
	while (*s) {
		if (*s >= 0x20 && *s <= 0x7E) {
			if (buf_append(&b, (const char *)s, 1) != MB_OK
			    || (*s == '&' && buf_append(&b, "-", 1) != MB_OK))
				goto out;
			s++;
			continue;
		}
		/* a run of characters outside printable ASCII, as UTF-16 */
		uint32_t bits = 0;
		int nbits = 0;
		if (buf_append(&b, "&", 1) != MB_OK)
			goto out;
		while (*s && !(*s >= 0x20 && *s <= 0x7E)) {
			int32_t c = utf8_next(&s);
			if (c < 0x20 || (c >= 0x7F && c < 0xA0))
				goto out;	/* not UTF-8, or a control character */
			uint16_t u[2];
			int nu = 1;
			if (c >= 0x10000) {
				u[0] = (uint16_t)(0xD800 + ((c - 0x10000) >> 10));
				u[1] = (uint16_t)(0xDC00 + ((c - 0x10000) & 0x3FF));
				nu = 2;
			} else {
				u[0] = (uint16_t)c;
			}
			for (int k = 0; k < nu; k++) {
				bits = (bits << 16) | u[k];
				nbits += 16;
				while (nbits >= 6) {
					nbits -= 6;
					if (buf_append(&b, &b64[(bits >> nbits) & 0x3F], 1) != MB_OK)
						goto out;
				}
			}
		}
		if (nbits > 0 && buf_append(&b, &b64[(bits << (6 - nbits)) & 0x3F], 1) != MB_OK)
			goto out;
		if (buf_append(&b, "-", 1) != MB_OK)
			goto out;
	}
	*r = buf_take(&b, NULL);
	ret = 0;
out:
	buf_deinit(&b);
	return ret;
}

static int
b64_value(char c)
{
	const char *p = c ? strchr(b64, c) : NULL;
	return p ? (int)(p - b64) : -1;
}

int
mutf7_decode(const char *m, char **r)
{
	const unsigned char *s = (const unsigned char *)m;
	struct buf b;
	int ret = -1;
	buf_init(&b, MB_MUTF7_NAME_MAX * 2);
	while (*s) {
		if (*s < 0x20 || *s > 0x7E)
			goto out;
		if (*s != '&') {
			if (buf_append(&b, (const char *)s, 1) != MB_OK)
				goto out;
			s++;
			continue;
		}
		s++;
		if (*s == '-') {
			if (buf_append(&b, "&", 1) != MB_OK)
				goto out;
			s++;
			continue;
		}
		uint32_t bits = 0, high = 0;
		int nbits = 0, nunits = 0;
		while (*s && *s != '-') {
			int v = b64_value((char)*s);
			if (v < 0)
				goto out;
			bits = (bits << 6) | (uint32_t)v;
			nbits += 6;
			s++;
			if (nbits >= 16) {
				nbits -= 16;
				uint32_t u = (bits >> nbits) & 0xFFFF;
				nunits++;
				if (high) {
					if (u < 0xDC00 || u > 0xDFFF)
						goto out;
					(void)buf_put_utf8(&b, 0x10000 + ((high - 0xD800) << 10) + (u - 0xDC00));
					high = 0;
				} else if (u >= 0xD800 && u <= 0xDBFF) {
					high = u;
				} else if ((u >= 0xDC00 && u <= 0xDFFF) || (u >= 0x20 && u <= 0x7E)) {
					goto out;	/* unpaired, or needed no shift */
				} else {
					(void)buf_put_utf8(&b, u);
				}
			}
		}
		/* "-" ends it; what is left are zero bits of padding, under 6 */
		if (*s != '-' || nunits == 0 || high || nbits >= 6 || (bits & ((1u << nbits) - 1)))
			goto out;
		s++;
	}
	if (b.overflowed || b.len > MB_MUTF7_NAME_MAX)
		goto out;
	*r = buf_take(&b, NULL);
	ret = 0;
out:
	buf_deinit(&b);
	return ret;
}
