/*
 * reader.c - e-mail or form, by content (see reader.h).
 */
#include "reader.h"

#include <stdio.h>

#include "form.h"
#include "mime.h"

enum mb_status
reader_parse(const void *raw, size_t n, struct letter **letter_r, char *err, size_t errlen)
{
	const unsigned char *p = raw;
	size_t i = 0;

	/* a UTF-8 byte order mark, then white space */
	if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
		i = 3;
	while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
		i++;
	if (i < n && p[i] == '{')
		return form_parse(raw, n, letter_r, err, errlen);

	return mime_parse(raw, n, letter_r, err, errlen);
}
