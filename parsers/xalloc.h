/*
 * xalloc.h - allocation that dies on out-of-memory.
 *
 * Out of memory is the one runtime failure that is fatal (STYLE.md, 9): every
 * allocation in mayorbox goes through these wrappers, so no caller checks
 * for NULL and no path half-fails on it.
 */
#ifndef MB_XALLOC_H
#define MB_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xreallocarray(void *p, size_t count, size_t size);
/* Copies of s (n bytes of it); the result is NUL-terminated; caller frees. */
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xmemdup0(const void *p, size_t n);

#endif
