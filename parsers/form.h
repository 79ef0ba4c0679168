/*
 * form.h - a web-form submission (JSON, with jansson) into a letter.
 *
 * The submission is one JSON object: id, submitted_at (ISO 8601), name,
 * phone, email, anonymous (bool), title, content, district, and optional
 * attachments [{filename, content_type, data (base64)}]. Title becomes the
 * subject, content the text. Pure: bytes in, letter out.
 */
#ifndef MB_FORM_H
#define MB_FORM_H

#include <stddef.h>

#include "error.h"
#include "letter.h"

/* Required fields; the rest may be absent or null. */
#define FORM_REQUIRED "id, submitted_at, content"

/* Reads the n bytes at raw. Always sets *letter_r to a new letter holding the
 * raw bytes (caller frees). Returns MB_OK; MB_NOT_LETTER when the bytes are
 * not a JSON object; MB_BAD_LETTER when a field is missing, of the wrong type,
 * not valid UTF-8 or too long. On error, err (size errlen) gets a message
 * naming the field (or the line and column of the JSON error); "" on MB_OK.
 * Whatever fails, (*letter_r)->anonymous is set first: true when the
 * submission's "anonymous" is anything but false or null (a value that is
 * not a boolean is also an error), and, for bytes that are not a JSON
 * object, when they hold an "anonymous" key with such a value: the filing
 * layer seals an anonymous letter even when it cannot read it. */
enum mb_status form_parse(const void *raw, size_t n, struct letter **letter_r,
			  char *err, size_t errlen) MB_MUST_USE;

#endif
