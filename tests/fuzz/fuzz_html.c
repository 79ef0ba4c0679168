/*
 * fuzz_html.c - libFuzzer target for the HTML-to-text reader (parsers/html.c).
 *
 * Aborts when a promise breaks: from a UTF-8 document (what html_to_text
 * takes: mime.c decodes first) the text appended is valid UTF-8 without NUL;
 * it is never longer than the buffer's cap; the meta charset is NUL-terminated
 * inside its buffer; a failed read appended nothing.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "charset.h"
#include "html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CAP 65536

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf out;
	buf_init(&out, CAP);
	enum mb_status st = html_to_text((const char *)data, size, &out);
	if (out.len > CAP)
		abort();
	if (st == MB_BAD_LETTER && out.len != 0)
		abort();
	if (out.len > 0 && utf8_valid((const char *)data, size) &&
	    (!utf8_valid(out.data, out.len) || memchr(out.data, '\0', out.len)))
		abort();
	if (st != MB_OK && st != MB_LIMIT && st != MB_BAD_LETTER)
		abort();
	buf_deinit(&out);

	char cs[64];
	memset(cs, 'x', sizeof(cs));
	html_meta_charset((const char *)data, size, cs, sizeof(cs));
	if (memchr(cs, '\0', sizeof(cs)) == NULL)
		abort();
	return 0;
}
