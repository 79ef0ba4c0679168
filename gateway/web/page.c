/*
 * page.c - the escaping writer (page.h).
 */
#include "page.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "charset.h"

void
html_init(struct html *h, size_t max)
{
	buf_init(&h->b, max);
	h->st = MB_OK;
	/* a page is text: never a NULL data pointer */
	(void)buf_append(&h->b, "", 0);
}

void
html_deinit(struct html *h)
{
	buf_deinit(&h->b);
}

static void
put_raw(struct html *h, const char *s, size_t n)
{
	if (h->st == MB_OK && buf_append(&h->b, s, n) != MB_OK)
		h->st = MB_LIMIT;
}

/* The length of the UTF-8 sequence at p (n bytes left), or 0 when invalid. */
static size_t
utf8_seq(const unsigned char *p, size_t n)
{
	size_t k = p[0] < 0x80 ? 1 : (p[0] & 0xE0) == 0xC0 ? 2 : (p[0] & 0xF0) == 0xE0 ? 3
		 : (p[0] & 0xF8) == 0xF0 ? 4 : 0;
	if (k == 0 || k > n || !utf8_valid((const char *)p, k))
		return 0;
	return k;
}

enum mb_status
html_escape(struct buf *out, const char *v, size_t n)
{
	const unsigned char *p = (const unsigned char *)v;
	enum mb_status st = MB_OK;
	for (size_t i = 0; i < n && st == MB_OK;) {
		unsigned char c = p[i];
		const char *rep = NULL;
		switch (c) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		default: break;
		}
		if (rep) {
			st = buf_append_str(out, rep);
			i++;
			continue;
		}
		if (c < 0x20 && c != '\t' && c != '\n') {
			i++;
			continue;
		}
		if (c < 0x80) {
			st = buf_putc(out, (char)c);
			i++;
			continue;
		}
		size_t k = utf8_seq(p + i, n - i);
		if (k == 0) {
			st = buf_append_str(out, "\xEF\xBF\xBD");
			i++;
			continue;
		}
		unsigned cp = k == 2 ? ((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu)
			    : k == 3 ? ((c & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu)
			    : 0;
		if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
		    || cp == 0x200E || cp == 0x200F) {
			char t[16];
			snprintf(t, sizeof(t), "[U+%04X]", cp);
			st = buf_append_str(out, t);
		} else {
			st = buf_append(out, p + i, k);
		}
		i += k;
	}
	return st;
}

void
html_text(struct html *h, const char *v)
{
	if (v == NULL || h->st != MB_OK)
		return;
	if (html_escape(&h->b, v, strlen(v)) != MB_OK)
		h->st = MB_LIMIT;
}

void
html_put_(struct html *h, const char *tmpl, ...)
{
	va_list ap;
	va_start(ap, tmpl);
	const char *p = tmpl;
	for (;;) {
		const char *hole = strstr(p, "{}");
		if (hole == NULL) {
			put_raw(h, p, strlen(p));
			break;
		}
		put_raw(h, p, (size_t)(hole - p));
		html_text(h, va_arg(ap, const char *));
		p = hole + 2;
	}
	va_end(ap);
}

void
html_append(struct html *h, const struct html *part)
{
	if (part->st != MB_OK && h->st == MB_OK)
		h->st = part->st;
	put_raw(h, part->b.data ? part->b.data : "", part->b.len);
}
