/*
 * access_code.h - the access code of a case: 60 random bits only its writer
 * receives (in the acknowledgement), written "xxxx-xxxx-xxxx" in Crockford's
 * base-32 alphabet. With the case number it joins a follow-up to its case
 * (a From header, which anyone can forge, never does); the database keeps
 * only its SHA-256, in the vault.
 */
#ifndef MB_ACCESS_CODE_H
#define MB_ACCESS_CODE_H

#include <stddef.h>

#define ACCESS_CODE_LEN 14	/* "xxxx-xxxx-xxxx" */
#define ACCESS_CODE_FIND_MAX 8	/* candidates looked for in one letter */

/* A new code into out (NUL-terminated). */
void access_code_new(char out[ACCESS_CODE_LEN + 1]);

/* The hex SHA-256 of a code (as found or made: lower case, with dashes). */
void access_code_hash_hex(const char *code, char hex[65]);

/* Up to max codes found in text (any case; the dashes may be spaces or
 * missing), normalised, into found[]; returns how many. */
size_t access_code_find(const char *text, size_t len, char found[][ACCESS_CODE_LEN + 1],
			size_t max);

#endif
