/*
 * fuzz_form.c - libFuzzer target for the web-form parser.
 *
 * Aborts when a promise breaks: every error says what was wrong, a letter
 * read is a valid letter, and a JSON object whose "anonymous" is true gives
 * an anonymous letter whatever else in it fails (it is then sealed).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

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
	if (!l->anonymous) {
		json_t *j = json_loadb((const char *)data, size, 0, NULL);
		if (json_is_object(j) && json_is_true(json_object_get(j, "anonymous")))
			abort();	/* an anonymous writer's letter left unsealed */
		json_decref(j);
	}
	letter_free(&l);
	return 0;
}
