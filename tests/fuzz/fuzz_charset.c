/*
 * fuzz_charset.c - libFuzzer target for the charset decoders (parsers/charset.c).
 *
 * The first byte picks a label from a table of the labels letters carry (and
 * a few no decoder knows), the rest is the text. Aborts when a promise
 * breaks: whatever the bytes and the label, the output is valid UTF-8 with
 * no NUL, within its cap; valid UTF-8 labelled UTF-8 comes out unchanged;
 * the sanitizer's replacement count is zero exactly when its input was
 * valid UTF-8 without NUL.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "charset.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CAP 65536

static const char *const labels[] = {
	NULL, "", "utf-8", "UTF8", "gb2312", "GBK", "gb18030", "big5", "big5-hkscs",
	"iso-8859-1", "windows-1252", "us-ascii", "shift_jis", "euc-kr", "koi8-r",
	"utf-16", "utf-16le", "utf-7", "hz-gb-2312", "x-unknown", "cp936",
	"=?utf-8?", "utf-8\"; x=1", "ISO_2022-JP", "x-mac-chinesesimp",
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	const char *label = labels[data[0] % (sizeof(labels) / sizeof(labels[0]))];
	const char *p = (const char *)data + 1;
	size_t n = size - 1;

	struct buf out;
	struct charset_result r;
	buf_init(&out, CAP);
	memset(&r, 0, sizeof(r));
	enum mb_status st = charset_to_utf8(label, p, n, &out, &r);
	if (st != MB_OK && st != MB_LIMIT)
		abort();
	if (out.len > CAP || (out.len && (!utf8_valid(out.data, out.len) ||
					  memchr(out.data, '\0', out.len))))
		abort();
	if (label != NULL && strcmp(label, "utf-8") == 0 && n < CAP / 2 &&
	    utf8_valid(p, n) && memchr(p, '\0', n) == NULL &&
	    (out.len != n || memcmp(out.data, p, n) != 0))
		abort();
	buf_deinit(&out);

	unsigned replaced = 0;
	buf_init(&out, 4 * n + 16);
	if (utf8_append_sanitized(&out, p, n, &replaced) != MB_OK)
		abort();
	if (!utf8_valid(out.data ? out.data : "", out.len))
		abort();
	if ((replaced == 0) != (utf8_valid(p, n) && memchr(p, '\0', n) == NULL))
		abort();
	buf_deinit(&out);

	char name[CHARSET_NAME_MAX];
	char lab[CHARSET_NAME_MAX * 2];
	size_t ln = n < sizeof(lab) - 1 ? n : sizeof(lab) - 1;
	memcpy(lab, p, ln);
	lab[ln] = '\0';
	const char *canon = charset_canonical(lab, name);
	if (canon != NULL && strlen(canon) >= CHARSET_NAME_MAX)
		abort();
	(void)charset_detect(p, n);
	return 0;
}
