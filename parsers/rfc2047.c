/*
 * rfc2047.c - header values to UTF-8 (see rfc2047.h).
 *
 * The value is unfolded, then raw 8-bit bytes (mail programs that ignore
 * RFC 2047, often in GBK) are converted to UTF-8 as a whole, which keeps
 * encoded words intact since they are ASCII; then encoded words are decoded.
 */
#include "rfc2047.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "charset.h"
#include "codec.h"
#include "limits.h"
#include "xalloc.h"

struct ew {
	const char *start;	/* "=?" */
	size_t len;		/* through "?=" */
	char charset[CHARSET_NAME_MAX];
	char enc;		/* 'B' or 'Q' */
	const char *text;
	size_t text_len;
};

/* Parses an encoded word at p (n bytes left); false when it is not one. */
static bool
ew_parse(const char *p, size_t n, struct ew *w)
{
	size_t i = 2, cs;

	if (n < 8 || p[0] != '=' || p[1] != '?')
		return false;
	for (cs = i; i < n && p[i] != '?'; i++)
		if (p[i] == ' ' || p[i] == '\t' || (unsigned char)p[i] < 0x20)
			return false;
	if (i == cs || i >= n || i - cs >= sizeof(w->charset))
		return false;
	memcpy(w->charset, p + cs, i - cs);
	w->charset[i - cs] = '\0';
	char *star = strchr(w->charset, '*');	/* RFC 2231 language suffix */
	if (star)
		*star = '\0';
	i++;
	if (i + 1 >= n || p[i + 1] != '?')
		return false;
	w->enc = (char)(p[i] == 'b' ? 'B' : p[i] == 'q' ? 'Q' : p[i]);
	if (w->enc != 'B' && w->enc != 'Q')
		return false;
	i += 2;
	w->text = p + i;
	for (; i + 1 < n; i++) {
		if (p[i] == '?' && p[i + 1] == '=') {
			w->text_len = (size_t)(p + i - w->text);
			w->start = p;
			w->len = i + 2;
			return true;
		}
		if ((unsigned char)p[i] < 0x20 && p[i] != '\t')
			return false;
	}
	return false;
}

static bool
is_wsp(char c)
{
	return c == ' ' || c == '\t';
}

/* Appends the decoded bytes of a run of same-charset words to out. */
static void
ew_flush(struct buf *bytes, const char *charset, struct buf *out, struct rfc2047_result *r)
{
	struct charset_result cr;

	if (bytes->len == 0)
		return;
	if (charset_to_utf8(charset, bytes->data, bytes->len, out, &cr) != MB_OK)
		r->truncated = true;
	r->replaced += cr.replaced;
	if (cr.label_unknown)
		r->unknown_charset++;
	buf_reset(bytes);
}

static void
rfc2047_words(const char *s, size_t n, struct buf *out, struct rfc2047_result *r)
{
	struct buf bytes;
	char cur_charset[CHARSET_NAME_MAX] = "";
	size_t i = 0, pending_ws = 0;
	bool last_ew = false;

	buf_init(&bytes, MB_HEADER_VALUE_MAX);
	while (i < n) {
		struct ew w;
		if (is_wsp(s[i])) {
			size_t j = i;
			while (j < n && is_wsp(s[j]))
				j++;
			/* white space between two encoded words is dropped:
			 * hold it until we know what follows */
			if (last_ew) {
				pending_ws = j - i;
			} else if (buf_append_utf8_cut(out, s + i, j - i) != MB_OK) {
				r->truncated = true;
			}
			i = j;
			continue;
		}
		if (s[i] == '=' && i + 1 < n && s[i + 1] == '?' && ew_parse(s + i, n - i, &w)) {
			struct buf dec;
			buf_init(&dec, MB_HEADER_VALUE_MAX);
			enum mb_status st = w.enc == 'B'
				? codec_base64_decode(w.text, w.text_len, &dec, NULL)
				: codec_q_decode(w.text, w.text_len, &dec);
			if (st != MB_OK)
				r->truncated = true;
			if (!last_ew || strcasecmp(cur_charset, w.charset) != 0) {
				ew_flush(&bytes, cur_charset, out, r);
				snprintf(cur_charset, sizeof(cur_charset), "%s", w.charset);
			}
			if (buf_append(&bytes, dec.data ? dec.data : "", dec.len) != MB_OK)
				r->truncated = true;
			buf_deinit(&dec);
			pending_ws = 0;
			last_ew = true;
			i += w.len;
			continue;
		}
		/* plain text up to white space or an encoded word */
		if (last_ew) {
			ew_flush(&bytes, cur_charset, out, r);
			if (pending_ws && buf_append(out, s + i - pending_ws, pending_ws) != MB_OK)
				r->truncated = true;
			pending_ws = 0;
			last_ew = false;
		}
		size_t j = i + 1;
		while (j < n && !is_wsp(s[j]) && !(s[j] == '=' && j + 1 < n && s[j + 1] == '?'
						  && ew_parse(s + j, n - j, &w)))
			j++;
		if (s[i] == '=' && i + 1 < n && s[i + 1] == '?')
			r->malformed++;
		if (buf_append_utf8_cut(out, s + i, j - i) != MB_OK)
			r->truncated = true;
		i = j;
	}
	if (last_ew)
		ew_flush(&bytes, cur_charset, out, r);
	buf_deinit(&bytes);
}

char *
rfc2047_decode(const char *raw, size_t n, struct rfc2047_result *r)
{
	struct buf unfolded, utf8, out;
	struct charset_result cr;

	memset(r, 0, sizeof(*r));
	if (n > MB_HEADER_LINE_MAX) {
		n = MB_HEADER_LINE_MAX;
		r->truncated = true;
	}
	buf_init(&unfolded, MB_HEADER_LINE_MAX);
	buf_init(&utf8, MB_HEADER_VALUE_MAX * 2);
	buf_init(&out, MB_HEADER_VALUE_MAX);

	/* unfold: CR and LF go; a line break not followed by white space
	 * (a broken fold) becomes a space */
	for (size_t i = 0; i < n; i++) {
		char c = raw[i];
		if (c == '\r' || c == '\n') {
			size_t j = i;
			while (j < n && (raw[j] == '\r' || raw[j] == '\n'))
				j++;
			if (j < n && !is_wsp(raw[j]) && unfolded.len > 0)
				(void)buf_putc(&unfolded, ' ');
			i = j - 1;
			continue;
		}
		if ((unsigned char)c >= 0x80)
			r->raw_8bit = true;
		(void)buf_putc(&unfolded, c);
	}
	const char *s = unfolded.data ? unfolded.data : "";
	size_t len = unfolded.len;
	if (r->raw_8bit || memchr(s, '\0', len)) {
		if (charset_to_utf8(NULL, s, len, &utf8, &cr) != MB_OK)
			r->truncated = true;
		r->replaced += cr.replaced;
		s = utf8.data ? utf8.data : "";
		len = utf8.len;
	}
	rfc2047_words(s, len, &out, r);
	if (out.overflowed)
		r->truncated = true;
	buf_deinit(&unfolded);
	buf_deinit(&utf8);

	/* encoded words may have carried NULs or control bytes: sanitise */
	struct buf clean;
	unsigned rep = 0;
	buf_init(&clean, MB_HEADER_VALUE_MAX);
	const char *o = out.data ? out.data : "";
	size_t olen = out.len;
	while (olen > 0 && (is_wsp(o[0]) || o[0] == '\r' || o[0] == '\n')) {
		o++;
		olen--;
	}
	while (olen > 0 && (is_wsp(o[olen - 1]) || o[olen - 1] == '\r' || o[olen - 1] == '\n'))
		olen--;
	if (utf8_append_sanitized(&clean, o, olen, &rep) != MB_OK)
		r->truncated = true;
	r->replaced += rep;
	buf_deinit(&out);
	/* line breaks inside a decoded value would break one-line output */
	for (size_t i = 0; i < clean.len; i++)
		if (clean.data[i] == '\r' || clean.data[i] == '\n')
			clean.data[i] = ' ';
	return buf_take(&clean, NULL);
}
