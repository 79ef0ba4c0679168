/*
 * mimeparam.c - MIME parameter values, RFC 2231 and RFC 2047 (see mimeparam.h).
 */
#include "mimeparam.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "charset.h"
#include "codec.h"
#include "limits.h"
#include "rfc2047.h"
#include "unittest.h"
#include "xalloc.h"

/* Continuation segments considered; real mail uses a handful. */
#define MIMEPARAM_SEGMENTS_MAX 256


static void
pct_decode(const char *s, struct buf *out)
{
	for (size_t i = 0; s[i]; i++) {
		char c = s[i];
		if (c == '%' && codec_hex_value((unsigned char)s[i + 1]) >= 0
		    && codec_hex_value((unsigned char)s[i + 2]) >= 0) {
			c = (char)(codec_hex_value((unsigned char)s[i + 1]) * 16 + codec_hex_value((unsigned char)s[i + 2]));
			i += 2;
		}
		if (buf_putc(out, c) != MB_OK)
			return;
	}
}

/* Matches "name*", "name*N" or "name*N*"; sets *index_r (-1 for "name*")
 * and *encoded_r. */
MB_STATIC bool
mimeparam_match_2231(const char *pname, const char *name, long *index_r, bool *encoded_r)
{
	size_t nl = strlen(name);
	if (strncasecmp(pname, name, nl) != 0 || pname[nl] != '*')
		return false;
	const char *rest = pname + nl + 1;
	if (*rest == '\0') {
		*index_r = -1;
		*encoded_r = true;
		return true;
	}
	if (*rest < '0' || *rest > '9')
		return false;
	char *end;
	errno = 0;
	long idx = strtol(rest, &end, 10);
	if (errno != 0 || idx < 0 || idx >= MIMEPARAM_SEGMENTS_MAX)
		return false;
	if (*end == '*' && end[1] == '\0')
		*encoded_r = true;
	else if (*end == '\0')
		*encoded_r = false;
	else
		return false;
	*index_r = idx;
	return true;
}

static char *
mimeparam_2231(const struct mimeparam *params, size_t count, const char *name,
	       unsigned *replaced_r)
{
	const struct mimeparam *seg[MIMEPARAM_SEGMENTS_MAX + 1] = {0};
	bool enc[MIMEPARAM_SEGMENTS_MAX + 1] = {0};
	bool any = false;

	for (size_t i = 0; i < count; i++) {
		long idx;
		bool e;
		if (params[i].name == NULL || params[i].value == NULL
		    || !mimeparam_match_2231(params[i].name, name, &idx, &e))
			continue;
		size_t slot = idx < 0 ? 0 : (size_t)idx;
		if (seg[slot] == NULL) {
			seg[slot] = &params[i];
			enc[slot] = e;
			any = true;
		}
	}
	if (!any)
		return NULL;

	struct buf bytes;
	char charset[CHARSET_NAME_MAX] = "";
	buf_init(&bytes, MB_HEADER_VALUE_MAX);
	for (size_t k = 0; k <= MIMEPARAM_SEGMENTS_MAX && seg[k]; k++) {
		const char *v = seg[k]->value;
		if (k == 0 && enc[k]) {
			/* charset'language'value */
			const char *q1 = strchr(v, '\'');
			const char *q2 = q1 ? strchr(q1 + 1, '\'') : NULL;
			if (q1 && q2) {
				size_t cl = (size_t)(q1 - v);
				if (cl < sizeof(charset)) {
					memcpy(charset, v, cl);
					charset[cl] = '\0';
				}
				v = q2 + 1;
			}
		}
		if (enc[k])
			pct_decode(v, &bytes);
		else if (buf_append_str(&bytes, v) != MB_OK)
			break;
	}
	struct buf out;
	struct charset_result cr;
	buf_init(&out, MB_HEADER_VALUE_MAX);
	(void)charset_to_utf8(charset[0] ? charset : NULL, bytes.data ? bytes.data : "",
			      bytes.len, &out, &cr);
	*replaced_r += cr.replaced;
	buf_deinit(&bytes);
	return buf_take(&out, NULL);
}

char *
mimeparam_get(const struct mimeparam *params, size_t count, const char *name,
	      unsigned *replaced_r)
{
	char *v = mimeparam_2231(params, count, name, replaced_r);
	if (v != NULL)
		return v;
	for (size_t i = 0; i < count; i++) {
		if (params[i].name == NULL || params[i].value == NULL
		    || strcasecmp(params[i].name, name) != 0)
			continue;
		struct rfc2047_result r;
		char *s = rfc2047_decode(params[i].value, strlen(params[i].value), &r);
		*replaced_r += r.replaced;
		return s;
	}
	return NULL;
}
