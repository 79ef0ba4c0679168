/*
 * letter_file.h - the use cases of `mayorbox parse` and `mayorbox
 * classify`: a file (or standard input) read into a letter, and the
 * letter classified with a rule set, each with its one JSON form (what
 * `--json` prints). Reading goes through letter_read() (read.h).
 */
#ifndef MB_LETTER_FILE_H
#define MB_LETTER_FILE_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "classify.h"
#include "error.h"
#include "letter.h"
#include "ruleset.h"

/* letter_read(), and when the bytes are not read as a letter the rules run
 * on what the reader kept of them (`classify`, `rules test` on files: a
 * maintainer sees what the rules make of it). Returns the reader's status;
 * *l_r is always set (letter_free), *cls always classified
 * (classify_deinit). */
enum mb_status letter_file_read_as_is(const void *raw, size_t n, const struct ruleset *set,
				      struct letter **l_r, struct classification *cls,
				      char *err, size_t errlen);

/* `mayorbox parse`: path ("-": standard input) read into *l_r, its source
 * key "file:SHA256". Returns MB_OK; readfile's MB_NO_INPUT, MB_LIMIT or
 * MB_IO ("PATH: reason"; *l_r NULL); or the reader's status ("PATH:
 * reason"; *l_r NULL). Free with letter_free. */
enum mb_status letter_file_parse(const char *path, struct letter **l_r, char *err,
				 size_t errlen) MB_MUST_USE;

/* `mayorbox classify`: path read and classified with set. Returns MB_OK;
 * readfile's MB_NO_INPUT, MB_LIMIT or MB_IO (nothing read: *l_r NULL); or
 * the reader's status: the letter is then unclassified and needs review,
 * as filing makes it (DESIGN.md, invariant 3), the rest of *cls what the
 * rules made of what was read. err "PATH: reason" for the reader's status,
 * readfile's own text otherwise. */
enum mb_status letter_file_classify(const char *path, const struct ruleset *set,
				    struct letter **l_r, struct classification *cls,
				    char *err, size_t errlen) MB_MUST_USE;

/* Longest quote of a letter's words in an explanation, in bytes. */
#define LETTER_FILE_QUOTE_MAX 120

/* The quoted words of a hit, cut at a character boundary, on one line. */
void letter_file_quote(const struct letter *l, const struct classify_hit *h, char *out,
		       size_t outlen);

/* Why the winner won (or nothing did), one sentence. */
void letter_file_why(const struct ruleset *set, const struct classification *c, char *out,
		     size_t outlen);

/* The classification of path as `classify --json` prints it (caller owns
 * it): file, category, confidential, department, priority, needs_review,
 * scores, rules, and with explain each rule's field and words and why. */
json_t *letter_file_classification_json(const char *path, const struct ruleset *set,
					const struct letter *l, const struct classification *c,
					bool explain);

#endif
