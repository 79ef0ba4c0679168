/*
 * read.h - the one way a use case reads a letter: bytes to a parsed letter
 * and its classification. Filing, `classify`, `rules test` and `cases show`
 * all read through here, so what the rules saw is the same in each.
 */
#ifndef MB_READ_H
#define MB_READ_H

#include <stddef.h>

#include "classify.h"
#include "error.h"
#include "letter.h"
#include "ruleset.h"

/* Parses raw (n bytes) into *l_r (always set, even when the bytes are not
 * a letter: the raw bytes are kept; free with letter_free) and classifies
 * it with set into *cls (release with classify_deinit).
 *
 * Returns MB_OK, or the reader's status when the bytes could not be read as
 * a letter; then *cls is unclassified (CATEGORY_NONE), needs_review, and
 * confidential (fail closed: an unreadable letter's writer is unknown and
 * may be a whistle-blower), and err says why (never letter text). */
enum mb_status letter_read(const void *raw, size_t n, const struct ruleset *set,
			   struct letter **l_r, struct classification *cls,
			   char *err, size_t errlen) MB_MUST_USE;

#endif
