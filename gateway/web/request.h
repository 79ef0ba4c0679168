/*
 * request.h - what a browser sends: application/x-www-form-urlencoded bodies
 * and query strings, and the Cookie header. Pure functions, no I/O.
 */
#ifndef MB_WEB_REQUEST_H
#define MB_WEB_REQUEST_H

#include <stdbool.h>
#include <stddef.h>

#define WEB_FORM_FIELDS_MAX 64

struct web_form {
	size_t count;
	char *name[WEB_FORM_FIELDS_MAX];
	char *value[WEB_FORM_FIELDS_MAX];
};

/* Decodes body (n bytes: "a=1&b=%E4%B8%AD+x") into *f; fields past
 * WEB_FORM_FIELDS_MAX are dropped. Returns false when a value is not valid
 * UTF-8 or holds a NUL (the form is then empty). Free with web_form_deinit. */
bool web_form_parse(const char *body, size_t n, struct web_form *f);
void web_form_deinit(struct web_form *f);

/* The first value of name, or NULL; borrowed. */
const char *web_form_get(const struct web_form *f, const char *name);
/* The same, NULL also for an empty value (a field left blank). */
const char *web_form_given(const struct web_form *f, const char *name);

/* The value of cookie name in a Cookie header ("a=1; b=2") copied into out
 * (size len); false when absent or too long. */
bool web_cookie_get(const char *header, const char *name, char *out, size_t len);

/* Appends s to out (size len) from *k on, percent-encoded: ASCII letters
 * and digits as they are, and the bytes of keep; every other byte as %XX
 * (RFC 3986 for a query's values, RFC 5987 for a filename*). Stops before
 * a byte that would not fit whole; out stays NUL-terminated, *k its length. */
void web_percent_encode(const char *s, const char *keep, char *out, size_t len, size_t *k);

/* Whether Accept-Language prefers English over Chinese (the console's
 * default language is Chinese). */
bool web_prefers_english(const char *accept_language);

#endif
