/*
 * html.h - HTML to readable text, with libxml2's HTML parser.
 *
 * Scripts, styles and the head are dropped; block elements and <br> become
 * line breaks, list items get a dash, table cells a tab; entities are decoded
 * by the parser; white space is collapsed as a browser would.
 */
#ifndef MB_HTML_H
#define MB_HTML_H

#include <stddef.h>

#include "buf.h"
#include "error.h"

/* Appends the text of the UTF-8 HTML document html (n bytes) to out.
 * MB_LIMIT when out's cap cut it; MB_BAD_LETTER when libxml2 could build no
 * document at all (nothing appended). */
enum mb_status html_to_text(const char *html, size_t n, struct buf *out) MB_MUST_USE;

/* The charset named by a <meta> in the first bytes of html, copied into
 * charset_r (size len), or "" when none. */
void html_meta_charset(const char *html, size_t n, char *charset_r, size_t len);

#endif
