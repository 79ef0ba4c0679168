/*
 * charset.c - charset labels to decoders, detection, and decoding to UTF-8
 * (see charset.h). Decoding uses glibc's iconv; detection uses uchardet.
 */
#include "charset.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <uchardet/uchardet.h>

/* Labels seen in real mail, mapped to the decoder it needs. Supersets are
 * chosen on purpose: mail labelled gb2312 is usually GBK and sometimes
 * GB18030; big5 mail carries HKSCS characters; iso-8859-1 mail is usually
 * windows-1252 (as the WHATWG encoding standard maps it). */
static const struct {
	const char *label;
	const char *decoder;
} charset_table[] = {
	{"utf-8", "UTF-8"}, {"utf8", "UTF-8"}, {"unicode-1-1-utf-8", "UTF-8"},
	{"x-unicode20utf8", "UTF-8"}, {"unicode-2-0-utf-8", "UTF-8"},
	{"us-ascii", "US-ASCII"}, {"ascii", "US-ASCII"}, {"us", "US-ASCII"},
	{"ansi_x3.4-1968", "US-ASCII"}, {"iso646-us", "US-ASCII"}, {"csascii", "US-ASCII"},
	{"gb2312", "GB18030"}, {"gbk", "GB18030"}, {"x-gbk", "GB18030"}, {"gb18030", "GB18030"},
	{"cp936", "GB18030"}, {"ms936", "GB18030"}, {"windows-936", "GB18030"},
	{"euc-cn", "GB18030"}, {"x-euc-cn", "GB18030"}, {"csgb2312", "GB18030"},
	{"gb_2312-80", "GB18030"}, {"gb_2312", "GB18030"}, {"chinese", "GB18030"},
	{"iso-ir-58", "GB18030"}, {"x-gb2312", "GB18030"}, {"gb18030-2000", "GB18030"},
	{"gb18030-2005", "GB18030"}, {"gb18030-2022", "GB18030"}, {"csgbk", "GB18030"},
	{"big5", "BIG5-HKSCS"}, {"big5-hkscs", "BIG5-HKSCS"}, {"x-x-big5", "BIG5-HKSCS"},
	{"cn-big5", "BIG5-HKSCS"}, {"csbig5", "BIG5-HKSCS"}, {"x-big5", "BIG5-HKSCS"},
	{"cp950", "BIG5-HKSCS"}, {"windows-950", "BIG5-HKSCS"}, {"big5hkscs", "BIG5-HKSCS"},
	{"iso-2022-jp", "ISO-2022-JP-2"}, {"csiso2022jp", "ISO-2022-JP-2"},
	{"iso-2022-jp-1", "ISO-2022-JP-2"}, {"iso-2022-jp-2", "ISO-2022-JP-2"},
	{"iso-2022-jp-3", "ISO-2022-JP-3"},
	{"shift_jis", "CP932"}, {"shift-jis", "CP932"}, {"sjis", "CP932"}, {"x-sjis", "CP932"},
	{"ms_kanji", "CP932"}, {"csshiftjis", "CP932"}, {"windows-31j", "CP932"},
	{"cp932", "CP932"}, {"x-ms-cp932", "CP932"},
	{"euc-jp", "EUC-JP-MS"}, {"x-euc-jp", "EUC-JP-MS"}, {"cseucpkdfmtjapanese", "EUC-JP-MS"},
	{"euc-kr", "UHC"}, {"ks_c_5601-1987", "UHC"}, {"ks_c_5601", "UHC"}, {"korean", "UHC"},
	{"cp949", "UHC"}, {"x-windows-949", "UHC"}, {"windows-949", "UHC"}, {"cseuckr", "UHC"},
	{"hz-gb-2312", "HZ-GB-2312"}, {"hz", "HZ-GB-2312"}, {"hz-gb2312", "HZ-GB-2312"},
	{"x-hz", "HZ-GB-2312"},
	{"iso-2022-kr", "ISO-2022-KR"}, {"iso-2022-cn", "ISO-2022-CN-EXT"},
	{"iso-8859-1", "WINDOWS-1252"}, {"iso8859-1", "WINDOWS-1252"}, {"latin1", "WINDOWS-1252"},
	{"l1", "WINDOWS-1252"}, {"iso_8859-1", "WINDOWS-1252"}, {"cp819", "WINDOWS-1252"},
	{"iso-ir-100", "WINDOWS-1252"}, {"ibm819", "WINDOWS-1252"},
	{"iso-8859-9", "WINDOWS-1254"}, {"latin5", "WINDOWS-1254"},
	{"iso-8859-11", "CP874"}, {"tis-620", "CP874"}, {"windows-874", "CP874"},
	{"cp874", "CP874"},
	{"utf-16", "UTF-16"}, {"utf-16le", "UTF-16LE"}, {"utf-16be", "UTF-16BE"},
	{"utf-32", "UTF-32"}, {"utf-7", "UTF-7"}, {"unicode", "UTF-16"},
	{"koi8-r", "KOI8-R"}, {"koi8-u", "KOI8-U"}, {"koi8", "KOI8-R"},
};

/* Labels that name no charset, only "something 8-bit". */
static const char *const charset_unknown_labels[] = {
	"unknown-8bit", "x-unknown", "unknown", "default", "x-user-defined", "8bit",
	"charset", "none",
};

static bool
charset_iconv_knows(const char *name)
{
	iconv_t cd = iconv_open("UTF-8", name);
	if (cd == (iconv_t)-1)
		return false;
	iconv_close(cd);
	return true;
}

const char *
charset_canonical(const char *label, char name_r[CHARSET_NAME_MAX])
{
	char low[CHARSET_NAME_MAX];
	size_t n = 0, len;

	if (label == NULL)
		return NULL;
	while (*label == ' ' || *label == '\t' || *label == '"' || *label == '\'')
		label++;
	len = strlen(label);
	while (len > 0 && (label[len - 1] == ' ' || label[len - 1] == '"'
			   || label[len - 1] == '\'' || label[len - 1] == '\t'
			   || label[len - 1] == ';'))
		len--;
	if (len == 0 || len >= sizeof(low))
		return NULL;
	for (; n < len; n++)
		low[n] = (char)((label[n] >= 'A' && label[n] <= 'Z') ? label[n] + 32 : label[n]);
	low[n] = '\0';
	for (size_t i = 0; i < sizeof(charset_table) / sizeof(charset_table[0]); i++)
		if (strcmp(low, charset_table[i].label) == 0)
			return charset_table[i].decoder;
	for (size_t i = 0; i < sizeof(charset_unknown_labels) / sizeof(char *); i++)
		if (strcmp(low, charset_unknown_labels[i]) == 0)
			return NULL;
	/* windows-125x, cp125x, x-cp125x, iso-8859-n and the rest glibc knows */
	const char *p = low;
	if (strncmp(p, "x-", 2) == 0)
		p += 2;
	if (strncmp(p, "cp125", 5) == 0 && p[5] >= '0' && p[5] <= '8' && p[6] == '\0') {
		static const char *const win[] = {
			"WINDOWS-1250", "WINDOWS-1251", "WINDOWS-1252", "WINDOWS-1253",
			"WINDOWS-1254", "WINDOWS-1255", "WINDOWS-1256", "WINDOWS-1257",
			"WINDOWS-1258",
		};
		return win[p[5] - '0'];
	}
	/* Only names made of label characters go to iconv: no "//" suffixes. */
	for (const char *c = p; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '-'
		      || *c == '_' || *c == '.' || *c == ':'))
			return NULL;
	if (!charset_iconv_knows(p))
		return NULL;
	/* upper case, the spelling of the table and of the checks below */
	size_t k = 0;
	for (; p[k] && k < CHARSET_NAME_MAX - 1; k++)
		name_r[k] = (char)(p[k] >= 'a' && p[k] <= 'z' ? p[k] - 32 : p[k]);
	name_r[k] = '\0';
	return name_r;
}

/* Length of the valid UTF-8 sequence at s (n bytes left), 0 when invalid. */
static size_t
utf8_seq_len(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF) {
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE0 && s[1] < 0xA0)
			return 0;	/* overlong */
		if (c == 0xED && s[1] >= 0xA0)
			return 0;	/* surrogate */
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80
		    || (s[3] & 0xC0) != 0x80)
			return 0;
		if (c == 0xF0 && s[1] < 0x90)
			return 0;
		if (c == 0xF4 && s[1] >= 0x90)
			return 0;
		return 4;
	}
	return 0;
}

bool
utf8_valid(const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p;
	size_t i = 0;
	while (i < n) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		size_t k = utf8_seq_len(s + i, n - i);
		if (k == 0)
			return false;
		i += k;
	}
	return true;
}

enum mb_status
utf8_append_sanitized(struct buf *out, const char *p, size_t n, unsigned *replaced)
{
	static const char fffd[] = "\xEF\xBF\xBD";
	const unsigned char *s = (const unsigned char *)p;
	size_t i = 0, run = 0;

	while (i < n) {
		size_t k = s[i] == 0 ? 0 : utf8_seq_len(s + i, n - i);
		if (k > 0) {
			i += k;
			continue;
		}
		if (buf_append_utf8_cut(out, (const char *)s + run, i - run) != MB_OK
		    || buf_append(out, fffd, 3) != MB_OK)
			return MB_LIMIT;
		(*replaced)++;
		i++;
		run = i;
	}
	if (buf_append_utf8_cut(out, (const char *)s + run, n - run) != MB_OK)
		return MB_LIMIT;
	return MB_OK;
}

/* True when p is UTF-8 with a few stray bytes: at least three valid
 * multi-byte sequences and at most one invalid byte for every four of them
 * (a UTF-8 letter with one Latin-1 character pasted in). */
static bool
utf8_mostly_valid(const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p;
	size_t good = 0, bad = 0;
	for (size_t i = 0; i < n;) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		size_t k = utf8_seq_len(s + i, n - i);
		if (k == 0) {
			bad++;
			i++;
		} else {
			good++;
			i += k;
		}
	}
	return bad > 0 && good >= 3 && bad * 4 <= good;
}

enum charset_dec {
	DEC_OK,
	DEC_INVALID,	/* strict decoding met an invalid sequence */
	DEC_NOCONV,	/* iconv does not know the decoder */
	DEC_LIMIT,	/* out's cap was reached */
};

/* HZ (RFC 1843), the 7-bit Chinese of old mail and Usenet, which glibc's
 * iconv lacks: "~{" starts GB2312 pairs written with the high bits off, "~}"
 * ends them, "~~" is a tilde and "~" before a line break continues the line.
 * Rewritten as EUC-CN bytes for the GB18030 decoder; returns the escapes that
 * made no sense (each becomes '?'). */
static unsigned
charset_hz_to_gb(const char *p, size_t n, struct buf *gb)
{
	bool two = false;
	unsigned bad = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		if (c == '~' && i + 1 < n) {
			char e = p[i + 1];
			if (e == '{' || e == '}') {
				two = e == '{';
				i++;
				continue;
			}
			if (e == '~' && !two) {
				(void)buf_putc(gb, '~');
				i++;
				continue;
			}
			if (e == '\n' || e == '\r') {
				i++;
				continue;
			}
		}
		if (two && c >= 0x21 && c <= 0x7E && i + 1 < n
		    && (unsigned char)p[i + 1] >= 0x21 && (unsigned char)p[i + 1] <= 0x7E) {
			(void)buf_putc(gb, (char)(c | 0x80));
			(void)buf_putc(gb, (char)((unsigned char)p[i + 1] | 0x80));
			i++;
			continue;
		}
		if (two && (c == '\n' || c == '\r'))
			two = false;	/* a line never carries GB mode over */
		else if (two || c >= 0x80) {
			bad++;
			c = '?';
		}
		(void)buf_putc(gb, (char)c);
	}
	return bad;
}

/* Decodes with iconv. strict: stop at the first invalid sequence (out is
 * then left as it was); lenient: each invalid byte becomes U+FFFD. */
static enum charset_dec
charset_iconv(const char *decoder, const char *p, size_t n, struct buf *out,
	      bool strict, unsigned *replaced)
{
	if (strcmp(decoder, "HZ-GB-2312") == 0) {
		struct buf gb;
		buf_init(&gb, n + 1);
		unsigned bad = charset_hz_to_gb(p, n, &gb);
		if (bad && strict) {
			buf_deinit(&gb);
			return DEC_INVALID;
		}
		enum charset_dec d = charset_iconv("GB18030", gb.data ? gb.data : "", gb.len, out,
						   strict, replaced);
		*replaced += bad;
		buf_deinit(&gb);
		return d;
	}

	char chunk[4096];
	size_t start_len = out->len;
	iconv_t cd = iconv_open("UTF-8", decoder);
	enum charset_dec ret = DEC_OK;

	if (cd == (iconv_t)-1)
		return DEC_NOCONV;
	char *in = (char *)p;
	size_t inleft = n;
	for (;;) {
		char *o = chunk;
		size_t oleft = sizeof(chunk);
		size_t rc = inleft ? iconv(cd, &in, &inleft, &o, &oleft)
				   : iconv(cd, NULL, NULL, &o, &oleft);
		int err = rc == (size_t)-1 ? errno : 0;
		if (o > chunk && utf8_append_sanitized(out, chunk, (size_t)(o - chunk),
							replaced) != MB_OK) {
			ret = DEC_LIMIT;
			break;
		}
		if (err == E2BIG)
			continue;
		if (err == EILSEQ || err == EINVAL) {
			if (strict) {
				ret = DEC_INVALID;
				break;
			}
			if (buf_append(out, "\xEF\xBF\xBD", 3) != MB_OK) {
				ret = DEC_LIMIT;
				break;
			}
			(*replaced)++;
			if (err == EINVAL) {	/* truncated sequence at the end */
				inleft = 0;
			} else {
				in++;
				inleft--;
			}
			continue;
		}
		if (err != 0) {
			ret = DEC_INVALID;
			break;
		}
		if (inleft == 0)
			break;
	}
	iconv_close(cd);
	if (ret == DEC_INVALID) {
		out->len = start_len;
		if (out->data)
			out->data[start_len] = '\0';
	}
	return ret;
}

const char *
charset_detect(const char *p, size_t n)
{
	static const char *const known[] = {
		"UTF-8", "GB18030", "BIG5-HKSCS", "CP932", "EUC-JP-MS", "UHC",
		"ISO-2022-JP-2", "ISO-2022-KR", "WINDOWS-1252", "WINDOWS-1250",
		"WINDOWS-1251", "WINDOWS-1253", "WINDOWS-1254", "WINDOWS-1255",
		"WINDOWS-1256", "WINDOWS-1257", "WINDOWS-1258", "KOI8-R", "KOI8-U",
		"ISO-8859-2", "ISO-8859-5", "ISO-8859-7", "ISO-8859-8", "ISO-8859-15",
		"UTF-16", "UTF-16LE", "UTF-16BE", "CP874", "IBM866", "MAC-CYRILLIC",
		"ISO-8859-3", "ISO-8859-4", "ISO-8859-6", "ISO-8859-9", "ISO-8859-10",
		"ISO-8859-13", "ISO-8859-16", "VISCII", "TIS-620", "GEORGIAN-PS",
		"ISO-2022-CN-EXT", "EUC-TW",
	};
	char name[CHARSET_NAME_MAX];
	const char *found = NULL;
	uchardet_t ud = uchardet_new();

	if (ud == NULL)
		return NULL;
	if (uchardet_handle_data(ud, p, n) == 0) {
		uchardet_data_end(ud);
		const char *c = uchardet_get_charset(ud);
		if (c && *c) {
			const char *d = charset_canonical(c, name);
			/* return a static spelling, never name[] */
			for (size_t i = 0; d && i < sizeof(known) / sizeof(known[0]); i++)
				if (strcasecmp(d, known[i]) == 0)
					found = known[i];
		}
	}
	uchardet_delete(ud);
	return found;
}

/* True when p reads as Chinese in GB18030: most bytes are 8-bit (Chinese
 * text in a double-byte charset is; Latin text with accents is not), the
 * bytes decode, and what they decode to is Han characters and CJK
 * punctuation. For short header values, where uchardet has too little to go
 * on, in a mailbox whose writers mostly use GBK. */
static bool
charset_looks_gb(const char *p, size_t n)
{
	size_t high = 0, visible = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		if (c >= 0x80)
			high++;
		if (c > 0x20)
			visible++;
	}
	if (high < 4 || high * 10 < visible * 4)
		return false;
	struct buf u;
	unsigned rep = 0;
	buf_init(&u, n * 4 + 16);
	bool ok = false;
	if (charset_iconv("GB18030", p, n, &u, true, &rep) == DEC_OK && rep == 0) {
		size_t cjk = 0, other = 0;
		const unsigned char *s = (const unsigned char *)u.data;
		for (size_t i = 0; i < u.len;) {
			unsigned cp;
			size_t k = utf8_seq_len(s + i, u.len - i);
			if (k <= 1) {
				i += 1;
				continue;
			}
			if (k == 2)
				cp = ((s[i] & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
			else if (k == 3)
				cp = ((s[i] & 0xFu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
			else
				cp = 0x10000;
			if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3000 && cp <= 0x303F)
			    || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x2010 && cp <= 0x2027))
				cjk++;
			else
				other++;
			i += k;
		}
		ok = cjk >= 2 && other * 10 <= cjk;
	}
	buf_deinit(&u);
	return ok;
}

static bool
charset_is_single_byte_latin(const char *decoder)
{
	return strncmp(decoder, "WINDOWS-125", 11) == 0
	       || strncmp(decoder, "ISO-8859-", 9) == 0
	       || strcmp(decoder, "US-ASCII") == 0
	       || strncmp(decoder, "KOI8", 4) == 0;
}

static bool
charset_is_multibyte_cjk(const char *decoder)
{
	return strcmp(decoder, "UTF-8") == 0 || strcmp(decoder, "GB18030") == 0
	       || strcmp(decoder, "BIG5-HKSCS") == 0 || strcmp(decoder, "CP932") == 0
	       || strcmp(decoder, "EUC-JP-MS") == 0 || strcmp(decoder, "UHC") == 0
	       || strcmp(decoder, "EUC-TW") == 0;
}

/* Decoders whose bytes are not ASCII-compatible: even pure 7-bit input must
 * go through iconv. */
static bool
charset_needs_iconv_for_ascii(const char *decoder)
{
	return strncmp(decoder, "UTF-16", 6) == 0 || strncmp(decoder, "UTF-32", 6) == 0
	       || strcmp(decoder, "UTF-7") == 0 || strncmp(decoder, "ISO-2022", 8) == 0
	       || strcmp(decoder, "HZ-GB-2312") == 0;
}

static enum mb_status
charset_use(struct charset_result *r, const char *decoder, enum charset_dec d)
{
	snprintf(r->used, sizeof(r->used), "%s", decoder);
	return d == DEC_LIMIT ? MB_LIMIT : MB_OK;
}

enum mb_status
charset_to_utf8(const char *label, const char *p, size_t n, struct buf *out,
		struct charset_result *r)
{
	char name[CHARSET_NAME_MAX];
	const char *decoder = charset_canonical(label, name);
	bool has8 = false;
	enum charset_dec d;

	memset(r, 0, sizeof(*r));
	if (label != NULL && label[strspn(label, " \t\"'")] != '\0' && decoder == NULL)
		r->label_unknown = true;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)p[i] >= 0x80) {
			has8 = true;
			break;
		}
	bool has_esc = memchr(p, 0x1b, n) != NULL;

	if (!has8 && (decoder == NULL ? !has_esc : !charset_needs_iconv_for_ascii(decoder))) {
		snprintf(r->used, sizeof(r->used), "%s", decoder ? decoder : "US-ASCII");
		return utf8_append_sanitized(out, p, n, &r->replaced);
	}
	if (decoder != NULL && strcmp(decoder, "UTF-8") == 0 && utf8_valid(p, n))
		return charset_use(r, "UTF-8",
				   utf8_append_sanitized(out, p, n, &r->replaced) == MB_OK
				   ? DEC_OK : DEC_LIMIT);

	if (decoder != NULL && strcmp(decoder, "UTF-8") != 0) {
		size_t mark = out->len;
		d = charset_iconv(decoder, p, n, out, true, &r->replaced);
		if (d == DEC_OK || d == DEC_LIMIT) {
			if (!has8 || !charset_is_single_byte_latin(decoder))
				return charset_use(r, decoder, d);
			/* A single-byte label decodes anything: check the bytes
			 * are not UTF-8 or a CJK charset under a lying label. */
			const char *better = utf8_valid(p, n) ? "UTF-8" : charset_detect(p, n);
			if ((better == NULL || !charset_is_multibyte_cjk(better))
			    && charset_looks_gb(p, n))
				better = "GB18030";
			if (better == NULL || !charset_is_multibyte_cjk(better))
				return charset_use(r, decoder, d);
			unsigned rep = 0;
			struct buf probe;
			buf_init(&probe, n * 4 + 16);	/* whole: out's cap applies below */
			enum charset_dec pd = charset_iconv(better, p, n, &probe, true, &rep);
			if (pd == DEC_OK) {
				out->len = mark;
				if (out->data)
					out->data[mark] = '\0';
				enum mb_status st = buf_append_utf8_cut(out, probe.data ? probe.data : "",
									probe.len);
				buf_deinit(&probe);
				r->replaced = rep;
				r->detected = true;
				return charset_use(r, better, st == MB_OK ? DEC_OK : DEC_LIMIT);
			}
			buf_deinit(&probe);
			return charset_use(r, decoder, d);
		}
	}
	/* No label, an unknown one, or bytes the label cannot decode. */
	r->detected = true;
	if (decoder != NULL && strcmp(decoder, "ISO-2022-JP-2") == 0) {
		/* Japanese mail programs put NEC and IBM extensions (circled
		 * numbers, roman numerals) in iso-2022-jp; JIS X 0213 has them */
		d = charset_iconv("ISO-2022-JP-3", p, n, out, true, &r->replaced);
		if (d == DEC_OK || d == DEC_LIMIT) {
			r->detected = false;
			return charset_use(r, "ISO-2022-JP-3", d);
		}
	}
	if (!has8 && has_esc && decoder != NULL) {
		/* 7-bit with escapes under a label that failed: keep the label */
		r->detected = false;
		d = charset_iconv(decoder, p, n, out, false, &r->replaced);
		if (d != DEC_NOCONV)
			return charset_use(r, decoder, d);
	}
	if (utf8_mostly_valid(p, n))
		return charset_use(r, "UTF-8",
				   utf8_append_sanitized(out, p, n, &r->replaced) == MB_OK
				   ? DEC_OK : DEC_LIMIT);
	if (utf8_valid(p, n))
		return charset_use(r, "UTF-8",
				   utf8_append_sanitized(out, p, n, &r->replaced) == MB_OK
				   ? DEC_OK : DEC_LIMIT);
	const char *det = charset_detect(p, n);
	if ((det == NULL || !charset_is_multibyte_cjk(det)) && charset_looks_gb(p, n))
		det = "GB18030";
	/* A CJK label with a few bad bytes is still the better guess than a
	 * single-byte charset uchardet finds in a short text. */
	if (det != NULL && decoder != NULL && charset_is_multibyte_cjk(decoder)
	    && !charset_is_multibyte_cjk(det))
		det = NULL;
	if (det != NULL && strcmp(det, "UTF-8") != 0) {
		d = charset_iconv(det, p, n, out, true, &r->replaced);
		if (d != DEC_INVALID && d != DEC_NOCONV)
			return charset_use(r, det, d);
	}
	if (decoder != NULL) {
		/* keep the label, replace what it cannot decode */
		r->detected = false;
		if (strcmp(decoder, "UTF-8") == 0)
			return charset_use(r, "UTF-8",
					   utf8_append_sanitized(out, p, n, &r->replaced) == MB_OK
					   ? DEC_OK : DEC_LIMIT);
		d = charset_iconv(decoder, p, n, out, false, &r->replaced);
		if (d != DEC_NOCONV)
			return charset_use(r, decoder, d);
	}
	/* A Chinese office's mail: GB18030 is the likeliest, then windows-1252. */
	d = charset_iconv("GB18030", p, n, out, true, &r->replaced);
	if (d == DEC_OK || d == DEC_LIMIT)
		return charset_use(r, "GB18030", d);
	d = charset_iconv("WINDOWS-1252", p, n, out, false, &r->replaced);
	if (d == DEC_NOCONV)
		d = utf8_append_sanitized(out, p, n, &r->replaced) == MB_OK ? DEC_OK : DEC_LIMIT;
	return charset_use(r, "WINDOWS-1252", d);
}
