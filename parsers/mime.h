/*
 * mime.h - an e-mail message (RFC 5322 + MIME) into a letter, with
 * libetpan's MIME parser.
 *
 * Pure: bytes in, letter out. Every limit of limits.h is applied; crossing
 * one is a warning on the letter, never a failure.
 */
#ifndef MB_MIME_H
#define MB_MIME_H

#include <stddef.h>

#include "error.h"
#include "letter.h"

/* Reads the n bytes at raw. Always sets *letter_r to a new letter holding
 * the raw bytes (caller frees), so that even input that is no letter can be
 * kept. Returns MB_OK (with or without warnings; err "") or MB_NOT_LETTER
 * when the bytes have no header a message has; err (size errlen) then says
 * why. */
enum mb_status mime_parse(const void *raw, size_t n, struct letter **letter_r, char *err,
			  size_t errlen) MB_MUST_USE;

#endif
