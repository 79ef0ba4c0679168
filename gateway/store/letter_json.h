/*
 * letter_json.h - a letter as JSON (the contract of `mayorbox parse --json`)
 * and as text for people.
 */
#ifndef MB_LETTER_JSON_H
#define MB_LETTER_JSON_H

#include <stdio.h>

#include <jansson.h>

#include "letter.h"

/* A new JSON object (caller decrefs) with the keys source, source_key,
 * message_id, date, from, reply_to, to, subject, text, language, in_reply_to,
 * references, auto_submitted, forwarded, attachments, warnings; for forms
 * also form_id, phone, anonymous, district. */
json_t *letter_json(const struct letter *l);

/* Writes the letter for people: headers, attachments, warnings, text. */
void letter_print(const struct letter *l, FILE *out);

#endif
