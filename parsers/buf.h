/*
 * buf.h - the one growable byte buffer, always with a cap.
 *
 * A buffer is given its maximum size when it is initialised; an append that
 * would pass it appends nothing and returns MB_LIMIT, so a caller can record
 * a warning and stop adding. The result of an append may be ignored where the
 * caller checks b->overflowed once at the end instead. No other code in mayorbox reallocs text.
 * The data is kept NUL-terminated (the NUL is not counted in len).
 */
#ifndef MB_BUF_H
#define MB_BUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"

struct buf {
	char *data;	/* NULL until the first append */
	size_t len;
	size_t cap;
	size_t max;	/* largest len allowed */
	bool overflowed;	/* an append was refused */
};

void buf_init(struct buf *b, size_t max);
/* Frees the bytes and leaves an empty buffer with the same cap. */
void buf_deinit(struct buf *b);
void buf_reset(struct buf *b);

enum mb_status buf_append(struct buf *b, const void *p, size_t n);
enum mb_status buf_append_str(struct buf *b, const char *s);
enum mb_status buf_putc(struct buf *b, char c);
/* Appends as much of p as fits (cut at a UTF-8 character boundary); returns
 * MB_LIMIT when it had to cut. */
enum mb_status buf_append_utf8_cut(struct buf *b, const char *p, size_t n);

/* Hands the bytes over: returns a NUL-terminated string (never NULL) the
 * caller frees, stores its length in len_r when given, and empties b. */
char *buf_take(struct buf *b, size_t *len_r);

/* Appends the UTF-8 bytes of code point cp, in place when there is room (a
 * character at a time: what the normaliser does for every one, inline). A
 * value past U+10FFFF is not a character: nothing is appended (MB_OK). */
static inline enum mb_status
buf_put_utf8(struct buf *b, uint32_t cp)
{
	char u[4];
	size_t n;
	if (cp < 0x80) {
		u[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (char)(0xC0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		u[0] = (char)(0xE0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else if (cp < 0x110000) {
		u[0] = (char)(0xF0 | (cp >> 18));
		u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	} else {
		return MB_OK;
	}
	if (b->data == NULL || b->len + n + 1 > b->cap || b->len + n > b->max)
		return buf_append(b, u, n);	/* grows it, or says it is full */
	for (size_t i = 0; i < n; i++)
		b->data[b->len++] = u[i];
	b->data[b->len] = '\0';
	return MB_OK;
}

#endif
