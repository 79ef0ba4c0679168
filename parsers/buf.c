/*
 * buf.c - the capped growable byte buffer (see buf.h).
 */
#include "buf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

void
buf_init(struct buf *b, size_t max)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
	b->max = max;
	b->overflowed = false;
}

void
buf_deinit(struct buf *b)
{
	free(b->data);
	buf_init(b, b->max);
}

void
buf_reset(struct buf *b)
{
	b->len = 0;
	b->overflowed = false;
	if (b->data)
		b->data[0] = '\0';
}

static void
buf_grow(struct buf *b, size_t need)
{
	size_t cap = b->cap ? b->cap : 64;
	while (cap < need + 1)
		cap = cap > SIZE_MAX / 2 ? need + 1 : cap * 2;
	if (cap > b->max + 1)
		cap = b->max + 1;
	if (cap < need + 1)
		cap = need + 1;
	b->data = xreallocarray(b->data, cap, 1);
	b->cap = cap;
}

enum mb_status
buf_append(struct buf *b, const void *p, size_t n)
{
	if (n > b->max || b->len > b->max - n) {
		b->overflowed = true;
		return MB_LIMIT;
	}
	if (b->data == NULL || b->len + n + 1 > b->cap)
		buf_grow(b, b->len + n);
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
	return MB_OK;
}

enum mb_status
buf_append_str(struct buf *b, const char *s)
{
	return buf_append(b, s, strlen(s));
}

enum mb_status
buf_putc(struct buf *b, char c)
{
	return buf_append(b, &c, 1);
}

enum mb_status
buf_append_utf8_cut(struct buf *b, const char *p, size_t n)
{
	if (n <= b->max && b->len <= b->max - n)
		return buf_append(b, p, n);
	size_t room = b->max - b->len;
	/* step back over continuation bytes so no character is split */
	while (room > 0 && ((unsigned char)p[room] & 0xC0) == 0x80)
		room--;
	if (buf_append(b, p, room) != MB_OK)
		return MB_LIMIT;
	b->overflowed = true;
	return MB_LIMIT;
}

char *
buf_take(struct buf *b, size_t *len_r)
{
	char *s = b->data ? b->data : xmemdup0("", 0);
	if (len_r)
		*len_r = b->len;
	buf_init(b, b->max);
	return s;
}
