/*
 * reader.h - any letter's bytes (an e-mail or a web-form submission,
 * recognised by content, not by file name) into a letter.
 */
#ifndef MB_READER_H
#define MB_READER_H

#include <stddef.h>

#include "error.h"
#include "letter.h"

/* Reads n bytes: a JSON object (first non-blank byte '{') is a form
 * submission, anything else an e-mail. Always sets *letter_r (caller frees);
 * returns MB_OK, MB_NOT_LETTER or MB_BAD_LETTER with the reason in err.
 * On failure the letter still holds the raw bytes and, for a form, its
 * writer's wish for anonymity (form.h): the caller seals on it. */
enum mb_status reader_parse(const void *raw, size_t n, struct letter **letter_r,
			    char *err, size_t errlen) MB_MUST_USE;

#endif
