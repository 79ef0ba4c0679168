/*
 * fuzz_mime.c - libFuzzer target for the e-mail parser: any bytes in, and
 * the letter's promises checked (valid UTF-8 without NUL in every string,
 * raw bytes kept whole, counts within their limits).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "fuzz_check.h"
#include "limits.h"
#include "mime.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct letter *l = NULL;
	char err[256] = "unset";
	enum mb_status st = mime_parse(data, size, &l, err, sizeof(err));
	if (l == NULL || (st != MB_OK && st != MB_NOT_LETTER))
		abort();
	if ((st == MB_NOT_LETTER) != (err[0] != '\0'))
		abort();
	fuzz_check_letter(l, data, size);
	letter_free(&l);
	return 0;
}
