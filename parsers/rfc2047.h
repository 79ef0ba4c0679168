/*
 * rfc2047.h - header values to UTF-8: unfolding, raw 8-bit bytes, and
 * RFC 2047 encoded words (B and Q, any charset).
 *
 * Adjacent encoded words are joined (the white space between them dropped,
 * and the bytes of neighbours in one charset decoded together, so a character
 * split across two words survives); a malformed word is left as it is.
 */
#ifndef MB_RFC2047_H
#define MB_RFC2047_H

#include <stdbool.h>
#include <stddef.h>

struct rfc2047_result {
	unsigned replaced;	/* bytes replaced with U+FFFD */
	unsigned malformed;	/* encoded-word look-alikes left as they are */
	unsigned unknown_charset;	/* words whose charset was unknown (detected) */
	bool raw_8bit;		/* the value had raw 8-bit bytes */
	bool truncated;		/* cut at MB_HEADER_VALUE_MAX */
};

/* Decodes a raw header value (n bytes, may hold CRLF folding) to a
 * NUL-terminated UTF-8 string with leading and trailing white space removed.
 * Never fails; caller frees. */
char *rfc2047_decode(const char *raw, size_t n, struct rfc2047_result *r);

#endif
