/*
 * fuzz_form.c - libFuzzer target for the web-form parser.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct letter *l = NULL;
	char err[512];
	enum mb_status st = form_parse(data, size, &l, err, sizeof(err));
	if (l == NULL)
		abort();
	if (st != MB_OK && err[0] == '\0')
		abort();	/* every error says what was wrong */
	if (st == MB_OK)
		fuzz_check_letter(l, data, size);
	letter_free(&l);
	return 0;
}
