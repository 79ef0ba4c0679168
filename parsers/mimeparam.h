/*
 * mimeparam.h - MIME parameters (Content-Type, Content-Disposition) by name,
 * with RFC 2231 (charset, language, continuations) and the RFC 2047 encoded
 * words that mail programs put into quoted values against the rules.
 */
#ifndef MB_MIMEPARAM_H
#define MB_MIMEPARAM_H

#include <stdbool.h>
#include <stddef.h>

struct mimeparam {
	const char *name;	/* as in the header, any case */
	const char *value;	/* unquoted value, raw bytes */
};

/* The value of parameter `name` (e.g. "filename") in UTF-8, or NULL when the
 * list holds none. RFC 2231 forms (name*, name*0, name*0*, ...) win over the
 * plain form. Adds replaced bytes to *replaced_r. Caller frees. */
char *mimeparam_get(const struct mimeparam *params, size_t count, const char *name,
		    unsigned *replaced_r);

#ifdef UNITTEST
/* (unittest.h) Whether pname is an RFC 2231 form of name: "name*",
 * "name*N" or "name*N*" (N below MIMEPARAM_SEGMENTS_MAX); *index_r is N
 * (-1 for "name*"), *encoded_r whether it carries charset'lang'. */
bool mimeparam_match_2231(const char *pname, const char *name, long *index_r,
			  bool *encoded_r);
#endif

#endif
