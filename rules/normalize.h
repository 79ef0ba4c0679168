/*
 * normalize.h - the text the rules see: Unicode NFKC with case folding
 * (utf8proc), Traditional Chinese folded to Simplified (OpenCC t2s.json),
 * white space collapsed, with a map from every normalised byte back to the
 * original bytes it came from, so an explanation can quote the letter's own
 * words.
 *
 * Pure: memory in, memory out. The normaliser itself is immutable once made
 * and may be shared by threads.
 */
#ifndef MB_NORMALIZE_H
#define MB_NORMALIZE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"

struct normalizer;

/* The normalised form of one piece of text. map_start[i] and map_end[i] are
 * the original byte range [start, end) of the character(s) normalised byte i
 * came from. text is NUL-terminated. */
struct normalized {
	char *text;
	size_t len;
	uint32_t *map_start;
	uint32_t *map_end;
	size_t map_cap;
	int truncated;	/* the input was cut at the max given */
};

/* Makes a normaliser: opens OpenCC's "t2s.json" and derives from it a
 * character table for the CJK blocks. Returns MB_OK and *n_r (caller frees
 * with normalize_free), or MB_FATAL with the reason in err (OpenCC or its
 * data missing). Costs some tens of milliseconds: make one per rule set. */
enum mb_status normalize_new(struct normalizer **n_r, char *err, size_t errlen) MB_MUST_USE;
void normalize_free(struct normalizer **np);

/* Normalises len bytes of UTF-8 (invalid bytes become U+FFFD) into *out
 * (initialised by this call; release with normalize_deinit). At most max
 * bytes of normalised text are made (cut at a character boundary): returns
 * MB_LIMIT when the input was cut, MB_OK otherwise. Input offsets must fit
 * in 32 bits (longer input is cut too). */
enum mb_status normalize_text(const struct normalizer *n, const char *in, size_t len,
			      size_t max, struct normalized *out);
void normalize_deinit(struct normalized *out);

/* Whether code point cp is a Chinese character (the CJK Unified Ideographs,
 * Extension A, the compatibility ideographs and the supplementary planes'
 * ideographs): what the hot-issue grouping, rules suggest and the model
 * read as Chinese text. */
bool normalize_is_han(uint32_t cp);

/* The original byte range [*start_r, *end_r) of normalised bytes [s, e)
 * (s < e <= out->len). */
void normalize_span(const struct normalized *out, size_t s, size_t e,
		    size_t *start_r, size_t *end_r);

#endif
