/*
 * fuzz_date.c - libFuzzer target for the Date header reader (parsers/date.c).
 *
 * Aborts when a promise breaks: a date read is a real instant between the
 * years 1900 and 9999 (in its zone) whose ISO form parses back to the same second; a failed
 * read leaves *t_r untouched.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int64_t t = INT64_MIN;
	if (!date_parse((const char *)data, size, &t)) {
		if (t != INT64_MIN)
			abort();
		return 0;
	}
	/* 1900-01-01 .. 9999-12-31 in the writer's zone: a day either side in UTC */
	if (t < -2208988800LL - 86400 || t > 253402300799LL + 86400)
		abort();
	if (t < -2208988800LL || t > 253402300799LL)
		return 0;	/* its UTC year is one the ISO form does not take */
	char iso[32];
	date_format_iso(t, iso, sizeof(iso));
	int64_t back = INT64_MIN;
	if (!date_parse(iso, strlen(iso), &back) || back != t)
		abort();
	return 0;
}
