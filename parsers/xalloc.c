/*
 * xalloc.c - allocation that dies on out-of-memory (see xalloc.h).
 */
#include "xalloc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void __attribute__((noreturn))
xalloc_die(size_t n)
{
	fprintf(stderr, "mayorbox: out of memory allocating %zu bytes\n", n);
	abort();
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (p == NULL)
		xalloc_die(n);
	return p;
}

void *
xcalloc(size_t count, size_t size)
{
	void *p = calloc(count ? count : 1, size ? size : 1);
	if (p == NULL)
		xalloc_die(count * size);
	return p;
}

void *
xreallocarray(void *p, size_t count, size_t size)
{
	if (size != 0 && count > SIZE_MAX / size)
		xalloc_die(SIZE_MAX);
	size_t total = count * size;
	void *q = realloc(p, total ? total : 1);
	if (q == NULL)
		xalloc_die(count * size);
	return q;
}

char *
xmemdup0(const void *p, size_t n)
{
	if (n == SIZE_MAX)
		xalloc_die(n);
	char *s = xmalloc(n + 1);
	if (n)
		memcpy(s, p, n);
	s[n] = '\0';
	return s;
}

char *
xstrndup(const char *s, size_t n)
{
	return xmemdup0(s, strnlen(s, n));
}

char *
xstrdup(const char *s)
{
	return xmemdup0(s, strlen(s));
}
