/*
 * page.h - the console's one way of writing HTML: markup comes only from
 * string literals in the source, and every value is escaped on its way in,
 * so escaping is the default and not a habit (issue 14).
 */
#ifndef MB_WEB_PAGE_H
#define MB_WEB_PAGE_H

#include <stdarg.h>
#include <stddef.h>

#include "buf.h"
#include "error.h"

struct html {
	struct buf b;
	enum mb_status st;	/* MB_LIMIT once the page passed its cap */
};

/* An empty page of at most max bytes. */
void html_init(struct html *h, size_t max);
void html_deinit(struct html *h);

/* Appends tmpl, each "{}" replaced by the next argument (a const char *,
 * NULL written as nothing), escaped for text and quoted attributes alike.
 * tmpl must be a string literal: the macro refuses anything else at compile
 * time, so no value can ever be taken for markup. */
void html_put_(struct html *h, const char *tmpl, ...);
#define html_put(h, tmpl, ...) html_put_((h), "" tmpl "", ##__VA_ARGS__)

/* Appends v escaped (as html_put's "{}"). */
void html_text(struct html *h, const char *v);

/* Appends another page's HTML, itself written with these functions. */
void html_append(struct html *h, const struct html *part);

/* Escapes v (n bytes) into out: & < > " ' as entities, the Unicode
 * controls that reorder text (U+202A-U+202E, U+2066-U+2069, U+200E,
 * U+200F) shown as their code point, invalid UTF-8 as U+FFFD, other C0
 * controls but tab and newline dropped. */
enum mb_status html_escape(struct buf *out, const char *v, size_t n);

#endif
