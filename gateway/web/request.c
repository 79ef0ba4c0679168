/*
 * request.c - form bodies, query strings, cookies, languages (request.h).
 */
#include "request.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "charset.h"
#include "codec.h"
#include "xalloc.h"

/* s[0..n) percent-decoded ('+' a space) into a new string; NULL when the
 * result holds a NUL or is not UTF-8. */
static char *
decode(const char *s, size_t n)
{
	char *out = xmalloc(n + 1);
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '+') {
			out[o++] = ' ';
		} else if (s[i] == '%' && i + 2 < n && codec_hex_value((unsigned char)s[i + 1]) >= 0
			   && codec_hex_value((unsigned char)s[i + 2]) >= 0) {
			out[o++] = (char)(codec_hex_value((unsigned char)s[i + 1]) * 16
					  + codec_hex_value((unsigned char)s[i + 2]));
			i += 2;
		} else {
			out[o++] = s[i];
		}
	}
	out[o] = '\0';
	if (memchr(out, '\0', o) != NULL || !utf8_valid(out, o)) {
		free(out);
		return NULL;
	}
	return out;
}

bool
web_form_parse(const char *body, size_t n, struct web_form *f)
{
	memset(f, 0, sizeof(*f));
	size_t i = 0;
	while (i < n) {
		size_t j = i;
		while (j < n && body[j] != '&')
			j++;
		size_t eq = i;
		while (eq < j && body[eq] != '=')
			eq++;
		if (j > i && f->count < WEB_FORM_FIELDS_MAX) {
			char *k = decode(body + i, eq - i);
			char *v = eq < j ? decode(body + eq + 1, j - eq - 1) : xstrdup("");
			if (k == NULL || v == NULL) {
				free(k);
				free(v);
				web_form_deinit(f);
				return false;
			}
			f->name[f->count] = k;
			f->value[f->count++] = v;
		}
		i = j + 1;
	}
	return true;
}

void
web_form_deinit(struct web_form *f)
{
	for (size_t i = 0; i < f->count; i++) {
		free(f->name[i]);
		free(f->value[i]);
	}
	memset(f, 0, sizeof(*f));
}

const char *
web_form_get(const struct web_form *f, const char *name)
{
	for (size_t i = 0; i < f->count; i++)
		if (strcmp(f->name[i], name) == 0)
			return f->value[i];
	return NULL;
}

const char *
web_form_given(const struct web_form *f, const char *name)
{
	const char *v = web_form_get(f, name);
	return v && *v ? v : NULL;
}

bool
web_cookie_get(const char *header, const char *name, char *out, size_t len)
{
	if (header == NULL)
		return false;
	size_t nl = strlen(name);
	const char *p = header;
	while (*p) {
		while (*p == ' ' || *p == ';')
			p++;
		const char *end = strchr(p, ';');
		size_t seg = end ? (size_t)(end - p) : strlen(p);
		if (seg > nl && strncmp(p, name, nl) == 0 && p[nl] == '=') {
			size_t vl = seg - nl - 1;
			if (vl + 1 > len)
				return false;
			memcpy(out, p + nl + 1, vl);
			out[vl] = '\0';
			return true;
		}
		p += seg;
	}
	return false;
}

bool
web_prefers_english(const char *al)
{
	if (al == NULL)
		return false;
	/* the first language named with the highest q wins; ties by order */
	double best_q = -1;
	bool best_en = false;
	const char *p = al;
	while (*p) {
		while (*p == ' ' || *p == ',')
			p++;
		const char *end = strchr(p, ',');
		size_t seg = end ? (size_t)(end - p) : strlen(p);
		double q = 1.0;
		const char *semi = memchr(p, ';', seg);
		if (semi) {
			const char *qs = strstr(semi, "q=");
			if (qs && qs < p + seg)
				q = strtod(qs + 2, NULL);
		}
		size_t tl = semi ? (size_t)(semi - p) : seg;
		bool en = tl >= 2 && strncasecmp(p, "en", 2) == 0 && (tl == 2 || p[2] == '-');
		bool zh = tl >= 2 && strncasecmp(p, "zh", 2) == 0 && (tl == 2 || p[2] == '-');
		if ((en || zh) && q > best_q) {
			best_q = q;
			best_en = en;
		}
		p += seg;
	}
	return best_en;
}

void
web_percent_encode(const char *s, const char *keep, char *out, size_t len, size_t *k)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t o = *k;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		bool plain = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')
			     || (*p >= '0' && *p <= '9') || strchr(keep, *p) != NULL;
		if (o + (plain ? 1 : 3) >= len)
			break;
		if (plain) {
			out[o++] = (char)*p;
		} else {
			out[o++] = '%';
			out[o++] = hex[*p >> 4];
			out[o++] = hex[*p & 15];
		}
	}
	if (o < len)
		out[o] = '\0';
	*k = o;
}
