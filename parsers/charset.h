/*
 * charset.h - every charset a citizen's mail program uses, to UTF-8.
 *
 * Labels are mapped to the decoder that real mail needs (gb2312 and gbk to
 * GB18030, big5 to Big5-HKSCS, iso-8859-1 to windows-1252, ...); a missing,
 * unknown or lying label is detected from the bytes with uchardet before any
 * fallback; bytes still invalid become U+FFFD and are counted. The output is
 * always valid UTF-8 without NUL bytes.
 */
#ifndef MB_CHARSET_H
#define MB_CHARSET_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "error.h"

#define CHARSET_NAME_MAX 64

struct charset_result {
	char used[CHARSET_NAME_MAX];	/* decoder used */
	unsigned replaced;	/* bytes or sequences replaced with U+FFFD (NUL included) */
	bool detected;		/* the label was missing, unknown or wrong and the
				 * charset was detected from the bytes */
	bool label_unknown;	/* the label names no charset we know */
};

/* The decoder name (iconv) for a MIME charset label, or NULL when the label is
 * empty or unknown. The result is a static string or name_r. */
const char *charset_canonical(const char *label, char name_r[CHARSET_NAME_MAX]);

/* True when p[0..n) is valid UTF-8 (overlongs and surrogates refused). */
bool utf8_valid(const char *p, size_t n);

/* Appends n bytes labelled `label` (NULL when there is none) to out as UTF-8.
 * Returns MB_OK, or MB_LIMIT when out's cap cut the text (what fitted is
 * there). Fills *r. */
enum mb_status charset_to_utf8(const char *label, const char *p, size_t n,
			       struct buf *out, struct charset_result *r);

/* Appends p as UTF-8: valid sequences copied, each invalid byte and each NUL
 * replaced by U+FFFD; adds the count of replacements to *replaced. */
enum mb_status utf8_append_sanitized(struct buf *out, const char *p, size_t n,
				     unsigned *replaced);

/* Detects the charset of p from its bytes; returns a decoder name or NULL. */
const char *charset_detect(const char *p, size_t n);

#endif
