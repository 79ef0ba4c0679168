/*
 * access_code.c - making and finding cases' access codes (access_code.h).
 */
#include "access_code.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

#include <sodium.h>

#include "letter_json.h"

static const char alphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";

void
access_code_new(char out[ACCESS_CODE_LEN + 1])
{
	unsigned char r[12];
	randombytes_buf(r, sizeof(r));
	size_t o = 0;
	for (size_t i = 0; i < sizeof(r); i++) {
		if (i == 4 || i == 8)
			out[o++] = '-';
		out[o++] = alphabet[r[i] & 31];
	}
	out[o] = '\0';
	sodium_memzero(r, sizeof(r));
}

void
access_code_hash_hex(const char *code, char hex[65])
{
	unsigned char h[32];
	crypto_hash_sha256(h, (const unsigned char *)code, strlen(code));
	letter_sha256_hex(h, hex);
}

/* The alphabet's value of c read leniently (o as 0, i and l as 1), or -1. */
static int
digit(unsigned char c)
{
	c = (unsigned char)tolower(c);
	if (c == 'o')
		c = '0';
	else if (c == 'i' || c == 'l')
		c = '1';
	const char *p = c ? strchr(alphabet, c) : NULL;
	return p ? (int)(p - alphabet) : -1;
}

size_t
access_code_find(const char *text, size_t len, char found[][ACCESS_CODE_LEN + 1], size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < len && n < max; i++) {
		/* a code starts at a word boundary */
		if (i > 0 && isalnum((unsigned char)text[i - 1]))
			continue;
		char code[ACCESS_CODE_LEN + 1];
		size_t j = i, o = 0, groups = 0, in_group = 0;
		bool ok = true;
		while (j < len && groups < 3) {
			int d = digit((unsigned char)text[j]);
			if (d >= 0) {
				code[o++] = alphabet[d];
				j++;
				if (++in_group == 4) {
					in_group = 0;
					groups++;
					if (groups < 3) {
						code[o++] = '-';
						if (j < len && (text[j] == '-' || text[j] == ' '))
							j++;
					}
				}
			} else {
				ok = false;
				break;
			}
		}
		if (!ok || groups < 3 || (j < len && isalnum((unsigned char)text[j])))
			continue;
		code[o] = '\0';
		bool dup = false;
		for (size_t k = 0; k < n; k++)
			dup = dup || strcmp(found[k], code) == 0;
		if (!dup)
			memcpy(found[n++], code, sizeof(code));
		i = j - 1;
	}
	return n;
}
