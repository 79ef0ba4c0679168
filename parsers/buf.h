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

#endif
