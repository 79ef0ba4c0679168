/*
 * codec.h - transfer decodings that must be lenient: base64 that skips what
 * is not base64 and does without padding, and RFC 2047 "Q".
 */
#ifndef MB_CODEC_H
#define MB_CODEC_H

#include <stddef.h>

#include "buf.h"

/* Decodes base64, skipping bytes outside the alphabet (counted in
 * *skipped_r) and stopping at padding; a trailing partial group yields what
 * bytes it holds. MB_LIMIT when out's cap was reached. */
enum mb_status codec_base64_decode(const char *p, size_t n, struct buf *out,
				   size_t *skipped_r) MB_MUST_USE;

/* The value of a hexadecimal digit, or -1. */
int codec_hex_value(unsigned char c);

/* Decodes RFC 2047 "Q" text ('_' is a space, =XX a byte); a malformed =
 * escape is kept as it is. */
enum mb_status codec_q_decode(const char *p, size_t n, struct buf *out) MB_MUST_USE;

#endif
